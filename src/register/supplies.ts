// Supplies of the day's work: a consumable running out or to be ordered ("the card machine's out of paper rolls", "who
// orders the gold leaf?", "did anyone order more paper bags?"), or a piece of kit to get ("can we get a bigger bin?"). No register or policy keeps stock or the shopping list,
// whatever entry the kit it goes in is called by ("the card machine"); an entry whose own words name the thing ("granite
// headstones" of a wholesaler) is asked after instead, and so is a form or record run short of, which is data.
import type { VigilConfig } from '../config/schema.ts';
import { DATA_MATTER, DATA_THING, headWords, heldWords } from './everyday-things.ts';
import { isEnglishWord } from './english-words.ts';
import type { QaContext, Question } from './qa-context.ts';
import { STOPWORDS, words } from './text.ts';
import { leaveAsked } from './unknown.ts';

/** What "out of" is said of that is no supply: a time, a place, a state, room to store ("out of hours", "out of the EU", "out of space"). */
const NOT_A_SUPPLY = String.raw`(?:(?:the |our |my )?(?:time|space|storage|room|memory|capacity|credit|data|allowance|licen[cs]es|seats|users)|hours|office|date|sight|reach|action|order|service|range|warranty|contract|scope|touch|line|control|the loop|the (?:country|eu|uk|eea|us|office|building|van|car|shop|house|area))\b`;

/** "We're nearly out of X", "the printer's out of toner", "running low on cups", "have we run out?": a supply run short, and of what. */
const RUN_OUT = new RegExp(
  String.raw`\b(?:run|runs|ran|running) (?:out|low|short)\b(?!\s+(?:of|on)\s+${NOT_A_SUPPLY})|(?:\b(?:is|are|was|were|been|we|it|its|they)|['’](?:s|re)) (?:nearly |almost |completely |totally |all |clean |right |virtually )?(?:out of|low on|short of|out(?=\s*(?:again)?\s*(?:[?.!,]|$)))(?!\s+${NOT_A_SUPPLY})`,
  'i',
);

/** "Who orders it?", "who normally orders those", "where do we order them from", "did anyone order more ink?", "where do we buy the paper bags": a supply to get in. */
const ORDER_ASKED =
  /\bwho(?:['’]s|s| is)? (?:normally |usually |generally |always |actually |ever )?(?:orders?|ordering|re-?orders?|re-?ordering|buys?|buying|gets? in|getting in|restocks?|restocking)\b|\bwhere (?:do|can|did|does|should|shall|would) (?:we|i|you) (?:order|re-?order|buy|get) (?:the |our |some |more |new |spare |replacement |extra )?([\w -]{2,40}?) from\b|\bwhere (?:do|can|did|does|should|shall|would) (?:we|i|you) (?:order|re-?order|buy)\b|\b(?:did|has|have|can|could|will|should) (?:anyone|anybody|someone|somebody|you|we|i) (?:order|ordered|re-?order|re-?ordered|buy|bought)\b (?:some |any )?(?:more|new|extra|spare|another|replacement)\b/i;

/** "Can we get a bigger bin?", "can we get a new cover for the tablet", "where do I get a new id badge": a piece of kit to get. */
const KIT_WANTED =
  /^\s*(?:can|could|should|shall) (?:we|i) (?:get|buy|order|have) (?:a |an |some |the )?(?:new|bigger|smaller|spare|another|replacement|extra|better|second|proper)\s+([\w -]{2,30}?)(?=\s+(?:for|in|on|at|from|by|with|to|cut|made|again|this|next)\b|\s*[?.!,;]|\s*$)|\bwhere (?:do|can|would|should) (?:i|we) get (?:a |an )?(?:new|replacement|spare|another)\s+([\w -]{2,30}?)(?=\s+(?:for|in|on|at|from)\b|\s*[?.!,;]|\s*$)/i;

/** Kinds of thing that are tools or the register's own: "can we get a new app" asks leave for a tool. */
const TOOL_KIND = /^(?:apps?|software|systems?|tools?|accounts?|logins?|platforms?|websites?|sites?|services?|suppliers?|providers?|subscriptions?|programs?|crm|database|phone numbers?)$/i;

/** The thing a supply question names: after "out of", "order more", "buy the"; "any till roll left", before "left". */
const SUPPLY_THING =
  /\b(?:out of|low on|short of|run out of|ran out of|running out of|orders?|ordering|ordered|buys?|buying|bought)\s+(?:(?:some|any|more|new|extra|spare|another|replacement|the|our|a|an)\s+)*([\w -]{2,40}?)(?=\s+(?:for|in|on|at|from|by|with|to|again|left|yet|this|next|today|and|or|but|so)\b|\s*[?.!,;]|\s*$)|\bany (?:more |spare )?([\w -]{2,30}?) left\b/i;

/** "Paper" run out of is blank paper, never records; every other data word is the register's ("run out of consent forms"). */
const BLANK = /^(?:paper)$/i;

/** Words an entry is called by or is for (its name, aliases and purpose keywords), folded: made once for each config. */
const CALLED = new WeakMap<VigilConfig, Set<string>>();
function calledWords(config: VigilConfig): Set<string> {
  let called = CALLED.get(config);
  if (!called) {
    called = new Set(config.suppliers.flatMap((s) => [s.name, ...s.aliases, ...s.purposeKeywords]).flatMap((phrase) => words(phrase)));
    CALLED.set(config, called);
  }
  return called;
}

/** Whether the supply ("paper rolls": rolls) is data, what an entry holds, or what an entry is called by or is for. */
function recordOrEntryThing(ctx: QaContext, thing: string): boolean {
  const heads = headWords(thing);
  const held = heldWords(ctx.config);
  // The head says what it is; a word before it only which kit it is for ("till roll" is a roll, though an entry is the till).
  return heads.some((w) => (!BLANK.test(w) && DATA_THING.test(w)) || held.has(w) || calledWords(ctx.config).has(w));
}

/** A supplier named by a word no dictionary has ("running out of space on Google Drive"); "the card machine" is kit it holds. */
function namedByOwnWord(q: Question): boolean {
  return q.named.some((m) => words(m.matched).some((w) => !STOPWORDS.has(w) && !isEnglishWord(w)));
}

/**
 * A consumable run short of or to be ordered ({@link RUN_OUT}, {@link ORDER_ASKED}), no data and no entry's thing, in a
 * question that says nothing else of data ("we ran out of sign-up sheets, can I jot his email in my notes?" is the notes').
 */
export function asksSupplies(ctx: QaContext, q: Question): boolean {
  const text = q.text;
  const kit = KIT_WANTED.exec(text);
  const wanted = kit?.[1] ?? kit?.[2];
  if (wanted && !namedByOwnWord(q) && !wanted.toLowerCase().split(/\s+/).some((w) => TOOL_KIND.test(w)) && !recordOrEntryThing(ctx, wanted) && !DATA_MATTER.test(text.replace(wanted, ' '))) return true;
  if (!(RUN_OUT.test(text) || ORDER_ASKED.test(text)) || leaveAsked(text) || namedByOwnWord(q)) return false;
  const at = SUPPLY_THING.exec(text);
  const thing = at?.[1] ?? at?.[2] ?? '';
  if (thing && recordOrEntryThing(ctx, thing)) return false;
  // The asking words are no data ("who *orders* it?"), nor is the thing once found no record.
  const rest = [RUN_OUT, ORDER_ASKED].reduce((t, shape) => t.replace(new RegExp(shape.source, 'gi'), ' '), thing ? text.replace(thing, ' ') : text);
  return !DATA_MATTER.test(rest) && words(thing || text).length > 0;
}
