// Whom to take details of, by age: a policy sentence that says an age ("every guest aged 16 or over") answers a question about the young.
import type { Policy } from '../../config/schema.ts';
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { sentencesOf } from '../policy-passages.ts';
import { policiesByTitle, policiesSaying, theOnly, theOnlyPreferring, toldThenSaid } from '../quoted-policies.ts';
import { STOPWORDS, words } from '../text.ts';
import { asksWhatToDo } from '../intents.ts';
import { leaveAsked } from '../unknown.ts';

/** An age said as staff type it: "17yo", "a 15 year old", "10 yrs old". */
const AGE_UNIT = String.raw`\s*(?:yo|y\/o|yrs? old|years? old|year-old)`;
const AGE_SAID = String.raw`\d{1,2}${AGE_UNIT}`;

/** Someone young, told by age: "french teens", "their 17yo", "a 15 year old", "the kids", "under 18s". */
const YOUNG = new RegExp(String.raw`\b(?:teens?|teenagers?|${AGE_SAID}|kids?|children|child|minors?|under[- ]?\d{1,2}s?|juniors?)\b`, 'i');

/** Details taken down asked: "do we need details for all of them", "does he need writing down", "do I register the kids too". */
const RECORDING_ASKED = /\b(?:need|needs|have|has|got)\s+(?:to\s+)?(?:(?:take|get|record|write down|register|log|sign in)\b|(?:writing|putting|signing)\s+(?:down|in)\b|(?:their\s+|his\s+|her\s+)?details\b)|\b(?:do|should|must)\s+(?:i|we)\s+(?:record|register|write down|log|take (?:down\s+)?(?:their|his|her)?\s*details)\b/i;

/** A policy sentence recording people from an age: "record every guest aged 16 or over", "sign in everyone over 18". */
const AGE_RULE_SAID = /\b(?:aged|over|under)\s+\d{1,2}\b.*\b(?:record|register|sign|write|log|take)\w*\b|\b(?:record|register|sign|write|log|take)\w*\b.*\b(?:aged|over|under)\s+\d{1,2}\b/i;

/**
 * Whether the young need their details taken, asked: "school group of french teens checking in tmrw, do we need details for
 * all of them or just the teacher?". The one policy with a sentence that records people from an age answers.
 */
export function youngRecordedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!YOUNG.test(question) || !RECORDING_ASKED.test(question)) return undefined;
  return theOnly(policiesSaying(ctx, AGE_RULE_SAID));
}

/** A child booked in, told by age: "a mum wants to book her 13 year old in for biab", "can we take bookings for 10 year olds?", "booked me to do bloods on her 5 year old". */
const YOUNG_BOOKED = new RegExp(
  String.raw`\bbook(?:ed|ing|s)?\s+(?:in\s+)?(?:her|his|their|a|an|the|my)?\s*(?:${AGE_SAID}|daughter|son|kids?|child|children|teens?|teenagers?)\b|\b${AGE_SAID}s?\b[^.?!]{0,30}\bbook(?:ed|ing)?\b` +
    // "Mum has booked me to do bloods on her 5 year old": the child after what is booked.
    String.raw`|\bbook(?:ed|ing|s)?\b[^.?!]{0,40}?\b(?:on|for|with)\s+(?:her|his|their|a|an|the)\s+${AGE_SAID}\b` +
    // "17 year old just passed his test and wants his rear windows done, paying himself. fine to book him in?": the age first, then him.
    String.raw`|^\s*(?:a\s+|an\s+)?(?:[1-9]|1[0-7])${AGE_UNIT}\b.*\bbook\s+(?:him|her|them)\s+in\b` +
    // "lad of 17 … ok to book him in?", "says hes 17 … can i take the booking?"
    String.raw`|\b(?:(?:lad|lass|girl|boy|kid|young (?:lad|man|woman|driver))\s+of\s+(?:[1-9]|1[0-7])|(?:says|said)\s+(?:he|she)['’]?s\s+(?:[1-9]|1[0-7]))\b.*\b(?:book\s+(?:him|her|them)\s+in|take\s+the\s+booking)\b`,
  'i',
);

/** A policy titled on the young: "Under-16s and pamper parties", "Children and young people", "Junior members", "Young drivers and…". */
const YOUNG_TITLE = /\bunder[- ]?\d{1,2}s?\b|\bchildren\b|\bjuniors?\b|\byoung (?:people|clients|customers|drivers|riders)\b|\bminors\b/i;

/** A child booked in: the firm's one policy titled on the young, where it has one. */
export function youngBookedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return YOUNG_BOOKED.test(question) ? theOnly(policiesByTitle(ctx, YOUNG_TITLE)) : undefined;
}

/**
 * Someone under 18 in the story, told as a person: "a 14 year old", "her 16 yr old", "a junior from the club", "junior members", "a
 * teenager"; not a thing's age ("the forms are 7 years old"), a junior doctor, nor "the kids" about in the background.
 */
const MINOR_TOLD = new RegExp(
  String.raw`\b(?:a|an|the|her|his|their|my|our|this|one)\s+(?:[1-9]|1[0-7])${AGE_UNIT}\b|` +
    // Counted: "two 14 yr olds", "a couple of 15 year olds".
    String.raw`\b(?:two|three|four|five|a couple of|a few|some|[2-9])\s+(?:[1-9]|1[0-7])${AGE_UNIT}s\b|` +
    String.raw`\b(?:a|one of (?:the|our))\s+juniors?\s+(?:from|at|in|on|who)\b|\bjunior\s+(?:members?|players?|athletes?|clients?|runners?|swimmers?|divers?|golfers?|climbers?|students?)\b|` +
    String.raw`\b(?:a|an|the|her|his|their)\s+(?:teen|teenager)\b|\bunder[- ]?1[0-8]s\b`,
  'i',
);

export function youngToldAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!MINOR_TOLD.test(question) || !(leaveAsked(question) || asksWhatToDo(question))) return undefined;
  return theOnly(policiesByTitle(ctx, YOUNG_TITLE));
}

/** Someone under 18 by age, told: "he's 16", "she's only 15", "a 14 year old". */
const UNDER_18_SAID = /\b(?:he|she|they)(?:['’]?s| is| are)\s+(?:only\s+|just\s+)?(?:1[0-7]|[1-9])\b(?!\s*(?:%|mins?|minutes|hours|miles|quid|pounds|k\b))|\b(?:1[0-7]|[1-9])[- ]?(?:yr|year)s?[- ]?old\b|\b(?:1[0-7]|[1-9])\s?(?:yo|y\/o)\b/i;

/** A recording, a shoot, an episode or a show on air ("a 16yo from the youth theatre on the arts show", read in the ninetieth round): what the young one is to be on. */
const ON_RECORD = /\b(?:podcast|episode|recording|record|video|film|filming|shoot|interview|vox pops?|documentary|advert|on air|broadcast|(?:radio|breakfast|drivetime|arts|music|sports?|chat|phone-in|live)\s+show|(?:come|coming|be|go|going)\s+on\s+(?:the|our|a)\s+(?:[\w-]+\s+)?show|present(?:s|ing)?\s+(?:a|the|our)\s+(?:[\w-]+\s+)?show)\b/i;

/** A policy sentence on the young in a recording: "A guest under 18 needs a parent or guardian to sign as well". */
const UNDER_18_RULE_SAID = /\bunder[- ]?1[68]s?\b[^.]*\b(?:parent|guardian)s?\b|\b(?:parent|guardian)s?\b[^.]*\bunder[- ]?1[68]s?\b/i;

/**
 * Someone under 18 to be on a recording: "client wants their apprentice on the careers podcast, he's 16 — anything special for that?".
 * The one policy sentence on the young's parent or guardian answers.
 */
export function youngOnRecordAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const told = UNDER_18_SAID.exec(question);
  if (!told || !ON_RECORD.test(question)) return undefined;
  // Of two such rules ("Callers under 16 go on air only with a parent's agreement", "a parent signs for anyone under 18"), the one whose age
  // takes in the one told.
  const age = Number(/\d+/.exec(told[0])?.[0]);
  const covers = (p: Policy) => sentencesOf(p.text).some((said) => UNDER_18_RULE_SAID.test(said) && [...said.matchAll(/\bunder[- ]?(\d{1,2})/gi)].some((m) => !age || Number(m[1]) > age));
  return theOnlyPreferring(policiesSaying(ctx, UNDER_18_RULE_SAID), covers);
}

/** Someone under 18 told by age, or someone with no ID on them: "says shes 16", "he's 17", "left her purse at home so no ID". */
const AGE_WORDS = String.raw`(?:1[0-7]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)`;
const UNDER_AGE_TOLD = new RegExp(String.raw`\b(?:he['’]?s|she['’]?s|they['’]?re|says (?:he['’]?s|she['’]?s|they['’]?re|(?:he|she) is|they are)|(?:he|she) is|they are|(?:is|was|were|are) only|aged|looks?(?: about| like| around)?)\s+(?:only\s+|just\s+|about\s+|like\s+)?${AGE_WORDS}\b(?!\s*(?:mins?|minutes|hours?|hrs?|days?|weeks?|months?|quid|pounds|%|pm|am|:|\.\d|bore|gauge|o['’]?clock|boxes|of|percent))`, 'i');
const NO_ID_TOLD = /\b(?:has|have|had|got|brought|with)\s+no\s+(?:photo\s+)?id\b(?!\s+(?:badges?|cards?|lanyards?))|\bno\s+(?:photo\s+)?id\s+(?:on|with)\s+(?:her|him|them)\b|\b(?:forgot|forgotten)\s+(?:her|his|their)\s+(?:photo\s+)?(?:id|passport|driving licen[cs]e|licen[cs]e)\b|\b(?:left|lost)\s+(?:her|his|their)\s+(?:photo\s+)?(?:id|passport|driving licen[cs]e|licen[cs]e)\s+at home\b/i;

/** A policy titled on checking age or ID: "ID and age checks before piercing", "Challenge 25", "Proof of age". */
const AGE_CHECK_TITLE = /\b(?:id|age)\b[^.]*\bchecks?\b|\bchallenge 2[15]\b|\bproof of age\b|\bage verification\b|\bchecking (?:id|age)\b/i;

/**
 * One under 18 told by age, or a client with no ID on them, where the firm checks age or ID first: "girl in for a helix says shes 16 …
 * no ID on her", "he's 17 and his dad's on the phone saying he's cool with it". The firm's one policy titled on those checks.
 */
export function ageCheckAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const under = UNDER_AGE_TOLD.test(question) || CHILD_UNDER_AGE_ASKED.test(question);
  if (!under && !NO_ID_TOLD.test(question)) return undefined;
  // Where no policy is titled on checks, one under 18 told meets the one sentence that says we do not serve under-18s ("We do not treat
  // anyone under 18", in the policy on the medical questionnaire).
  return theOnly(policiesByTitle(ctx, AGE_CHECK_TITLE)) ?? (under ? theOnly(policiesSaying(ctx, UNDER_18_RULED)) : undefined);
}

/**
 * Someone's child told under 18, with leave asked for them or the age argued: "her son's 16, can he have a drip with her?", "daughter is
 * 17 but 'basically 18' lol. can we do both?", "her daughter is 15 and wants her nose done". Not an age said in passing ("a dad says his
 * lad's 12, which age group should he trial for?").
 */
const CHILD_UNDER_AGE_ASKED = new RegExp(String.raw`\b(?:(?:daughter|son|kid|child|lad|lass|girl|boy|grandson|granddaughter|niece|nephew)(?:['’]s|\s+is)|(?:her|his|their|my)(?=\s+(?:1[0-7]|[2-9])\s*(?:yr|year)s?\s*old\b))\s+(?:only\s+|just\s+)?(?:1[0-7]|[2-9]|(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen))\b(?=[^.?!]*[.?!]?[^?]*\b(?:but|basically|nearly|almost|allowed|is that (?:ok|okay|alright|allowed)|wants? (?:her|his|their|a|an)|can (?:we|i|he|she|they)|could (?:we|i|he|she|they)|is that (?:ok|okay|alright))\b)`, 'i');

/** A sentence that under-18s are not served: "We do not treat anyone under 18"; not one on photos of them. */
const UNDER_18_RULED = /\b(?:do not|don['’]t|never|not|no)\s+(?:\w+\s+){0,2}?(?:treat|treated|serve|served|sell|sold|book|booked|pierce|pierced|tattoo|tattooed|tan|admit|admitted|accept|accepted|take on|see|seen|give|given)\b[^.]*\bunder[- ]?18s?\b|\bunder[- ]?18s?\b[^.]*\b(?:are|is)\s+not\s+(?:treated|served|booked|admitted|accepted|allowed|pierced|tattooed|seen)\b/i;

/**
 * Leave asked for the young one: "can she have a splash?", "can the little one shoot?", "is he allowed", "let him have a go", "he can just
 * help out with the saw right?".
 */
const LEAVE_FOR_THEM = /\b(?:can|could|may)\s+(?:she|he|they|(?:the\s+)?(?:little|young|youngest|older|eldest)\s+(?:one|un|lad|lass|girl|boy)|the (?:kid|child|lad|lass|girl|boy))\b|\b(?:is|are)\s+(?:she|he|they)\s+(?:allowed|ok|okay)\b|\blet (?:her|him|them)\b|\b(?:she|he|they)\s+can\b[^.?!]*\b(?:right|yeah|surely|ok|okay)\s*\?/i;

/** A child's age told in years: "a 7 year old", "her 16 yr old", "7yo", "aged 9", "my nephew is 15 and". */
const CHILD_AGE = /\b(?:a|an|the|her|his|their|my|our|one|with|aged)\s+(?:little\s+)?(\d{1,2})(?:\s*(?:yo|y\/o)\b|[- ]?(?:yrs?|years?)[- ]?old\b|(?=\s*[,.?!]|\s+(?:and|but)\b)(?<=aged\s+\d{1,2}))|\b(?:daughter|son|kid|child|lad|lass|girl|boy|grandson|granddaughter|niece|nephew)(?:['’]s|\s+is)\s+(?:only\s+|just\s+)?(1[0-7]|[2-9])(?=\s*[,.?!]|\s+(?:and|but|so)\b)/i;

/** The ages above one up to a last, as alternatives of a pattern: 19 to 24 gives "20|21|22|23|24". */
function agesAbove(age: number, last: number): string {
  return Array.from({ length: last - age }, (_, i) => age + 1 + i).join('|');
}

/**
 * The sentences of a limit on age: "Children under 10 may not shoot", "Tastings are for over-18s only", "riders must be at least 12",
 * or a rule for the ages it falls in: "Volunteers aged 14 to 17 come … and never on chainsaw, brushcutter or lock-gate work".
 */
function limitAbove(age: number): RegExp {
  const older = agesAbove(age, 20);
  const band = String.raw`\baged\s+(?:${agesAbove(0, age)})\s*(?:to|-|–)\s*(?:${agesAbove(age - 1, 20)})\b(?=[^.]*\b(?:may not|must not|cannot|can['’]?t|never|only)\b)`;
  return new RegExp(
    String.raw`${band}|\b(?:under|below|younger than)[- ]?(?:${older})s?\b(?=[^.]*\b(?:may not|must not|cannot|can['’]?t|not|never|no)\b)|\b(?:may not|must not|cannot|can['’]?t|not|never|no)\b[^.]*\b(?:under|below|younger than)[- ]?(?:${older})s?\b` +
      String.raw`|\bover[- ]?(?:${older})s?\s+only\b|\b(?:at least|minimum age(?: of| is)?|from the age of|aged)\s+(?:${older})\b(?=[^.]*\b(?:only|must|minimum)\b)|\b(?:must|only)\b[^.]*\b(?:at least|aged)\s+(?:${older})\b`,
    'i',
  );
}

/**
 * A child told by age and leave asked for them, where one policy sets an age they are below: "family turned up with a 7 year old …
 * can the little one shoot?" (children under 10 may not shoot), "a 16 yr old wants to try the dry one, can she have a splash?"
 * (tastings are for over-18s only). The one policy whose limit sentence says a word of the story answers; none where two do, or none.
 */
export function belowAgeLimitAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const age = Number(CHILD_AGE.exec(question)?.slice(1).find(Boolean));
  if (!(age >= 1 && age < 18) || !(leaveAsked(question) || LEAVE_FOR_THEM.test(question))) return undefined;
  // Only a limit on what is asked: "children under 10 may not shoot", not "no bows sold to anyone under 18", of a child to shoot.
  const limit = limitAbove(age);
  const asked = new Set(words(question).filter((w) => w.length >= 4 && !STOPWORDS.has(w)));
  return theOnly(ctx.config.policies.filter((p) => sentencesOf(p.text).some((s) => limit.test(s) && words(s).some((w) => asked.has(w)))));
}

/**
 * One too young to join, told by an adult age (as an age: "a 19 year old", "she's 19", "a lad of 18"; not "20 people" or "a 20 minute call"): "a 19 year old wants to sign up, she's lovely and very mature, can we take her on?" where
 * members must be 21 or over, or to hire ("lad of 21 wants the luton for a house move tomorrow", where the minimum age is 23); not a hire told
 * done ("a 19 year old rented the van last week and brought it back scratched"). The one sentence that sets an age above the one told.
 */
const ADULT_AGE_JOINS = /(?:\b(?:a|an|the|this)\s+(1[89]|2[0-4])[- ]?(?:yrs?|years?)[- ]?old|\b(1[89]|2[0-4])\s*(?:yo|y\/o)|\b(?:she|he|they|shes|hes|customer|client|lad|lass|girl|boy|man|woman|guy|bloke)(?:['’]s|['’]re| is| are|(?<=shes|hes))\s+(?:only\s+)?(1[89]|2[0-4])\b(?!\s*(?:minutes?|mins?|hours?|people|%|quid|pounds|stone|st|kg|lbs?|weeks?|months?|days?|feet|foot|ft|cm|miles?))|\baged\s+(1[89]|2[0-4])|\b(?:lad|lass|girl|boy|man|woman|guy|bloke)\s+of\s+(1[89]|2[0-4]))\b(?=[^.?!]*[.?!]?[^?]*\b(?:sign(?:ing)?\s+(?:her\s+|him\s+|them\s+)?up|join(?:ing)?|take\s+(?:her|him|them)\s+on|register|enrol\w*|become\s+a\s+member|membership|book(?:ing)?\s+(?:her|him|them)\s+in|(?:can|could|wants?\s+to|wanting\s+to|asking\s+to|asked\s+to|looking\s+to)\s+(?:hire|rent)|wants?\s+(?:to\s+take\s+out\s+)?(?:the|a|an)\s+[\w-]+)\b)/i;

function ageLimitAbove(age: number): RegExp {
  // Up to 30, so that a 24 year old is still weighed against some older age, not an empty one that any "minimum age" meets.
  const older = agesAbove(age, 30);
  // An age, not a number of days or hours: "must be 21 or over", "at least 21 years old", "a minimum age of 21".
  return new RegExp(String.raw`\b(?:must be|are to be|only(?: take| accept)?|aged)\s+(?:${older})\s+(?:or|and)\s+(?:over|older|above)\b|\b(?:at least|aged at least)\s+(?:${older})\s+(?:years?\s+old|years?\s+of\s+age)\b|\bminimum age(?: of| is)?\s+(?:${older})\b`, 'i');
}

export function tooYoungToJoinAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const found = ADULT_AGE_JOINS.exec(question);
  const age = Number(found?.slice(1).find(Boolean));
  return age ? theOnly(policiesSaying(ctx, ageLimitAbove(age))) : undefined;
}

/**
 * One under 18 told by age, here or wanting something of us, the age said of a person: "a 12 year old turned up at the session on her own",
 * "15yo wants the pill today"; not "a 15 year old mare came in lame" nor "our 14 year old work experience student wants to shadow".
 */
const YOUNG_HERE_AGED = /^(?!.*\b(?:to\s+(?:drop|hand|pick|collect|deliver|sell|bring)|selling|with\s+(?:his|her|their)\s+(?:nan|gran|grandma|grandad|mum|mam|dad|mother|father)\s+to)\b)(?:.*?\s)?(?:^|\b(?:a|an|the|her|his|their|one|our)\s+)(1[0-7]|[1-9])(?:\s*(?:yo|y\/o)\b|[- ]?(?:yrs?|years?)[- ]?old\b)(?:\s+(?:girl|boy|lad|lass|patient|child|kid|daughter|son|teen))?\s+(?:has\s+|just\s+|has just\s+)?(?:turned up|came in|come in|walked in|is here|is in clinic|wants|asked for|asking for|booked|on (?:her|his|their) own)\b/i;

/** The young one told come without an adult: "turned up on his own", "by herself", "without a parent". */
const ALONE_TOLD = /\b(?:on (?:his|her|their) own|by (?:him|her|them)sel(?:f|ves)|alone|without (?:a|an|any|his|her|their) (?:parent|adult|mum|mam|dad|grown-?up|carer))\b/i;

/**
 * A young one a parent leaves with us to fetch later, told: "mum wants to drop her 14 yr old at the coptic binding day and pick her up
 * at 4". Read in the eighty-eighth round.
 */
const DROPPED_TO_FETCH = /\bdrop(?:s|ping)?\s+(?:her|his|their)\s+(?:\d{1,2}\s*(?:yo|y\/o|[- ]?(?:yrs?|years?)[- ]?old)|son|daughter|kid|child|lad|lass|girl|boy)\b(?:\s+off)?\s+(?:at|for|with)\b[^.?!]*\b(?:pick|collect|fetch)(?:s|ing)?\s+(?:her|him|them)(?:\s+up)?\b/i;

/** A sentence that the young stay with or are brought by an adult: "stay with their own adult", "must be accompanied by a parent". */
const WITH_ADULT_SAID = /\b(?:with|by)\s+(?:their|a|an)\s+(?:own\s+)?(?:adult|parent|grown-?up|carer)\b|\baccompanied\b/i;

/** A policy titled on ages: "ID and age checks before piercing". */
const AGES_TITLE = /\bages?\b/i;

/**
 * Each limit from 1 to 18 said in a sentence's subject ("Any patient under 13 is…", "For a child under 16 speak to…"), not "parents on
 * behalf of a child under 13": built once, not per question.
 */
const LIMIT_IN_SUBJECT = Array.from({ length: 19 }, (_, limit) =>
  new RegExp(String.raw`^\s*(?:(?:any|every|all|each|no|for\s+(?:a|an|any|every))\s+)?(?:[\w'’-]+\s+){0,2}?(?:under|below|younger than)[- ]?${limit}s?\b`, 'i'),
);

/**
 * The rule for one of an age told, where policies set several ages: the tightest limit above the age ("Any patient under 13 is always a
 * safeguarding referral" for a 12 year old, "Every under-16 also has a Fraser competence assessment" for a 15 year old, not the under-18s'
 * rule either also meets). The one policy saying it answers; of several, the one titled for the young. Read in the seventy-second round.
 */
export function tightestAgeRuleAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const dropped = DROPPED_TO_FETCH.test(question);
  const age = Number(YOUNG_HERE_AGED.exec(question)?.[1] ?? (dropped ? CHILD_AGE.exec(question)?.slice(1).find(Boolean) : undefined));
  if (!(age >= 1 && age < 18)) return undefined;
  const asked = new Set(words(question).filter((w) => w.length >= 4 && !STOPWORDS.has(w)));
  // Come alone, the rule that the young stay with an adult is the rule on it, whatever else the story says ("13 year old turned up on his
  // own … can he start picking", "Children under 16 stay with their own adult"); so too left with us by a parent to be fetched later.
  const alone = dropped || ALONE_TOLD.test(question);
  // A rule of a policy on the young or on ages, or one that says a word of the story ("for under-18s a parent must have said yes" of
  // photos is no rule on booking a course).
  const rules = (p: Policy, limit: number) =>
    sentencesOf(p.text).some((said) => LIMIT_IN_SUBJECT[limit]!.test(said) && (YOUNG_TITLE.test(p.title) || AGES_TITLE.test(p.title) || words(said).some((w) => asked.has(w)) || (alone && WITH_ADULT_SAID.test(said))));
  for (let limit = age + 1; limit <= 18; limit++) {
    const saying = ctx.config.policies.filter((p) => rules(p, limit));
    // Of several (postal kits "never posted to anyone under 16"), the one titled for the young.
    if (saying.length) return theOnlyPreferring(saying, (p) => YOUNG_TITLE.test(p.title));
  }
  return undefined;
}

/**
 * One of ours said to be 18 or over, and nobody under that: "my daughter's 19, can she do the brushcutter work on saturday?". The rules of a
 * policy for the young ("Young volunteers and safeguarding") are not theirs, whatever else of the story that policy's words meet.
 */
const ADULT_AGE_TOLD = /\b(?:(?:daughter|son|kid|child|lad|lass|girl|boy|grandson|granddaughter|niece|nephew)['’]?s|(?:he|she)['’]s|(?:he|she) is|they['’]re|they are|aged|turned)\s+(?:1[89]|[2-9]\d)\b(?!\s*(?:%|months?|weeks?|days?|minutes?|mins?|hours?|hrs?|quid|pounds?|kg|miles?|feet|ft|m\b|cm|st\b|th\b|nd\b|rd\b))|\b(?:1[89]|[2-9]\d)\s*(?:yo|y\/o|yrs? old|years? old|-year-old)\b/i;
const UNDER_18_TOLD = /\b(?:[1-9]|1[0-7])\s*(?:yo|y\/o|yrs? old|years? old|-year-old)\b|\bunder[- ]?1[0-8]s?\b|\b(?:he|she)['’]s\s+(?:[1-9]|1[0-7])\b/i;

/** A policy titled for the young: "Young volunteers and safeguarding", "Under-18 beaters", "Junior members". */
const FOR_THE_YOUNG_TITLE = /\byoung\b|\bunder[- ]?1[0-8]s?\b|\bjuniors?\b|\bchildren\b|\bminors?\b|\bteen/i;

/** Whether the answer quotes only policies for the young, where the one asked about is said to be an adult. */
export function youngPolicyForAdult(ctx: QaContext, question: string, answer: QaAnswer): boolean {
  if (!ADULT_AGE_TOLD.test(question) || UNDER_18_TOLD.test(question) || answer.sources.length === 0) return false;
  const quoted = ctx.config.policies.filter((p) => answer.sources.includes(`policy:${p.id}`));
  return quoted.length === answer.sources.length && quoted.every((p) => FOR_THE_YOUNG_TITLE.test(p.title));
}

/**
 * A young worker asked to work late or long: "Maisie's 16 and asked if she can stay till half 8 to help with the christmas rush, is that ok?"
 * (read in the ninety-second round). An age under 18 said of them, and staying or working on till an hour, late or long.
 */
const YOUNG_WORKER_LATE_ASKED =
  /^(?=.*(?:\b(?:she|he|they)(?:['’]s|\s+is|\s+are)\s+(?:only\s+)?1[4-7]\b|\b[A-Z][a-z]+['’]s\s+(?:only\s+)?1[4-7]\b|\b1[4-7]\s*(?:yo|year old|yr old)\b|\bunder[- ]?18\b))(?=.*\b(?:stay|staying|work|working|finish|finishing|close|closing|cover|covering)\b[^.?!]{0,30}?\b(?:till|until|til|past|after|late|later|longer|a double|all day)\b)/;

/** A policy sentence on the hours under-18s may work: "Under-18s never work more than 8 hours a day or after 20:00". */
const YOUNG_WORKER_HOURS_SAID = /\b(?:under[- ]?18s?|under[- ]?16s?|young workers?|(?:staff|workers?|anyone)\s+under\s+18)\b[^.]*\b(?:never|not|no|only)\b[^.]*\b(?:after|past|later than|more than|beyond|before)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)/i;

export const youngWorkerLateAnswer = toldThenSaid(YOUNG_WORKER_LATE_ASKED, YOUNG_WORKER_HOURS_SAID);
