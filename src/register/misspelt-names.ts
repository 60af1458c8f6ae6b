import { editDistance } from '../config/suggest.ts';
import { soundSkeleton } from './text.ts';

/**
 * Names a question may have misspelt ("xreo" for Xero, "brite pay" for BrightPay), kept by their
 * first letter: a slip is looked for only among names that start as the word does, so a word is
 * compared with a few names, not every one.
 */
export class MisspeltNames<T> {
  private readonly byFirst = new Map<string, { key: string; sound: string; value: T }[]>();

  /** Takes a name (squashed: lower case, no spaces) as one a slip may stand for; names under four letters only as written. */
  add(key: string, value: T): void {
    if (key.length < 4) return;
    const bucket = this.byFirst.get(key[0]!) ?? [];
    bucket.push({ key, sound: soundSkeleton(key), value });
    this.byFirst.set(key[0]!, bucket);
  }

  /** The one name a word (squashed) is a slip of: a swap, an edit or two by length, a moved letter, else a sound-alike. */
  find(squashed: string): T | undefined {
    if (squashed.length < 4) return undefined;
    // Four letters allow only a swap of neighbours ("xreo" → xero), never a changed letter ("safe" ≠ sage).
    const limit = squashed.length >= 8 ? 2 : 1;
    let best: T | undefined;
    let bestDistance = limit + 1;
    for (const { key, value } of this.byFirst.get(squashed[0]!) ?? []) {
      if (Math.abs(key.length - squashed.length) > limit) continue;
      // A doubled letter typed once, or one typed twice ("zelo" for Zello), is a slip at any length, like a swap.
      const swap = isSwap(squashed, key) || isDoubling(squashed, key);
      if ((key.length === 4 || squashed.length === 4) && !swap) continue;
      // Two neighbouring letters swapped count as one slip, at any length (Damerau): "gorgais" is Gorgias.
      // One letter moved or two exchanged in a longer name ("aconris" for Acronis) is one slip too, after any closer match.
      const distance = swap ? 1 : editDistance(squashed, key);
      if (distance === 2 && limit === 1 && squashed.length >= 6 && isMoved(squashed, key)) {
        if (bestDistance > 1.5) {
          best = value;
          bestDistance = 1.5;
        }
        continue;
      }
      if (distance < bestDistance) {
        best = value;
        bestDistance = distance;
      }
    }
    return best ?? this.soundAlike(squashed);
  }

  /**
   * A name spelt as it sounds ("brite pay" for BrightPay, "fone" for Phone…): the same consonants
   * in the same order, within three slips, where no closer spelling matched.
   */
  private soundAlike(squashed: string): T | undefined {
    const sound = soundSkeleton(squashed);
    if (squashed.length < 6 || sound.length < 4) return undefined;
    const alike = (this.byFirst.get(squashed[0]!) ?? []).filter(({ key, sound: other }) => other === sound && Math.abs(key.length - squashed.length) <= 2 && editDistance(squashed, key) <= 3);
    // Two of them that sound the same are no answer.
    return new Set(alike.map((a) => a.value)).size === 1 ? alike[0]!.value : undefined;
  }
}

/** True when b is a with exactly one pair of neighbouring letters swapped. */
export function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  // Counted in place, without a list of differences: the typo check runs for every key a word might be.
  let first = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (first >= 0) return i === first + 1 && a[first] === b[i] && a[i] === b[first] && a.slice(i + 1) === b.slice(i + 1);
    first = i;
  }
  return false;
}

/** True when one of a and b is the other with one of a pair of doubled letters left out ("zelo" and "zello"). */
export function isDoubling(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  for (let i = 1; i < long.length; i++) {
    if (long[i] === long[i - 1] && long.slice(0, i) + long.slice(i + 1) === short) return true;
  }
  return false;
}

/** True when b is a with one letter taken out and put back elsewhere, or two exchanged (same letters, same first letter). */
function isMoved(a: string, b: string): boolean {
  if (a.length !== b.length || a[0] !== b[0]) return false;
  // Two letters exchanged, wherever they are ("klayivo" for Klaviyo).
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  if (diff.length === 2 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!]) return true;
  for (let i = 1; i < a.length; i++) {
    const rest = a.slice(0, i) + a.slice(i + 1);
    for (let j = 1; j < a.length; j++) if (j !== i && rest.slice(0, j) + a[i] + rest.slice(j) === b) return true;
  }
  return false;
}
