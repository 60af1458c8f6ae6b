import type { Policy } from '../config/schema.ts';
import { measureFor } from './field-facts.ts';
import { sentence } from './fields.ts';
import { type PassageMatch, sentencesOf } from './policy-passages.ts';
import type { QaAnswer, QaContext } from './qa-context.ts';
import { quoted, theOnly } from './quoted-policies.ts';
import type { PolicyMatch } from './register-index.ts';
import { DEVICE_LOST } from './retellings.ts';
import { words } from './text.ts';


/** The policy (or two, on a tie) a question is most about, quoted, if one scores well enough. */
export function policyAnswer(ctx: QaContext, question: string, threshold?: number): QaAnswer | undefined {
  const matched = ctx.index.policiesByWords(question, threshold);
  const [best, second] = matched;
  if (!best) return undefined;
  // The policies naming a loss the question tells of are found once, for both checks that use them.
  const naming = ctx.index.policiesNamingLoss(question);
  const device = lostDevicePolicies(ctx, naming, question);
  if (device) return quoted(device);
  const incident = lossPolicy(naming, matched);
  if (incident) return quoted([incident]);
  const echoed = quoteEchoed(question, matched);
  if (echoed && echoed !== best.policy) return quoted(withBreachPolicy(ctx, naming, [echoed], question));
  // The sentences are ranked once, for both checks that may let another policy answer.
  const ranked = ctx.index.policyPassages(question);
  const bySentence = coveringPolicy(ranked, best.policy) ?? nearTieBySentence(ranked, best, second) ?? byPhraseSaid(ranked, question, best, second);
  if (bySentence) return quoted(withBreachPolicy(ctx, naming, [bySentence], question));
  return quoted(withBreachPolicy(ctx, naming, second && second.score === best.score && second.strong === best.strong ? [best.policy, second.policy] : [best.policy], question));
}

/**
 * "Left the box office laptop on the bus": a lost device is answered by its own policy (wipe it,
 * ring the IT firm) and the breach policy after it (whom to tell, within how long), where those two
 * are the policies that name the loss, whichever of them the question's words met first; or where only the
 * breach policy names it and the words met the policy titled for the device ({@link deviceLostToItsPolicy}).
 */
function withBreachPolicy(ctx: QaContext, naming: readonly Policy[] | undefined, policies: Policy[], question: string): Policy[] {
  if (!naming || policies.length !== 1) return policies;
  const breach = naming.filter((p) => ctx.index.namesBreach(p));
  if (breach.length === 1 && deviceLostToItsPolicy(breach[0]!, policies[0]!, question)) return [policies[0]!, breach[0]!];
  if (naming.length !== 2 || !naming.includes(policies[0]!)) return policies;
  const own = naming.filter((p) => !breach.includes(p));
  return own.length === 1 && breach.length === 1 ? [own[0]!, breach[0]!] : policies;
}

/**
 * "Lost the site iPad at the Holloway job": a work device lost or stolen is answered by the one policy titled for devices that
 * names the loss, then the breach policy, whatever the story's other words meet better (a site, a job); or by the breach policy
 * alone where it is titled for devices too.
 */
function lostDevicePolicies(ctx: QaContext, naming: readonly Policy[] | undefined, question: string): Policy[] | undefined {
  if (!naming || !DEVICE_LOST.test(question)) return undefined;
  // A loss told where no policy's keywords name one (a firm that wrote none): the one policy with a sentence on a device lost
  // ("A recording shared by mistake … or a lost phone with recordings on it is a breach").
  if (naming.length === 0) {
    const saying = ctx.config.policies.filter((p) => sentencesOf(p.text).some((said) => LOST_DEVICE_SAID.test(said)));
    return saying.length === 1 ? saying : undefined;
  }
  const breach = naming.filter((p) => ctx.index.namesBreach(p));
  const titled = naming.filter((p) => !ctx.index.namesBreach(p) && DEVICES_TITLE.test(p.title));
  // Else the one other policy with a sentence on that very loss ("If your laptop is lost or stolen, tell Ancoats IT"), whatever its title.
  const own = titled.length ? titled : OUR_DEVICE.test(question) ? ctx.config.policies.filter((p) => !breach.includes(p) && DEVICE_LOSS_SAID.test(p.text)) : [];
  if (own.length === 1) return [own[0]!, ...(breach.length === 1 && breach[0] !== own[0] ? breach : [])];
  // One policy for both ("Data breaches and lost or stolen devices"): that one.
  return own.length === 0 && breach.length === 1 && DEVICES_TITLE.test(breach[0]!.title) ? breach : undefined;
}

/** The devices staff carry, as a story or a policy names them ("the work iPhone"). */
const WORK_DEVICE = String.raw`(?:laptops?|phones?|iphones?|smartphones?|mobiles?|tablets?|ipads?|devices?)`;

/** One of ours, not a client's: "my work laptop", "the charity phone", "our tablet", "the work iphone". */
const OUR_DEVICE = new RegExp(String.raw`\b(?:my|our|work|charity|company|office)\s+(?:[\w-]+\s+)?${WORK_DEVICE}\b`, 'i');

/**
 * A policy sentence on a work device lost: "If your laptop is lost or stolen, tell…", "If a work phone goes missing, ring…", "If the
 * studio phone or a work iPhone is lost or stolen, phone Rupinder", "If a work phone, tablet or laptop is lost", "If the iPad or a phone with
 * work email goes missing".
 */
const DEVICE_LOSS_SAID = new RegExp(
  String.raw`\bif\s+(?:your|a|the|any)\s+(?:[\w-]+\s+)?${WORK_DEVICE}(?:,\s+(?:[\w-]+\s+)?${WORK_DEVICE})*(?:,?\s+or\s+(?:(?:your|a|the|any)\s+)?(?:[\w-]+\s+)?${WORK_DEVICE})?(?:\s+with(?:\s+[\w-]+){1,3}?(?:\s+on\s+it)?)?\s+(?:is|are|gets?|goes|go)\s+(?:lost|stolen|missing)\b`,
  'i',
);

/** A policy sentence naming a device lost: "a lost phone with recordings on it", "if a work laptop is stolen". */
const LOST_DEVICE_SAID = new RegExp(String.raw`\b(?:lost|stolen)\s+(?:work\s+)?${WORK_DEVICE}\b|\b${WORK_DEVICE}\s+(?:is\s+|are\s+|gets?\s+|goes\s+)?(?:lost|stolen|missing)\b`, 'i');

/** A policy titled for the devices staff carry: "Phones, tablets and laptops", "Work devices". */
export const DEVICES_TITLE = /\b(?:phones?|mobiles?|laptops?|tablets?|ipads?|devices?)\b/i;

/**
 * "Lost my work phone" where the devices policy's keywords name no loss (the breach policy's do, perhaps a backups one's
 * too): the devices policy the words met (lock, wipe) and the breach policy after it (whom to tell, how fast), as where
 * both name the loss.
 */
function deviceLostToItsPolicy(breach: Policy, answering: Policy, question: string): boolean {
  return breach !== answering && DEVICES_TITLE.test(answering.title) && DEVICE_LOST.test(question);
}

/**
 * "My work laptop got nicked from the car on site": a loss or theft told is the incident, and the one
 * matched policy whose keywords name it (the breach policy) answers, not one its other words met
 * better (working on site with a laptop). Only where exactly one policy names it.
 */
function lossPolicy(naming: readonly Policy[] | undefined, matched: readonly PolicyMatch[]): Policy | undefined {
  if (!naming || naming.length !== 1 || naming[0] === matched[0]!.policy) return undefined;
  return matched.some((m) => m.policy === naming[0]) ? naming[0] : undefined;
}

/**
 * A what-to-do answer with the security measure of a supplier that also answers it, after the
 * policy ("what if a driver loses their handheld?" → the courier's handhelds can be wiped remotely).
 */
export function withMeasure(ctx: QaContext, question: string, policy: QaAnswer): QaAnswer {
  const measure = measureFor(ctx.index.thesaurus, ctx.index.fieldLeaders(question, 3), question);
  if (!measure) return policy;
  const { supplier: s, text } = measure;
  return { ...policy, sources: [...policy.sources, `register:${s.id}`], answer: `${policy.answer}\n${s.name}: ${sentence(text)} (Register: ${s.id}.)` };
}

/** How many times better another policy's sentence must meet the question than the matched policy's own best sentence. */
const SENTENCE_MARGIN = 2;

/**
 * Another policy whose one sentence covers the question far better than any sentence of the policy
 * its words matched: "how long do we keep the old registers once kids have left" meets the breach
 * policy's "a register left on the bus", but the records policy's "registers are kept for 3 years
 * after the child leaves", with its keyword "how long", far better.
 */
function coveringPolicy(ranked: readonly PassageMatch[], matched: Policy): Policy | undefined {
  const top = ranked[0];
  if (!top || top.policy === matched || top.strong < 2 || top.score < 2 * SITUATION_THRESHOLD) return undefined;
  const own = ranked.find((m) => m.policy === matched)?.score ?? 0;
  return top.score >= SENTENCE_MARGIN * own ? top.policy : undefined;
}

/** Someone's words quoted in a policy: 'anyone who says "stop reminding me"', 'a customer who writes "take me off"'. */
const WORDS_QUOTED = /\b(?:says?|said|saying|replies|replied|writes|wrote|asks?|asked|asking|tells? us)\s*,?\s*["“]([^"”]{3,80})["”]/g;

/**
 * "Customer rang saying stop reminding me every year": of the policies the question's words meet, the one that quotes words of
 * two or more the question says as someone's words ('anyone who says "stop reminding me" is taken off that day'), where only one
 * does. A policy quotes what people say so that staff know the case when they hear it; its own words in quotes ('never pass on
 * details "just in case"') are no one's.
 */
function quoteEchoed(question: string, matched: readonly PolicyMatch[]): Policy | undefined {
  const said = ` ${words(question).join(' ')} `;
  const quoting = matched.map((m) => m.policy).filter((p) => wordsQuotedIn(p).some((quote) => said.includes(quote)));
  return quoting.length === 1 ? quoting[0] : undefined;
}

/** Each policy's quoted words of two or more, folded and spaced for a whole-word search; read once per policy, not per question. */
const QUOTED_WORDS = new WeakMap<Policy, string[]>();

function wordsQuotedIn(p: Policy): string[] {
  let quotes = QUOTED_WORDS.get(p);
  if (!quotes) {
    quotes = [...p.text.matchAll(WORDS_QUOTED)].map((m) => words(m[1]!)).filter((w) => w.length >= 2).map((w) => ` ${w.join(' ')} `);
    QUOTED_WORDS.set(p, quotes);
  }
  return quotes;
}

/** How close the second policy's word score must be to the first's for their sentences to decide between them. */
const NEAR_TIE = 0.85;

/**
 * Of two policies that the question's words meet almost equally, the one with a sentence that
 * meets more of them: "a customer wants a copy of the video of him" meets the access-request policy
 * and the CCTV one, whose sentence says a customer asking for footage of themselves is an access request.
 */
function nearTieBySentence(ranked: readonly PassageMatch[], best: PolicyMatch, second: PolicyMatch | undefined): Policy | undefined {
  if (!second || second.score < NEAR_TIE * best.score || second.score === best.score) return undefined;
  // A sentence that meets more of the question's words covers more of what it tells; a better score alone is too close to call.
  const other = ranked.find((m) => m.policy === second.policy);
  if (!other || other.strong < 2 || other.score < SITUATION_THRESHOLD) return undefined;
  return other.words > (ranked.find((m) => m.policy === best.policy)?.words ?? 0) ? second.policy : undefined;
}

/** How close the second policy's word score must be for a keyword phrase said in full to decide, and how much better its sentence must meet the question. */
const PHRASE_SAID = 0.75;

const PHRASE_SENTENCE_MARGIN = 1.5;

/**
 * "Can I just take the card number over the phone?": of two policies the question's words meet
 * nearly as well, the one with a keyword of two words or more said in full ("card number"), where
 * the first has none said and the second's best sentence meets the question clearly better: a word alone
 * ("phone") is weaker evidence than a phrase.
 */
function byPhraseSaid(ranked: readonly PassageMatch[], question: string, best: PolicyMatch, second: PolicyMatch | undefined): Policy | undefined {
  if (!second || second.score < PHRASE_SAID * best.score) return undefined;
  const said = ` ${words(question).join(' ')} `;
  const saysPhrase = (p: Policy) => p.keywords.some((k) => k.includes(' ') && said.includes(` ${words(k).join(' ')} `));
  if (!saysPhrase(second.policy) || saysPhrase(best.policy)) return undefined;
  const score = (p: Policy) => ranked.find((m) => m.policy === p)?.score ?? 0;
  return score(second.policy) >= PHRASE_SENTENCE_MARGIN * score(best.policy) ? second.policy : undefined;
}

/** The one policy with a sentence that says both things ("studio laptops are encrypted"), quoted; none where no policy or two do. */
export function policySayingBoth(ctx: QaContext, one: RegExp, other: RegExp): QaAnswer | undefined {
  const saying = ctx.config.policies.filter((p) => sentencesOf(p.text).some((said) => one.test(said) && other.test(said)));
  return theOnly(saying);
}

/** "Is X counted as special category?", "are religious diets classed as sensitive data?": a kind of data asked about as a class of data. */
const ASKS_DATA_CLASS = /\b(?:count(?:s|ed)?|class(?:ed)?|classified|treated|considered|seen|regarded) as (?:a )?(special[- ]category|sensitive)\b|^\s*(?:is|are) .+ (special[- ]category|sensitive)(?: (?:data|info\w*))?\s*\??\s*$/i;

/**
 * "Is a pupil's epilepsy counted as special category?": the one policy sentence that says of the
 * thing asked about that it is special category ("health details … are special category data"),
 * its policy quoted; not a supplier that holds the thing.
 */
export function dataClassAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!ASKS_DATA_CLASS.test(question)) return undefined;
  const saying = ctx.index.policyPassages(question).filter((m) => /special[- ]category|sensitive/i.test(m.passage) && m.strong >= 2);
  return saying.length > 0 ? quoted([saying[0]!.policy]) : undefined;
}

/** How well a policy sentence (with its policy's title and keywords) must meet a told situation to answer it. */
const SITUATION_THRESHOLD = 3.5;

/** How well a policy must meet a told situation to answer it: its best sentence's score, and how many words its title or keywords meet. */
export interface SituationBar {
  score: number;
  about: number;
}

/**
 * How well it must meet a story told beside another answer's ask ("…, who do I tell?"), where that answer stands if none does:
 * a sentence that meets it well, in a policy whose title or keywords meet it too ("the boiler in the changing rooms is
 * banging" meets a camera policy's sentence on the changing rooms, but nothing the policy is about).
 */
export const STORY_BAR: SituationBar = { score: 2 * SITUATION_THRESHOLD, about: 1 };

/**
 * The policy that covers a situation told in everyday words, where nothing else answered ("a
 * little one came in with a bruise, where do I write it up?" → the safeguarding policy, whose
 * sentence says to log an injury with a body map). Two of the question's words must meet one
 * sentence, one saying more than whose data it is: one shared word is a stray match.
 */
export function situationAnswer(ctx: QaContext, question: string, bar: SituationBar = { score: SITUATION_THRESHOLD, about: 0 }): QaAnswer | undefined {
  // A loss told ("left the proofs on the train") is an incident: the one policy that names it, not one on the thing lost.
  const incident = ctx.index.policiesNamingLoss(question);
  const device = lostDevicePolicies(ctx, incident, question);
  if (device) return quoted(device);
  if (incident?.length === 1) return quoted(incident);
  const match = ctx.index.policyPassage(question);
  if (!match || match.score < bar.score || match.about < bar.about || match.words < 2 || match.strong < 1) return undefined;
  return quoted(withBreachPolicy(ctx, incident, [match.policy], question));
}
