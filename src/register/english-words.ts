// Whether a word is English, from a maintained list of some 275,000 words (the `an-array-of-english-words`
// package), read once on first use. A product's name is seldom an English word ("quickbooks", "klaviyo"),
// so a word no dictionary, firm or person has is likely one.
//
// Held as the list's own sorted JSON text and where each word starts, searched by halves: a Set of the same
// words costs some 19 MB of heap and a quarter of a second to build; this some 5 MB and 30 ms.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface WordList {
  text: string;
  /** Where each word starts in {@link text}; it ends three characters before the next one starts (`","`). */
  starts: Uint32Array;
  /** Whether every word is in the letters a to z alone (so a word with two other characters is never one slip from any). */
  lettersOnly: boolean;
}

let list: WordList | undefined;

function load(): WordList {
  const text = readFileSync(createRequire(import.meta.url).resolve('an-array-of-english-words/index.json'), 'latin1');
  // The list is a JSON array of lower-case words without escapes, sorted: ["a","aa",…]. Each word opens a quote
  // after "[" or ",", so the words are counted first and their starts written straight into the typed array.
  let count = 0;
  for (let at = text.indexOf('"'); at !== -1; at = text.indexOf('"', text.indexOf('"', at + 1) + 1)) count++;
  const starts = new Uint32Array(count + 1);
  let i = 0;
  for (let at = text.indexOf('"'); at !== -1; at = text.indexOf('"', text.indexOf('"', at + 1) + 1)) starts[i++] = at + 1;
  // One start past the end, as if another word followed the last, so that every word ends before the next start.
  starts[count] = text.lastIndexOf('"') + 3;
  return { text, starts, lettersOnly: !/[^a-z",[\]\s]/.test(text) };
}

/** The order of `word` against the list's word from `start` to `end`, as JavaScript orders strings. */
function compare(word: string, text: string, start: number, end: number): number {
  const length = Math.min(word.length, end - start);
  for (let i = 0; i < length; i++) {
    const diff = word.charCodeAt(i) - text.charCodeAt(start + i);
    if (diff !== 0) return diff;
  }
  return word.length - (end - start);
}

/** Whether the list has the word, as written in lower case. */
export function isEnglishWord(word: string): boolean {
  const { text, starts } = (list ??= load());
  let low = 0;
  let high = starts.length - 2;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const order = compare(word, text, starts[middle]!, starts[middle + 1]! - 3);
    if (order === 0) return true;
    if (order < 0) high = middle - 1;
    else low = middle + 1;
  }
  return false;
}

/** Whether some word of the list begins with `prefix`: the first word not before it, found by halves, does. */
function beginsSomeWord(prefix: string): boolean {
  const { text, starts } = (list ??= load());
  let low = 0;
  let high = starts.length - 2;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (compare(prefix, text, starts[middle]!, starts[middle + 1]! - 3) <= 0) high = middle - 1;
    else low = middle + 1;
  }
  return low <= starts.length - 2 && starts[low + 1]! - 3 - starts[low]! >= prefix.length && text.startsWith(prefix, starts[low]!);
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Whether the word is one slip from an English word: a letter left out, added, changed, or two swapped
 * ("statment", "wher", "ofice"). Such a word is a typing slip, not a name.
 */
export function isNearEnglishWord(word: string): boolean {
  // One slip changes one character: two that no listed word has ("quartz320", "r2d2") stay, whatever the slip.
  if ((list ??= load()).lettersOnly && (word.match(/[^a-z]/g)?.length ?? 0) >= 2) return false;
  for (let i = 0; i < word.length; i++) {
    if (isEnglishWord(word.slice(0, i) + word.slice(i + 1))) return true;
    if (i + 1 < word.length && isEnglishWord(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2))) return true;
  }
  // A letter added or changed at i keeps the word's first i letters: past the longest beginning that some listed word
  // has, no such change can be listed, so the 52 tries at each place after it are skipped.
  let reach = 0;
  while (reach < word.length && beginsSomeWord(word.slice(0, reach + 1))) reach++;
  for (let i = 0; i <= reach; i++) {
    for (const letter of LETTERS) {
      if (isEnglishWord(word.slice(0, i) + letter + word.slice(i))) return true;
      if (i < word.length && letter !== word[i] && isEnglishWord(word.slice(0, i) + letter + word.slice(i + 1))) return true;
    }
  }
  return false;
}
