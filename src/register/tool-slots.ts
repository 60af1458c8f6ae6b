// Where a tool is taken on, its name stands bare. Staff download or install a tool, use it to do a job, keep a job's
// things in it, message people on it: "i've downloaded waze", "can i use otter to transcribe calls", "i keep my notes in
// bear", "can we message customers on telegram". A thing of the firm's own in those places takes a word before it ("in
// the folder", "on my phone", "use the van to…"); a product's name does not, whatever English word it is. So a bare word
// there that is none of the firm's (no supplier, alias, person or place) and no everyday way of keeping or sending
// things ("in writing", "on paper", "by email") is a product we do not hold.
import { isEnglishWord, isNearEnglishWord } from './english-words.ts';
import { policyNamingToolSaid, ruleWritesTool, withNewToolsPolicy } from './new-tools-policy.ts';
import type { QaAnswer, QaContext, Question } from './qa-context.ts';
import { isPlaceWord } from './regions.ts';
import { STOPWORDS, escapeRegExp, words } from './text.ts';
import { DAY, TOOL_JOB, wordNamedProduct } from './word-named-tools.ts';
import { COMMON_CAPITALS, EVERYDAY_WAY, PERSON_WORD, QUESTION_WORDS, WORD_NAMED_PRODUCTS, holdsNamed, leaveAsked, peopleWords, slipForSupplier, unlistedEveryday, unknownSupplier } from './unknown.ts';

/** A word or two after the slot's last word, as typed, lower case: the name and what may follow it. */
const NAME = String.raw`([a-z][a-z0-9.-]*(?: [a-z0-9]+)?)`;

/** A big company at the head of a product's name ("a google drive folder"). */
const BRAND = 'google|microsoft|apple|amazon';

/** What is made on a tool, after its name: "a whatsapp group", "a dropbox folder", "a tripadvisor link", "a strava club". */
export const MADE_THING = String.raw`(?:call|meeting|link|links|invite|account|group|club|chat|channel|folder|board|page|workspace)`;

/** The shape of a thing made on a tool ({@link MADE_THING}), whose name must be no English word ("a family group" is the thing). */
const MADE_AT = 3;

/** Where a question takes a tool on, the name caught after: each shape ends on the word before the name. */
const TAKEN_ON: readonly RegExp[] = [
  // "i've downloaded waze", "can i install otter", "signed up to X": what is downloaded or installed is a tool.
  // Only the act, told by who did it or opening the question: "the install next door", "sharefile download links" are nouns.
  // "Install the grammarly extension": an article before the name only where what it is follows.
  new RegExp(String.raw`(?:^|\b(?:i|we|ive|weve|have|has|had|just|to|can|could|should|may|been|already|also|you|they|and|then)\s+)(?:download(?:ed|ing|s)?|install(?:ed|ing|s)?|sign(?:ed|ing)? up (?:to|for|with|on)|subscrib(?:e|ed|ing) to)\s+(?:(?:the|a|an)\s+(?=[a-z0-9.-]+ (?:extension|plugin|add-?on|app|program|software)\b))?${NAME}`),
  // "can i use chat gpt to write…", "using X for the rota": used bare, to do a job.
  // "Kwame's mate uses deputy for clocking in, ok if we trial it": another's use told, with leave asked for ours.
  // "Some of the club lot use telegram, can i start messaging clients on that": another's use told, then leave asked to use it
  // ("on that"), not to do something else ("he uses crutches, can we book him downstairs").
  new RegExp(String.raw`\b(?:use|uses|using|used|try|trying|tried|trial|trialling|trialing)\s+${NAME}(?=\s+(?:to|for|so)\b|,?\s+(?:can|could|should|may) (?:i|we)\b(?=[^.?!]*\b(?:on|in|with|through|using|use|onto)\s+(?:that|it|them|there|this)\b))`),
  // "keep client notes in bear", "put the list in things": a job's things kept in it ("do the jobs in helston" names a place).
  // "Paste the class list into chatgpt", "do their books in sage 50", "plan the jobs on monday (the app)": a job's things done in it;
  // "moving the league standings into a google sheet": moved into it.
  new RegExp(String.raw`\b(?:keep|keeping|kept|put|putting|store|storing|stored|save|saving|saved|sign|signing|signed|log|logging|logged|track|tracking|write|writing|upload|uploading|uploaded|paste|pasting|pasted|copy|copying|type|typing|feed|do|doing|run|running|plan|planning|manage|managing|make|making|draw|drawing|design|designing|edit|editing|knock up|knocking up|take|taking|move|moving|moved|transfer|transferring|migrate|migrating)\b((?: [a-z-]+){1,5}?) (?:in|on|into|onto|through|via)\s+${NAME}`),
  // "I've set up a whatsapp group for the parents", "put the crew lists in a dropbox folder", "keep the pics in a shared
  // google drive folder", "started sending hirers a tripadvisor link": a thing made on a tool by us, told or asked (a thing
  // someone sent us is theirs).
  new RegExp(String.raw`(?:^|\b(?:i|we|ive|weve|im|were|just|already|also|can|could|should|may|to)\s+)(?:(?:just|already|also|now|been|have|started|start)\s+)*(?:set(?:ting)? up|setup|made|make|making|start(?:ed|ing)?|creat(?:e|ed|ing)|open(?:ed|ing)?|put|putting|keep|keeping|stor(?:e|ing)|sav(?:e|ing)|send|sending|sent|shar(?:e|ed|ing))\b(?: [a-z-]+){0,6}? (?:a|an)\s+(?:(?:shared|new|free|private|separate)\s+)?((?:${BRAND})\s+[a-z]+|[a-z][a-z0-9]*)\s+${MADE_THING}\b`),
  // "message the customers on telegram", "text a client on signal": people reached on it.
  new RegExp(String.raw`\b(?:message|messaging|messaged|text|texting|chat|chatting|dm|contact|contacting)\b(?: [a-z-]+){0,4}? (?:on|over|via|through)\s+${NAME}`),
  // "can we play the singalong songs straight off spotify?": music or a film played off it.
  new RegExp(String.raw`\b(?:play|playing|stream|streaming)\b(?: [a-z'-]+){0,6}? (?:straight\s+|direct(?:ly)?\s+)?(?:off|from)\s+${NAME}`),
  // "The couple want their rsvps done on withjoy, can i set it up": things done on it, said the other way round (leave asked).
  new RegExp(String.raw`(?<!\b(?:who|that|she|he|they)\s+(?:\w+\s+)?)\b(?:done|kept|managed|handled|tracked)\s+(?:on|in|through|via|using)\s+${NAME}`),
];

/** The shape of things done on a tool said the other way round ("rsvps done on withjoy"), a tool's only where leave is asked. */
const DONE_ON = TAKEN_ON.length - 1;

/** A big company's name opening what was caught ("google drive"), read once rather than per question. */
const BRAND_FIRST = new RegExp(String.raw`^(${BRAND})\s`);

/**
 * Nouns said bare after "in" or "on" in everyday speech, not tools: "keep it in mind", "put it in writing", "on site",
 * "in stock", "log it on screen". With {@link EVERYDAY_WAY} (paper, email, text…) these are never a product's slot.
 */
const BARE_IDIOM = /^(?:mind|writing|order|autopilot|repeat|schedule|rotation|demand|request|standby|stock|storage|person|private|public|future|time|touch|charge|place|case|use|line|general|advance|full|hand|pencil|pen|ink|print|draft|bulk|total|turn|work|office|sight|site|town|school|hospital|house|transit|record|file|screen|camera|video|film|tape|photo|photos|shift|call|duty|holiday|leave|break|lunch|board|loan|trial|hold|top|front|back|bed|progress|colour|color|black|white|red|green|blue|secret|confidence|detail|brief|short|cash|credit|account|invoice|cloud|computer|laptop|desktop|mobile|tablet|ipad|iphone|phone|speaker|loudspeaker|team|app|apps|software|system|spreadsheet|spreadsheets|excel|word|docs|sheets|drive|folder|folders|notes|notebook|diary|calendar|updates|update|drivers|games|music|antivirus|there|here|it|them|that|this|everything|something|anything|ours|mine|yours|theirs)$/;

/**
 * What is kept in a tool rather than a room: notes, lists, records. Where an English word is what they are kept in ("client
 * notes in bear", "the to-do list in things"), it is a product; forms, keys or a dog put "in reception" or "in isolation"
 * are in a place.
 */
const KEPT_DATA = /\b(?:notes|list|lists|records|logs|jobs|tasks|reminders|contacts|passwords|logins|details|data|invoices|books|accounts|bookings|timesheets|diary|rota|rotas|numbers|plans|wages|payroll|salaries)$/;

/** A job done rather than a thing kept: "do the books in…", "run the bookings on…", "knock up designs in…". */
const JOB_DONE = /^(?:do|doing|run|running|plan|planning|manage|managing|make|making|draw|drawing|design|designing|edit|editing|knock|knocking)\b/;

/** A piece too short to be a name alone, joined to the name before it ("chat gpt"), or a version ("sage 50"). */
function nameOf(caught: string): string {
  const [one, two] = caught.split(' ');
  if (!two) return one!;
  if (/^\d+$/.test(two) || (two.length <= 4 && !isEnglishWord(two) && !STOPWORDS.has(two))) return `${one} ${two}`;
  return one!;
}

/** Two words caught that the question typed as one name, each capitalised: "through Ticket Tailor", not "through ticket tailor". */
function typedAsName(question: string, caught: string): string | undefined {
  const [one, two] = caught.split(' ');
  // A sentence ended between them ("through Acuity. Sarah says…"), or a person after ("on Telegram Mr Jones…"), joins no name.
  if (!one || !two || /[.-]$/.test(one) || /^(?:i|mr|mrs|ms|miss|dr)$/i.test(two) || PERSON_WORD.test(two)) return undefined;
  const typed = new RegExp(String.raw`\b${escapeRegExp(one)}\s+${escapeRegExp(two)}\b`, 'i').exec(question)?.[0];
  return typed && /^[A-Z]\S*\s+[A-Z]/.test(typed) ? caught : undefined;
}

/** Whether a word is one of the firm's (a supplier's name or alias, a person, a place, a slip for a supplier) or never a name. */
function notAName(ctx: QaContext, token: string, usedToDo: boolean): boolean {
  const folded = words(token)[0];
  if (!folded || token.length < 3 || STOPWORDS.has(token) || PERSON_WORD.test(token) || QUESTION_WORDS.has(folded) || /^\d/.test(token)) return true;
  if (COMMON_CAPITALS.has(token) || unlistedEveryday(token) || EVERYDAY_WAY.test(token) || BARE_IDIOM.test(token) || (/(?:ing|ly)$/.test(token) && isEnglishWord(token))) return true;
  // An English word the firm's own text uses is its thing ("put the keys in reception"); one it never uses may be a name
  // ("in things", "on signal"), except after "use", where any English word is a thing used ("use bleach to…").
  if (isEnglishWord(token) && (usedToDo || ctx.index.ordinaryWords.has(folded))) return true;
  if (ctx.index.vocabulary.has(folded) || peopleWords(ctx).has(folded) || slipForSupplier(ctx, token)) return true;
  return isPlaceWord(token) || ctx.index.placesIn(token).length > 0;
}

/** Whether what was caught is a word before another English one, which it describes ("bullet points"): no name. */
function describes(caught: string): boolean {
  const next = caught.split(' ')[1];
  return next !== undefined && isEnglishWord(next) && !STOPWORDS.has(next);
}

/** Whether a word is said to be an app: "monday.com", "the monday app", "(the app)". */
function saidAsApp(text: string, word: string): boolean {
  return new RegExp(String.raw`\b${escapeRegExp(word)}(?:\.com| app)\b|\bthe app\b`).test(text);
}

/** A name as the question typed it ("Square", not "square"). */
function asTyped(question: string, name: string): string {
  return new RegExp(String.raw`\b${escapeRegExp(name)}\b`, 'i').exec(question)?.[0] ?? name;
}

/** The device a tool is put on, said before its job: "on the shop ipad", "onto my phone". */
const ON_DEVICE = /^(?:(?:on|onto) )?(?:the|my|our|a|your) (?:[a-z]+ )?(?:ipad|tablet|phone|mobile|laptop|computer|pc|mac|iphone)\s+/;

/** Leave asked after the tool's name, before its job: "use telegram, can i start messaging clients on it". */
const LEAVE_THEN = /^,?\s*(?:can|could|should|may) (?:i|we) (?:(?:just|start|also) )*/;

/** What a tool taken on would do, after its name: "to track the bookings" read as "track the bookings". */
function jobAfter(text: string, found: RegExpExecArray): string {
  return text.slice(found.index + found[0].length).trim().replace(LEAVE_THEN, '').replace(ON_DEVICE, '').replace(/^(?:to|for|so)\s+(?:(?:the|our|my|all|a|an)\s+)?/, '');
}

/** The product a question takes on bare ({@link TAKEN_ON}), as typed, when it is none of the firm's: a tool we do not hold. */
export function toolTakenOn(ctx: QaContext, question: string, told = false): string | undefined {
  const text = question.toLowerCase().replace(/[’']/g, '').replace(/\s+/g, ' ');
  // Told, not asked: only what we did with a tool takes it on; someone who reached us on one ("messaged me on signal") tells a story.
  for (const [at, shape] of (told ? TAKEN_ON.slice(0, MADE_AT + 1) : TAKEN_ON).entries()) {
    const found = shape.exec(text);
    const caught = found?.at(-1);
    if (!found || !caught) continue;
    // Kept somewhere, an English word is a tool only when what is kept is a tool's (notes, a list), not a thing put in a room.
    if (found.length > 2 && isEnglishWord(caught.split(' ')[0]!) && !KEPT_DATA.test(found[1]!)) continue;
    // A job done somewhere is a tool taken on only where leave is asked ("could we do the wages in…"); "do we do the jobs in helston" asks where.
    // So are things "done on" it, said the other way round.
    if ((at === DONE_ON || (found.length > 2 && JOB_DONE.test(found[0]!))) && !leaveAsked(question)) continue;
    // "A google drive folder": a big company's product, a tool we do not hold when no supplier is that company's.
    const brand = at === MADE_AT ? BRAND_FIRST.exec(caught)?.[1] : undefined;
    if (brand) {
      if (!holdsNamed(ctx, brand)) return asTyped(question, caught);
      continue;
    }
    // A dot or dash after a word ends it ("on insta. thats ok?").
    const typed = typedAsName(question, caught);
    const name = typed ?? nameOf(caught.replace(/[.-]+(?= |$)/g, ''));
    // A name in two pieces ("chat gpt") is weighed whole; a version's number aside ("sage 50"), by its word.
    const [word, piece] = name.split(' ');
    if (STOPWORDS.has(word!) || PERSON_WORD.test(word!) || (at === MADE_AT && (isEnglishWord(word!) || isNearEnglishWord(word!)))) continue;
    // Where a job is done, an English word says how or when ("do the jobs in pairs", "plan them in blocks"), unless a version follows ("sage 50"),
    // or a tool's things are done on a word the firm never writes ("run payroll on sage", leave asked: a product's name).
    // A word before another English one describes it ("the notes in bullet points"), and is no name.
    const toolsThingsOn = KEPT_DATA.test(found[1]!) && wordNamedProduct(ctx, word!) && !describes(caught);
    if (found.length > 2 && JOB_DONE.test(found[0]!) && isEnglishWord(word!) && !/^\d/.test(piece ?? '') && !DAY.test(word!) && !toolsThingsOn) continue;
    // Where things are kept, an English plural is what they are kept in ("in tins"): a tool's name is said once, "things" aside (a stop-word's plural).
    if (found.length > 2 && !piece && /[^s]s$/.test(word!) && isEnglishWord(word!.replace(/e?s$/, '')) && !STOPWORDS.has(words(word!)[0] ?? '')) continue;
    // "Plan the jobs on monday (the app)", "on monday? like monday.com": a day said to be an app is one, where things are kept.
    if (found.length > 2 && !piece && DAY.test(word!) && saidAsApp(text, word!) && !holdsNamed(ctx, word!)) return asTyped(question, name);
    if (!notAName(ctx, piece && !/^\d/.test(piece) ? word! + piece : word!, at === 1)) return typed ? asTyped(question, name) : name;
    // "Can we use monday to track the portfolios", "use things to keep track of…": after "use", an everyday word the firm
    // never writes is a product where a tool's job follows ("use bleach to clean the van" is a thing used).
    // So after downloading it, on a device or not ("downloaded things on the shop ipad to keep track of…").
    if (at <= 1 && !piece && wordNamedProduct(ctx, word!) && TOOL_JOB.test(jobAfter(text, found))) return asTyped(question, name);
  }
  return networkStarted(ctx, question, text) ?? (told ? undefined : namedApp(ctx, question, text) ?? takenOnAsIt(ctx, question, text) ?? accountAsked(ctx, question, text) ?? productInSlot(ctx, question, text) ?? headSwitchedTo(ctx, question, text));
}

/** A name opening the question, said of what it does, then leave asked to move to it: "zorbix handles waivers and bookings, could we switch to it?". */
const HEAD_SWITCHED_TO = /^\s*([a-z][a-z0-9]*)\s+(?:does|do|has|handles|offers|lets|is|looks|seems)\b[^?.!]*\b(?:could|can|should|shall)\s+we\s+(?:just\s+)?(?:move|switch|swap|change|go)\s+(?:over\s+)?to\s+(?:that|it|them|this)\b/;

/** The name a question opens with and asks to move to ({@link HEAD_SWITCHED_TO}), where it is no English word and none of the firm's. */
function headSwitchedTo(ctx: QaContext, question: string, text: string): string | undefined {
  const word = HEAD_SWITCHED_TO.exec(text)?.[1];
  if (!word || STOPWORDS.has(word) || KIT_LETTERS.has(word) || holdsNamed(ctx, word) || isEnglishWord(word) || isNearEnglishWord(word) || notAName(ctx, word, false)) return undefined;
  return asTyped(question, word);
}

/**
 * An account of our own started on a social network: "starting a shop tiktok", "set up a studio instagram". A post on one
 * ("doing a tiktok video") is no account.
 */
const NETWORK_STARTED = /\b(?:start|starting|started|set(?:ting)? (?:(?:us|me|them) )?up|make|making|made|do|doing|open|opening|creat(?:e|ed|ing)|launch(?:ed|ing)?)\s+(?:(?:us|me) )?(?:a|an)\s+(?:[a-z]+\s+)?(tik ?tok|instagram|insta|face ?book|you ?tube|twitter|snap ?chat|linked ?in|pinterest)\b(?!\s+(?:videos?|posts?|reels?|story|stories|live|ads?|dances?|trends?)\b)/;

/** The social network an account is started on ({@link NETWORK_STARTED}), as typed, when no supplier of ours is it. */
function networkStarted(ctx: QaContext, question: string, text: string): string | undefined {
  const network = NETWORK_STARTED.exec(text)?.[1];
  // Typed apart ("tik tok"), the network is weighed by its name run together.
  return network && !holdsNamed(ctx, network.replace(/\s+/g, '')) ? asTyped(question, network) : undefined;
}

/** An account on a tool asked after: "is there a zoom account i can use", "have we got a canva login", "any slack licences spare?". */
const ACCOUNT_ASKED = /\b(?:is there|are there|do we have|have we got|we got|got|any)\s+(?:a|an|our|the)?\s*(?:(?:work|company|shared|team|office|spare)\s+)?([a-z][a-z0-9]*)\s+(?:accounts?|logins?|log-ins?|licen[cs]es?|subscriptions?|seats?)\b/;

/** The tool an account is asked on ({@link ACCOUNT_ASKED}): a word no English list has, or a product named by a short word, that none of the firm's is. */
function accountAsked(ctx: QaContext, question: string, text: string): string | undefined {
  const word = ACCOUNT_ASKED.exec(text)?.[1];
  if (!word || STOPWORDS.has(word) || holdsNamed(ctx, word)) return undefined;
  return namesProduct(ctx, word) ? asTyped(question, word) : undefined;
}

/**
 * Whether a word in a tool's slot names a product: an English word is what the thing is for ("a guest account", "a door cam"),
 * unless it is a product's short name ("zoom"); a word no English list has is a name, whatever English word it is near ("canva").
 */
function namesProduct(ctx: QaContext, word: string): boolean {
  return isEnglishWord(word) ? WORD_NAMED_PRODUCTS.has(word) && wordNamedProduct(ctx, word) : !notAName(ctx, word, false);
}

/**
 * A product named by the kind of thing it is: "an arlo cam", "verkada cameras", "the rac recovery portal", "in the x app",
 * "been using autodata", "parents evening on zoom". The name is no English word, or a product's short name ({@link namesProduct}).
 */
const PRODUCT_SLOTS: readonly RegExp[] = [
  /\b(?:(?:an?|the)\s+)?([a-z][a-z0-9]*)\s+(?:(?!(?:for|to|on|in|with|at|by|of|and|or|the|a|an)\b)[a-z]+\s+)?(?:cams?|cameras?|doorbells?|trackers?|tracking|portal|dash ?cams?)\b/,
  /\b(?:in|on|into|onto)\s+the\s+([a-z][a-z0-9]*)\s+app\b/,
  /\b(?:been|started|start|keep|kept)\s+using\s+([a-z][a-z0-9]*)\b/,
  /\b(?:on|over|via|using)\s+(zoom|skype|whereby)\b/,
];

/** Kinds of kit said by letters or a word no English list has, not makers' names: "gps trackers", "cctv cameras", "4g routers". */
const KIT_LETTERS: ReadonlySet<string> = new Set('gps cctv ip usb sim wifi hd 4g 5g ai led dvr nvr anpr rfid nfc bluetooth ptz'.split(' '));

/** The product a slot names ({@link PRODUCT_SLOTS}), as typed with the kind after it ("arlo cam"), where it is none of the firm's. */
function productInSlot(ctx: QaContext, question: string, text: string): string | undefined {
  for (const slot of PRODUCT_SLOTS) {
    const found = slot.exec(text);
    const word = found?.[1];
    if (!found || !word || STOPWORDS.has(word) || KIT_LETTERS.has(word) || holdsNamed(ctx, word) || !namesProduct(ctx, word)) continue;
    // The name with the kind it was said with, where the kind follows it: "verkada cameras", "the rac recovery portal".
    const said = found[0].slice(found[0].indexOf(word)).trim();
    return asTyped(question, slot === PRODUCT_SLOTS[0] ? said : word);
  }
  return undefined;
}

/** "Use the things app to track…", "downloaded the otter app": a word said as an app's name. */
const THE_APP = /\b(?:use|using|used|try|trying|tried|download(?:ed|ing)?|install(?:ed|ing)?|get|got)\s+the\s+([a-z][a-z0-9]*)\s+app\b/;

/** The word said as an app's name ({@link THE_APP}) when none of the firm's: no English word, or one the firm never writes before a tool's job. */
function namedApp(ctx: QaContext, question: string, text: string): string | undefined {
  const found = THE_APP.exec(text);
  const word = found?.[1];
  if (!found || !word || STOPWORDS.has(word)) return undefined;
  if (!notAName(ctx, word, false) || (wordNamedProduct(ctx, word) && TOOL_JOB.test(jobAfter(text, found)))) return asTyped(question, word);
  return undefined;
}

/** A product named by what is made on it: "a zoom call", "an otter account", "a signal group". */
const MADE_ON = new RegExp(String.raw`\b(?:a|an)\s+([a-z][a-z0-9]*)\s+${MADE_THING}\b`);

/** The product taken on as "it" after it was named: "…can i install it", "…ok to download that". */
const TAKEN_AS_IT = /\b(?:install|download|sign up (?:to|for|with)|subscribe to)\s+(?:it|that|this|them)\b/;

/**
 * "Client wants a zoom call, can i install it on my laptop": a product named by what is made on it, then installed or
 * downloaded as "it", is taken on; an everyday word there ("a phone call") is not, nor one of the firm's.
 */
function takenOnAsIt(ctx: QaContext, question: string, text: string): string | undefined {
  const taken = TAKEN_AS_IT.exec(text);
  if (!taken) return undefined;
  const made = MADE_ON.exec(text);
  const word = made?.[1];
  if (!made || !word || taken.index < made.index || STOPWORDS.has(word)) return offeredAsIt(ctx, question, text, taken.index);
  return !notAName(ctx, word, false) || wordNamedProduct(ctx, word) ? asTyped(question, word) : undefined;
}

/** What we would offer or take, said bare after "we": "if we do klarna", "whether we take clearpay", "do we accept X". */
const OFFERED = /\bwe (?:do|offer|take|accept|use|have)\s+([a-z][a-z0-9]*)\b/;

/**
 * "Brides keep asking if we do klarna. can we sign up for it": a thing we would offer, then signed up for or installed as
 * "it", is a product taken on, where it is a word no English list has and none of the firm's ("if we do weddings" is work).
 */
function offeredAsIt(ctx: QaContext, question: string, text: string, takenAt: number): string | undefined {
  const offered = OFFERED.exec(text);
  const word = offered?.[1];
  if (!offered || !word || offered.index > takenAt || isEnglishWord(word) || isNearEnglishWord(word)) return undefined;
  return notAName(ctx, word, false) ? undefined : asTyped(question, word);
}

/** A tool taken on bare ({@link toolTakenOn}); in a story told, only one we downloaded, used or kept things in, not one someone reached us on. */
export function toolTakenOnIn(ctx: QaContext, q: Question): string | undefined {
  return toolTakenOn(ctx, q.text, q.whatToDo && !leaveAsked(q.text));
}

/**
 * "I've downloaded snapseed for the pics", "can i use otter to transcribe calls": a tool taken on bare is asked after as
 * a tool, before any situation its job's words meet (photos, calls): the policy that names it by a keyword, or not in the
 * register with the firm's rule on new tools.
 */
export function toolTakenOnAnswer(ctx: QaContext, q: Question): QaAnswer | undefined {
  // "Use skype instead of zoom?": weighed against one of ours, which the steps after answer of.
  if (q.named.some((m) => m.kind === 'name') && /\b(?:instead of|rather than|or)\b/i.test(q.text)) return undefined;
  const tool = toolTakenOnIn(ctx, q);
  if (!tool) return undefined;
  // "Put staff data in Trinity College London?": the words caught are the first words of a supplier the question names, not a stranger.
  const caught = `${words(tool).join(' ')} `;
  if (q.named.some((m) => [m.supplier.name, ...m.supplier.aliases].some((name) => `${words(name).join(' ')} `.startsWith(caught)))) return undefined;
  // "Can we send the door codes on a whatsapp group" where a rule says never by WhatsApp: that rule's, in the steps after.
  return policyNamingToolSaid(ctx, tool, q.text) ?? (ruleWritesTool(ctx, q.text, tool) ? undefined : withNewToolsPolicy(ctx, unknownSupplier(ctx, tool), q.text));
}

/**
 * Where a tool is asked after by a question the kind model is all but sure asks after one (answers-by-kind.ts), the shapes that
 * name it, said of it rather than done with it: "a signal group", "the otter app can record…", "are we allowed otter to
 * transcribe…", "has anyone looked at arbornote?", "does copilot count as approved?", "fareharbor does bookings and waivers in
 * one, could we move to that?". Too loose for the rules alone ("a family group", "the bus app"), so the name must still be no
 * English word or a product's short name the firm never writes.
 */
const TOOL_SAID_OF: readonly RegExp[] = [
  MADE_ON,
  /\bthe\s+([a-z][a-z0-9]*)\s+app\b/,
  /\b(?:allowed|ok|okay|alright)\s+(?:to use\s+)?([a-z][a-z0-9]*)\s+(?:to|for)\b/,
  /\b(?:looked at|heard of|come across|tried|seen)\s+([a-z][a-z0-9]*)\s*(?:[?,.!]|$)/,
  /^\s*(?:does|is|can we use|could we use)\s+([a-z][a-z0-9]*)\s+(?:count(?:ed)? as |classed as |on the list of |an? )?(?:approved|allowed|ok|okay|safe|fine|gdpr)\b/,
  // "fareharbor does bookings and waivers in one, could we move to that?", "X is miles easier than ours": a name opening the
  // question, said of what it does or weighed against ours.
  /^\s*([a-z][a-z0-9]*)\s+(?:does|do|has|is|lets|handles|offers|looks|seems)\b(?:[^?.!]*\b(?:move|moving|switch|switching|swap|swapping|change|changing|go|going)\s+(?:over\s+)?to\s+(?:that|it|them|this)\b|\s+(?:(?:so|much|way|miles|loads|a lot|far)\s+)*(?:easier|better|cheaper|nicer|simpler|quicker)\b)/,
];

/** The tool a question sure to ask after one names in a shape of {@link TOOL_SAID_OF}, as typed, where none of the firm's is it. */
export function toolSaidOf(ctx: QaContext, question: string): string | undefined {
  const text = question.toLowerCase().replace(/[’']/g, '').replace(/\s+/g, ' ');
  for (const shape of TOOL_SAID_OF) {
    const word = shape.exec(text)?.[1];
    if (word && !STOPWORDS.has(word) && !KIT_LETTERS.has(word) && !holdsNamed(ctx, word) && namesProduct(ctx, word)) return asTyped(question, word);
  }
  return undefined;
}
