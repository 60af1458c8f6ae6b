// The calendar of the day's work: when something is on, whether it is on a given day, a choice of
// times. No register field holds a weekday, a clock time or an event's date; the only dates it keeps
// are a GDPR statement's review and renewal. A question whose answer is such a time ("check in time
// for the pods, 3 or 4?", "are the cleaners in tomorrow?", "when's the next team meeting, first
// tuesday again?") is "don't know" and whom to ask, whatever supplier's purpose its words meet ("the
// monthly team meeting" of a video tool, "check-in" of a booking system).
import { DATA_MATTER, REGISTER_DATE } from './everyday-things.ts';
import { hasLostPropertyPolicy } from './never-kept.ts';
import type { QaContext, Question } from './qa-context.ts';
import { productNamed } from './product-openings.ts';
import { scheduleSaysOf } from './schedule-words.ts';
import { wellKnownStranger } from './unknown.ts';

/** A day of the week, however shortened ("thurs", "weds"); "sat" and "sun" only where said as a day ("on sat", "this sun"). */
const WEEKDAY = String.raw`(?:mon|tues?|wed|weds|thu|thur|thurs|fri)(?:days?)?\b|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b|(?:(?:on|this|next|last|every|a|for) )(?:sat|sun)\b|\b(?:sat|sun)(?=\s*[?.!]*\s*$)`;

/** A month, for a choice between two ("in may or june"). */
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;

/**
 * When, said as the condition or the answer of a yes-or-no question: a weekday, tomorrow, tonight, this
 * weekend, a clock time ("after 6", "at 3pm"), or a choice of numbers or months ("3 or 4", "30 or 45
 * mins", "may or june"). A choice of years or months is a retention period ("6 or 7 years"), the register's.
 */
const WHEN_MARKER = new RegExp(
  String.raw`\b(?:${WEEKDAY})|\b(?:tomorrow|tmrw|tonight|this (?:weekend|morning|afternoon|evening)|next week(?:end)?)\b|\b(?:after|before|until|till|from|by|at) \d{1,2}(?::\d{2})?(?: ?(?:am|pm|o'?clock))?(?!\s*(?:years?|yrs?|months?|mths?|weeks?|days?|%|people|staff)\b)(?=\s|[?.!,]|$)|\b\d{1,2}(?::\d{2})? ?(?:am|pm)\b|\b\d{1,3} or \d{1,3}\b(?!\s*(?:years?|yrs?|months?|mths?|weeks?|wks?|days?)\b)|\b${MONTH} or ${MONTH}\b`,
  'i',
);

/**
 * A yes-or-no question from its first word ("is…", "are the cleaners in…", "do we still…"), up to its first
 * stop: not a story told first ("new starter monday, does she need a dbs?"), where the day says when it happens.
 */
const YES_OR_NO = /^\s*(?:is|are|was|were|will|does|do|did|has|have)\b[^?.!;]*/i;

/**
 * "When's the next team meeting?", "kerry-ann when's the next sample sale??", "so what time do the pods open": when
 * something happens, asked at the start of the question (after at most a name or a word said to the room).
 */
const WHEN_ASKED = /^\s*(?:[\w'-]+[,:]?\s+){0,2}?(?:when(?:'s|s| is| are| was| will| does| do| did)|what time|what day|which day|what date)\b/i;

/** The time something happens, named as a thing at the question's start: "check in time…", "what are the opening hours", "kick off time". */
const TIME_NAMED = /^\s*(?:(?:what(?:'s|s| is| are)|when(?:'s|s| is| are)) )?(?:the |our )?\b(?:check[- ]?in|check[- ]?out|opening|closing|start|starting|finish|finishing|kick[- ]?off|collection|pick[- ]?up|drop[- ]?off|arrival|departure|lunch|break|cut[- ]?off) (?:times?|hours|slots?)\b/i;

/**
 * "How long is a crash course lesson?", "how long's the lunch break?": how long a thing of the day lasts, not how long
 * something is kept ("how long is payroll kept", "how long is the retention", data words, are the register's).
 */
const DURATION = /^\s*how long(?: is|'s| are| was| were) (?:a|an|the|each|one|our|your|my)\b(?![^?]*\b(?:kept|stored|held|retained|keep|store|hold|retain|deleted)\b)/i;

/**
 * How long a thing takes, asked: "how long does plaster of paris need to set?", "how long does the glaze take to dry?". Not what we must
 * do ("how long do we need to keep…"), nor how long something is kept.
 */
const TAKES_HOW_LONG = /^\s*how long (?:does|do|will|would|should) (?!(?:we|i|you|they)\b)(?:[\w'’-]+ ){1,4}?(?:need|take|have) to (?!(?:be )?(?:kept|keep|stored|store|held|hold|retain\w*|deleted|delete|archived|shredded)\b)/i;

/** Opening or closing hours, wherever said: "what should we put on the website for the winter opening hours?". */
const OPENING_HOURS = /\b(?:opening|closing) (?:hours|times)\b/i;

/**
 * An entry whose text says at what time or on which day its work is done ("collects every weekday at 4pm", "on Tuesdays"): it
 * may hold the time asked. How often alone ("the monthly team meeting") says no day or time. Global, for
 * {@link scheduleSaysOf}; built once here.
 */
const SCHEDULE = new RegExp(String.raw`\b(?:every (?:day|night|morning|evening|weekday)|\d{1,2}(?::\d{2})? ?(?:am|pm)|${WEEKDAY})`, 'gi');

/** How near a schedule the words it is of stand, either side: "*collects* every weekday at 4pm", "every night to *Gatewise*". */
const NEAR = { before: 4, after: 4 };

/**
 * "Is van 2 back from its mot yet or still at the garage?", "is the lost property box still behind reception?", "anyone know
 * if the stoppage is finished yet?", "any news on the delivery?": how things stand now, which no register field holds. Not
 * asked-value.ts's STATE_NOW, which reads one clause for a state word alone ("is facebook down?"): here, on every question,
 * a state is asked only with "yet", "still" or "any news".
 */
const STATE_NOW = /^\s*(?:(?:does |do you )?(?:anyone|anybody) know (?:if|whether) |any (?:news|word|update) on\b|(?:is|are|has|have)\b)[^?.!;]*?(?:\byet or still\b|\bstill\b[^?.!;]*\bor\b[^?.!;]*\byet\b|\bstill (?:in|at|on|behind|by|under|near|out) (?:the|our|my|its|their)\b|\b(?:back|finished|fixed|sorted|open|closed|shut|working|reaching|arrived|here|behind|over|done|up and running)\b[^?.!;]*\b(?:yet|still)\b|\b(?:yet|still)\b[^?.!;]*\b(?:back|finished|fixed|sorted|open|closed|shut|working|reaching|arrived|here|behind|over|done)\b)|^\s*any (?:news|word|update) on\b/i;

/** "When do we have to…", "when should the forms be…": a rule asked, which a policy may say. */
const OBLIGED = /\b(?:have to|has to|must|should|need to|needs to|required|supposed to|allowed|can (?:i|we))\b/i;

/** Being watched or recorded: "does the van know where i drive on a sunday" asks what is tracked, a data matter. */
const WATCHED = /\b(?:know|knows|see|sees|track|tracks|tracked|tracking|trackers?|record|records|recorded|recording|watch|watches|watching|watched|monitor\w*|film\w*|logs?|logged|spy|spying|cameras?|cctv)\b/i;

/**
 * "The lost property box" names a place things are handed in, not a loss of data; where the firm has a policy on lost
 * property, that policy may say where it is, so the words stay.
 */
function withoutLostProperty(ctx: QaContext, text: string): string {
  return hasLostPropertyPolicy(ctx) ? text : text.replace(/\blost property\b/gi, ' ');
}

/** "Anyone know if…", "do you know whether…": asking around, not what is known of us. */
const ASKING_AROUND = /\b(?:anyone|anybody|you) know\b/gi;

/** People let go of by a system: "kids who've stopped coming get taken off", "members removed"; not a till taken off for new software. */
const LET_GO = /\b(?:kids|children|members|leavers|players|customers|clients|pupils|students|people|volunteers|staff|they|he|she|him|her|them)\b[^.?!]{0,40}?\b(?:taken off|take (?:them|him|her) off|get (?:taken )?off|removed)\b/i;

/** Checks on people, which a register's vetting supplier keeps: "is the new starter's dbs back yet?". */
const PEOPLE_CHECKED = /\b(?:dbs|vetting|background checks?|right[- ]to[- ]work|references?)\b/i;

/**
 * A time of the day's work asked ({@link WHEN_ASKED}, {@link TIME_NAMED}, opening hours, how things stand now, or a
 * yes-or-no question with {@link WHEN_MARKER}), of no data, no register date and no place of the register's, telling no
 * story to act on, and not of a supplier whose own entry gives a day or time beside what is asked. A rule asked ("when do
 * we have to…") may be a policy's; what opening hours to put up is no rule.
 */
export function asksWorldTime(ctx: QaContext, q: Question): boolean {
  const text = q.text;
  // Runs on every question: whether a time is asked at all is settled first, by the cheap patterns.
  const hours = OPENING_HOURS.test(text);
  const takes = TAKES_HOW_LONG.test(text);
  const asked = hours || takes || STATE_NOW.test(text) || DURATION.test(text) || WHEN_ASKED.test(text) || TIME_NAMED.test(text) || WHEN_MARKER.test(YES_OR_NO.exec(text)?.[0] ?? '');
  if (!asked) return false;
  if (q.whatToDo || q.regions.length > 0 || DATA_MATTER.test(withoutLostProperty(ctx, text)) || WATCHED.test(text.replace(ASKING_AROUND, ' ')) || PEOPLE_CHECKED.test(text) || REGISTER_DATE.test(text)) return false;
  // "Need to" of a thing that takes time ("need to set") is no duty of ours.
  if (!hours && !takes && OBLIGED.test(text)) return false;
  // "When do kids get taken off spond?": when a system of ours lets go of people is how long it keeps them.
  if (q.named.length > 0 && LET_GO.test(text)) return false;
  // "How long is the free trial for canva?": a tool we do not hold, asked after, is said to be none of ours.
  if (wellKnownStranger(ctx, text, q.named.map((m) => m.supplier)) !== undefined || productNamed(ctx, q) !== undefined) return false;
  return !scheduleSaysOf(q.byName.map((m) => m.supplier), text, SCHEDULE, NEAR);
}

/** What animals eat, asked, and nothing more after it: "one of the residents asked what the alpacas eat, is it just grass and hay?". */
export const ANIMALS_FED_ASKED = /\bwhat\s+(?:do\s+|does\s+|did\s+)?(?:the|our|your|their)\s+(?:[\w-]+\s+)?(?:alpacas?|llamas?|horses?|ponies|pony|donkeys?|goats?|sheep|pigs?|cows?|hens?|chickens?|ducks?|rabbits?|dogs?|puppies|cats?|kittens?|birds?|fish|animals?|owls?|hawks?|falcons?|reindeer)\s+(?:eat|eats|feed on|live on|get fed)\b(?=[^.?!]{0,40}[?.!]*\s*$)/i;

/**
 * Whether we serve a place, asked for a customer: "someone on insta asking if we do drips in Leeds as well?", "a lady asked if we cover
 * Harrogate too", said last. Where the firm works is nobody's data, and no register says it.
 */
export const SERVICE_AREA_ASKED = /\b(?:asking|asked|asks|wants? to know|wondering)\s+(?:us\s+|me\s+)?(?:if|whether)\s+we\s+(?:do|cover|go|come|travel|work|offer|run)\s+(?:[\w'’-]+\s+){0,3}?(?:in|to|out to|over to|up to|down to)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:as well|too)\b(?=[?.!\s]*$)/i;

/** How cold or wet it is somewhere, asked for a visitor: "visitor asking how cold it is down in the cavern today, does she need a big coat?". */
const CONDITIONS_ASKED = /\bhow (?:cold|warm|hot|chilly|wet|muddy|damp|slippy|slippery)\s+(?:is it|it is|it['’]s|it gets|does it get)\b(?=[^.?!]{0,60}[?.!]*[^?]{0,60}[?.!]*\s*$)/i;

/**
 * Whether a new film, book or record is any good: "is the new wes anderson worth putting on for a staff screening". A matter of taste, not of
 * our data; a tool asked the same way ("is the new rota app worth buying?") is a tool, the register's.
 */
const WORTH_IT_ASKED = /^(?!.*\b(?:app|apps|software|system|tool|platform|subscription|package|plan|service|licen[cs]e)\b).*\b(?:is|are)\s+(?:the|that|this)\s+new\s+(?:[\w'’-]+\s+){1,4}?worth\s+(?:watching|seeing|putting on|showing|reading|buying|getting|a (?:watch|look|listen|read))\b/i;

/** How a word is spelt: "is accommodation 2 ms or one", "how do you spell necessary"; not what we "spell out" to someone. */
const SPELLING_ASKED = /\bhow\s+(?:do\s+(?:you|i|we)\s+|to\s+)spell\b(?!\s+(?:it\s+|this\s+|that\s+)?out\b)|\bis\s+it\s+spelt\b|\b(?:spelt|spelled)\s+with\b|\b(?:one|two|1|2|double)\s+[a-z](?:['’]?s)?\s+or\s+(?:one|two|1|2|double)\b/i;

/**
 * A bid of the firm's own for a grant or a contract, turned down: "we applied for the Big Lottery grant but were turned down, can I delete the
 * application files?". The firm was the applicant: its papers are its own business, not people's records (nor the rule on unsuccessful job
 * applicants).
 */
const OWN_BID_TURNED_DOWN = /\bwe\s+(?:applied|bid|tendered|put\s+in)\s+(?:for\s+)?(?:the|a|an|our)\s+(?:[\w'’-]+\s+){0,3}?(?:grant|funding|award|tender|contract|bid)\b[^.?!]{0,40}?\b(?:turned down|refused|rejected|unsuccessful|didn['’]?t get it|did not get it)\b/i;

/**
 * Whether a question asks of the world, never of the register: what the animals eat, whether we work in a place too, how cold it is, whether a
 * new film is any good, how a word is spelt (whatever the word: one an entry uses too), the firm's own bid turned down.
 */
export function asksOfTheWorld(question: string): boolean {
  return ANIMALS_FED_ASKED.test(question) || SERVICE_AREA_ASKED.test(question) || CONDITIONS_ASKED.test(question) || WORTH_IT_ASKED.test(question) || SPELLING_ASKED.test(question) || OWN_BID_TURNED_DOWN.test(question);
}
