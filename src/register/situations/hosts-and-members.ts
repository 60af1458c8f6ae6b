// Stories from hosts' homes, sheds, cafés and duty phones, told in a staff member's words: a phone referral to be logged later, a risk
// assessment asked to be forwarded, a host asking why a young person is homeless, an adult new to a checked household, a slip deleted
// away or to be put right quietly (read again in the seventy-seventh round), a changed emergency contact, where the emergency numbers are, a fob told as "the thing on my keyring", an ambulance crew asking
// about someone's health, others asking why someone was referred, a sheet gone missing, a referral sent to a personal inbox, addresses
// kept in a notebook, a photo of someone who can no longer decide (a death told by the family is read beside the other deaths, in
// rounds-and-drops.ts). The one policy sentence that rules on it answers, found by what it says, never by a firm's policy id. Read in
// the seventy-fifth round.
import type { Policy } from '../../config/schema.ts';
import { sentencesOf } from '../policy-passages.ts';
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { LOSS_TITLE, lossPolicyNaming, policiesSaying, storyWords, theOnly, toldThenSaid } from '../quoted-policies.ts';
import { STOPWORDS, escapeRegExp, stem, words } from '../text.ts';

/** A day or time later than now: "monday", "tomorrow", "when im back in", "next week". */
const LATER = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|later|next week|after the weekend|in the morning|when\s+i['’]?m\s+back|when\s+im\s+back|when\s+i\s+(?:get|am)\s+back|(?:till|til|until)\s+(?:the\s+)?(?:morning|tomorrow|monday))`;

/**
 * One taken over the phone, to be logged another day: "took one over the phone at 2am on the duty mobile … can i log him on the system
 * monday when im back in". The sentence that phone referrals are entered the same day answers.
 */
const PHONE_ONE_LATER_TOLD = new RegExp(
  String.raw`^(?=.*\b(?:(?:took|taken|take|received|answered)\s+(?:one|a\s+(?:new\s+)?(?:referral|one|placement))|(?:had|got)\s+a\s+(?:new\s+)?referral)\b[^.?!]{0,30}?\b(?:over|on|by)\s+(?:the\s+)?(?:duty\s+)?(?:phone|mobile)\b|.*\b(?:rang|called|phoned)\s+(?:the\s+)?(?:duty\s+)?(?:phone|mobile|line)\s+with\s+a\s+(?:new\s+)?referral\b)(?=.*\b(?:log|enter|put|add|record|type|write)\b[^.?!]{0,40}?\b${LATER})`,
  'i',
);
const PHONE_SAME_DAY_SAID = /\b(?:enter|log|record|add|type)\b[^.]*\bsame day\b[^.]*\bphone\b/i;

export const phoneOneLaterAnswer = toldThenSaid(PHONE_ONE_LATER_TOLD, PHONE_SAME_DAY_SAID);

/** A risk assessment asked to be sent on: "host messaged asking if i can just forward her the RA for the lad coming tonight". */
const RISK_ASSESSMENT_SENT_TOLD =
  /^(?!.*\b(?:fire|site|premises|office|building|event|venue|coshh|manual\s+handling|health\s+and\s+safety|training|slides|landlord)\b).*\b(?:forward|send|email|e-mail|text|whatsapp|print)\s+(?:(?:her|him|them|it|the\s+[\w-]+)\s+)?(?:over\s+)?(?:a\s+copy\s+of\s+)?(?:the|his|her|their|a)\s+(?:(?:full|whole)\s+)?(?:RA|RAs|risk\s+assessments?)\b/i;
const RISK_ASSESSMENT_NEVER_SENT_SAID = /\brisk assessments?\b[^.]*\bnever\b[^.]*\b(?:send|forward|e-?mail|print|share)\b/i;

export const riskAssessmentSentAnswer = toldThenSaid(RISK_ASSESSMENT_SENT_TOLD, RISK_ASSESSMENT_NEVER_SENT_SAID);

/**
 * Someone we place with asking why the person came to us: "host wants to know what went on at home with the girl she's having tonight,
 * why she got chucked out". The sentence on what that one is never given (history, reasons) answers, where it names who asks.
 */
const HISTORY_ASKED_TOLD =
  /\b(?:wants?\s+to\s+know|wanted\s+to\s+know|asking|asked|asks)\b[^.?!]{0,20}?\b(?:what\s+(?:went\s+on|happened|has\s+happened)\s+(?:at\s+home|with\s+(?:him|her|them|the\s+(?:girl|lad|boy|young\s+person|yp|kid|child|teenager|donor|client|patient|resident|member|family|mum|dad)))|why\s+(?:he|she|they)\s+(?:got|was|were|is|are|ended\s+up|became|left)\b[^.?!]{0,20}?\b(?:homeless|kicked\s+out|chucked\s+out|thrown\s+out|out\s+of\s+home|in\s+care|on\s+the\s+streets|left\s+home)|(?:his|her|their)\s+(?:history|background|back\s?story|past))\b/i;
const HISTORY_NEVER_GIVEN_SAID = /\bnever\s+(?:give|tell|pass)\b[^.]*\b(?:history|background|reasons?\s+for)\b/i;

export const historyAskedAnswer = toldThenSaid(HISTORY_ASKED_TOLD, HISTORY_NEVER_GIVEN_SAID, {
  storyWord: storyWords('wants?', 'know', 'went', 'home', 'tonight', 'having', 'prepared', 'says', 'tell', 'happened', 'history', 'background'),
  only: true,
});

/**
 * An adult new to a checked household: "one of our hosts' son has just turned 18 and moved back in, nobody's checked him". The sentence
 * that every adult in the household is checked answers.
 */
const ADULT_NEW_TO_HOUSEHOLD_TOLD =
  /^(?=.*\b(?:hosts?['’]?|carers?['’]?|household|(?:his|her|their)\s+(?:son|daughter|partner|boyfriend|girlfriend|husband|wife)|lodger)\b)(?=.*\b(?:turned|turns|just\s+turned|now)\s+(?:18|eighteen)\b|.*\b(?:moved|moving|moves)\s+(?:back\s+)?in\b|.*\bnew\s+(?:partner|lodger|boyfriend|girlfriend|husband|wife)\b|.*\blodger\b|.*\bstaying\s+(?:with\s+(?:her|him|them)\s+)?for\s+(?:a|two|three|\d+)\s+(?:month|week)s?\b)(?=.*\b(?:nobody['’]?s|no\s?one['’]?s|not\s+been|hasn['’]?t\s+been|never\s+been|not|without\s+(?:a\s+)?|(?:hasn['’]?t|has\s+not|not|never)\s+had\s+(?:a|an|his|her|their|any)\s+)\s*(?:checked|dbs|vetted|check)\b)/i;
const EVERY_ADULT_CHECKED_SAID = /\bevery\s+adult\b[^.]*\b(?:household|home|house)\b[^.]*\b(?:dbs|checks?|checked|vetted)\b|\bevery\s+(?:household\s+member|member\s+of\s+the\s+household)\b[^.]*\b(?:18|eighteen|adult)\b/i;

export const adultNewToHouseholdAnswer = toldThenSaid(ADULT_NEW_TO_HOUSEHOLD_TOLD, EVERY_ADULT_CHECKED_SAID);

/**
 * Something sent or put where it should not be, by us: "texted tonights arrangements to jo instead of joanne", "I uploaded a tenancy
 * agreement to completely the wrong student's case", "accidently sent the rota … to my family group chat".
 */
const SLIP_TOLD =
  /^(?=(?:.*\b(?:i|i['’]?ve|ive|we|we['’]?ve|accident(?:al)?ly|just)\s+|\s*)(?:sent|texted|emailed|messaged|whatsapped|forwarded|uploaded|attached|posted|shared)\b[^.?!]{0,60}?\b(?:instead\s+of|to\s+(?:[\w-]+\s+)?the\s+wrong|wrong\s+(?:person|number|host|family|parent|client|member|group|address|students?|customers?|patients?|guests?|cases?|records?|folders?|inbox)|to\s+my\s+(?:own\s+)?(?:family|personal|friends['’]?|mates['’]?)\s+(?:group\s+)?(?:chat|group|whatsapp)))/i;

/**
 * The slip deleted away, or to be put right quietly: "ive deleted it off the phone already so thats sorted right?", "I'll just delete it
 * quietly … nobody will know"; not a wrong date on a poster, which is sent to no one.
 */
const SLIP_HIDDEN_TOLD =
  /^(?=.{0,300}?\b(?:deleted|delete|wiped|removed|unsent|binned)\b|.{0,300}?\b(?:fix|sort|undo|change|edit|swap)\s+(?:it|them|that|this)\b.{0,60}?\b(?:quietly|myself|before\s+anyone\s+(?:notices|sees|knows))\b|.{0,300}?\b(?:nobody|no\s?one)\s+(?:will|would|need)\s+(?:ever\s+)?(?:know|notice)\b)/i;

/** A policy sentence that nothing is deleted: "Don't delete anything". */
const DO_NOT_DELETE_SAID = /\b(?:do\s+not|don['’]t|never)\s+delete\s+(?:anything|it|them|the)\b/i;

/**
 * A breach policy's sentence that a slip is not hidden: nothing deleted, nothing deleted to cover a mistake, or no putting it right
 * oneself ("Do not delete anything from AdvicePro to cover a mistake", "Do not delete anything or try to put it right yourself", "Do not try to
 * tidy it up yourself").
 */
const NOT_HIDDEN_SAID = new RegExp(
  String.raw`${DO_NOT_DELETE_SAID.source}|\b(?:do\s+not|don['’]t|never)\s+(?:delete|remove|change|edit|alter)\b[^.]{0,80}?\b(?:cover|hide)\b|\b(?:do\s+not|don['’]t|never)\s+(?:[^.]{0,50}?\bor\s+)?try\s+to\s+(?:sort|fix|put|tidy|clear|clean)\s+it\s+(?:out\s+|right\s+|up\s+)?yourself\b`,
  'i',
);

/**
 * A slip deleted away or to be hidden: the breach policy's one sentence that it is not (by the policy's title: a backups policy's "do not
 * try to fix it yourself" is of a dead computer), else the firm's one sentence that nothing is deleted.
 */
export function slipHiddenAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!SLIP_TOLD.test(question) || !SLIP_HIDDEN_TOLD.test(question)) return undefined;
  return theOnly(policiesSaying(ctx, NOT_HIDDEN_SAID).filter((p) => LOSS_TITLE.test(p.title))) ?? theOnly(policiesSaying(ctx, DO_NOT_DELETE_SAID));
}

/**
 * Someone's emergency contact changed: "ron's wife has gone into a home so she cant be his next of kin any more. he's given me his son's
 * number". The sentence on what is done when an emergency contact changes answers.
 */
const CONTACT_CHANGED_TOLD =
  /\b(?:next\s+of\s+kin|emergency\s+contact|nok)\b[^.?!]{0,40}?\b(?:any\s?more|no\s+longer|changed|has\s+changed|new\s+one|instead)\b|\b(?:can['’]?t|cannot|can\s+no\s+longer)\s+be\s+(?:his|her|their)\s+(?:next\s+of\s+kin|emergency\s+contact)\b|\bnew\s+(?:next\s+of\s+kin|emergency\s+contact)\b|\b(?:next\s+of\s+kin|emergency\s+contact)['’]?s?\b[^.?!]{0,30}?\bnew\s+(?:number|phone|mobile|address)\b|\bchange\s+(?:his|her|their|my)\s+(?:next\s+of\s+kin|emergency\s+contact)\b/i;
const CONTACT_CHANGED_SAID = /\b(?:if|when)\b[^.]*\b(?:emergency\s+contacts?|next\s+of\s+kin)\b[^.]*\bchang/i;

export const contactChangedAnswer = toldThenSaid(CONTACT_CHANGED_TOLD, CONTACT_CHANGED_SAID);

/** Where the emergency numbers are, asked: "where do i find people's numbers if someone takes a funny turn". */
const EMERGENCY_NUMBERS_WHERE_TOLD =
  /\bwhere\s+(?:do|can|would|will|should|shall)\s+i\s+(?:find|get|look\s+for|get\s+hold\s+of)\b[^.?!]{0,40}?\b(?:numbers|emergency\s+(?:contacts?|numbers)|next\s+of\s+kin|contact\s+details)\b/i;
/** A sentence on where the emergency-contact sheet is kept, not one on losing it. */
const EMERGENCY_SHEET_SAID = /^(?!.*\b(?:breach|loss|lost|left\s+at|delete)\b).*\bemergency[- ]contacts?\s+(?:sheets?|lists?|folders?|files?|books?|cards?)\b/i;

/** Numbers wanted for an emergency, not for shirts, a pick-up or a supplier: "if someone takes a funny turn", "emergency numbers". */
const EMERGENCY_TOLD = /\b(?:emergenc(?:y|ies)|funny\s+turn|taken\s+ill|takes\s+ill|is\s+ill|collapses?|collapsed|accident|gets\s+hurt|is\s+hurt|has\s+a\s+fall|falls\s+ill|if\s+(?:anything|something)\s+(?:happens|goes\s+wrong)|next\s+of\s+kin)\b/i;

export function emergencyNumbersWhereAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return EMERGENCY_NUMBERS_WHERE_TOLD.test(question) && EMERGENCY_TOLD.test(question) ? theOnly(policiesSaying(ctx, EMERGENCY_SHEET_SAID)) : undefined;
}

/** A fob told by what it does: "the thing on my keyring that opens the workshop has gone". */
const KEYRING_THING_GONE_TOLD =
  /^(?=.*\b(?:thing|thingy|tag|bit|fob|plastic\s+thing)\s+on\s+my\s+key\s?-?ring\b[^.?!]*\b(?:gone|lost|missing|dropped|disappeared|can['’]?t\s+find)\b)(?=.*\b(?:opens?|for|gets?\s+(?:me\s+)?into|lets?\s+me\s+in(?:to)?)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:doors?|gates?|studio|workshop|shed|building|office|site|machines?|premises|hall|unit|centre|base|depot|yard|store|lock-?up)\b)(?!.*\b(?:my\s+(?:car|house|home|flat)|at\s+home|gym)\b)/i;

/** A policy sentence on a fob lost: "If a fob or key is lost, ring Owain within the hour", "If … a door fob is lost or stolen, tell Keith". */
const FOB_LOST_SAID = /\bif\b[^.]*\bfobs?\b[^.]*\b(?:is|are|goes|gets)\s+(?:lost|missing|stolen)\b/i;

/** A fob told by what it does, lost: the one policy that says what to do if a fob is lost, else the policy on losses that names a lost fob, else a lost key. */
export function keyringThingGoneAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!KEYRING_THING_GONE_TOLD.test(question)) return undefined;
  return theOnly(policiesSaying(ctx, FOB_LOST_SAID)) ?? lossPolicyNaming(ctx, 'fob') ?? lossPolicyNaming(ctx, 'key');
}

/**
 * An ambulance crew asking about someone's health: "999 crew here asking if john has any conditions … can i tell them whats in his
 * notes". The sentence on what the paramedics may be told answers.
 */
const CREW_ASKS_HEALTH_TOLD =
  /\b(?:999|ambulance|paramedics?)\s*(?:crew|staff|people|lot|team|service|man|woman|lady|guy)?\b[^.?!]{0,40}?\b(?:asking|asked|asks|want|wants|wanting|need|needs)\b[^.?!]{0,50}?\b(?:conditions?|notes|meds|medication|medical|health|allerg\w+|history|tablets|blood\s+thinners|insulin|inhalers?|on\s+anything)\b/i;
const PARAMEDICS_TOLD_SAID = /\bparamedics?\b[^.]*\b(?:health|medical|notes|conditions?|medication|told|tell|give)\b|\b(?:health|medical|notes|conditions?|medication)\b[^.]*\bparamedics?\b/i;

export const crewAsksHealthAnswer = toldThenSaid(CREW_ASKS_HEALTH_TOLD, PARAMEDICS_TOLD_SAID);

/**
 * Others asking why someone was referred: "couple of the lads keep asking me why the new fella got sent by the doctor". The sentence never
 * to discuss a reason for referral answers.
 */
const WHY_REFERRED_ASKED_TOLD =
  /\b(?:asking|asked|ask|asks|wants?\s+to\s+know|wondering)\b[^.?!]{0,30}?\bwhy\b[^.?!]{0,30}?\b(?:referred|(?:got|was|were|been)\s+sent\s+(?:here|to\s+us|along)|(?:got|was|were|been)\s+sent\s+by\s+(?:the|his|her|their|a)\s+(?:doctor|doctors|gp|surgery|social\s+worker|link\s+worker|nurse|probation|job\s?centre|social\s+prescriber))\b/i;
const REASON_FOR_REFERRAL_SAID = /\bnever\s+(?:discuss|tell|share|mention|say)\b[^.]*\breasons?\s+for\s+(?:referral|being\s+referred|coming)\b/i;

export const whyReferredAskedAnswer = toldThenSaid(WHY_REFERRED_ASKED_TOLD, REASON_FOR_REFERRAL_SAID);

/** A policy sentence on one thing gone missing: "If a sheet goes missing, tell Helen Mortimer the same day". */
const IF_THING_MISSING_SAID = /\bif\s+(?:a|an|the|any|one)\s+((?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:goes|go|is|are|gets?)\s+(?:missing|lost|stolen)\b/gi;

/** The thing told lost: "can't find this week's sheet", "lost the folder", "the sheet … blew away" (not "on the phone … lost his job"). */
function toldLost(question: string, thing: string): boolean {
  const named = String.raw`${escapeRegExp(thing)}\w*`;
  const lostThen = String.raw`\b(?:find|lost|misplaced|mislaid|dropped|lose)\s+(?:[\w'’-]+\s+){0,3}?${named}\b`;
  const thenLost = String.raw`\b${named}\s+(?:[\w'’-]+\s+){0,3}?(?:has\s+gone|have\s+gone|gone\s+missing|went\s+missing|is\s+missing|are\s+missing|blew\s+away|blown\s+away|got\s+lost|is\s+lost)\b`;
  return new RegExp(`${lostThen}|${thenLost}`, 'i').test(question);
}

/** Words told of a thing after it, not of its kind: "the sheet has gone", "the key somewhere". */
const TOLD_OF_IT = /^(?:is|was|were|are|has|have|had|got|gets|went|goes|blew|blown|gone|missing|lost|somewhere|anywhere|today|yesterday|tonight|now|again|either|too|though|earlier|this|last)$/i;

/** Words that say which one or whose, not what kind: "this week's sheet", "the sheet from wellhope". */
const WHICH_ONE = /^(?:the|a|an|my|our|his|her|their|your|this|that|these|those|today|todays|tonight|tonights|week|weeks|last|next|new|old|whole|\d+|[\w-]+['’]s)$/i;

/**
 * What kind of thing the story says it is, besides the thing: "song" of "the song sheet", "name stickers" of "a sheet of name stickers".
 * A kind the policy never says is another thing than the one its sentence is about.
 */
function kindsTold(question: string, thing: string): string[] {
  const named = escapeRegExp(thing);
  const before = [...question.matchAll(new RegExp(String.raw`([\w'’-]+)\s+${named}\w*\b`, 'gi'))].map((m) => m[1] ?? '');
  const after = [...question.matchAll(new RegExp(String.raw`\b${named}\w*\s+of\s+([\w'’-]+)(?:\s+([\w'’-]+))?`, 'gi'))].flatMap((m) => [m[1] ?? '', m[2] ?? '']);
  // A word run on after the thing names a kind too ("sheet music", "the original recording"), but for what is told of it.
  const next = [...question.matchAll(new RegExp(String.raw`\b${named}\w*\s+([\w'’-]+)`, 'gi'))].map((m) => m[1] ?? '').filter((w) => !TOLD_OF_IT.test(w));
  return [...before, ...after, ...next].filter((w) => w !== '' && !WHICH_ONE.test(w) && !STOPWORDS.has(w.toLowerCase()));
}

/** A loss told at all, before any sentence is read: "can't find", "lost", "gone missing", "blew away". */
const LOSS_TOLD = /\b(?:find|lost|lose|misplaced|mislaid|dropped|missing|blew|blown|gone)\b/i;

/** A thing of the story gone missing: the one policy whose own sentence says what to do if that thing (of a kind it says) goes missing. */
export function ownThingMissingAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!LOSS_TOLD.test(question)) return undefined;
  const namesLost = (policy: Policy) => (sentence: string) =>
    [...sentence.matchAll(IF_THING_MISSING_SAID)].some((m) => {
      const thing = words(m[1] ?? '').at(-1);
      if (thing === undefined || thing.length < 3 || !toldLost(question, stem(thing))) return false;
      const said = new Set(words(`${policy.title} ${policy.text}`).map(stem));
      return kindsTold(question, stem(thing)).every((kind) => words(kind).every((w) => STOPWORDS.has(w) || said.has(stem(w))));
    });
  return theOnly(ctx.config.policies.filter((p) => sentencesOf(p.text).some(namesLost(p))));
}

/** Something for the firm sent to one's own inbox: "the memory clinic nurse sent a new referral to my hotmail by mistake". */
const TO_PERSONAL_INBOX_TOLD =
  /\b(?:sent|emailed|forwarded|came|arrived|landed)\b[^.?!]{0,50}?\b(?:to|in|into|at)\s+my\s+(?:own\s+|personal\s+|home\s+|private\s+)?(?:hotmail|gmail|yahoo|icloud|aol|btinternet|(?:personal|own|home|private)\s+(?:e-?mail|inbox|address|account))\b/i;
const PERSONAL_ADDRESS_SAID = /\b(?:arrives?|comes?|sent|lands?)\s+(?:at|to|in)\s+(?:a|your)\s+(?:personal|own|private|home)\s+(?:e-?mail\s+)?(?:address|e-?mail|inbox|account)\b/i;

export const toPersonalInboxAnswer = toldThenSaid(TO_PERSONAL_INBOX_TOLD, PERSONAL_ADDRESS_SAID, {
  storyWord: storyWords('sent', 'emailed', 'forwarded', 'mistake', 'personal', 'address', 'e-?mails?', 'inbox', 'hotmail', 'gmail', 'home', 'came', 'arrived', 'landed', 'account'),
  only: true,
});

/**
 * People's addresses kept in one's own notebook or list: "i keep my regulars' addresses written in a notebook in the glovebox so i don't
 * have to scroll back through texts". The sentence that says no list or notebook is kept answers; of several, the one naming a word of the
 * story (the texts a driver is sent).
 */
const ADDRESSES_IN_NOTEBOOK_TOLD =
  /\b(?:keep|kept|keeping|got)\s+(?:a\s+)?list\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+)?(?:addresses|numbers|phone\s+numbers|details)\b|\b(?:keep|kept|keeping|written|write|writing|jotted|jot|got)\b[^.?!]{0,30}?\b(?:addresses|numbers|phone\s+numbers|details)\b[^.?!]{0,30}?\b(?:in|on|into)\s+(?:a|my|the)\s+(?:little\s+|own\s+|old\s+)?(?:notebook|notepad|note\s?book|list|diary|pad)\b/i;

/**
 * A sentence that no list or notebook of people's details is kept: not one on passwords or bank details, nor on lists of a kind of their
 * own ("donor lists").
 */
const NO_LIST_KEPT_SAID = /^(?!.*\b(?:passwords?|bank\s+details|card\s+details)\b)(?!.*\b(?!(?:a|the|any|separate|your|own|personal|paper)\b)[a-z]+\s+lists\b).*(?:\b(?:never|not)\b[^.]*\b(?:keep|kept)\b[^.]*\b(?:lists?|notebooks?|notepads?|diar(?:y|ies))\b|\bnever\s+in\b[^.]*\bnotebooks?\b)/i;

export const addressesInNotebookAnswer = toldThenSaid(ADDRESSES_IN_NOTEBOOK_TOLD, NO_LIST_KEPT_SAID, {
  storyWord: storyWords('keep', 'kept', 'written', 'address(?:es)?', 'numbers?', 'notebooks?', 'every', 'week', 'have'),
  whole: true,
});

/**
 * A photo of someone who can no longer decide: "gerald can't really say yes or no to having his picture taken any more, his wife's here".
 * The sentence on who signs for one who can no longer decide answers.
 */
const CANNOT_DECIDE_PHOTO_TOLD =
  /^(?=.*(?<!\b(?:i|we|they)\s)\b(?:can['’]?t|cannot|can\s+no\s+longer|isn['’]?t\s+able\s+to|is\s+not\s+able\s+to|not\s+able\s+to|unable\s+to)\s+(?:really\s+)?(?:say\s+yes\s+or\s+no|decide|consent|agree|understand|give\s+consent)\b(?!\s+(?:which|what|whether|if|between|on)\b))(?=.*\b(?:picture|photo|photograph|photographed|filmed|video)\b)/i;
const NO_LONGER_DECIDE_SAID = /\b(?:can\s+no\s+longer|cannot|can['’]t|unable\s+to|lacks?\s+(?:the\s+)?capacity\s+to)\s+(?:decide|consent)\b/i;

export const cannotDecidePhotoAnswer = toldThenSaid(CANNOT_DECIDE_PHOTO_TOLD, NO_LONGER_DECIDE_SAID);
