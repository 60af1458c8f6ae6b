// A thing of ours playing up, or how to work it: "the card machine keeps saying no connection", "the tablet charger has
// died", "how do I refund a customer on the card machine?", "can the card machine split a payment across two cards?". The
// register says who supplies the thing and what data it holds, never how to mend or work it, so its entry is no answer:
// whom to ask is. Where a policy or the supplier's own words answer a fault (a backup failing, a system down, a repairer
// whose keywords name the thing), those are found first, by the situations and repairerOf.
import type { Supplier } from '../config/schema.ts';
import type { QaAnswer, QaContext } from './qa-context.ts';
import { isEnglishWord } from './english-words.ts';
import { policiesQuoted } from './quoted-policies.ts';
import { words } from './text.ts';

/** A fault told: something keeps doing what it should not, will not do what it should, or has died. */
const FAULT =
  /\bkeeps? (?:saying(?! ["“'])|asking (?:for|me)|beeping|crashing|freezing|dropping out|declining|rejecting|going off|turning off|switching off|cutting out|restarting)\b|\b(?:won'?t|wont|will not|can'?t|cant|isn'?t|isnt|is not|not|stopped) (?:connect(?:ing)?|calibrat(?:e|ing)|charg(?:e|ing)|open(?:ing)?|turn(?:ing)? on|switch(?:ing)? on|print(?:ing)?|load(?:ing)?|sync(?:ing)?|pair(?:ing)?|scan(?:ning)?)\b|\b(?:no connection|no signal|low battery|flat battery|battery (?:is |has )?(?:flat|dead|low|gone)|(?:has|'s) died|crawling|frozen|error code|jammed)\b/i;

/** How to work a thing asked: a refund, a split payment, a reprint, a reset, a crop. */
const OPERATING =
  /\bhow (?:do|can|would|should) (?:i|we|you) (?:do a |put through a )?(refund|split|void|reprint|reset|restart|crop|resize|pair|re-?connect|top up|change the paper)|\b(split) (?:a |the )?(?:payment|bill)\b|\bstop \w+ (cropping)\b|\bknow the trick\b|\banyone (?:else )?(?:had|have) this\b/i;

/** Data or a data-protection matter, said beside the fault: then the fault may be an incident, and the rules read it so. */
const DATA_SAID =
  /\b(?:data|details|personal|gdpr|privacy|breach\w*|hack\w*|virus\w*|scam\w*|phish\w*|stolen|nicked|lost|missing|passwords?|logins?|log-?ins?|records?|footage|recordings?|card numbers?|files?|documents?|forms?|customer['’]s|client['’]s|confidential|leak\w*|someone else'?s|wrong (?:person|customer|address))\b/i;

/** Who mends or supplies the thing, asked: the supplier whose keywords name it answers that (repairerOf). */
const WHO_ASKED = /\bwho(?:['’]?s|se)?\b/i;

/** What an answer is when no field was asked: a supplier's whole entry, or a policy. */
const ANSWERS_OF_NOTHING_ASKED: readonly string[] = ['supplier', 'policy'];

/** Whether a supplier is called by a name of its own ("bosch"), not by everyday words for the thing ("the card machine"). */
function namedAsItself(ctx: QaContext, text: string): boolean {
  return ctx.index.suppliersIn(words(text)).some((m) => (m.kind === 'name' || m.kind === 'fuzzy') && !ctx.index.inEverydayWords(m.matched) && words(m.matched).some((w) => !isEnglishWord(w)));
}

/** A thing stopped working, said plainly: "the website isn't working", "the app is down". */
const STOPPED = /\b(?:isn'?t|is not|not|stopped|aren'?t|are not) working\b|\b(?:is|are|'s|went|gone) (?:down|offline)\b/i;

/**
 * Whether the question tells a thing playing up, in any words, and says nothing of data: no policy's situation, whatever a
 * learned reading of its words would make of it ("a customer says the website isn't working" is the web host's matter).
 */
export function faultTold(text: string): boolean {
  return (FAULT.test(text) || STOPPED.test(text)) && !DATA_SAID.test(text);
}

/** Whether the question tells a thing's fault, or asks how to work it, and says nothing of data nor asks who. */
export function kitTroubleTold(text: string): boolean {
  return (FAULT.test(text) || OPERATING.test(text)) && !DATA_SAID.test(text) && !WHO_ASKED.test(text);
}

/**
 * Whether an answer to such a question is a guess: an entry alone (the thing's supplier, met by its alias), or, for how to
 * work a thing, a policy that never says it (a loyalty app's rules for "refund a customer on the card machine").
 */
export function guessedForKit(ctx: QaContext, text: string, answer: QaAnswer): boolean {
  // A field of the entry asked beside the fault ("till keeps freezing, what uptime does Epos Now promise?") is answered.
  if (!ANSWERS_OF_NOTHING_ASKED.includes(answer.intent) || !kitTroubleTold(text)) return false;
  // A thing called by its supplier's own name ("the bosch battery is dead") is that supplier's matter: its answer stands.
  if (namedAsItself(ctx, text)) return false;
  const operated = OPERATING.exec(text);
  const done = operated && (operated[1] ?? operated[2] ?? operated[3])?.toLowerCase().replace(/ping$/, '');
  const entries = ctx.config.suppliers.filter((s) => answer.sources.includes(`register:${s.id}`));
  const policies = policiesQuoted(ctx, answer);
  // An entry or a policy that says how the thing is done ("Refunds on the machine need the manager PIN", "Refunds go back to
  // the card they were paid with") answers how to do it.
  if (done && [...entries.map(supplierText), ...policies.map((p) => p.text)].some((said) => said.toLowerCase().includes(done))) return false;
  // The IT firm whose work is mending the thing ("IT support for the laptops, Wi-Fi, printers") is whom to ask.
  if (entries.some((s) => mends(s, text))) return false;
  // A policy met beside the thing stands, unless how to work it was asked ("anyone know the trick?" too): no policy says that.
  return policies.length === 0 || operated !== null;
}

/** An entry's notes and measures: where it says how a thing of its is done (its purpose only names the job: "…and refunds"). */
const supplierText = (s: Supplier): string => [s.notes ?? '', ...s.security.measures].join(' ');

/** Whether a supplier's work is support or repair of a thing the question names by one of its keywords or aliases. */
function mends(s: Supplier, text: string): boolean {
  const asked = new Set(words(text));
  return MENDER.test(s.purpose) && [...s.aliases, ...s.purposeKeywords].flatMap((k) => words(k)).some((w) => w.length > 2 && asked.has(w));
}

/** Work that is mending or looking after things ("IT support for the laptops", "servicing of the boilers"), not a job done at the end of a repair. */
const MENDER = /\b(?:(?:it|tech(?:nical)?|computer) support|support (?:for|of|with)|maintenance (?:of|for|on)|repairs? (?:to|of|for|on)|servicing (?:of|for))\b/i;
