// Products named by a phrase rather than a word: "when i work", "stamp me", "'when i work' app". A noun's slot (what is
// downloaded or tried) never holds a clause with a person in it unless that clause is a title, and staff put a product's
// name in quotes. Either way the phrase is a name, however everyday its words, when no supplier of ours is called by it.
import type { QaContext, Question } from './qa-context.ts';
import { isPlaceWord } from './regions.ts';
import { supplierCalled } from './supplier-called.ts';
import { COMMON_CAPITALS, holdsNamed, leaveAsked, peopleWords } from './unknown.ts';
import { TOOL_JOB, firmsWord } from './word-named-tools.ts';

/** A product put forward to the others, before its name: "what about…", "how about…", "thoughts on…". */
export const PUT_FORWARD = String.raw`what about|how about|thoughts on`;

/** What is tried, downloaded or installed before its name: "ive downloaded…", "thinking of trying…", "anyone used…". */
const TAKING_ON = String.raw`(?:download(?:ed|ing|s)?|install(?:ed|ing|s)?|try|trying|tried|trial|trialling|using|used|heard (?:good|great) things about|${PUT_FORWARD})`;

/**
 * A title said as a clause: two to four words with a person in them ("when i work", "stamp me", "pay us now"), after what
 * takes a tool on and before a tool's job ("for clocking in", "for the stamp cards"). Not one opening on a word that starts a
 * noun's own phrase ("the", "my", "it", "whatever you like"): those are things, not titles; nor on a person ("you and me")
 * or a verb's "-ing" or "-ed" ("tried asking you for…", "try ringing me for…"): those are what was done.
 */
const CLAUSE_TITLE = new RegExp(String.raw`\b${TAKING_ON}\s+((?!(?:the|a|an|my|our|your|his|her|their|it|this|that|them|some|any|all|both|to|and|whatever|whichever|what|anything|something|everything|i|me|you|we|us|he|she|him|they)\b|[a-z]+(?:ing|ed)\b)[a-z]+(?: [a-z]+){1,3}?)\s+(?:for|to)\s+(.+)$`);

/** A person in a clause: the words that make a phrase a clause rather than a thing. */
const PERSON = /\b(?:i|me|we|us|you)\b/;

/** A name in quotes, before what it is: "'when i work' app", "the \"pay me\" system". */
const QUOTED = /['"‘“]([a-z][a-z0-9 .&-]{1,30}?)['"’”]\s+(?:app|software|system|tool|platform|website|site)\b/i;

/** The title a question takes on as a clause ({@link CLAUSE_TITLE}), as typed, when no supplier of ours is called by it. */
function clauseTitle(ctx: QaContext, text: string): string | undefined {
  const found = CLAUSE_TITLE.exec(text);
  const title = found?.[1];
  if (!found || !title || !PERSON.test(title) || !TOOL_JOB.test(found[2]!.replace(/^(?:the|our|my|all|a|an) /, ''))) return undefined;
  return supplierCalled(ctx, title) ? undefined : title;
}

/** The name a question quotes before what it is ({@link QUOTED}), with leave asked or a change weighed, when none of ours. */
function quotedName(ctx: QaContext, question: string): string | undefined {
  const name = QUOTED.exec(question)?.[1];
  if (!name || supplierCalled(ctx, name) || !(leaveAsked(question) || /\b(?:better|easier|cheaper|switch|change|move)\b/i.test(question))) return undefined;
  return name;
}

/**
 * "Can i edit saturdays wedding in capture one instead?": a word and its number ("capture one", "sage 50") where a tool
 * is weighed against ours with "instead", the word none of the firm's; a unit counted ("in room two instead", "on van 3
 * instead") is a place or a thing of ours.
 */
const NUMBERED_INSTEAD = /\b(?:on|in|with|via|using|through|thru) ([a-z][a-z0-9]+) (one|two|three|four|five|x|\d{1,4}),? instead\b/;
const COUNTED_UNIT = /^(?:room|van|lane|term|week|day|phase|stage|group|batch|round|part|step|level|year|class|table|bay|pitch|unit|site|shift|slot|court|studio|floor|block|zone|area|team|car|bus|page|line|row|box|tray|bin|till|door|gate|number|option|plan|version|size|tier)$/;

function numberedInstead(ctx: QaContext, text: string): string | undefined {
  const found = NUMBERED_INSTEAD.exec(text);
  const word = found?.[1];
  if (!found || !word || COUNTED_UNIT.test(word) || firmsWord(ctx, word) || holdsNamed(ctx, word)) return undefined;
  return `${word} ${found[2]}`;
}

/**
 * "Can i sell the masterclass tickets through Ticket Tailor?": two or three capitalised words, last, after the way a thing
 * would go, with leave asked: a company's name as typed, when no word of it is a person, place or name of ours.
 */
const CAPITALISED_WAY = /\b(?:via|using|through|thru|with|on) ([A-Z][a-z0-9]+(?: [A-Z][a-z0-9]+){1,2})\s*[?.!]*\s*$/;

/** Words of a time named in capitals: "New Year", "Boxing Day", "Christmas Eve", "Half Term". */
const TIME_WORD = /^(?:year|day|days|eve|holiday|holidays|week|weekend|night|morning|afternoon|evening|term|half|christmas|easter|xmas)$/;

function capitalisedWay(ctx: QaContext, question: string): string | undefined {
  const name = leaveAsked(question) ? CAPITALISED_WAY.exec(question.trim())?.[1] : undefined;
  if (!name || supplierCalled(ctx, name)) return undefined;
  const people = peopleWords(ctx);
  const ours = (w: string) => COMMON_CAPITALS.has(w) || people.has(w) || holdsNamed(ctx, w) || isPlaceWord(w) || ctx.index.placesIn(w).length > 0;
  // A time said in capitals ("on New Year", "on Boxing Day") is when, not a way.
  return name.toLowerCase().split(' ').some((w) => ours(w) || TIME_WORD.test(w)) ? undefined : name;
}

/**
 * A product named by a phrase: quoted before what it is, a clause in a noun's slot before a tool's job, a word and its
 * number instead of ours, or capitalised words last after the way a thing would go.
 */
export function productTitled(ctx: QaContext, q: Question): string | undefined {
  const text = q.text.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ');
  return quotedName(ctx, q.text) ?? clauseTitle(ctx, text.replace(/'/g, '')) ?? numberedInstead(ctx, text) ?? capitalisedWay(ctx, q.text);
}
