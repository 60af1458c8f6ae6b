// Whether a question names a supplier by a name of its own, as that supplier, not as the everyday word its name also is.
import { type QaContext, type Question, namesMasked, namesOwnName } from './qa-context.ts';
import { isEnglishWord } from './english-words.ts';
import type { SupplierMatch } from './register-index.ts';
import { STOPWORDS, words } from './text.ts';

/**
 * "What's the best circuit breaker for the cold store?", "is the square getting a new bandstand?": a
 * supplier's one-word name typed in lower case as the everyday word it also is (after "the", or
 * before a word the register never uses), where the question's other words are mostly ones the
 * register never uses. "What does square hold?" and "my xero login" ask the register.
 */
function namesSupplierAsWord(ctx: QaContext, q: Question): boolean {
  const own = q.named.filter((m) => !ctx.index.inEverydayWords(m.matched));
  const asWord = (m: SupplierMatch) => (m.kind === 'name' && /^[a-z]+$/.test(m.matched) && usedAsWord(ctx, q.text, m.matched)) || ordinaryPartOfName(q.text, m);
  if (own.length === 0 || !own.every(asWord)) return false;
  return ctx.index.offTopic(namesMasked(q).replace(/\bx\b/g, ' '));
}

/**
 * "Is the river path *tidal*?" beside Tidal IT, "*zero* degrees" beside Xero: a match that is not the
 * supplier's own name but a one-word alias or a part of its name that is itself ordinary English, typed in
 * lower case. Such a word names the supplier only where the rest of the question is the register's; where
 * it is mostly strangers, it is the everyday word.
 */
function ordinaryPartOfName(text: string, m: SupplierMatch): boolean {
  const matched = words(m.matched);
  const name = words(m.supplier.name);
  // One word, or a part of the name ("dee valley" of a firm named for the valley); an everyday alias of a few
  // words ("the it guy") says what the supplier is to us.
  const part = matched.length < name.length && name.join(' ').startsWith(matched.join(' '));
  if ((matched.length !== 1 && !part) || name.join(' ') === matched.join(' ') || !matched.every((w) => isEnglishWord(w))) return false;
  // Written with a capital after the first word, it is a name however ordinary ("is Tidal down?").
  return !m.matched.split(' ').some((w) => new RegExp(`(?<!^\\s*)\\b${w[0]!.toUpperCase()}${w.slice(1)}`).test(text));
}

/** Words for the dates the register keeps of a supplier's GDPR statement: its review, its renewal. */
export const STATEMENT_DATE = String.raw`(?:reviews?|renewals?|renew\w*|gdpr|statements?|dpas?)`;

const STATEMENT_DATE_WORD = new RegExp(`^${STATEMENT_DATE}$`, 'i');

/**
 * True when a name typed in lower case reads as a common noun or verb: "the square", "circuit breaker", "who do we ring". Not
 * before a word for its statement's dates: "the square gdpr statement", "the shopify renewal" name the supplier.
 */
function usedAsWord(ctx: QaContext, text: string, name: string): boolean {
  const next = new RegExp(`\\b${name}\\s+([a-z]+)`).exec(text)?.[1];
  if (next !== undefined && STATEMENT_DATE_WORD.test(next)) return false;
  // "Who do we ring?", "I'll ring them": a name that is also a verb, said after who does it or "to".
  if (new RegExp(`\\b(?:i|we|you|they|to|i'll|we'll|you'll)\\s+${name}\\b`).test(text)) return true;
  return new RegExp(`\\b(?:the|a|an) ${name}\\b`).test(text) || (next !== undefined && !STOPWORDS.has(next) && ctx.index.offTopic(next, false, 1));
}

/** A supplier named by a name of its own, and as that supplier, not as the everyday word its name also is. */
export function namesSupplier(ctx: QaContext, q: Question): boolean {
  return (namesOwnName(ctx, q) && !namesSupplierAsWord(ctx, q)) || quotesName(q);
}

/**
 * "What is 'the crm' everyone keeps mentioning?": a name or alias in quotes is asked after as a
 * name, though its words are everyday ones ("crm"), and though the rest of the question is small talk.
 */
function quotesName(q: Question): boolean {
  const quoted = [...q.text.matchAll(/["“”‘’']([^"“”‘’']{2,40})["“”‘’']/g)].map((m) => words(m[1]!).join(' '));
  return q.named.some((m) => m.kind === 'name' && quoted.includes(m.matched));
}
