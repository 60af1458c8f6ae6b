import { editDistance } from '../config/suggest.ts';
import { isSwap } from './misspelt-names.ts';
import type { RegisterIndex } from './register-index.ts';
import { STOPWORDS, stem } from './text.ts';

/**
 * The words the answerer's patterns read a question by, as staff misspell them ("statments",
 * "retension", "encyrpted"): each is put right before the question is read, one slip at most.
 */
const KEY_WORDS = [
  'statement', 'statements', 'supplier', 'suppliers', 'processor', 'processors', 'retention', 'retain', 'policy', 'policies',
  'encrypted', 'encryption', 'certified', 'certification', 'certifications', 'location', 'located', 'stored', 'storing', 'breach',
  'backup', 'backups', 'password', 'agreement', 'agreements', 'register', 'privacy', 'security', 'secure', 'transfer', 'transfers',
  'delete', 'deleted', 'safeguard', 'outstanding', 'overdue', 'controller', 'recipients',
];
const KEYS = new Set(KEY_WORDS);

/** Everyday words one slip from a key word, never put right. */
const REAL_WORDS = new Set(['supplies', 'supplied', 'locates', 'deletes']);

/** The question with a one-slip misspelling of a key word put right, unless the register uses the word as written. */
export function spelledOut(index: RegisterIndex, question: string): string {
  return question.replace(/\b[A-Za-z]{6,}\b/g, (typed) => {
    const word = typed.toLowerCase();
    if (KEYS.has(word)) return typed;
    const folded = stem(word);
    if (STOPWORDS.has(folded) || index.ordinaryWords.has(folded) || index.vocabulary.has(folded) || index.thesaurus.knows(word)) return typed;
    if (REAL_WORDS.has(word)) return typed;
    // A short word only by two neighbouring letters swapped: "police" and "retail" are words, not slips of "policy" and "retain".
    const key = KEY_WORDS.find((k) => k[0] === word[0] && (k.length <= 6 ? isSwap(word, k) : Math.abs(k.length - word.length) <= 1 && editDistance(word, k) === 1));
    return key ?? typed;
  });
}
