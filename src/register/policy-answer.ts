import type { Policy } from '../config/schema.ts';
import { measureFor } from './field-facts.ts';
import { sentence } from './fields.ts';
import type { QaAnswer, QaContext } from './qa-context.ts';
import { sentencesOf, type PassageMatch } from './policy-passages.ts';
import type { PolicyMatch } from './register-index.ts';
import { words } from './text.ts';

/** The policy (or two, on a tie) a question is most about, quoted, if one scores well enough. */
export function policyAnswer(ctx: QaContext, question: string, threshold?: number): QaAnswer | undefined {
  const matched = ctx.index.policiesByWords(question, threshold);
  const [best, second] = matched;
  if (!best) return undefined;
  // The policies naming a loss the question tells of are found once, for both checks that use them.
  const naming = ctx.index.policiesNamingLoss(question);
  const incident = lossPolicy(naming, matched);
  if (incident) return quoted([incident]);
  // The sentences are ranked once, for both checks that may let another policy answer.
  const ranked = ctx.index.policyPassages(question);
  const bySentence = coveringPolicy(ranked, best.policy) ?? nearTieBySentence(ranked, best, second) ?? byPhraseSaid(ranked, question, best, second);
  if (bySentence) return quoted(withBreachPolicy(ctx, naming, [bySentence]));
  return quoted(withBreachPolicy(ctx, naming, second && second.score === best.score && second.strong === best.strong ? [best.policy, second.policy] : [best.policy]));
}

/**
 * "Left the box office laptop on the bus": a lost device is answered by its own policy (wipe it,
 * ring the IT firm) and the breach policy after it (whom to tell, within how long), where those two
 * are the policies that name the loss, whichever of them the question's words met first.
 */
function withBreachPolicy(ctx: QaContext, naming: readonly Policy[] | undefined, policies: Policy[]): Policy[] {
  if (!naming || naming.length !== 2 || policies.length !== 1 || !naming.includes(policies[0]!)) return policies;
  const [own, breach] = [naming.filter((p) => !ctx.index.namesBreach(p)), naming.filter((p) => ctx.index.namesBreach(p))];
  return own.length === 1 && breach.length === 1 ? [own[0]!, breach[0]!] : policies;
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

/** A keyword that names new tools or suppliers in general: "new app", "new software", "new supplier". */
const NEW_TOOL_KEYWORD = /^new (apps?|tools?|software|suppliers?|services?|systems?)$/i;

/** An id or title about new or other tools: "new-tools", "Using other apps and websites", "Software we haven't approved". */
const NEW_TOOL_TITLE = /\b(new|other|unapproved|unlisted|approv\w*)\b.*\b(apps?|tools?|software|suppliers?|services?|systems?|websites?|sites?)\b/i;

/** A keyword about taking on a tool outside the register: "sign up", "not on the register", "unapproved app". */
const NEW_TOOL_HINT = /^(sign(ing)? ?up|before you sign up|not (on|in) the register|unapproved \w+|free apps?|other apps?)$/i;

/**
 * The firm's one policy on new tools, however it is written: by a keyword that names new tools
 * ("new app"), else by its id or title ("new-tools", "Other apps and websites"), else by a keyword
 * about signing up for something off the register; none where a tier finds two (which is unclear).
 */
export function newToolsPolicy(ctx: QaContext): Policy | undefined {
  const tiers: ((p: Policy) => boolean)[] = [
    (p) => p.keywords.some((k) => NEW_TOOL_KEYWORD.test(k.trim())),
    (p) => NEW_TOOL_TITLE.test(p.id.replace(/[-_]/g, ' ')) || NEW_TOOL_TITLE.test(p.title),
    (p) => p.keywords.some((k) => NEW_TOOL_HINT.test(k.trim())),
  ];
  for (const tier of tiers) {
    const found = ctx.config.policies.filter(tier);
    if (found.length > 0) return found.length === 1 ? found[0] : undefined;
  }
  return undefined;
}

/**
 * "Is it ok to use Trello for the orders?" about a tool we do not hold: the firm's one policy on
 * new tools, whose words say whom to ask before using one, after "not in the register"; the answer
 * as it was where the firm has none, or two.
 */
export function withNewToolsPolicy(ctx: QaContext, answer: QaAnswer): QaAnswer {
  const rule = newToolsPolicy(ctx);
  if (!rule) return answer;
  const policy = quoted([rule]);
  return { ...answer, sources: [...answer.sources, ...policy.sources], answer: `${answer.answer}\n${policy.answer}` };
}

/**
 * "Can I use ChatGPT to write the listings?", "can I use my own Dropbox to back up reports?": a tool
 * asked leave to use that no supplier is, but that one policy names among its keywords, is that
 * policy's to answer (it says whether, and whom to ask), whatever other words of the question meet
 * another policy better.
 */
export function policyNamingTool(ctx: QaContext, tool: string): QaAnswer | undefined {
  const folded = words(tool).join(' ');
  if (!folded || ctx.config.suppliers.some((s) => [s.name, ...s.aliases].some((n) => words(n).includes(folded)))) return undefined;
  // A word the entries or policies write in lower case ("can I use text message codes…" beside "texts") is an everyday thing, not a tool's name.
  if (ctx.index.writesInLowerCase(folded)) return undefined;
  const naming = ctx.config.policies.filter((p) => p.keywords.some((k) => words(k).join(' ') === folded));
  return theOnly(naming);
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

/** Policies (one, or two on a tie) quoted whole, cited. */
function quoted(policies: readonly Policy[]): QaAnswer {
  return {
    intent: 'policy',
    sources: policies.map((p) => `policy:${p.id}`),
    answer: policies.map((p) => `${p.title}: ${p.text}`).join('\n') + ` (Policy: ${policies.map((p) => p.id).join(', ')}.)`,
  };
}

/** Someone told something and asked not to tell. */
const SECRET_ASKED = /\b(?:told|tells|telling|said|says|confided)\b.*\b(?:asked|begged|made) (?:me|us) (?:not to tell|to keep it (?:a )?secret|to promise)\b|\b(?:asked|begged) (?:me|us) not to tell\b|\b(?:told|tells|said|says) (?:(?:me|us) )?not to tell\b/i;

/**
 * Someone of a person's own household or family hurting them, told ("her step dad hits her"), or the signs of harm or
 * neglect seen on a visit ("bruises on her arms", "no food in" at home): a concern for a child or an adult at risk. Only a relative
 * or partner as the one who hurts, so a ball or a door that "hits him" is no concern; "no food in the fridge for lunch" is a shopping list.
 */
const HARM_TOLD = /\b(?:step ?(?:dad|mum|mom|father|mother)|dad|mum|mom|father|mother|husband|wife|partner|boyfriend|girlfriend|son|daughter|carer|uncle|brother)\s+(?:hits|hit|beats|slaps|kicks|hurts|shoves|pushes)\s+(?:her|him|them)\b|\bbruis(?:e|es|ing)\s+(?:all\s+)?(?:on|over|up)\s+(?:her|his|their)\s+(?:arms?|legs?|face|neck|back|body|wrists?)\b|\bno food in(?:\s+(?:the\s+)?(?:house|home|flat|cupboards?))?(?=\s*(?:[,.;!?]|$|\band\b|\bat home\b))/i;

/**
 * A child ("one of my little dancers") telling the asker something that worries them, told vaguely: "one of the little ones said something about her dad
 * that's bothering me", "a lad in the under 12s told me something after training, I'm worried". The worry is the asker's
 * ("worried me", "I'm worried"), so a child worried about a test is no disclosure, and what is told is vague ("something"), so a
 * child's stolen bike told plainly is the matter it is.
 */
const WORRYING_DISCLOSURE = /\b(?:kids?|child|children|girl|boy|lad|lass|pupils?|juniors?|little (?:ones?|[a-z]+s)|young (?:one|person|people)|teenager|(?:[1-9]|1[0-7])[- ]?(?:year|yr)s?[- ]old)\b[^.?!]{0,40}?\b(?:(?:told|tells|said|says|mentioned|let slip)\s+(?:me\s+|us\s+)?something|disclosed|confided|opened up)\b[^.?!]{0,60}?(?:\b(?:worried|concerned|upset|bothered|scared|frightened|troubled|unsettled|shook|shaken)\s+me\b|\b(?:worrying|concerning|upsetting|bothering me|troubling|alarming|disturbing)\b|\bi'?m\s+(?:really\s+|quite\s+|a bit\s+)?(?:worried|concerned|uneasy)\b|\bmade me (?:worried|uneasy|uncomfortable)\b)/i;

/** A child in the story, not a thing of theirs ("a child's medication form" is a form). */
const CHILD = /\b(?:kid|kids|child|children|girl|boy|lad|lass|toddler|baby|teenager|pupil|son|daughter|stepdaughter|stepson|(?:[1-9]|1[0-7])[- ]?(?:year|yr)s?[- ]old)\b(?!['’])/i;

/** A child found on their own, or lost: "a little boy on his own crying", "found a lost toddler". */
const CHILD_ALONE = /\b(?:little|small|young|lost|crying) (?:boy|girl|lad|lass|one|kid|child|toddler)\b(?!['’]).*\b(?:on (?:his|her|their) own|alone|crying|lost|can'?t find)\b|\b(?:found|lost) (?:a|an) (?:lost |little |small |young )?(?:child|kid|toddler|boy|girl)\b(?!['’])/i;

/**
 * A parent or carer gone off and left their child with us: "his mum has nipped to the shop, is that ok?",
 * "the dad has gone to the car, can he stay with me?". Policies say whether a parent or guardian must stay; not "left a review" nor
 * "went to the press": only an errand's going off (popped, nipped, gone out, gone to the car or the shop). Parents "gone
 * home" at the end of the day, a mum who "popped back" in, or the asker's own ("my mum has gone away") have left no
 * child with us.
 */
const PARENT_STEPPED_OUT = /(?<!\bmy\s+)\b(?:mum|mom|mother|dad|father|parents?|carers?|guardians?|nan|gran|grandma|grandad)(?:['’]s)?(?:\s+(?:has|have|had|just|only|quickly|now))*\s+(?:(?:popped|nipped|stepped|dashed|ran)\s+(?:out|off|to|for|outside|away|home)|(?:gone|went|left)\s+(?:out|off|outside|away)|(?:gone|went)\s+(?:to|for)\s+(?:the|a)\s+(?:car|car park|van|shop|shops|loo|toilet|toilets|caf[eé]|coffee|bank|cashpoint|smoke))\b/i;

/**
 * A child's secret told, a child left with us by a parent gone off, a child found alone, or harm to a child or an adult at
 * risk told or seen: the firm's one safeguarding policy, whatever else
 * the story's words meet ("the host dad", "the family field" meet other policies' words).
 */
export function safeguardingAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const toldOfChild = (SECRET_ASKED.test(question) || PARENT_STEPPED_OUT.test(question)) && CHILD.test(question);
  if (!toldOfChild && !CHILD_ALONE.test(question) && !HARM_TOLD.test(question) && !WORRYING_DISCLOSURE.test(question)) return undefined;
  const welfare = safeguardingPolicies(ctx);
  return theOnly(welfare);
}

/** The firm's policies on safeguarding, by their titles or keywords (child protection by either name). */
function safeguardingPolicies(ctx: QaContext): Policy[] {
  return policiesTitled(ctx, /\bsafeguarding\b|\bchild protection\b/i);
}

/** The firm's policies whose title or a keyword says what the pattern does. */
function policiesTitled(ctx: QaContext, pattern: RegExp): Policy[] {
  return ctx.config.policies.filter((p) => [p.title, ...p.keywords].some((k) => pattern.test(k)));
}

/** The firm's policies with a keyword that says what the pattern does. */
function policiesKeyed(ctx: QaContext, pattern: RegExp): Policy[] {
  return ctx.config.policies.filter((p) => p.keywords.some((k) => pattern.test(k)));
}

/** The one policy found, quoted; none where the firm has none or two, so that no guess between them is said as the rule. */
function theOnly(policies: readonly Policy[]): QaAnswer | undefined {
  return policies.length === 1 ? quoted(policies) : undefined;
}

/**
 * Something of ours deleted or overwritten, asked back: "deleted the rota by accident, can we get it back?".
 * Not "lost": a lost phone or laptop asked back is a breach to report, not a file to restore.
 */
const LOST_WORK_BACK = /\b(?:deleted|overwrote|overwritten|saved over|wiped)\b.*\b(?:get (?:it|them|that|this) back|recover (?:it|them)|restore (?:it|them)|bring (?:it|them) back|undo (?:it|that))\b/i;

/**
 * A spare, not a copy of our files: "the card machine failed, is there a backup?", "what's the backup
 * plan?". Taken out before {@link BACKUP_TROUBLE} reads the question, so a thing failing and a spare
 * asked for is not a backup gone wrong.
 */
const SPARE_BACKUP = /\b(?:a|any|another|no|spare) back ?up\b(?! (?:drives?|disks?|sticks?|tapes?)\b)|\bback ?up (?:plans?|ones?|generators?|ways?|options?|batter(?:y|ies)|phones?|machines?|readers?|tills?|connections?|routers?|keys?|vans?|drivers?|staff|people)\b/gi;

/** A backup gone wrong, told: "the backup failed again", "an error message on the nightly backup", a red cross. */
const BACKUP_TROUBLE = /\bback ?ups?\b.*\b(?:fail(?:s|ed|ing)?|errors?|gone red|turned red|red cross|warning|alert|not working|stopped|didn'?t run|hasn'?t run|broken|crashed)\b|\b(?:failed|errors?|red cross|warning|alert)\b.*\bback ?ups?\b/i;

/** Where a backup's drive or disk belongs: "where is the backup hard drive supposed to live?". */
const BACKUP_DRIVE_WHERE = /\bwhere\b.*\bback ?ups?\b.*\b(?:drives?|disks?|sticks?|tapes?)\b|\bwhere\b.*\b(?:drives?|disks?|sticks?|tapes?)\b.*\bback ?ups?\b/i;

/**
 * Where to save our own work so it is kept safe: "where do I put the new rota so it doesn't disappear?", "where should I save
 * the quotes so they're backed up?". The "so it…" says the asker wants it kept, not where a supplier stores our data.
 */
const SAVED_SAFE_WHERE = /\bwhere\s+(?:should|do|can|shall|must|would)\s+(?:i|we)\s+(?:save|store|keep|put)\b.*\b(?:so (?:that )?(?:it|they|nothing|we)|in case|to make sure)\b.*\b(?:lost|lose|backed up|back ?up|safe|deleted|disappear\w*|go missing|goes missing|wiped)\b/i;

/**
 * A file deleted by mistake and asked back, a backup gone wrong, or where the backup drive is kept:
 * the firm's one backups policy (what is kept, whom to tell, where the drive lives), not the
 * supplier whose entry holds the thing, the retention period or only whom to ask.
 */
export function backupsAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const ofOurFiles = question.replace(SPARE_BACKUP, ' ');
  if (![LOST_WORK_BACK, BACKUP_TROUBLE, BACKUP_DRIVE_WHERE, SAVED_SAFE_WHERE].some((told) => told.test(ofOurFiles))) return undefined;
  // By title alone: a keyword "backup" is as often copying a memory card as getting a lost file back.
  return theOnly(ctx.config.policies.filter((p) => /\bback ?ups?\b|\bbacking up\b/i.test(p.title)));
}

/** Someone asking for their own data to go: "customer phoned asking us to wipe all her details", "she emailed saying remove her details". */
const ERASURE_ASKED = /\b(?:delete|erase|wipe|remove|get rid of)\s+(?:all\s+(?:of\s+)?)?(?:my|her|his|their)\s+(?:personal\s+)?(?:details|data|info|information|records|account)\b/i;

/** A request told: someone rang, asked, wants. A staff member's own "can I delete my account?" is not one. */
const REQUEST_TOLD = /\b(?:rang|called|phoned|emailed|texted|messaged|wrote|said|says|asked|asks|asking|wants?|wanted|wanting|request(?:s|ed|ing)?|demand(?:s|ed|ing)?)\b/i;

/** The asker's own wish to remove their own things: "I want to delete my account on the booking app". */
const OWN_ERASURE = /\b(?:i|i'd|i'm)\s+(?:(?:really|just)\s+)?(?:want|wanted|need|would like|'d like)\s+to\s+(?:delete|erase|wipe|remove|get rid of)\s+(?:all\s+(?:of\s+)?)?my\b/i;

/** Someone else's words passed on: "a client rang: I want to delete my data" is still their request. */
const PASSED_ON = /\b(?:rang|called|phoned|emailed|texted|messaged|wrote|said|says|saying)\b/i;

/** True when a member of staff asks to remove their own account or details, which tells no one's request to us. */
function asksOwnErasure(question: string): boolean {
  return OWN_ERASURE.test(question) && !PASSED_ON.test(question);
}

/** A policy keyword that names erasure: "erasure", "delete my data", "right to be forgotten". */
const ERASURE_KEYWORD = /\beras(?:e|ure)\b|\bright to be forgotten\b|\bforget (?:me|us|them)\b|\bdelete (?:my|their|your) (?:data|details)\b/i;

/**
 * "Customer phoned asking us to wipe all her details": a request to erase someone's data is the firm's
 * one policy whose keywords name erasure (whom to pass it to, how fast), not one meeting "wipe" or "details".
 */
export function erasureAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!ERASURE_ASKED.test(question) || !REQUEST_TOLD.test(question) || asksOwnErasure(question)) return undefined;
  return theOnly(policiesKeyed(ctx, ERASURE_KEYWORD));
}

/**
 * Someone asking to see our camera footage of something that happened: "a passenger wants to see the
 * dashcam footage". A copy of footage of themselves ("a copy of the cctv of herself") is an access
 * request, which the matched policies already tell apart.
 */
const FOOTAGE_ASKED = /\b(?:wants?|wanted|asking|asked|asks|demand(?:s|ed|ing)?|request(?:s|ed|ing)?|insist(?:s|ed|ing)?)\b.*\b(?:see|view|watch|look at|check)\b(?:(?!\b(?:copy|of (?:her|him|them)sel(?:f|ves)|of (?:me|myself)\b)).)*\b(?:footage|cctv|dash ?cam\w*)\b/i;

/**
 * The police (or an insurer) asking us for footage: "a policeman is in the shop wanting the cctv of a
 * shoplifter". Who may hand footage over is the camera policy's, whatever theft or crash the story tells.
 */
const AUTHORITY_FOOTAGE_ASKED = /\b(?:police|policeman|policewoman|(?<!\b(?:protection|compliance|safeguarding|welfare) )officers?|cops?|detectives?|insurers?|insurance company)\b.*\b(?:footage|cctv|dash ?cam\w*|camera recordings?)\b/i;

/**
 * The police or an insurer asking us a question about our footage ("asked if our cctv is stored in the UK", "wants to
 * know how long we keep it"): the register's answer for them, not a request to hand footage over.
 */
const AUTHORITY_ASKS_ABOUT = /\b(?:asked|asks|asking|wants? to know|wanted to know|wanting to know|would like to know)\s+(?:us\s+|me\s+)?(?:if|whether|where|how|what|when|who|which)\b/i;

/** A policy keyword that names camera footage. */
const FOOTAGE_KEYWORD = /^\s*(?:footage|cctv|dash ?cams?)\s*$/i;

/**
 * "His phone was stolen in the taproom and he wants to watch the cctv", "an officer is asking for
 * the car park footage": a request for footage is the firm's one camera policy's (who handles footage
 * requests), before the theft its story tells (a loss policy) or a supplier whose engineers can view
 * the footage.
 */
export function footageRequestAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const byAuthority = AUTHORITY_FOOTAGE_ASKED.test(question) && REQUEST_TOLD.test(question) && !AUTHORITY_ASKS_ABOUT.test(question);
  if (!FOOTAGE_ASKED.test(question) && !byAuthority) return undefined;
  return theOnly(cameraPolicies(ctx, question));
}

/**
 * The firm's policies on camera footage; where it has two (the yard's CCTV and the lorries'
 * dashcams, both with the keyword "footage"), the one whose own camera word the question says.
 */
function cameraPolicies(ctx: QaContext, question: string): Policy[] {
  const cameras = policiesKeyed(ctx, FOOTAGE_KEYWORD);
  if (cameras.length < 2) return cameras;
  const said = ` ${words(question).join(' ')} `;
  const camerasSaid = (p: Policy) => p.keywords.some((k) => FOOTAGE_KEYWORD.test(k) && !/footage/i.test(k) && said.includes(` ${words(k).join(' ')} `));
  return cameras.filter(camerasSaid);
}

/**
 * Someone asking what we hold about them: "wanting to know what data we have on him", "asked what
 * information we keep about her". The person's pronoun says the data is theirs: "what info do we
 * hold on Spond?" asks after a supplier's entry.
 */
const OWN_DATA_ASKED = /\bwhat\s+(?:(?:personal\s+)?(?:info|information|data|details|stuff|records?)\s+)?(?:do\s+)?(?:we|you)\s+(?:hold|have|keep|store|have got|got)\s+(?:on|about|for)\s+(?:him|her|them|me|himself|herself|themselves)\b/i;

/**
 * Someone asking for copies of what we recorded or hold of them: "copies of all the recordings we have of him", "all the
 * footage we took of his house". The pronoun after "of" says whose (a "copy of the footage we have of the car park" is no one's; photos "of their mum" are a parent's, not the asker's own).
 */
const OWN_COPIES_ASKED = /\b(?:copy|copies|all)\s+(?:of\s+)?(?:all\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}(?:recordings?|footage|videos?|photos?|pictures?|images?|records?|notes|files?|data|info|information)\s+(?:that\s+)?(?:we|you)\s+(?:have|hold|took|take|keep|kept|made|shot|filmed|recorded|got|have got)\s+(?:\w+\s+)?(?:of|on|about)\s+(?:him|her|them|himself|herself|themselves|(?:his|her|their)\s+(?!(?:mum|mom|mother|dad|father|nan|gran|grandma|grandad)\b)\w+)\b/i;

/**
 * A solicitor asking for someone's records or notes for a claim: a request for personal information, made for the person.
 * The firm's own solicitor ("our solicitor wants the tenancy records for the hearing") acts for us, so asks no one's request.
 */
const SOLICITOR_ASKS_RECORDS = /(?<!\b(?:our|my|the firm['’]s|the practice['’]s)\s+)\bsolicitors?['’]?s?\b.*\b(?:records?|notes|files?|data|details|information|footage|reports?)\b/i;

/** A policy keyword that names a request for one's own data: "subject access", "sar", "copy of my data", "what data". */
const ACCESS_KEYWORD = /\bsubject access\b|^\s*sars?\s*$|\bcopy of (?:my |our |their )?data\b|^\s*what (?:data|do you hold|we hold)\s*$/i;

/**
 * "A dad messaged the club Instagram wanting to know what data we have on him": a request for one's own
 * data, however it arrived, is the firm's one policy on such requests (whom to pass it to, within
 * a month), not the entry of the supplier it came through.
 */
export function accessRequestAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const asked = [OWN_DATA_ASKED, OWN_COPIES_ASKED, SOLICITOR_ASKS_RECORDS].some((request) => request.test(question));
  if (!asked || !REQUEST_TOLD.test(question)) return undefined;
  return theOnly(policiesKeyed(ctx, ACCESS_KEYWORD));
}

/**
 * "Left the delivery list on the dashboard with the van open, someone may have looked through it": a stranger who may
 * have gone through our things, told ("has someone gone through the list yet?" asks after a job done, and so does
 * "once someone has been through the CVs, how long do we keep them?").
 */
const STRANGER_WENT_THROUGH = /(?<!\b(?:has|have|had|did|can|could|will|would|once|after|when|until|till|before)\s+)\b(?:someone|somebody|a stranger)\s+(?:(?:might|may|must|could)\s+)?(?:(?:have|has|had|'s|'d)\s+)?(?:rummaged|had a (?:rummage|nose|root|dig)|gone through|been through|went through|looked through|nosed through|rooted through)\b/i;

/**
 * Our things gone through by a stranger: data seen by someone who should not see it, so the firm's
 * one breach policy (whom to tell, within how long), not the supplier whose entry holds the thing.
 */
export function goneThroughAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!STRANGER_WENT_THROUGH.test(question)) return undefined;
  const breach = theBreachPolicy(ctx);
  return breach ? quoted([breach]) : undefined;
}

/**
 * People put on our mailing list: "can I add everyone from the presentation night photos to the
 * newsletter?", "put everyone on the slate book onto the mailing list". Whether they may be is a
 * matter of their consent.
 */
const ADDED_TO_MAILING_LIST = /\b(?:add|adding|added|put|putting|stick|sticking|sign|signing|signed|subscribe|subscribing|import|importing|upload|uploading)\b(?:\s+[\w'’-]+){0,8}?\s+(?:to|on|onto|into|up to|up for|in)\s+(?:the|our|my)\s+(?:(?:e-?mail|monthly|weekly|marketing)\s+)?(?:newsletters?|mailing list|e-?mail list|marketing list|mailshots?|marketing e-?mails?)\b/i;

/**
 * A thing put in the newsletter, not people put on it: "add a photo of the under 9s to the newsletter" is the photo
 * policy's; "everyone from the presentation night photos" are people, named before "from".
 */
const THING_ADDED = /^\S+\s+(?:(?!\b(?:from|on|in|at|who|that|off)\b)[\w'’-]+\s+)*?(?:photos?|pics?|pictures?|images?|videos?|clips?|reports?|articles?|stor(?:y|ies)|posts?|links?|logos?|adverts?|posters?|flyers?|recipes?|timetables?|hours|dates|news|results|fixtures|menus?|prices)\b/i;

/** A policy title or keyword that names marketing to a list: "marketing", "newsletter", "mailing list". */
const MARKETING_POLICY = /^\s*(?:marketing|newsletters?|mailing list|marketing consent|marketing emails?)\s*$|\bmarketing\b.*\b(?:consent|mailing list|newsletter)\b|\bnewsletter\b/i;

/**
 * People put on the mailing list: the firm's one marketing policy (only those who opted in), not a
 * policy on the event they came from nor the newsletter's supplier.
 */
export function mailingListAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const added = ADDED_TO_MAILING_LIST.exec(question);
  if (!added || THING_ADDED.test(added[0])) return undefined;
  return theOnly(policiesTitled(ctx, MARKETING_POLICY));
}

/**
 * A slip told: "oops", "by mistake", or the asker's own "I said… what now". A rule asked ("can I read out the winner's
 * surname?") tells none, nor someone else's news ("a customer said her address has changed, what now?").
 */
const SLIP_TOLD = /\b(?:oops|whoops|accidentally|by mistake|by accident|didn'?t mean to|slipped out|let (?:it )?slip)\b|\b(?:i|we)\s+(?:just\s+)?(?:read out|said|announced|gave out|blurted|mentioned|showed|displayed|put up)\b(?=.*\b(?:what now|now what|what do i do now)\b)/i;

/** Someone's details given out aloud or on show, in whatever way the trade does it: said at the counter, announced over the mic, shown on screen. */
const DETAILS_GIVEN_OUT = /\b(?:read out|reading out|said|announced|gave out|given out|blurted(?: out)?|mentioned|showed|shown|displayed|broadcast|put up)\b(?:\s+[\w'’-]+){0,6}?\s+(?:(?:full|home|mobile|phone|telephone|e-?mail)\s+)?(?:phone numbers?|mobile numbers?|numbers?|address(?:es)?|e-?mail address(?:es)?|surnames?|full names?|dates? of birth|details)\b/i;

/**
 * "Whoops, I said a customer's full address out loud at the counter": someone's details disclosed by a slip is
 * a breach, the firm's one breach policy's (whom to tell, how fast), before a policy that only says
 * never to do it.
 */
export function disclosedBySlipAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!SLIP_TOLD.test(question) || !DETAILS_GIVEN_OUT.test(question)) return undefined;
  const breach = theBreachPolicy(ctx);
  return breach ? quoted([breach]) : undefined;
}

/**
 * Something of one person's sent to the wrong one, told in the past: "sent the review link for one client to a totally
 * different client", "emailed her report to the other customer", or everyone's addresses shown in cc not bcc. Only a
 * person or their address as the wrong recipient ("sent the van to the other site" is no slip, nor "sent it to the other members
 * list"), and only "sent" (a "can
 * I send it to another email?" asks a rule). A home by its number ("sent flat 12's statement to flat 21 by mistake") is a
 * wrong recipient where the slip is told.
 */
const SENT_TO_WRONG_PERSON = /\b(?:sent|emailed|e-mailed|forwarded|texted|messaged|posted|attached)\b(?:\s+[\w'’-]+){0,10}?\s+to\s+(?:(?:a|an|the|some)\s+)?(?:totally\s+|completely\s+|entirely\s+)?(?:wrong|different|other|another)\s+(?:\w+\s+)?(?:clients?|customers?|persons?|people|guests?|parents?|famil(?:y|ies)|patients?|tenants?|couples?|members?|owners?|landlords?|recipients?|compan(?:y|ies)|firms?|address|e-?mail(?: address)?|numbers?|groups?|class|contacts?|someone|somebody|flats?|houses?|residents?|leaseholders?|households?)\b(?!['’]?\s+(?:lists?|pages?|areas?|sections?|channels?|chats?|sites?|portals?|accounts?|folders?)\b)|\b(?:sent|emailed|e-mailed|forwarded|posted)\b(?:\s+[\w'’-]+){0,10}?\s+to\s+(?:flat|house|unit|room|apartment|plot|no\.?|number)\s+\d+[a-z]?\b(?=.*\b(?:by mistake|by accident|in error|instead of)\b)|\bcc\b.*\b(?:not|instead of|rather than)\s+(?:in\s+)?bcc\b|\bforgot (?:to use |to put (?:them|everyone) in )?bcc\b/i;

/** Something sent to the wrong person: the firm's one breach policy (whom to tell, how fast), not the policy on sending files right. */
export function sentToWrongPersonAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!SENT_TO_WRONG_PERSON.test(question)) return undefined;
  const breach = theBreachPolicy(ctx);
  return breach ? quoted([breach]) : undefined;
}

/**
 * Someone other than the person asking where they are or how to reach them: "a hirer's girlfriend rang asking where he rode",
 * "flat 9 wants the number of the guy upstairs", "a neighbour wants the daughter's number". Only a third party by who they are to someone (a partner, a relative, a
 * neighbour, another home), asking where a person is: a mum asking where her order is, or the police, are other matters.
 */
const THIRD_PARTY_ASKS = /\b(?:girlfriend|boyfriend|wife|husband|partner|ex|ex-partner|ex-wife|ex-husband|mum|mom|mother|dad|father|sister|brother|son|daughter|nephew|niece|aunt|uncle|cousin|relative|friend|neighbou?r|flat \d+[a-z]?|number \d+[a-z]?|next door)\b[^.?!]{0,40}?\b(?:rang|called|phoned|emailed|texted|messaged|asked|asking|asks|wants?|wanted|wanting|after)\b[^.?!]{0,30}?\b(?:where (?:he|she|they|(?:his|her|their) (?:mum|mom|mother|dad|father|son|daughter|wife|husband|partner|girlfriend|boyfriend|sister|brother|nan|gran|grandad|grandma|aunt|uncle))\b|(?:his|her|their) (?:new )?(?:address|number|phone number|mobile(?: number)?|e-?mail(?: address)?|contact details|whereabouts)\b|the (?:phone |mobile )?(?:number|address|e-?mail|contact details) (?:of|for) |(?:the|a|an)\s+[\w-]+(?:['’]s|s['’]?)\s+(?:new\s+)?(?:phone\s+|mobile\s+|home\s+)?(?:number|address|e-?mail(?: address)?|contact details|whereabouts)\b)/i;

/** A policy on telling others about someone: "Giving out information about…", "Callers and third parties asking about a case", "Talking to relatives". */
const THIRD_PARTY_POLICY = /\bthird[- ]part(?:y|ies)\b|\bdisclosure\b|\bgiving out\b|\basking about\b|\benquir(?:y|ies) about\b|\bsomeone asking\b|\bwho can we tell\b|\brelatives\b|\bfamily members?\b/i;

/** Titles that name something else a third-party keyword also meets: a child at risk, camera footage, the firm's software. */
const NOT_THIRD_PARTY_TITLE = /\bsafeguarding\b|\bcctv\b|\bfootage\b|\bcameras?\b|\bsoftware\b|\bsuppliers?\b/i;

/** A third party asking where someone is or how to reach them: the firm's one policy on giving out information about people. */
export function thirdPartyAsksAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!THIRD_PARTY_ASKS.test(question)) return undefined;
  return theOnly(policiesTitled(ctx, THIRD_PARTY_POLICY).filter((p) => !NOT_THIRD_PARTY_TITLE.test(p.title)));
}

/**
 * A child wanting, or wanted, in a photo or a recording: "some kids want a selfie with the van, can I post it?", "she wants her
 * 15-year-old son in the episode too". Asked or told, not how long photos are kept or where (those ask the register).
 */
const CHILD_PICTURED = /\b(?:wants?|wanted|wanting|asked|asking|asks|can (?:i|we)|ok to|okay to|allowed to)\b[^.?!]{0,50}?\b(?:selfies?|photos?|pictures?|pics?|film(?:ed|ing)?|video(?:ed)?|be (?:in|on) (?:the|an|our|this|a) (?:episode|video|film|photos?|shoot|podcast|recording|advert|clip|show|interview|programme|footage|picture))\b/i;

/** Questions of the register, not a situation: how long, where, which supplier. */
const ASKS_REGISTER = /^\s*(?:how long|where|which|who (?:has|holds|keeps|stores))\b/i;

/** A policy on children, by its title or keywords, and one on pictures or recordings of them, by the same. */
const CHILDREN_POLICY = /\b(?:child|children|kids?|under[- ]?1[0-8]s?|juniors?|minors?|young people|pupils?)\b/i;
const PICTURES_POLICY = /\b(?:photos?|pictures?|videos?|filming|film|recordings?|release forms?|releases?|social media|instagram)\b/i;

/** A child wanted in a photo or recording: the firm's one policy on pictures of children (not safeguarding, which names both). */
export function childPicturedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!CHILD.test(question) || !CHILD_PICTURED.test(question) || ASKS_REGISTER.test(question)) return undefined;
  const policies = policiesTitled(ctx, CHILDREN_POLICY).filter((p) => [p.title, ...p.keywords].some((k) => PICTURES_POLICY.test(k)) && !/\bsafeguarding\b/i.test(p.title));
  return theOnly(picturesTitled(policies, ctx)) ?? theOnly(policies);
}

/** A title about pictures: "Pictures and video", "Taking photos of pupils". */
const PICTURES_TITLE = /\b(?:photo\w*|pictures?|videos?|film\w*|recordings?|images?)\b/i;

/**
 * Of the policies on children and pictures, those titled for pictures; where the keywords found none so titled ("Messaging
 * young members" names Instagram only as a way to message a child), the firm's policies titled for pictures whose words say
 * children ("Pictures and video": "for under-16s, a parent says yes").
 */
function picturesTitled(found: readonly Policy[], ctx: QaContext): Policy[] {
  const ofFound = found.filter((p) => PICTURES_TITLE.test(p.title));
  // Where the keywords found none at all, the answer is left as it was (the register's entries on photos say more).
  if (ofFound.length > 0 || found.length === 0) return ofFound;
  return ctx.config.policies.filter((p) => PICTURES_TITLE.test(p.title) && !/\bsafeguarding\b/i.test(p.title) && CHILDREN_POLICY.test(`${p.title} ${p.keywords.join(' ')} ${p.text}`));
}

/**
 * Someone's details photographed on one's own phone: "ok to take a pic of the patient's address on my phone so I don't
 * forget?", "I snapped the booking sheet on my own phone". A photo of someone's details or a paper or screen holding them
 * (not of a house or a damaged car, which a policy on photos answers), on the asker's own phone.
 */
const PHOTO_ON_OWN_PHONE = /\b(?:take|taking|took|snap|snapping|snapped|grab|grabbing|grabbed)\s+(?:a\s+)?(?:quick\s+)?(?:pic|pics|picture|pictures|photo|photos|screenshot|screenshots|snap)\s+of\b(?=[^.?!]*\b(?:address(?:es)?|details|numbers?|database|records?|notes|lists?|forms?|sheets?|registers?|licen[cs]es?|passports?|ids?|id cards?|prescriptions?|files?|screens?|labels?|tags?|codes?|letters?|documents?|paperwork)\b).*\b(?:on|with)\s+my\s+(?:own\s+|personal\s+)?(?:phone|mobile)\b/i;

/** A policy on staff's own phones or devices, by its title or keywords: "Personal phones and messaging apps", "own phone". */
const OWN_DEVICE_POLICY = /\b(?:own|personal) (?:phones?|devices?|mobiles?)\b/i;

/** Someone's details photographed on one's own phone: the firm's one policy on personal phones, not the policy on the details. */
export function photoOnOwnPhoneAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!PHOTO_ON_OWN_PHONE.test(question)) return undefined;
  // Where the firm has no policy on personal phones, an ID document is the one policy's that forbids copying ID.
  return theOnly(policiesTitled(ctx, OWN_DEVICE_POLICY)) ?? (ID_DOCUMENT.test(question) ? theOnly(policiesSaying(ctx, NO_COPIES_OF_ID)) : undefined);
}

/** An identity document: a driving licence, a passport, an ID card. */
const ID_DOCUMENT = /\b(?:driving licen[cs]e|licen[cs]e|passport|id card|\bid\b|proof of age|identity card|birth certificate)\b/i;

/** A policy sentence that forbids copying ID: "don't photograph or copy a customer's passport". */
const NO_COPIES_OF_ID = /\b(?:never|don'?t|do not|must not|not)\b[^.]*\b(?:photocop\w*|photograph\w*|scan\w*|cop(?:y|ies))\b[^.]*\b(?:id|licen[cs]es?|passports?|identity)\b/i;

/** The firm's policies with a sentence that says what the pattern does. */
function policiesSaying(ctx: QaContext, pattern: RegExp): Policy[] {
  return ctx.config.policies.filter((p) => sentencesOf(p.text).some((said) => pattern.test(said)));
}

/**
 * Someone come to collect without what proves it is theirs: "he's picking up his wife's car but hasn't got the booking ref",
 * "a woman is here for a parcel with no ID".
 */
const COLLECTING_WITHOUT_PROOF = /\b(?:collect|collects|collecting|pick(?:s|ing)? up|here for|come for|came for|come to get|came to get)\b.*\b(?:(?:has|have|had)(?:n'?t| not) got|hasnt got|havent got|without|no|doesn'?t have|doesnt have|didn'?t bring|didnt bring|forgot|can'?t find|cant find)\s+(?:the\s+|a\s+|an\s+|any\s+|his\s+|her\s+|their\s+)?(?:booking\s+)?(?:ref|reference|ticket|receipt|id|proof|password|code|pin|collection code|booking number|job number|ticket number)\b/i;

/** A policy sentence that hands over only on proof: "Hand a key back only to someone who gives the booking reference…". */
const HANDS_OVER_ON_PROOF = /\b(?:hand|give|release|let)\w*\b[^.]*\bonly\b[^.]*\b(?:reference|ref|ticket|receipt|id|password|code)\b|\bonly\b[^.]*\b(?:hand|give|release)\w*\b[^.]*\b(?:reference|ref|ticket|receipt|id|password|code)\b/i;

/** Someone collecting without the proof: the firm's one policy that says to hand over only on it. */
export function collectingWithoutProofAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!COLLECTING_WITHOUT_PROOF.test(question)) return undefined;
  return theOnly(ctx.config.policies.filter((p) => sentencesOf(p.text).some((said) => HANDS_OVER_ON_PROOF.test(said))));
}

/**
 * A debt handed on, asked when: "flat 7 is 3 months behind, when can we send it to the solicitors?", "when do we pass an
 * unpaid account to the debt collectors?". The register says who receives what, never when: the policy on debts does.
 */
const DEBT_HANDED_ON = /\b(?:when|how long before|at what point|how soon)\b.*\b(?:send|pass|refer|hand|give|take|escalate)\w*\b.*\bto\s+(?:the\s+|a\s+|our\s+)?(?:solicitors?|debt collect\w*|collection agenc(?:y|ies)|collectors?|bailiffs?|small claims|court)\b/i;

/** A policy on debts, by its title or keywords: "Chasing service charge arrears", "unpaid", "debt recovery". */
const DEBT_POLICY = /\barrears\b|\bdebts?\b|\bunpaid\b|\bdebt collect/i;

/** A debt handed on, asked when: the firm's one policy on debts. */
export function debtHandedOnAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return DEBT_HANDED_ON.test(question) ? theOnly(policiesTitled(ctx, DEBT_POLICY)) : undefined;
}

/**
 * Someone claiming to be who would be entitled, and wanting something: "bloke on the phone says he's renting flat 4 and wants
 * a fob", "a woman says she's his wife and wants his appointment time". What they claim cannot be checked from the register,
 * so the policy on what they want says whom it may go to. The claim is told ("says he's"), then the want.
 */
const CLAIMS_AND_WANTS = /\b(?:says|said|claims|claimed|reckons|reckoned)\s+(?:he|she|they)(?:['’]s|s|\s+is|\s+are|['’]re|\s+was)\s+(?:renting|living|staying|the|a|an|his|her|their|from)\b.*\b(?:wants?|wanting|asking for|asked for|after)\s+(?:a|an|the|his|her|their|some)\b/i;

/** How a caller reached us ("on the phone"), which names the phone system's entry, not what they want. */
const HOW_THEY_REACHED_US = /\s+(?:on|over) the (?:phone|line)\b/i;

/** Someone claiming to be entitled and wanting something: the policy that best covers what they want, where one does. */
export function claimsAndWantsAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return CLAIMS_AND_WANTS.test(question) ? policyAnswer(ctx, question.replace(HOW_THEY_REACHED_US, '')) : undefined;
}

/**
 * Ransomware told by what it shows: "a screen saying all our files are encrypted and to pay in bitcoin", "a ransom note on
 * the PC". Not "ransomware" asked about as a word: the policies' keywords meet that already; nor whether something is
 * encrypted, asked ("is our data encrypted in the app parents use to pay?" asks the register).
 */
const RANSOM_TOLD = /\bransom (?:note|demand|message|screen|pop-?up)\b|^(?!\s*(?:is|are|was|were|does|do|how|which|where)\b).*\b(?:files?|everything|documents?|data|folders?)\b.*\b(?:encrypted|locked)\b.*\b(?:pay|bitcoin|ransom|crypto)\b/i;

/**
 * Ransomware told: the firm's breach policy (whom to tell, how fast), or where it has none its one policy keyworded
 * ransomware (a backups policy names it too, but says how to restore, not whom to tell).
 */
export function ransomAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!RANSOM_TOLD.test(question)) return undefined;
  return theBreachPolicyQuoted(ctx) ?? theOnly(policiesKeyed(ctx, /\bransomware\b/i));
}

/** The firm's one breach policy, quoted, if it has one. */
function theBreachPolicyQuoted(ctx: QaContext): QaAnswer | undefined {
  const breach = theBreachPolicy(ctx);
  return breach ? quoted([breach]) : undefined;
}

/**
 * The firm's one breach policy: the one whose keywords name a breach, or where an accident or incident policy's keywords
 * do too ("incident"), the one of those titled a breach, or where none is ("If personal data goes astray"),
 * the one with "breach" itself among its keywords.
 */
function theBreachPolicy(ctx: QaContext): Policy | undefined {
  const naming = ctx.config.policies.filter((p) => ctx.index.namesBreach(p));
  if (naming.length < 2) return naming[0];
  const titled = naming.filter((p) => /\bbreach/i.test(p.title));
  const chosen = titled.length > 0 ? titled : naming.filter((p) => p.keywords.some((k) => /\bbreach(?:es)?\b/i.test(k)));
  return chosen.length === 1 ? chosen[0] : undefined;
}

/** A customer's card number or details put on paper or in a message: "scribbled the card number on a sticky note". */
const CARD_WRITTEN = /\b(?:wrote|written|write|writing|jotted|jot|scribbled|noted|took down|taken down|copied)\b.*\bcard (?:numbers?|details|no)\b|\bcard (?:numbers?|details|no)\b.*\b(?:wrote|written|jotted|scribbled|noted (?:it|them) down|on (?:a|the) (?:post[- ]?it|sticky note|pad|order pad|scrap|napkin|notepad|booking sheet))\b/i;

/** A policy title or keyword that names taking cards: "taking card payments", "card number". */
const CARD_POLICY = /\bcard (?:payments?|numbers?|details)\b/i;

/**
 * A card number written down: the firm's one policy on taking card payments (never write it down;
 * what to do if it was), not the till or booking supplier whose entry holds tokenised cards.
 */
export function cardWrittenAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!CARD_WRITTEN.test(question)) return undefined;
  const cards = policiesTitled(ctx, CARD_POLICY);
  return theOnly(cards);
}

/**
 * One of our accounts taken over, told by its signs: "someone's got into the shop's Instagram", "odd posts keep going up on our
 * page", "opened a fake invoice link and now our inbox is mailing rubbish to everyone". Someone getting into an account (not a room: the
 * thing got into is an account, a page or an inbox), posts nobody made, mail sent that we did not send, or a link clicked that
 * we now doubt.
 */
const ACCOUNT_TAKEN_OVER = [
  /\b(?:someone|somebody|some1|a hacker|hackers)(?:['’]s|\s+has|\s+have|\s+had|\s+may have|\s+might have|\s+must have)?\s+(?:got|gotten|broken|hacked|logged|been)\s+(?:in(?:to)?|on(?:to)?)\s+(?:(?:our|the|my|his|her|their)\s+)?(?:[\w'’-]+\s+){0,2}?(?:accounts?|insta(?:gram)?|facebook|fb|page|profile|e-?mails?|gmail|outlook|hotmail|inbox|mailbox|tiktok|twitter|logins?|website|site)\b/i,
  /\b(?:weird|strange|odd|random|dodgy|spammy|funny)\s+(?:posts?|messages?|e-?mails?|stories|tweets?|dms?)\b[^.?!]{0,30}?\b(?:going up|keep(?:s)? (?:going up|appearing|coming)|appearing|being (?:sent|posted)|posted|sent out|went out|gone out|going out)\b/i,
  /\b(?:(?:is|are|was|been|keeps?|started|now)\s+)(?:sending|posting)\s+(?:out\s+)?(?:spam|junk|scam|phishing|dodgy|weird|strange)\b/i,
  /\bclicked\s+(?:on\s+)?(?:a|an|the|some|this|that)\s+(?:[\w'’-]+\s+){0,2}?(?:dodgy|suspicious|weird|strange|fake|phishing|scam|phishy|iffy)\b[\w\s'’-]{0,20}?\b(?:links?|e-?mails?|attachments?|texts?|messages?)\b/i,
];

/** One of our accounts taken over: the firm's one breach policy (whom to tell, how fast), not the entry of the account's supplier. */
export function accountTakenOverAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!ACCOUNT_TAKEN_OVER.some((told) => told.test(question)) || SOMEONE_ELSES.test(question)) return undefined;
  // A link clicked is the firm's one policy on suspicious emails where it has one: it says what to do once clicked.
  return (CLICKED.test(question) ? theOnly(policiesKeyed(ctx, PHISHING_KEYWORD)) : undefined) ?? theBreachPolicyQuoted(ctx);
}

/** Someone else's thing ("a customer's phone has weird messages going out"): a repair or a favour, not our account taken over. */
const SOMEONE_ELSES = /\b(?:customers?|clients?|guests?|patients?|tenants?|members?|pupils?|students?|residents?|players?)['’]s?\s+(?:own\s+)?(?:phones?|laptops?|accounts?|e-?mails?|insta\w*|facebook|pages?|computers?|pcs?|tablets?)\b/i;

/** A link or attachment clicked, and a policy keyword on suspicious emails: "phishing", "clicked a link", "suspicious email". */
const CLICKED = /\bclicked\b/i;
const PHISHING_KEYWORD = /\bphishing\b|\bclicked\b|\bsuspicious (?:e-?mails?|links?|messages?)\b|\bdodgy (?:e-?mails?|links?)\b/i;

/**
 * Someone leaving, asked when their logins go: "the temps are done at the end of the month, when is their access taken away?", "Sam's
 * last day is Thursday, when does his email get shut down?". The leaving is told; the access asked after.
 */
const LEAVING_TOLD = /\b(?:finish(?:es|ing)?|leav(?:e|es|ing)|left|last (?:day|shift|week)|quit(?:s|ting)?|handed in (?:his|her|their) notice|end of (?:the |their |his |her )?(?:season|contract|placement|term|temp\w*)|moving on)\b/i;
const ACCESS_ENDS = /\b(?:lose|loses|losing)\s+(?:their|his|her|the|its)?\s*(?:[\w-]+\s+)?(?:logins?|log-ins?|access|accounts?|passwords?|e-?mails?|passcodes?)\b|\b(?:logins?|log-ins?|access|accounts?|e-?mails?|passcodes?)\s+(?:get|gets|is|are|be|will be|go|goes|stop|stops)\s+(?:removed|taken away|cut off|closed|shut(?: down| off)?|switched off|turned off|deleted|revoked|disabled|working)\b/i;

/** A policy on people leaving, by its title or keywords: "Staff who leave", "Leavers", "leaver". */
const LEAVERS_POLICY = /\bleavers?\b|\bsomeone leaves\b|\bleaving\b|\bstaff leave\b/i;

/** Someone leaving, asked when their access ends: the firm's one policy on leavers (the day it goes, who removes it). */
export function leaverAccessAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!LEAVING_TOLD.test(question) || !ACCESS_ENDS.test(question)) return undefined;
  return theOnly(ctx.config.policies.filter((p) => LEAVERS_POLICY.test(p.title))) ?? theOnly(policiesKeyed(ctx, /^\s*leavers?\s*$/i));
}

/**
 * Someone new offering to help with a class or a group: "my cousin wants to help out with the tots' session, can she start on
 * Monday?", "a dad offered to help with the juniors". Whether they may, and when, is the firm's policy on checks for
 * helpers; a friend helping with the books is no such thing, so the help is with a class, a group or children.
 */
const HELPER_OFFERS = /\b(?:friend|mate|pal|mum|mom|dad|parent|partner|husband|wife|boyfriend|girlfriend|sister|brother|cousin|neighbou?r|volunteer|someone|somebody|son|daughter|nephew|niece|uncle|aunt|auntie|student|grandad|grandma|nan|gran)\b[^.?!]{0,40}?\b(?:wants? to|would like to|offered to|keen to|could|can|is going to|asked (?:if|whether) (?:he|she|they) (?:can|could))\s+(?:come (?:in )?and\s+)?(?:help(?:\s+out)?|volunteer|assist|lend a hand|pitch in)\s+(?:with|at|on|in)\s+(?:the\s+|our\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?(?:class(?:es)?|sessions?|kids|children|juniors|group|club|lessons?|camps?|part(?:y|ies)|trips?|youth|under[- ]?\d+s|rehearsals?|practice|training|tots|toddlers|babies|squad)\b/i;

/** A policy on checks for helpers, by its title or keywords: "DBS checks for helpers", "background check", "vetting". */
const HELPER_CHECKS_POLICY = /\bdbs\b|\bdisclosure and barring\b|\bbackground checks?\b|\bvetting\b|\bcriminal record/i;

/** Someone new offering to help with a class: the firm's one policy on checks for helpers, where it has one. */
export function helperOffersAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return HELPER_OFFERS.test(question) ? theOnly(policiesTitled(ctx, HELPER_CHECKS_POLICY)) : undefined;
}

/**
 * A work vehicle used for one's own errand, asked whether it is tracked: "borrowing the minibus to move house at the
 * weekend, will it show where I went?", "taking the car out for my own shopping, is that logged?".
 */
const VEHICLE = /\b(?:vans?|car|cars|lorr(?:y|ies)|trucks?|minibus(?:es)?|vehicles?|pool car|company car|work car|motorbikes?|scooters?)\b/i;
const OWN_ERRAND = /\b(?:my own|personal|private(?:ly)?|for myself|at the weekend|on (?:the )?weekends?|on my day off|day off|evenings?|holiday|moving house|move house)\b/i;
const TRACKED_ASKED = /\b(?:track(?:ed|s|ing|er)?|record(?:ed|s|ing)?|logged|logs?|monitored|gps|show (?:up|where)|see where|know where)\b/i;

/** A policy on vehicle trackers, by its title or keywords: "Vehicle tracking", "tracker", "telematics". */
const TRACKERS_POLICY = /\btrack(?:er|ers|ing)\b|\btelematics\b/i;

/** A work vehicle used privately, asked whether it is tracked: the firm's one policy on trackers (a private switch, what is kept). */
export function privateTripTrackedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (![VEHICLE, OWN_ERRAND, TRACKED_ASKED].every((said) => said.test(question))) return undefined;
  return theOnly(policiesTitled(ctx, TRACKERS_POLICY));
}

/**
 * Someone telling us their details are wrong and wanting them put right: "a parent says we've got her phone number wrong and
 * wants it changed", "client emailed, her surname is spelt wrong on everything". A request about their own data.
 */
const CORRECTION_ASKED = /\b(?:his|her|their|(?:got|have|has)\s+(?:his|her|their))\s+(?:[\w-]+\s+){0,2}?(?:address|name|surname|e-?mail(?: address)?|phone number|number|details|date of birth|dob|postcode|record|records)\b[^.?!]{0,25}?\b(?:wrong|incorrect|out of date|misspel\w+|spelt wrong|spelled wrong)\b/i;

/** A policy keyword that names putting someone's data right: "correction", "rectification", "update my details". */
const CORRECTION_KEYWORD = /\bcorrect\w*\b|\brectif\w*|\bamend\w*\b|\bupdate (?:my|their|your) (?:details|data)\b/i;

/** Someone's details wrong and asked put right: the firm's one policy on such requests, by a correction keyword or else an access one that says so. */
export function correctionAskedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!CORRECTION_ASKED.test(question) || !REQUEST_TOLD.test(question)) return undefined;
  // Else the one policy on requests for one's data whose words say it covers putting data right: one that only gives copies does not.
  return theOnly(policiesKeyed(ctx, CORRECTION_KEYWORD)) ?? theOnly(policiesKeyed(ctx, ACCESS_KEYWORD).filter((p) => CORRECTION_SAID.test(`${p.title} ${p.text}`)));
}

/** Words of a policy that say it covers putting someone's data right: "asks us to correct it", "rectification". */
const CORRECTION_SAID = /\bcorrect(?:s|ed|ing|ion|ions)?\b|\brectif\w*|\bamend\w*|\bput (?:it|them) right\b/i;

/** How well a policy sentence (with its policy's title and keywords) must meet a told situation to answer it. */
const SITUATION_THRESHOLD = 3.5;

/**
 * The policy that covers a situation told in everyday words, where nothing else answered ("a
 * little one came in with a bruise, where do I write it up?" → the safeguarding policy, whose
 * sentence says to log an injury with a body map). Two of the question's words must meet one
 * sentence, one saying more than whose data it is: one shared word is a stray match.
 */
export function situationAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  // A loss told ("left the proofs on the train") is an incident: the one policy that names it, not one on the thing lost.
  const incident = ctx.index.policiesNamingLoss(question);
  if (incident?.length === 1) return quoted(incident);
  const match = ctx.index.policyPassage(question);
  if (!match || match.score < SITUATION_THRESHOLD || match.words < 2 || match.strong < 1) return undefined;
  return quoted([match.policy]);
}

/**
 * One's own login asked for or lent, or another's borrowed: "the freelancer asked for my login", "can I give her my password?",
 * "use a colleague's login", "can the new starter go on my till login?", "the temp wants to log in with my account". Not "someone has been using my login": that is a breach told, not a rule asked.
 */
const LOGIN_SHARED = /\b(?:asked|asks|asking|wants?|wanted)\s+(?:(?:me\s+)?for\s+)?(?:my|our)\s+(?:[\w.-]+\s+)?(?:login|log-in|log in|password|credentials)\b|\b(?:share|sharing|give|giving|lend|lending)\s+(?:\w+\s+){0,2}?(?:my|your|his|her|their)\s+(?:[\w.-]+\s+)?(?:login|log-in|password|credentials)\b|\b(?:borrow|borrowing|use|using)\s+(?:someone(?:['’]?s)?\s+else['’]?s|a colleague['’]?s|another person['’]?s|(?:his|her|their)(?! own))\s+(?:[\w.-]+\s+)?(?:login|log-in|password|credentials)\b|\b(?:(?:can|could|may|should|let|letting)\s+(?!i\b|we\b|me\b)(?:[\w'’-]+\s+){1,5}?|(?:wants?|wanted|would like|asked|asks|asking)\s+to\s+)(?:use|borrow|go on|log in (?:with|on|as)|sign in (?:with|as))\s+my\s+(?:[\w.-]+\s+)?(?:login|log-in|log in|password|passcode|credentials|pin|user(?:name)?|account)\b/i;

/** What a password must be: "how long does my password need to be", "how many characters does a password have to be"; not how long one lasts. */
const PASSWORD_RULE_ASKED = /\bpasswords?\s+(?:\w+\s+){0,2}?(?:need|needs|have|has|got)\s+to\s+be\b|\bhow (?:long|many characters)\s+(?:does|do|should|must|has|have|is|are)\s+(?:my|a|our|the|your)\s+(?:\w+\s+)?passwords?\s+(?:(?:need|have|got)\s+to\s+)?be\b/i;

/** Two-step sign-in asked as a duty: "do we have to have 2 step on on the X site?"; not "where is 2FA compulsory?", a list. */
const TWO_STEP_REQUIRED = /^(?!\s*(?:where|which|who|what)\b).*\b(?:have to|need to|must|required to|supposed to|meant to)\b.*\b(?:2|two)[- ]?(?:step|factor|fa)\b(?!\s+ladders?)/i;

/**
 * A rule on logins asked, "two-step" where it is whether two-step sign-in must be on (the named supplier's own fact
 * answers beside the rule), "rule" where it is sharing a login or what a password must be (the rule alone answers).
 */
export function loginRuleAsked(question: string): 'two-step' | 'rule' | undefined {
  if (LOGIN_SHARED.test(question) || PASSWORD_RULE_ASKED.test(question)) return 'rule';
  return TWO_STEP_REQUIRED.test(question) ? 'two-step' : undefined;
}

/** The firm's one policy on passwords or logins, by its title, quoted. */
export function passwordsPolicyAnswer(ctx: QaContext): QaAnswer | undefined {
  return theOnly(ctx.config.policies.filter((p) => /\bpasswords?\b|\blog-?ins?\b/i.test(p.title)));
}
