/** editDistance's rows, kept between calls. */
let rows = new Int32Array(96);

/**
 * Edits between two strings, a swap of neighbouring letters counting as one (optimal string
 * alignment, "Damerau-Levenshtein"): the typo measure for did-you-mean hints and for supplier
 * names in questions. Three rolling rows (two back, for a swap), not a whole matrix.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  // The rows live in one buffer kept between calls (grown when a longer string comes): the typo
  // check of a question runs this for many names, and fresh rows each time are garbage to collect.
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(6 * width);
  let before = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j < width; j++) {
    rows[before + j] = 0;
    rows[previous + j] = j;
  }
  for (let i = 1; i <= a.length; i++) {
    rows[current] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[previous + j]! + 1, rows[current + j - 1]! + 1, rows[previous + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[before + j - 2]! + 1);
      rows[current + j] = v;
    }
    const oldest = before;
    before = previous;
    previous = current;
    current = oldest;
  }
  return rows[previous + b.length]!;
}

/**
 * The candidate closest to `input`, if it is close enough to be a likely typo: equal ignoring
 * case and punctuation, or within a third of the input's length in edits (at least 1, at most 3).
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const target = squash(input);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const squashed = squash(candidate);
    if (squashed === target) return candidate;
    const distance = editDistance(target, squashed);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const limit = Math.min(3, Math.max(1, Math.floor(target.length / 3)));
  return bestDistance <= limit ? best : undefined;
}

/** `did you mean "x"?`, or the empty string when nothing is close. */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  const match = closest(input, candidates);
  return match === undefined ? undefined : `did you mean "${match}"?`;
}
