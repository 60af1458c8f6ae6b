import type { Supplier } from '../config/schema.ts';
import { editDistance } from '../config/suggest.ts';
import { CERTIFICATION_NAMES } from './aggregate.ts';
import { asksWhatToDo, type Intent } from './intents.ts';
import { reply, type QaAnswer, type QaContext, type Question } from './qa-context.ts';
import { isEnglishWord, isNearEnglishWord } from './english-words.ts';
import { isPlaceWord, locatedIn, regionCode, regionsIn } from './regions.ts';
import { supplierCalled } from './supplier-called.ts';
import { STOPWORDS, escapeRegExp, stem, words } from './text.ts';
import { TOOL_WHEN_ASKED_NAMES, makerOf, toolsSaidIn } from './well-known-tools.ts';

/** A word for a person, never a name of a supplier or a tool: "whatever we hold on him", "sent it to someone". */
export const PERSON_WORD = /^(?:he|him|his|she|her|hers|himself|herself|themselves|ourselves|yourself|myself|mine|yours|ours|theirs|someone|somebody|everyone|everybody|anyone|anybody|nobody)$/i;

/** A British road by its number: "A52", "M25", "B1234", "A1(M)", said as a road ("on the A52"), for a name may look the same ("A1 Payroll"). */
const ROAD = /^[ABM]\d{1,4}(?:\(M\))?$/i;

/** Public bodies that write to or ring any firm ("HMRC asked for our payroll records"): never a product we might use. */
const PUBLIC_BODIES: ReadonlySet<string> = new Set('hmrc dvla dwp nhs cqc ofsted hse acas ukvi dbs nca hmcts ofcom fca sra gmc nmc hcpc gdc gphc pra tpr ons ico'.split(' '));

/** Days and months: when, never what ("left in march"). */
const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '),
);

/** Capitalised words that are not names: days, months, public bodies, everyday terms. */
export const COMMON_CAPITALS: ReadonlySet<string> = new Set([
  ...PUBLIC_BODIES,
  ...CALENDAR_WORDS,
  ...('gdpr dpa dpo it hr crm soc iso ip sar cctv pdf vat uk eu us usa eea english google microsoft apple ' +
    // Said before a surname ("Mr Hughes dropped a key in"): a person, never a product.
    'mr mrs ms miss dr mx').split(' '),
]);

/** Words that say what is asked, never which supplier: left out when naming an unknown one. */
export const QUESTION_WORDS = new Set(
  ('where long retention retain delete deleted gdpr statement dpa agreement privacy policy notice encrypt encrypted encryption secure ' +
    'security 2fa factor two step soc certification certified breach notify hosted country region centre center located share pass ' +
    'purpose year month day safe protected kind sort type list tell our mean really currently today ever here done actually yet arrived ' +
    'exactly handled processed happen processing agreement details record records for if think there been happened happens ' +
    'should would could someone something anything my mine find found lose lost new old good bad right wrong ok okay way ' +
    'anyone anybody everyone outside inside without with ground grounds lawful legal basis passing company firm business take taking allowed compliant compliance signed sign contract far').split(' ').map(stem),
);

const CERTIFICATIONS = new RegExp(CERTIFICATION_NAMES.source, 'gi');

const SUPPLIER_QUESTIONS: readonly Intent[] = ['statement', 'retention', 'location', 'access', 'data', 'security', 'purpose'];

/** Every word of the workspace's people's names, as folded (made once, with the index): a name of ours is never a stranger supplier. */
export function peopleWords(ctx: QaContext): ReadonlySet<string> {
  return ctx.index.peopleWords;
}

/**
 * A capitalised word after the first ("where is Sage data stored?") that names no supplier, region,
 * person or everyday acronym: a supplier we do not know, even if the register mentions the word.
 */
export function capitalisedStranger(ctx: QaContext, question: string): string | undefined {
  const { index } = ctx;
  // A certification scheme ("Cyber Essentials Plus", "ISO 27001") is no supplier, recorded or not.
  const tokens = question.replace(CERTIFICATIONS, ' ').replace(/[’']s\b/g, '').split(/[^A-Za-z0-9&.-]+/).filter(Boolean).slice(1);
  const people = peopleWords(ctx);
  for (const [i, token] of tokens.entries()) {
    const clean = token.replace(/[.-]+$/, '');
    // "Mr Hughes": a surname after a title is a person's.
    if (TITLE.test((tokens[i - 1] ?? '').replace(/\.$/, '').toLowerCase())) continue;
    if (!/^[A-Z][A-Za-z0-9&]*[a-z0-9&][A-Za-z0-9&]*$|^[A-Z][a-z]+[A-Z]/.test(clean)) continue;
    // An acronym's plural ("CVs", "PDFs") is a kind of thing, never a supplier's name.
    if (/^[A-Z][A-Z0-9]+s$/.test(clean)) continue;
    // A road ("the A52", "on the M1"): never a supplier's name; "A1 Payroll", "M365" are names.
    if (ROAD.test(clean) && /^(?:the|on|off|along|down|up|via|near|onto|at)$/i.test(tokens[i - 1] ?? '') && !/^[A-Z]/.test(tokens[i + 1] ?? '')) continue;
    const folded = words(clean);
    if (folded.length === 0 || COMMON_CAPITALS.has(clean.toLowerCase())) continue;
    if (folded.every((f) => index.vocabulary.has(f) || index.ordinaryWords.has(f) || index.entriesUse(f) || index.thesaurus.knows(f) || people.has(f) || STOPWORDS.has(f))) continue;
    if (/^(EU|UK|US)$/.test(regionCode(clean)) || regionsIn(folded, clean).length || index.placesIn(clean).length || locatedIn(clean, 'EU') || locatedIn(clean, 'UK')) continue;
    return clean;
  }
  return undefined;
}

/** Where a question that asks what a tool is puts its name: "is X GDPR compliant?", "anyone know if X is secure?". */
const QUALITY_SLOTS: RegExp[] = [
  /(?:^|[,;:?!.]\s)\s*(?:is|are|does|do) ([a-z][a-z0-9.&-]+) (?:gdpr|secure|safe|encrypted|certified|compliant|iso|soc|pci|a (?:processor|controller|recipient|supplier)|one of our|on our|in our|still|store|keep|hold|have|enforce|use)\b/i,
  /\b(?:if|whether) ([a-z][a-z0-9.&-]+) (?:is|are) (?:gdpr|secure|safe|encrypted|certified|compliant)\b/i,
];

/** What a shared folder or invite is named for, not the tool it is on: "the staff folder", "the wedding folder". */
const EVERYDAY_FOLDER = String.raw`(?:staff|team|hr|shared|admin|accounts?|finance|work|new|old|event|party|wedding|client|customer|project|group|class|school|usual|latest|main|office|photos?|rota|rotas)`;

/** Everyday things a record is made or kept on, never a tool's name, though a firm's own words may never say them ("on paper", "in person", "in house"). */
const EVERYDAY_MEDIUM = String.raw`(?:paper|person|house|home|hand|file|files|site|phone|phones|laptop|laptops|computer|computers|tablet|tablets|screen|wall|board|desk|drawer|folder|folders|cloud|van|vans|car|cars|office|reception|writing|print|post|sheets?|spreadsheets?|pen|pencil|ink|notebooks?|whiteboard|binder|cabinet|safe|stock|storage|future|advance|bulk|colour|color|full|private|public|secret|foot|time|loan|order)`;

/**
 * A plural after "on" or "in" ("on bikes", "in tins", "in binders"): things a record is kept in or a job done on, never a
 * tool's name, which is said once ("in Notion", "on Canva").
 */
const EVERYDAY_PLURAL = String.raw`[a-z]+[^s\W]s\b`;

/** How a question asks whether we hold a tool: "do we use X", "…have an account with X", "…work with X", "…pay for X". */
const USES_VERB = '(?:use|have an account with|work with|pay for)';

/**
 * Leave to use a tool asked after a story told, only where the name is used to do something ("the sports day shots are a bit soft, can i
 * use topaz to upscale them?"), not a thing of the day's ("…so can we use rib two for saturday's dive?"). A name slot and a tool slot both.
 */
const TOOL_USED_AFTER_A_STORY = /(?:[,.;!?]|\bso\b)\s*(?:can|could|may|should) (?:we|i) (?:use|try|trial) ([a-z][a-z0-9.&-]+)(?:\s+[a-z][a-z0-9.&-]+)? to\s+[a-z]+/i;

/** Where a question's shape puts a supplier's name: "where does X store…", "is X secure?", "can we use X to…", "put client data into X". */
const NAME_SLOTS: RegExp[] = [
  /^\s*(?:where|how long|how|why|what) (?:does|do|did|is|are|will|would|can) ([a-z][a-z0-9.&-]+) (?:store|stores|keep|keeps|hold|holds|host|hosts|put|puts|send|sends|retain|retains|process|processes|use|uses|encrypt|encrypts|do|get|see|have)\b/i,
  ...QUALITY_SLOTS,
  /^\s*(?:can|could|may|should) (?:we|i) (?:use|try|sign up (?:to|for)|switch to|move to) ([a-z][a-z0-9.&-]+)\b/i,
  TOOL_USED_AFTER_A_STORY,
  new RegExp(String.raw`^\s*do we ${USES_VERB} ([a-z][a-z0-9.&-]+)\b`, 'i'),
  // "Is trustpilot something we use?": the same question, the name first.
  /^\s*(?:is|are) ([a-z][a-z0-9.&-]+) (?:something|a thing|an? (?:app|tool|site|service)) (?:we|you) (?:use|have|are on)\b/i,
  // "A parent asked if we use Seesaw": the same question, told as asked of us; the name ends what is asked ("if we use recycled
  // packaging" names a kind of thing), and is no everyday plural ("if we use subcontractors"). Whom we work with or what we pay
  // for, asked so, is a thing ("if we pay for parking").
  new RegExp(String.raw`\b(?:asked|asking|wants? to know|wanted to know) (?:me |us )?(?:if|whether) we (?:use|have an account with) (?!${EVERYDAY_PLURAL})([a-z][a-z0-9.&-]+)(?=\s*[?.!,]|\s*$|\s+(?:for|to|at all|any ?more|still|now|or|and|as|here)\b)`, 'i'),
  // "Do we do the books on QuickBooks?", "do we run the rota in Deputy?": the tool a job of ours is done on, last; an everyday
  // place ("in the office") is none. A name may look plural ("QuickBooks"), so the object must be "the" or "our" something.
  new RegExp(String.raw`^\s*do we (?:do|keep|run|track|manage) (?:the|our) [a-z' ]{2,30}? (?:on|in|through|thru|via|with|using) (?!${EVERYDAY_MEDIUM}\b)([a-z][a-z0-9.&-]+)\s*[?.!]*\s*$`, 'i'),
  /\b(?:put|upload|paste|enter|type|copy|store|keep|send|share)\b.*\b(?:in|into|on|onto|to|with|through) ([a-z][a-z0-9.&-]+)\s*[?.!]*\s*$/i,
  // "What's the Dropbox link for the trip docs?": a link or folder on a tool, which the register would hold if we used it.
  // A folder or invite named for what it holds ("the training folder", "the meeting invite") names no tool.
  new RegExp(String.raw`^\s*(?:what(?:'s|s| is)|where(?:'s|s| is)) (?:the|our) (?![a-z]+ing\b|${EVERYDAY_FOLDER}\b)([a-z][a-z0-9.&-]+) (?:link|folder|invite)\b`, 'i'),
];

/** "Do we have a Zoom account for…": whether we hold an account with one tool, not a question over the whole register. */
export const ACCOUNT_SLOT = /^\s*do (?:we|i) have (?:a|an) ([a-z][a-z0-9.&-]+) (?:account|login|subscription)\b/i;

/** Everyday verbs, never a tool used as one ("is it ok to text them", "can I shred it", "ok to switch the lights off"). */
const EVERYDAY_VERB = String.raw`(?:design|create|turn|switch|build|draw|plan|do|load|import|export|sync|pay|run|get|make|see|try|set|start|stop|chuck|bin|dump|toss|ditch|skip|shred|burn|text|ring|call|phone|email|post|print|scan|tell|give|send|leave|keep|throw|pass|show|lend|hand|drop|take|bring|lock|wipe|tip|forward|screenshot|photocopy|copy|share|upload|download|save|store|delete|record|film|photograph|photo|fax|attach|add|put|move|open|sign|book|check|update|edit|change|publish|tag|message|invite|contact|chase|remind|reply|read|view|access|borrow|use|ask|write|fill|return|destroy|remove|report|list|name|mention|quote|cancel|refund|close|clear|approve|authori[sz]e|sell|buy|order|collect|deliver)`;

/** Where a question's shape puts a tool it asks leave to use: "can we use X to send…", "is it ok to use X", "is X ok to use?", "send it via X". */
const TOOL_SLOTS: RegExp[] = [
  // "There's an app called PartyPop that does digital invites": a tool told by what it is and its name.
  /\b(?:an?|this|some)\s+(?:new\s+|free\s+)?(?:app|tool|website|site|platform|program|software)\s+(?:called|named)\s+([a-z][a-z0-9.&-]+)\b/i,
  // "Running the trek photos through Remini (free AI enhancer app)": a name the asker says in brackets is an app or site (never
  // read as a slip of one of ours: the asker says what it is).
  /\b([a-z][a-z0-9.&-]+)\s*\((?:it['’]?s\s+)?(?:a\s+|an\s+|the\s+)?(?:(?!(?:from|at|of|on|in|with|for|who|that)\b)[\w-]+\s+){0,3}?(?:app|tool|website|site|software|program|plugin|extension)\)/i,
  /^\s*(?:can|could|may|should) (?:we|i) (?:use|try|trial|switch to|move to) ([a-z][a-z0-9.&-]+)\b/i,
  TOOL_USED_AFTER_A_STORY,
  // "Is it ok if I use Notion to…" asks the same leave as "ok to use".
  // "Use annual leave", "use sick days": time off taken, not a tool.
  /\b(?:ok|okay|fine|alright|allowed|safe|all right) (?:(?:for (?:me|us) )?to|if (?:i|we)) use ([a-z][a-z0-9.&-]+)\b(?!\s+(?:leave|holidays?|days?)\b)/i,
  // "Is Calendly ok for online bookings?": what it would be used for follows, as "to use" would.
  // "Is Dropbox ok? A client wants to send…": the leave asked first, the reason after it.
  /\b(?:is|are) ([a-z][a-z0-9.&-]+) (?:ok|okay|fine|alright|allowed|safe|all right)(?: for (?:me|us))?(?: to use\b.*| for\b.*|\s*[?!,]\s.*|\s*[?.!]*\s*)$/i,
  /\b(?:via|using|over|through) ([a-z][a-z0-9.&-]+)\s+(?:to|for|with)\b/i,
  // "Can I set up a Slack group for…", "do we have a Zoom account for…": the tool an account or group would be on; a card reader's, the tool it takes payments on.
  // "A paper survey" is made on paper: no tool.
  new RegExp(String.raw`^\s*(?:can|could|may|should) (?:we|i) (?:set up|make|start|create|open) (?:a|an) (?!${EVERYDAY_MEDIUM}\b)([a-z][a-z0-9.&-]+) (?:group|account|page|chat|channel|board|list|survey|form|poll|quiz|questionnaire|newsletter|website|site|shop|spreadsheet|reader|terminal|card machine)\b`, 'i'),
  ACCOUNT_SLOT,
  // "Sam wants to use Asana for…", "thinking of using Stripe instead": leave asked for someone, or a change weighed.
  // "The client wants us to use their Monday.com board": another's tool we are asked onto.
  /\b(?:wants?|wanted|would like|thinking of|planning|going)(?: (?:us|me|you|them))? (?:to )?(?:use|using|try|trying|switch(?:ing)? to|mov(?:e|ing) to) (?:(?:their|his|her) )?([a-z][a-z0-9.&-]+)\b/i,
  /\b(?:move|moving|switch|switching|migrate|migrating)\b.*\b(?:onto|over to) ([a-z][a-z0-9.&-]+)\b/i,
  // "The choir use Eventbrite, is that ok for us?": the tool another uses, asked after as "that".
  // "My daughter's school uses Seesaw, could we use it for the juniors?": the same leave, asked as "could we use it".
  /\buses? ([a-z][a-z0-9.&-]+),? (?:(?:is|are) (?:that|it|this|they)|(?:can|could|should|may) (?:we|i) (?:use|try|get|have) (?:it|that|this|them))\b/i,
  // "Slack ok for sending rotas?", "is it ok to dropbox them the files?": the tool first, or used as a verb.
  /^\s*([a-z][a-z0-9.&-]+) (?:ok|okay|fine|alright|allowed|safe) (?:for|to)\b/i,
  new RegExp(String.raw`\b(?:ok|okay|fine|alright|allowed|all right) (?:for (?:me|us) )?to (?!${EVERYDAY_VERB}\b)([a-z][a-z0-9.&-]+) (?:a|an|the|them|it|our|their|this|that)\b`, 'i'),
];

/**
 * Looser shapes that put a tool where a question asks leave to use it: a tool used as a verb, where
 * data would be loaded, the way it would be sent, a change weighed, a way to pay. A word one of our
 * policies writes ("never by WhatsApp") is that policy's to answer, so these slots take no such word.
 */
const LOOSE_TOOL_SLOTS: RegExp[] = [
  // "Can I wetransfer a file to the designer?": a tool used as a verb for sending something to someone, asked as "can I".
  // Only a word built like a sending tool's name (wetransfer, dropbox, airdrop, whatsapp): "can I wear a suit to…" is no tool.
  new RegExp(String.raw`^\s*(?:can|could|may|should) (?:we|i) (?!${EVERYDAY_VERB}\b)([a-z]*(?:transfer|box|drop|app|mail|chat|gram|message|drive|share)[a-z]*) (?:a|an|the|them|it|our|their|this|that)\b.*\bto\b`, 'i'),
  // "Can we load the leads into Mailchimp?", "can I import the list to Sheets?": where data would be put, last.
  /\b(?:load|import|upload|add|export|sync)\b.*\b(?:into|onto|to) ([a-z][a-z0-9.&-]+)\s*[?.!]*\s*$/i,
  // "Is it ok to send the price list thru WeTransfer?": the way it would go, last, however "through" is spelled.
  /\b(?:via|using|over|through|thru) ([a-z][a-z0-9.&-]+)\s*[?.!]*\s*$/i,
  // "Sam says we might move to QuickBooks": a change weighed, however it is put.
  /\b(?:move|moving|switch|switching|change|changing|migrate|migrating) (?:over )?(?:to|onto) ([a-z][a-z0-9.&-]+)\b/i,
  // "Could we switch the cafe till to Square?", "switch the client's show to Buzzsprout? they like…", "move the area group chat to signal
  // instead, heard its way more secure": a thing of ours said between,
  // the tool ending the question.
  /\b(?:switch|switching|change|changing|move|moving) (?:the |our )(?:[a-z']+ ){0,2}(?:tills?|card (?:machine|reader)s?|system|app|software|website|site|hosting|emails?|newsletters?|bookings?|invoic\w*|payments|payroll|accounts|bank|banking|phones?|crm|diary|calendar|invites?|podcasts?|show|shop|forms?|surveys?|(?:group )?chats?) (?:over )?(?:to|onto) (?!(?:mornings?|afternoons?|evenings?|nights?|weekends?|weekdays?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|monthly|weekly|fortnightly|daily|tomorrow|today|tonight|next)\b)([a-z][a-z0-9.&-]+)(?:\s+instead\b)?\s*(?:[?.!,]|$)/i,
  // "Thinking we move the invoicing to QuickBooks": records or a job of ours said between, the tool last ("the van to the yard" is no tool).
  /\b(?:move|moving|switch|switching|migrate|migrating) (?:the |our |all (?:the |our )?)?(?:invoic\w*|bookkeeping|payroll|accounts|books|bookings?|diary|diaries|rotas?|records?|notes|files|photos|newsletters?|emails|orders|payments|data|everything) (?:over )?(?:to|onto) ([a-z][a-z0-9.&-]+)\s*[?.!]*\s*$/i,
  // "Is it ok to do the invites on Canva with…", "can I keep the scans in Dropbox?": where a thing would be made or kept, last
  // (or before what it holds or is for), asked as leave to make or keep it; an everyday place ("in reception") is no
  // stranger, and a tool only said of how something came ("a photo someone sent on WhatsApp") is not what leave is asked for.
  // "Anyone mind if I keep the bookings in Airtable": the same leave, asked of the others.
  new RegExp(String.raw`^\s*(?:(?:can|could|may|should) (?:we|i)|is it (?:ok|okay|fine|alright|all right)(?: (?:for (?:me|us) )?to)?|(?:(?:would |does )?any ?(?:one|body) )?mind if (?:i|we)) (?:just |also |maybe )?(?:make|do|keep|store|save|design|create|host|hold|build|put)\b[^,?]*\b(?:on|in|onto) (?!${EVERYDAY_MEDIUM}\b|${EVERYDAY_PLURAL})([a-z][a-z0-9.&-]+)(?:\s+(?:with|for)\b.*)?\s*[?.!]*\s*$`, 'i'),
  // "Can I paste the client list into Gemini to draft…": where data would be put, with what for after it.
  /\b(?:paste|copy|put|upload|type|enter|feed)\b.*\binto ([a-z][a-z0-9.&-]+)\b/i,
  // "Can I take the deposits on Zettle instead?": another tool weighed against the one we use.
  /\b(?:on|in|with|via|using|through|thru) ([a-z][a-z0-9.&-]+),? instead\b/i,
  // "Can I take the deposit on my Revolut?": payments taken on a tool of one's own, asked leave for.
  /\b(?:take|taking|collect|collecting|accept|accepting)\b (?:the |their |his |her |a |an )?(?:[a-z]+ )?(?:money|payments?|deposits?|fees?|subs|subscriptions|cash)\b[^,?]*?\b(?:on|through|thru|via|with|using|into) (?:(?:my|our|his|her|their|the|a|an) )?(?:own )?([a-z][a-z0-9.&-]+)\b/i,
  // "Can customers pay for their cake by PayPal?": a way to pay we may not take; not how it would be done ("pay by reading the card
  // number to me", read in the eighty-eighth round).
  /\bpay(?: [a-z']+){0,4}? (?:by|with|through|thru|via|using) (?![a-z]+ing\b)([a-z][a-z0-9.&-]+)\b/i,
];

/**
 * "What about listing the taster sessions on classpass": a job put to a platform as a suggestion, the name last. Only a word
 * no English list has: "selling the beans in town", "on offer" are where and how.
 */
const SUGGESTED_ON = /^\s*(?:what|how) about (?:listing|selling|advertising|doing|running|taking|hosting|posting|tracking)\b[^,?]*\b(?:on|through|via) ([a-z][a-z0-9.&-]+)\s*[?.!]*\s*$/i;

/**
 * "Can I set up a Zoom call with the buyer", "a meeting over Whereby": the app a call or meeting would be on. Only a word no English
 * list has, or a calling app's own word ("zoom"): "set up a quick call", "make a courtesy call" name no app.
 */
const CALL_ON = /^\s*(?:can|could|may|should) (?:we|i) (?:set up|do|have|book|arrange|run|host) (?:a|an) ([a-z][a-z0-9.&-]+) (?:call|video call|meeting|webinar)\b|\b(?:call|meeting|webinar) (?:on|over|via|through|thru) ([a-z][a-z0-9.&-]+)\b/i;

/** Calling apps named by an English word. */
const CALL_APP = /^(?:zoom|meet|whereby|teams)$/i;

/** The app a call is set up on ({@link CALL_ON}), when it is none of the firm's. */
function callOn(ctx: QaContext, question: string): string | undefined {
  const on = CALL_ON.exec(question);
  const token = on?.[1] ?? on?.[2];
  return token && CALL_APP.test(token) ? strangerIn(ctx, token) : unlistedStranger(ctx, token);
}

/** A word in a loose slot that is a tool we do not hold: no English word (nor one slip from one), and none of the firm's. */
function unlistedStranger(ctx: QaContext, token: string | undefined): string | undefined {
  return token && !isEnglishWord(token) && !isNearEnglishWord(token) ? strangerIn(ctx, token) : undefined;
}

/** The platform a job is suggested on ({@link SUGGESTED_ON}), when it is a tool we do not hold. */
function suggestedOn(ctx: QaContext, question: string): string | undefined {
  return unlistedStranger(ctx, SUGGESTED_ON.exec(question)?.[1]);
}

/**
 * Everyday ways to pay, send or keep things, which no supplier is: "pay by contactless", "pay by
 * debit card", "pay the invoice through BACS", "we're moving to paperless", "send it over bluetooth".
 * One list for every loose slot, so a way a slot's shape does not expect is no tool either.
 */
export const EVERYDAY_WAY = /^(?:cash|cashless|cheques?|checks?|cards?|contactless|debit|credit|bacs|chaps|bank|transfer|invoices?|direct|standing|phone|account|instal\w*|gift|vouchers?|tokens?|coins?|paperless|paper|digital|online|offline|post|text|sms|bluetooth|wi-?fi|usb|cable)$/i;

/** "Can I use my own Dropbox to…", "is it ok to use my personal WeTransfer": the tool asked leave to use, after whose it is. */
const OWN_TOOL_SLOT = /^\s*(?:can|could|may|should) (?:we|i) (?:use|try) (?:(?:my|our|your|a) )?(?:own |personal )?([a-z][a-z0-9.&-]+)\b|\b(?:ok|okay|fine|alright|allowed|all right) (?:for (?:me|us) )?to use (?:(?:my|our|your|a) )?(?:own |personal )?([a-z][a-z0-9.&-]+)\b(?!\s+(?:leave|holidays?|days?)\b)/i;

/** A question asking leave to do something: "can I…", "is it ok to…", "are we allowed to…". */
export const ASKS_LEAVE = /^\s*(?:(?:can|could|may|should) (?:we|i)|is it (?:ok|okay|fine|alright|all right)|(?:am i|are we) allowed)\b/i;

/**
 * Leave asked after the story that leads to it: "…, can i set up an account", "…, is that allowed", "…, that ok?",
 * "thats fine yeah?", "…, ok?", "…. allowed?", "…, ok to take it on my own phone?", "that's alright isn't it", "…. worth switching?",
 * "…. any reason not to say yes?".
 */
const LEAVE_ASKED_AFTER = /[,;.]\s*(?:ok|okay|alright|fine|allowed)\s*\?+\s*$|[,;.?!\u2013\u2014-]\s*(?:(?:can|could|may|should) (?:we|i)\b|(?:is it\s+)?(?:ok|okay|alright|fine)\s+(?:for (?:me|us)\s+)?to\b|(?:is )?(?:that|this|it)(?:'?s| is)? (?:ok|okay|fine|alright|all right|allowed)\b|(?:am i|are we) (?:allowed|ok|okay|fine|alright|all right) to\b|(?:am i|are we) allowed\b|(?:(?:is it|would it be)\s+)?worth (?:switching|changing|moving|swapping|trying|a (?:try|go|look))\b|any reason (?:not to|why not|we (?:can['’]?t|cant|shouldn['’]?t|shouldnt))\b|any (?:problems?|issues?|objections?) with (?:that|this|it)\s*\??\s*$|(?:does )?(?:anyone|anybody) (?:object|mind|have a problem with (?:that|this|it))\s*\??\s*$|any objections\s*\??\s*$)|\b(?:is )?(?:that|this)(?:'?s| is)? (?:ok|okay|fine|alright|all right|allowed)(?: (?:yeah|then|too|right|isn['’]?t it|innit))?\s*\??\s*$/i;

/**
 * The question without leave asked after its story ("…over telegram, thats fine right", "…to quickbooks, can i start using it"):
 * the story alone, so a slot that wants the tool last still finds it.
 */
function storyBeforeLeave(question: string): string {
  const at = question.search(LEAVE_ASKED_AFTER);
  return at > 0 ? question.slice(0, at) : question;
}

/** Leave asked, first ("can I…", "is it ok to…") or after the story that leads to it ("my mate has a reader, that ok?"). */
export function leaveAsked(question: string): boolean {
  return ASKS_LEAVE.test(question) || LEAVE_ASKED_AFTER.test(question);
}

/** The word a question asks leave to use, as typed, whatever it is: a tool we hold, one a policy names, or a stranger. */
export function toolAskedFor(question: string): string | undefined {
  const slot = OWN_TOOL_SLOT.exec(question);
  return slot?.[1] ?? slot?.[2] ?? TOOL_SLOTS.map((pattern) => pattern.exec(question)?.[1]).find(Boolean);
}

/**
 * A tool we do not hold that a question asks leave to use, when it names a supplier too ("can we
 * use wetransfer to send care plans to the council?"): the question is about the tool, the named
 * supplier is only where the data would go.
 */
export function toolStranger(ctx: QaContext, question: string, named: readonly string[]): string | undefined {
  const product = brandProductStranger(ctx, question);
  if (product) return product;
  for (const slot of TOOL_SLOTS) {
    const token = slot.exec(question)?.[1];
    if (!token || named.some((n) => n.split(' ').includes(words(token)[0] ?? ''))) continue;
    const stranger = strangerIn(ctx, token);
    if (stranger) return stranger;
  }
  const suggested = suggestedOn(ctx, question) ?? callOn(ctx, question);
  if (suggested && !named.some((n) => n.split(' ').includes(words(suggested)[0] ?? ''))) return suggested;
  const story = storyBeforeLeave(question);
  for (const slot of LOOSE_TOOL_SLOTS) {
    const token = slot.exec(question)?.[1] ?? slot.exec(story)?.[1];
    if (!token || EVERYDAY_WAY.test(token) || named.some((n) => n.split(' ').includes(words(token)[0] ?? '')) || ctx.index.policyWrites(token)) continue;
    const stranger = strangerIn(ctx, token);
    if (stranger) return stranger;
  }
  return undefined;
}

/**
 * A big company's product asked leave to use, or to put data on: "is it ok to use Google Drive for…", "can we use google forms…",
 * "can I share the list on Google Sheets…", "sending the agreements with adobe sign", "doing interviews on google meet" (its
 * first word alone is too common to be a name).
 */
const BRAND_TOOL = /\b(?:(?:ok|okay|fine|alright|allowed|safe|all right) (?:for (?:me|us) )?to use|(?:can|could|may|should) (?:we|i) (?:use|try|switch to|move to)|(?:share|put|keep|store|upload|send|sending|save|set up|build|create|organi[sz]e|back up|backup|copy|sync|move|(?:do|doing|run|running|make) (?:it|this|that|the|our|my|a|an|interviews|calls|meetings|sessions))\b.*\b(?:on|in|into|onto|to|via|through|with|using)(?: (?:my|our|your|his|her|their|the|a))?(?: own| personal)?) ((?:google|microsoft|apple|amazon|adobe) (?!pay\b)[a-z][a-z0-9-]+)\b/i;

/**
 * Whether a supplier we hold is named by a product's word: a whole word of its name or an alias ("WhatsApp
 * Business", "Microsoft 365"), or the name run together ("We Transfer"); never inside another word ("Kestrel & Lowe").
 */
export function holdsNamed(ctx: QaContext, word: string): boolean {
  return supplierCalled(ctx, word, { oneWord: true });
}

/**
 * The product in {@link BRAND_TOOL} when no supplier's name or alias has its company's word: a
 * tool we do not use. One we hold from that company ("Microsoft 365" for Teams) may well be it.
 */
function brandProductStranger(ctx: QaContext, question: string): string | undefined {
  const product = BRAND_TOOL.exec(question)?.[1];
  const brand = product?.toLowerCase().split(/\s+/)[0];
  if (!product || !brand) return undefined;
  return holdsNamed(ctx, brand) ? undefined : product;
}

/**
 * The word in a question's name slot ("where does whatsapp store our messages?") when it is no
 * supplier, alias, register word, everyday word, person, place or stop-word: a supplier we do not
 * hold, typed in lower case or not.
 */
export function slotStranger(ctx: QaContext, question: string, slots: readonly RegExp[] = NAME_SLOTS): string | undefined {
  for (const slot of slots) {
    const stranger = strangerIn(ctx, slot.exec(question)?.[1]);
    if (stranger) return stranger;
  }
  return undefined;
}

/**
 * One of our suppliers whose name a word in a name slot is a slip of: first as a name's slip anywhere in a question ("Xreo" for
 * Xero, by {@link RegisterIndex.slipOf}), then two slips from it ("where does fresher keep our client details?" for Fresha): an
 * English word, so not read as a misspelling elsewhere, but the slot says a name was meant. Two slips only for a long word, of
 * the same first letter, and only one supplier so near.
 */
export function slipOfOurs(ctx: QaContext, word: string): Supplier | undefined {
  const typed = word.toLowerCase();
  // "Xreo", "egres": the slip a name met among the question's words would be, first.
  const slip = ctx.index.slipOf(typed);
  if (slip) return slip;
  if (typed.length < 6) return undefined;
  const near = ctx.config.suppliers.filter((s) =>
    [s.name, ...s.aliases].some((name) => {
      const key = name.toLowerCase().replace(/[^a-z0-9]/g, '');
      return key[0] === typed[0] && Math.abs(key.length - typed.length) <= 2 && editDistance(typed, key) <= 2;
    }),
  );
  return near.length === 1 ? near[0] : undefined;
}

/**
 * The well-known tools whose names are two English words run together, typed apart ("survey monkey", "we transfer"):
 * each word alone is everyday, the pair is the product.
 */
const WELL_KNOWN_SPLIT = /\b(drop box|one drive|we transfer|survey monkey|mail chimp|type form|jot form|click up|air table|pay pal|quick books|share point|hub spot|rota cloud|bright pay|docu sign|square space|woo commerce|(?<!\b(?:a|an|the|as) )free agent)\b/i;

/**
 * Where the two words are the English they are made of: "we" asked to do a thing ("can we transfer the bookings", "how do we
 * transfer…"), and a box with an article before it, a box for keys or post ("left the keys in the drop box"), not a folder.
 */
const SPLIT_AS_WORDS = /\b(?:can|could|should|shall|do|did|will|would|must|may|if|when|once|how|then|before|after|and) we transfer\b|\bwe transfer (?:the|all|our|their|his|her|it|them|everything|data|files|records)\b|\b(?:the|a|our|your|their|key|post) drop box\b(?!\s+(?:folders?|accounts?|links?|app|files?))/i;

/** A split name as typed, unless the words are the English they are made of ({@link SPLIT_AS_WORDS}). */
function splitName(question: string): string | undefined {
  return SPLIT_AS_WORDS.test(question) ? undefined : WELL_KNOWN_SPLIT.exec(question)?.[1]?.replace(/\s+/g, '');
}

/**
 * Well-known products whose names are English words too, only where a product sits: before what it is ("my own square
 * reader", "sage payroll", "a stripe account", "a doodle poll"), after paying through it ("pay by card through stripe"), or as what we
 * are on for a job ("are we on sage for the payroll?"), or what a job would be run through ("run the payroll through sage"). "A square
 * metre", "sage green" and "stripes on the wall" are words.
 */
const WORD_NAMED_TOOL = /\b(square|stripe|sage|zoho|wave|doodle)\b(?= (?:card )?(?:readers?|terminals?|payroll|accounting|accounts?|checkout|pos|payments?|invoicing|polls?)\b| (?:is|are|s) (?:way |much |a lot )?(?:cheaper|better|easier)\b)|\b(?:pay|paid|paying|payments?|card)\b[^,.?!]*\b(?:through|via|thru|on|with|using) (square|stripe)\b|\b(?:we|you|they|i) (?:on|using|use|used|with) (square|stripe|sage|zoho|wave) (?:for|to)\b|\b(?:run|running|do|doing|process|processing|move|moving)\s+(?:the\s+|our\s+)?(?:staff\s+|monthly\s+|weekly\s+)?(?:payroll|accounts|books|bookkeeping|invoicing)\s+(?:through|on|with|via|in|using|over to)\s+(sage|zoho|wave)\b/i;

/**
 * "A photo someone sent on whatsapp", "the drawings came over dropbox": the tool is only how something
 * came to us, told in the past; the question is about the thing, not leave to use the tool.
 */
function cameBy(question: string, tool: string): boolean {
  // "The library wants the photos sent by wetransfer": a sending asked of us, not how something came (read in the eighty-eighth round).
  if (new RegExp(String.raw`\b(?:wants?|wanted|asked for|asking for|asks for|would like|prefers?|needs?)\s+(?:[\w'’-]+\s+){0,4}?(?:sent|shared)\s+(?:on|via|by|over|through|thru|using)\s+(?:a |an |the )?${tool}\b`, 'i').test(question)) return false;
  // "A lady who booked on Treatwell hasn't turned up": a customer who came to us through the marketplace.
  if (new RegExp(String.raw`\b(?:who|that|they|she|he)\s+(?:has\s+|had\s+|just\s+)?(?:booked|found us|ordered|bought|paid)\b[^,.?!]*\b(?:on|via|through|thru|from|using)\s+(?:a |an |the )?${tool}\b`, 'i').test(question)) return true;
  // "The shared logins in X": after "the", "our" or "a", the word describes a thing ("a posted letter"); it tells no coming.
  return new RegExp(String.raw`\b(?<!\b(?:the|a|an|our|my|your|their|his|her) )(?:sent|came|come|arrived|received|got|forwarded|shared|posted|messaged)\b[^,.?!]*\b(?:on|via|by|over|through|thru|in|from|using) (?:a |an |the |their |his |her )?${tool}\b`, 'i').test(question);
}

/**
 * Whether a supplier the question names writes the tool in its entry ("do we use whatsapp with brendon?", where Brendon's
 * entry says "Booked by phone and WhatsApp"), web addresses aside: how we deal with that supplier, which its entry answers.
 */
function writtenInNamedEntry(named: readonly Supplier[], tool: string): boolean {
  const said = new RegExp(String.raw`\b${tool}\b`, 'i');
  return named.some((s) => said.test(JSON.stringify(s).replace(/https?:\/\/[^"\s]+/g, ' ')));
}

/** Whether an entry says we moved from the tool to it: "Moved from Mindbody in January 2025", "replaced WooCommerce". */
function movedFrom(suppliers: readonly Supplier[], tool: string): boolean {
  // Read once per register and tool: every entry's notes are read for it.
  let known = movedFromRead.get(suppliers);
  if (!known) movedFromRead.set(suppliers, (known = new Map()));
  const key = tool.toLowerCase();
  let moved = known.get(key);
  if (moved === undefined) {
    const t = escapeRegExp(key);
    const said = new RegExp(String.raw`\b(?:moved|migrated|switched|changed|came over|transferred)\s+(?:over\s+)?(?:from|off)\s+${t}\b|\breplac(?:ed|ing)\s+${t}\b`, 'i');
    known.set(key, (moved = suppliers.some((s) => said.test(`${s.notes ?? ''} ${s.purpose}`))));
  }
  return moved;
}

/** {@link movedFrom}'s answers, by register and tool. */
const movedFromRead = new WeakMap<readonly Supplier[], Map<string, boolean>>();

/** A possessive of another person or body just before a name: "my neighbour's ", "his ", "their ", "the school's ". */
const SOMEONE_ELSES = /\b(?:[a-z]+['’]s|[a-z]+s['’]|his|her|their)\s+$/i;

/** What a device caught, said after its name ("the ring doorbell caught a guy", "the blink footage"): a story about the recording. */
const ITS_RECORD = /^\s+(?:footage|videos?|clips?|recordings?|caught|recorded|filmed|picked up|showed|shows)\b/i;

/**
 * A product whose name is a word too, named as what a kind of tool is like: "do we have a rota app like deputy?". Where one of ours is
 * called by that kind ("the rota app" of RotaCloud), the question is of ours, not of the product.
 */
const LIKE_NAMED_TOOL = new RegExp(String.raw`\b((?:[\w-]+\s+)?(?:apps?|systems?|software|tools?|programs?|platforms?))\s+(?:like|such as)\s+(${TOOL_WHEN_ASKED_NAMES.map(escapeRegExp).join('|')})\b`, 'i');

function likeNamedTool(ctx: QaContext, question: string): string | undefined {
  const like = LIKE_NAMED_TOOL.exec(question);
  if (!like) return undefined;
  const kind = like[1]!.toLowerCase();
  const ours = ctx.config.suppliers.some((s) => s.aliases.some((a) => a.toLowerCase().replace(/^the\s+/, '') === kind));
  return ours ? undefined : like[2];
}

/** The well-known tool a question names ({@link toolsSaidIn}, {@link WORD_NAMED_TOOL}), as typed, when no supplier's name or alias is it: a tool we do not use. */
export function wellKnownStranger(ctx: QaContext, question: string, named: readonly Supplier[] = []): string | undefined {
  const framed = WORD_NAMED_TOOL.exec(question);
  // "Pixieset is slow, can i just wetransfer them": the first well-known name that is none of ours.
  // A tool an entry says we moved from ("moved from Mindbody in 2025") is that entry's to answer, not one we never had.
  // Someone else's ("my neighbour's ring camera", "their dropbox") is theirs, not a tool we might take on.
  const known = toolsSaidIn(question)
    .filter(({ at, end }) => !SOMEONE_ELSES.test(question.slice(0, at)) && !ITS_RECORD.test(question.slice(end)))
    .map(({ name }) => name)
    .find((name) => !holdsNamed(ctx, name.toLowerCase()) && !holdsNamed(ctx, makerOf(name)) && !movedFrom(ctx.config.suppliers, name));
  const tool = known ?? framed?.[1] ?? framed?.[2] ?? framed?.[3] ?? framed?.[4] ?? likeNamedTool(ctx, question) ?? splitName(question);
  if (!tool || cameBy(question, tool)) return undefined;
  const folded = tool.toLowerCase();
  // A well-known name found above is already none of ours.
  return (!known && holdsNamed(ctx, folded)) || writtenInNamedEntry(named, folded) ? undefined : tool;
}

/**
 * Words no English word list holds that are no product's name either: "dont" and "theyre" typed without their apostrophe,
 * days, months and feasts, peoples, and chat shorthand. See {@link unlistedEveryday} for other words ending in "nt".
 */
const UNLISTED_EVERYDAY = /^(?:(?:do|does|did|is|are|was|were|has|have|had|can|could|would|should|must|might|need|ca|wo|ai|sha)nt|(?:i|you|we|they|he|she|it|that|what|where|who|there|here)(?:re|ve|ll|d|s|m)|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|january|february|march|april|june|july|august|september|october|november|december|christmas|xmas|easter|halloween|diwali|hanukkah|ramadan|american|americans|european|europeans|british|english|scottish|welsh|irish|australian|canadian|indian|chinese|german|french|spanish|italian|polish|dutch|lol|tbh|pls|plz|thx|gonna|wanna|gotta|dunno|innit|hiya|omg|btw|asap|fyi|tmrw|tomoz|ppl|ppls|gdpr|wifi|iphone|iphones|ipad|ipads|covid|selfie|selfies|insta|instagram|facebook|tiktok|youtube|twitter|snapchat|linkedin|pinterest|reddit)$/;

/**
 * True for a word no English word list holds that is no product's name either ({@link UNLISTED_EVERYDAY}), and for any other
 * word ending in "nt" (a slip or a name of a place or person) unless it is two English words run together, as products are
 * named ("freeagent").
 */
export function unlistedEveryday(token: string): boolean {
  return UNLISTED_EVERYDAY.test(token) || (/^[a-z]+nt$/.test(token) && !runTogether(token));
}

/** Two English words of three letters or more run together: "freeagent", "bookkeep". */
function runTogether(token: string): boolean {
  for (let at = 3; at <= token.length - 3; at++) if (isEnglishWord(token.slice(0, at)) && isEnglishWord(token.slice(at))) return true;
  return false;
}

/**
 * Where a product's name sits beside the words around it: after the word of using it or of where a thing is ("in
 * quickbooks", "are we on X", "using X", "uses X"), or before what is said of it ("X is easier", "an X account", "X instead").
 */
const PRODUCT_BEFORE = /^(?:via|through|thru|use|uses|using|used|try|trying)$/;

/**
 * "In" or "on" a product only after what is kept or done on it, or as "are we on": "my invoices in X", "the rota on X",
 * "put it in X", "do we do the payroll on X", "are we on X". A place is "in" or "on" after anything else ("the job in
 * Helston", "on site in Redruth").
 */
const KEPT_IN = /^(?:in|into|on|onto)$/;
const KEPT_THING = /^(?:invoices?|invoicing|bookkeeping|payroll|expenses?|books|accounts|logins?|passwords?|bookings?|rotas?|records?|notes?|files?|data|details|photos?|pics|orders?|payments?|receipts?|timesheets?|lists?|spreadsheets?|diary|diaries|forms?|quotes?|stock|mileage|contacts?|emails?|newsletters?|everything|stuff|it|them|this|that|we|all)$/;
const PRODUCT_AFTER = /^(?:account|accounts|login|logins|subscription|app|instead)$/;

/** What is said of a product weighed against ours: "X is easier", "X is way better" (a person "is a nightmare customer"). */
const BETTER = /^(?:easier|better|cheaper|simpler|quicker|faster|nicer|free|best)$/;

/** Whether the words after a token weigh it as a product: "is easier", "is way easier", "is much better", "(is X) any good". */
function weighedAsBetter(after: readonly string[]): boolean {
  return (after[0] === 'is' && (BETTER.test(after[1] ?? '') || BETTER.test(after[2] ?? ''))) || (after[0] === 'any' && after[1] === 'good');
}

/** Whether a word is a slip for a word of a supplier's name or alias, or the name run together ("pipedrve", "squarspace"): one of ours mistyped. */
export function slipForSupplier(ctx: QaContext, token: string): boolean {
  const allowed = token.length <= 5 ? 1 : 2;
  // An everyday word of an alias ("google calendar") is slipped by one letter ("calender"); two away ("calendy") is another word.
  const within = (p: string) => editDistance(token, p) <= (isEnglishWord(p) ? 1 : allowed);
  return ctx.config.suppliers.some((s) => [s.name, ...s.aliases].some((n) => {
    const parts = n.toLowerCase().split(/[^a-z0-9]+/).filter((p) => p.length >= 3);
    return [...parts, parts.join('')].some(within);
  }));
}

/**
 * A question about using a thing or having an account with it ("can we use…", "are we on…", "is it ok to do my invoices in…",
 * "wanted to log in"): only there is a strange word beside "in" or "on" a product, not a place a story passed through.
 */
// "We could do the rota in X, thoughts?": a change put to the others, as "can we do…" asks it.
const USE_ASKED = /\b(?:get us on|use|uses|using|used|log ?in|login|logins|accounts?|ok|okay|allowed|fine|alright|switch\w*|start\w*|move|moving|try|trying|are we on|do we have|do we do|do we keep|(?:can|could|should) (?:i|we) (?:just )?do|(?:we|i) (?:could|should|can) (?:just )?do|instead|easier|swears? by)\b/i;

/** The words before a product we are to be signed up to: "get us on instat" (not "put me on lates", a shift). */
function gotOn([before, whom, on]: string[]): boolean {
  return before === 'get' && whom === 'us' && on === 'on';
}

/** A word said before a person's surname ("mrs okafor"), never a product. */
const TITLE = /^(?:mr|mrs|ms|miss|dr|mx)$/;

/**
 * "Are we on quickbooks?", "lucy reckons quickbooks is easier, can we just start using that": a word beside the words
 * a product's name sits by that no English word list, no word of the firm's, no person or place has, and that is no
 * slip for an English word: a product we do not hold, as typed. Only words of four letters or more.
 */
function unlistedProduct(ctx: QaContext, question: string): string | undefined {
  if (!USE_ASKED.test(question) && !LEAVE_ASKED_AFTER.test(question)) return undefined;
  const tokens = question.toLowerCase().replace(/[’']s\b/g, '').replace(/[’']/g, '').split(/[^a-z0-9]+/).filter(Boolean);
  const people = peopleWords(ctx);
  for (const [i, token] of tokens.entries()) {
    const beside = PRODUCT_BEFORE.test(tokens[i - 1] ?? '') || gotOn(tokens.slice(Math.max(0, i - 3), i)) || (KEPT_IN.test(tokens[i - 1] ?? '') && KEPT_THING.test(tokens[i - 2] ?? '')) || PRODUCT_AFTER.test(tokens[i + 1] ?? '') || weighedAsBetter(tokens.slice(i + 1, i + 4));
    if (token.length < 4 || /\d/.test(token) || !beside) continue;
    if (TITLE.test(tokens[i - 1] ?? '') || unlistedEveryday(token) || COMMON_CAPITALS.has(token)) continue;
    const folded = words(token)[0];
    if (!folded || ctx.index.vocabulary.has(folded) || ctx.index.ordinaryWords.has(folded) || ctx.index.entriesUse(folded) || ctx.index.thesaurus.knows(token) || people.has(folded)) continue;
    if (isPlaceWord(token) || ctx.index.placesIn(token).length > 0 || slipForSupplier(ctx, token) || cameBy(question, token)) continue;
    // Between trying or using and "app" ("try jane app") a word is a product's name, however English; "use toms login" is a person's.
    // After "get us on" a word no dictionary holds is a name, though it is near one ("instat").
    const framed = (PRODUCT_BEFORE.test(tokens[i - 1] ?? '') && tokens[i + 1] === 'app') || (gotOn(tokens.slice(Math.max(0, i - 3), i)) && !isEnglishWord(token));
    if (!framed && (isEnglishWord(token) || isEnglishWord(token.replace(/e?s$/, '')) || isNearEnglishWord(token))) continue;
    return token;
  }
  return undefined;
}

/** An unlisted product a question asks after ({@link unlistedProduct}); not in a story told, unless leave is asked in it. */
export function productAsked(ctx: QaContext, q: Question): string | undefined {
  return q.whatToDo && !leaveAsked(q.text) ? undefined : unlistedProduct(ctx, q.text);
}

/** A name written as a web address: "booking.com", "deputy.co.uk". */
const WEB_NAME = /^[a-z0-9-]+\.(?:com|co\.uk|co|io|net|org|app|ai|uk)$/i;

/**
 * The tool a question asks the quality of ("thinking of switching rota apps, is Deputy GDPR
 * compliant?") when the register does not hold it, and no supplier is named by that word (a slip,
 * "is vetsoria gdpr compliant", names Vetstoria).
 */
export function askedAfterStranger(ctx: QaContext, question: string, named: readonly string[]): string | undefined {
  // "Where does Mailchimp keep our list?" beside the supplier we use for lists: the tool asked after is the stranger.
  const stranger = slotStranger(ctx, question, [NAME_SLOTS[0]!, ...QUALITY_SLOTS]);
  const nameWords = new Set(named.flatMap((n) => n.split(' ')));
  return stranger && !words(stranger).some((w) => nameWords.has(w)) ? stranger : undefined;
}

/**
 * "…scribbled it on a sticky note to run through later", "would google forms work for everyone's availability over xmas?": a slot's
 * last word that says when, not into what (a feast is a time, never a tool's name).
 */
const WHEN_WORD = /^(?:later|tomorrow|tonight|now|soon|afterwards|first|asap|yesterday|eventually|tmrw|tmw|christmas|xmas|easter|halloween|diwali|hanukkah|ramadan|eid)$/i;

/** A word in a name slot, as typed, when it is no supplier, register word, everyday word, person, place or pronoun. */
function strangerIn(ctx: QaContext, slotted: string | undefined): string | undefined {
  const { index } = ctx;
  const token = slotted?.replace(/[.&-]+$/, '');
  if (!token || token.length < 3) return undefined;
  // "Booking.com": a web address is a company's name, however everyday the word before its dot.
  if (WEB_NAME.test(token)) return token;
  const folded = words(token);
  if (folded.length !== 1) return undefined;
  const f = folded[0]!;
  const people = peopleWords(ctx);
  if (STOPWORDS.has(f) || QUESTION_WORDS.has(f) || COMMON_CAPITALS.has(token.toLowerCase()) || index.vocabulary.has(f) || index.ordinaryWords.has(f) || index.entriesUse(f) || index.thesaurus.knows(token) || people.has(f)) return undefined;
  if (/^(EU|UK|US)$/.test(regionCode(token)) || regionsIn(folded, token).length || isPlaceWord(token) || index.placesIn(token).length) return undefined;
  if (PERSON_WORD.test(token) || /^(it|they|them|this|that|these|those|me|us|people|we|you|data|everything|anything|something|nothing|staff|cloud|email|remote|online|too|also|instead|again|anyway)$/i.test(token)) return undefined;
  if (WHEN_WORD.test(token)) return undefined;
  return token;
}

/** Everyday words no supplier is named (a name is never "everything backed up" or "paper"), as folded. */
const EVERYDAY = new Set(
  ('everything anything nothing something everyone anyone nobody backed paper printed physical properly correctly ok fine enough ' +
    'right allowed able really actually still already yet ever never always good bad best worst up down out off over back').split(' ').map(stem),
);

/** "Haven't", "don't", "isn't": a negated helping verb, whose stem split at its apostrophe ("haven") is never a name. */
const NEGATED_VERB = /\b[a-z]+n[’']t\b/gi;

/**
 * An English word typed as a word, not a name ("controller", "contractor", "job", "cloud"): no product we do not know. A short
 * product's name may be one ("sage", "zoom"), and so may any word written with a capital inside a sentence ("is Procreate ok?").
 */
function longEnglishWord(token: string, at: number): boolean {
  if (at > 0 && /^[A-Z]/.test(token)) return false;
  const word = token.toLowerCase();
  return (token.length >= 7 || !WORD_NAMED_PRODUCTS.has(word.replace(/s$/, ''))) && isEnglishWord(word);
}

/** Products named by a short English word that staff type in lower case ("do we have a dpa with sage", "zooms gdpr status"). */
export const WORD_NAMED_PRODUCTS: ReadonlySet<string> = new Set('sage zoom slack teams team notion monday square nest ring blink signal otter bear things box wave canvas trello asana miro loom jotform typeform'.split(' '));

/** "Do we have antivirus?", "do we use a password manager?": a kind of thing asked after by name, which the register may not hold. */
const HAVE_THING_ASKED = /^\s*(?:do|does|did) (?:we|i|the (?:company|firm|business|office|shop)) (?:have|use|got|pay for|run)\b/i;

/** The words of a question that could be a supplier's name we do not know, as typed. */
export function unknownName(ctx: QaContext, question: string): string | undefined {
  const { index } = ctx;
  const raw = question.replace(CERTIFICATIONS, ' ').replace(NEGATED_VERB, ' ').replace(/[’']s\b/g, '').split(/[^A-Za-z0-9.&-]+/).filter(Boolean);
  const thingAsked = HAVE_THING_ASKED.test(question);
  const kept = raw.filter((token, at) => {
    const folded = stem(token.toLowerCase().replace(/[.&-]/g, ''));
    if (!thingAsked && longEnglishWord(token, at)) return false;
    // A slip of an everyday word typed in lower case ("invoces", "recpts") is that word, not a name.
    if (token.length >= 6 && token === token.toLowerCase() && isNearEnglishWord(token)) return false;
    return folded.length > 1 && !PUBLIC_BODIES.has(token.toLowerCase()) && !CALENDAR_WORDS.has(token.toLowerCase()) && !STOPWORDS.has(folded) && !QUESTION_WORDS.has(folded) && !EVERYDAY.has(folded) && !/[a-z]{3}ly$/.test(folded) && !index.vocabulary.has(folded) && !index.ordinaryWords.has(folded) && !index.thesaurus.knows(token) && !regionCode(token).match(/^(EU|UK|US)$/);
  });
  return kept.length > 0 && kept.length <= 3 ? kept.join(' ') : undefined;
}

/** "I can't find X in our register", when a supplier question names one we do not hold. */
export function unknownSupplier(ctx: QaContext, name: string): QaAnswer {
  return reply('unknown-supplier', `I can't find ${name} in our register. Please ask ${ctx.contact}.`);
}

/** The answer when nothing scored well enough: an unknown supplier if one is named, else "don't know". */
export function notFound(ctx: QaContext, intent: Intent, question: string): QaAnswer {
  const forPurpose = /\bfor (?:the |our )?([a-z][a-z -]{2,40}?)\??$/i.exec(question.trim());
  if (intent === 'purpose' && forPurpose && !/\bdo we use\b [A-Z]/.test(question)) {
    return reply('unknown-supplier', `I can't find a supplier we use for ${forPurpose[1]!.trim()} in our register. Please ask ${ctx.contact}.`);
  }
  const name = SUPPLIER_QUESTIONS.includes(intent) && !asksWhatToDo(question) ? unknownName(ctx, question) : undefined;
  if (name) return unknownSupplier(ctx, name);
  // No supplier is named in a "don't know": a name beside an off-topic question reads as an answer.
  return reply('unknown', `Sorry, I don't know how to answer that from our register or policies. ${GENERIC_EXAMPLES} Anything else: ask ${ctx.contact}.`);
}

/** What to ask instead, in words that fit any firm and name no supplier. */
const GENERIC_EXAMPLES =
  'Ask me about a supplier by name (where it stores our data, how long it keeps it, whether its GDPR statement is on file, who looks after it), about which suppliers hold some kind of data, or about what our policies say.';

export { SUPPLIER_QUESTIONS };
