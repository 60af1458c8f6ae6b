import type { Step } from './queries.ts';
import { sharedWith, topicLabel } from './register-answers.ts';

/**
 * "Who do we pass customer data on to?": everyone the register says we share with, before any
 * policy that mentions passing. A contrast said after it ("…, rather than them processing it for
 * us", "as opposed to apps we use ourselves") only says what is not asked: it is set aside before
 * the data and the wording are read, so its words name neither the data nor the suppliers.
 */
export const sharing: Step = (ctx, q) => {
  const text = withoutContrast(q.text);
  if (q.named.length > 0 || q.whatToDo || q.regions.length || !SHARING.test(text)) return undefined;
  // "...customer data...": only those holding it.
  // "Name the organisations…" asks with a verb, not of names as data.
  const asked = text.replace(LIST_VERB, ' ');
  const holders = ctx.index.holdersOf(asked).map((m) => m.supplier);
  const onward = ONWARD.test(text);
  // Passed on, where none of those holding the data asked for is one we pass it to (the register says "clients" of "customers"):
  // everyone we pass data to. Staff data none is passed on is none.
  const passedTo = !onward || holders.some((s) => s.sharedData || s.role !== 'processor') || STAFF_SAID.test(asked);
  return sharedWith(ctx, holders.length && passedTo ? { suppliers: holders, topic: topicLabel(asked) } : undefined, onward, CONTRAST.test(q.text));
};

/** Our own people's data asked: "staff info", "employees' details". */
const STAFF_SAID = /\b(?:staff|employees?|workers?|volunteers?|drivers?|team)\b/i;

/** A verb asking for a list, said first. */
const LIST_VERB = /^\s*(list|name|show( me)?|give me|tell me)\b/i;

/** "…that isn't just a processor working for us": what the register's roles say already, no contrast with software we use. */
const NOT_A_PROCESSOR = /\s*\b(?:that|who|which) (?:isn'?t|is not|aren'?t|are not)(?: just)? (?:an? )?processors?\b.*$/i;

/** What is set against the question after it: "as opposed to…", "rather than…", "not just…", "instead of…", "(not the ones processing for us)". */
const CONTRAST = /,?\s*\(?\s*\b(as opposed to|rather than|not just|instead of|but not|not (?:the ones|those|the suppliers|the companies|the processors)\b)\b.*$/i;

/** "…, not our own systems", "not the apps we use": our software set aside, said after; the answer is as for the question without it. */
const NOT_OUR_SOFTWARE = /,?\s*\(?\s*\bnot (?:our own|our|the) (?:systems|software|apps|tools)\b.*$/i;

/** "…outside the charity? outside orgs i mean": the asker saying again what is asked, after the question. */
const SAID_AGAIN = /(?<=\?)\s*(?:actual |the actual )?(?:outside|external|other) (?:orgs|organisations|organizations|companies|firms|bodies)(?: i mean)?[\s,.]*$/i;

/** "Who outside the shop do we…": the place is where "outside" is, not the data asked about. */
const OUTSIDE_PLACE = /^(\s*who) outside (the|our) \w+\b/i;

/**
 * "…with outside the agency", said last: the firm, which is where "outside" is, not data asked about (a region is read before).
 * Only the firm by what it is: "outside the NHS", "outside the council" leave a body out, which the words after keep.
 */
const OUTSIDE_LAST = /\s+outside (?:of )?(?:the|our|this) (?:agency|company|firm|business|practice|clinic|school|office|shop|team|club|studio|salon|surgery|cent(?:re|er)|charity|cic|organi[sz]ation|co-?op|nursery|academy|depot|yard|farm|hotel|pub|store|branch|workshop)\s*[?.!]*\s*$/i;

export function withoutContrast(text: string): string {
  return text.replace(CONTRAST, '').replace(NOT_OUR_SOFTWARE, '').replace(SAID_AGAIN, '').replace(NOT_A_PROCESSOR, '').replace(OUTSIDE_PLACE, '$1').replace(OUTSIDE_LAST, '');
}

/** Who asks the question ("who outside the shop" said as "who"): "who", "which firms", "who are the outside companies (that) we…". */
const WHO = String.raw`(who|which (\w+ )?(suppliers|companies|organisations|organizations|bodies|firms|businesses|third parties)) (do|does|did|can|should) (we|i)( (actually|really|ever|normally|usually|just))?`;
const WHO_ARE = String.raw`(who|which) are the (outside |other |external )?(companies|organisations|organizations|bodies|firms|businesses|people|third parties) (that )?(we|i)( (actually|really|ever|normally|usually|just))?`;

/** Asks whom we pass data to, over the whole register ("do we pass customer data on to anyone?", "who do we actually hand it over to?" too). */
const SHARING = new RegExp(
  String.raw`^\s*(do|does|did|are|would) (we|you|i)( ever)? (pass|passing|share|sharing|give|giving|hand|handing|disclose|disclosing)\b.*\b(to|with) (anyone|anybody|any other|any third|other (companies|organisations|organizations|people))\b` +
    String.raw`|^\s*(${WHO}|${WHO_ARE}) (pass|share|send|give|hand|disclose)\b(?!.*\b(for|about)\b)` +
    String.raw`|^\s*who (else )?(gets|receives|do we share) (our |personal |any )?(\w+ )?(data|information|details)\b` +
    // "List the outside organisations we pass customer info on to": the same question, asked for a list.
    String.raw`|${LIST_VERB.source}( all)? (of )?(the |our )?(outside |other |external |third[- ]party )?(organisations|organizations|companies|bodies|firms|businesses|third parties|recipients) (that |which )?(we|i)( (actually|really|ever|normally|usually|just|then))? (pass|share|send|give|hand|disclose)\b`,
  'i',
);

/** Passing data on, handing or disclosing it, to outside organisations: to those who use it for their own ends, not our processors. */
const ONWARD = /\b(pass|passes|passed|passing|hand|hands|handed|disclose|discloses|disclosed)\b|\bon to\b|\bonwards?\b|\boutside (organisations|organizations|companies|bodies|firms)\b/i;
