// Things of ours lost, or papers to deal with, and what the staff member would put off: a loss whose telling or look is put off, a device not
// where it is kept, a form or a written worry put off to another day, a tool's job failing, papers typed up, piled up or in hand. The one
// policy sentence that rules on it answers, found by what it says, never by a firm's policy id. Read in the seventieth round.
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { YOUNG_ONE } from './children.ts';
import { lossPolicyNaming, policiesSaying, quotedWith, theOnly, toldOfThingThenSaid, toldThenSaid } from '../quoted-policies.ts';

/** The things of ours a story tells lost, as it names them. */
const LOST_THINGS = String.raw`(laptops?|phones?|mobiles?|tablets?|ipads?|folders?|files?|papers?|paperwork|notes|notebooks?|diary|bags?|case|usb|memory stick|keys?|forms?|records?|documents?|devices?)`;

/**
 * Something of ours lost, and whether to wait before telling anyone: "I think I left a folder of Form F notes on the bus?? it might get
 * handed in to lost property, should I wait till tomorrow before saying anything".
 */
const WAIT_AFTER_LOSS_TOLD = new RegExp(
  String.raw`^(?=.*(?:^\s*(?:lost|left|dropped)\s+(?:the|my|our)\b|\b(?:i|we|he|she|they)\s+(?:(?:think|reckon)\s+(?:i|we|he|she|they)\s+)?(?:might\s+have\s+|may\s+have\s+|must\s+have\s+|have\s+|['’]ve\s+)?(?:left|lost|dropped|mislaid)\b(?![^.?!]{0,30}\bwith\s+(?:me|us)\b)|\b(?:can['’]?t|cannot|couldn['’]?t)\s+find\b|\b(?:has|have)\s+gone\s+missing\b|\b(?:is|are)\s+missing\b(?!\s+(?:some|a|an|the|one|two|its|their|his|her)\b)))(?=.*\b${LOST_THINGS}\b)(?=.*\b(?:should|shall|can|could|do|ok if|okay if)\s+(?:i|we)\s+(?:just\s+)?(?:wait|hang on|hold off|leave it)\b|.*\bwait\s+(?:till|until|and see|to see)\b)`,
  'i',
);

/** A policy sentence not to wait to see whether a lost thing turns up. */
const DO_NOT_WAIT_SAID = /\b(?:do not|don['’]t|never)\s+wait\b[^.;]*\b(?:turns? up|found|comes? back|reappears?|handed in)\b/i;

/** The thing lost, as the story names it ({@link LOST_THINGS}). */
const THING_LOST = new RegExp(String.raw`\b${LOST_THINGS}\b`, 'i');

/**
 * Something of ours lost, waiting asked: the one policy sentence not to wait for it to turn up, else the one policy on losses that names
 * the thing as lost ("van phone is gone, think i left it on the number 7 last night. should i wait and see if someone hands it in"), not
 * another policy that says to tell of something missing at once (a member missing, a gate code).
 */
export function waitAfterLossAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!WAIT_AFTER_LOSS_TOLD.test(question)) return undefined;
  const thing = THING_LOST.exec(question)?.[1];
  return theOnly(policiesSaying(ctx, DO_NOT_WAIT_SAID)) ?? (thing ? lossPolicyNaming(ctx, thing) : undefined);
}

/**
 * Paper notes typed or scanned in, and what to do with the paper asked: "typed up my notes from yesterday's home visit, what do I do with
 * the handwritten pages now?".
 */
const PAPER_ONCE_TYPED_TOLD =
  /\b(?:typed|scanned|copied|entered|uploaded|put)\s+(?:up\s+|in\s+)?(?:my|the|our|all|all my|all the)?\s*(?:[\w'’-]+\s+){0,3}?(?:notes|forms?|sheets?|pages|papers?|paperwork)\b[^?]*\b(?:what (?:do|should|shall) (?:i|we) do with|where do(?:es)? (?:the|my|these|those) \w+(?: \w+)? go|can (?:i|we) (?:bin|chuck|throw|recycle)|do (?:i|we) (?:keep|shred|bin|chuck))\b/i;

/** A policy sentence that papers, once typed or scanned in, are shredded or put in the confidential waste. */
const SHREDDED_ONCE_TYPED_SAID = /\b(?:typed|scanned|entered|uploaded)\b[^.;]*\b(?:then|and then|afterwards|after that)\b[^.;]*\b(?:shred\w*|destroy\w*|confidential waste|console)\b/i;

export const paperOnceTypedAnswer = toldThenSaid(PAPER_ONCE_TYPED_TOLD, SHREDDED_ONCE_TYPED_SAID);

/**
 * A job one of our tools does failing: "trade in handset wont wipe, blancco fails every time". The one policy keyed on that job failing
 * ("failed wipe"), though the story names the tool by its own name.
 */
const JOB_FAILS_TOLD =
  /\b(?:won['’]?t|wont|will not|doesn['’]?t|does not|can['’]?t|cannot|couldn['’]?t|isn['’]?t)\s+(wip(?:e|ing)|eras(?:e|ing)|sync(?:ing)?|back(?:ing)? ?up|restor(?:e|ing))\b|\b(?:fails?|failing|failed)\s+to\s+(wipe|erase|sync|back ?up|restore)\b/i;

export function jobFailsAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const found = JOB_FAILS_TOLD.exec(question);
  if (!found) return undefined;
  // The job's root, as a keyword says it: "wiping" is "wip(e)", "backing up" "back(ing)? up".
  const root = (found[1] ?? found[2]!).toLowerCase().replace(/ing\b/, '').replace(/e$/, '').replace(/\s+/g, ' ?').replace(/^(?:wip|eras)$/, '(?:wip|eras)');
  const failed = new RegExp(String.raw`\bfail(?:ed|s|ing|ure)?\s+(?:to\s+)?${root}`, 'i');
  return theOnly(ctx.config.policies.filter((p) => p.keywords.some((k) => failed.test(k))));
}

/**
 * A pile of signed paper forms, what to do with them asked: "there's a big pile of signed paper vet authorisation forms in the tray from the
 * last 2 months. what am I supposed to do with them". The one policy sentence that says such papers are scanned or shredded, and names them;
 * tried before the rule on where papers lie ("a pile of signed consent forms in the van": the sentence on consent forms, not on the van).
 */
const PAPER_PILE_TOLD =
  /\b(?:pile|stack|heap|load|bunch|box|folder|tray|drawer)\s+of\s+(?!(?:blank|empty|unused|spare|new)\b)(?:(?:signed|paper|old|completed|filled[- ]in|hand-?written)\s+)*(?:(?:[\w'’-]+\s+)??([\w'’-]+)\s+(?:forms?|sheets?|papers?|authori[sz]ations?|declarations?|consents?)|(forms?|sheets?|papers?|authori[sz]ations?|declarations?|consents?))\b[^?]*\bwhat\b[^?]*\b(?:do|supposed|should|happens)\b/i;

/** A policy sentence that papers are scanned or shredded. */
const SCANNED_OR_SHREDDED_SAID = /\b(?:scanned|shredded)\b/i;

/**
 * The one sentence that names the papers by the word that says what they are ("fabric sample sheets" are samples, "vet authorisation
 * forms" authorisations), or by the paper itself where no word says: the pattern captures the one or the other.
 */
export const paperPileAnswer = toldOfThingThenSaid(PAPER_PILE_TOLD, SCANNED_OR_SHREDDED_SAID);

/**
 * A paper in hand, what to do with it asked: "Practice in Liskeard doesn't do the app, so our nurse has a paper sheet they've signed. what
 * do I do with it", "got a few pages of handwritten interview notes from this mornings interview, what do I do with the paper". The one policy sentence that says what becomes of such papers, and names them ("Paper timesheets … are photographed and
 * uploaded the same day").
 */
const PAPER_IN_HAND_TOLD =
  /^(?!.*\b(?:rota|menu|printer|poster|noticeboard|timetable|wall ?charts?|sign[- ]?up|parking permit)\b).*\b(?:(?:a|the|this|that)\s+paper|handwritten|hand-written)\s+(?:[\w'’-]+\s+){0,2}?(sheets?|forms?|timesheets?|cop(?:y|ies)|declarations?|consents?|registers?|notes)\b[^?]*\b(?:what\s+(?:do|should|shall|am)\s+(?:i|we)\s+(?:supposed to\s+)?do\s+with|where\s+(?:does|do|should)\s+(?:it|they|that|this|the\s+\w+)\s+go)\b/i;

/** A policy sentence on what becomes of paper: scanned, photographed, uploaded or shredded. */
const PAPER_FATE_SAID = /\bpaper\b[^.;]*\b(?:scanned|photographed|uploaded|shredded)\b/i;

/** A sentence on what becomes of all paper, naming no one kind: "Paper is scanned into Semble the same day". */
const ALL_PAPER_FATE_SAID = /^\s*(?:all\s+|any\s+)?paper(?:work)?\s+(?:is|gets|must be)\s+(?:scanned|photographed|uploaded|shredded)\b/i;

/** One we serve who filled a paper in: "patient filled in the paper form at the desk", "worker did the paper health questionnaire". */
const FILLED_IN_BY_ONE_WE_SERVE = /\b(?:patients?|clients?|customers?|residents?|members?|guests?|workers?|parents?|pupils?|students?|tenants?|participants?|donors?|applicants?|visitors?)\s+(?:has\s+|have\s+|just\s+)?(?:filled|completed|signed|did|wrote|done)\b/i;

const paperOfKindInHand = toldOfThingThenSaid(PAPER_IN_HAND_TOLD, PAPER_FATE_SAID);

/** A paper in hand: the sentence on that kind of paper, else the one on all paper ("where does it go after?" of a form filled in at the desk). */
export function paperInHandAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const ofKind = paperOfKindInHand(ctx, question);
  if (ofKind) return ofKind;
  // All paper's fate only for one we serve's paper, filled in ("patient filled in the paper form"), not printer paper or a party menu.
  return PAPER_IN_HAND_TOLD.test(question) && FILLED_IN_BY_ONE_WE_SERVE.test(question) ? theOnly(policiesSaying(ctx, ALL_PAPER_FATE_SAID)) : undefined;
}

/**
 * Work put on paper asked leave for, to be typed in later: "can i scribble them on a notepad at home tonight and type them into lamplight
 * monday?", "ok to jot the client's details down on paper and put them on the system tomorrow?". The one policy sentence that says client
 * details are never written on paper answers, whatever the story's system or shift; only people's details, notes or calls (not "the rota").
 */
const ON_PAPER_ASKED =
  /\b(?:can|could|should|shall|ok to|okay to|alright to|fine to|is it ok(?:ay)? (?:if|to))\s+(?:i\s+|we\s+)?(?:just\s+)?(?:scribble|jot|write|note)\s+(?:them|these|those|(?:my|the)\s+(?:[\w-]+\s+)?notes|notes|(?:the|my)\s+calls|(?:their|the\s+client['’]?s|the\s+caller['’]?s|his|her)\s+(?:details|notes|number|address))\s+(?:down\s+)?(?:on|in|into)\s+(?:a\s+|my\s+|some\s+|the\s+)?(?:notepad|note ?book|paper|piece of paper|pad|post-?its?|scrap of paper)\b/i;

/** A policy sentence that people's details are never written on paper: "never print, write client details on paper" (not a code's rule). */
const NEVER_ON_PAPER_SAID = /^(?=[^.;]*\b(?:details|notes|names?|information|clients?|customers?|patients?|members?|callers?)\b)[^.;]*\b(?:never|do not|don['’]t|not)\b[^.;]*\bwrite\b[^.;]*\bon paper\b/i;

/** The typing-in put off to another day: "type them into lamplight monday", "put them on the system tomorrow". */
const TYPING_PUT_OFF = /\b(?:type|put|add|enter|copy|write)\s+(?:them|it|these|those)\s+(?:up\s+)?(?:in|into|onto|on|over)\b[^.?!]{0,30}?\b(?:tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next (?:shift|week|time)|later|in the morning|after the weekend)\b/i;

/** A policy sentence on when a record must be written: "by the end of the same shift", "before the end of your shift". */
const WRITTEN_BY_SHIFT_END_SAID = /\b(?:by|before)\s+the\s+end\s+of\s+(?:the\s+same|the|your|their|each)\s+(?:shift|day|visit|session)\b/i;

/** The same, of every record written: "Record every call, chat and session in Lamplight by the end of the same shift". */
const EVERY_RECORD_BY_SHIFT_END_SAID = new RegExp(String.raw`^(?=.*\b(?:every|all|each)\b)(?=.*\b(?:record|write|written|notes?|log)\w*)(?=.*${WRITTEN_BY_SHIFT_END_SAID.source})`, 'i');

const neverOnPaper = toldThenSaid(ON_PAPER_ASKED, NEVER_ON_PAPER_SAID);

/**
 * Work put on paper asked leave for: the sentence that says never on paper; where the typing-in is put off to another day too, the one
 * policy that says by when it is written goes first (both rules are broken by the plan).
 */
export function notesOnPaperAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const paper = neverOnPaper(ctx, question);
  if (!paper || !TYPING_PUT_OFF.test(question)) return paper;
  // The sentence that rules on every record ("Record every call, chat and session … by the end of the same shift"), not on one kind
  // ("Record the risk assessment … before the end of your shift", "Any incident on the bus … before the end of the day").
  const byWhen = policiesSaying(ctx, EVERY_RECORD_BY_SHIFT_END_SAID);
  return byWhen.length === 1 ? quotedWith(ctx, paper, byWhen[0]!, 'before') : paper;
}

/**
 * A device of ours not found where it is kept, the look put off: "So reader TC5 wasn't in the box when we packed down at Harbourside Fest
 * last night. Probably in one of the crates somewhere, I'll have a proper look Monday". The one policy sentence on that thing gone missing.
 */
const DEVICE_NOT_IN_PLACE_TOLD =
  /^(?!.*\b(?:left|lost|stolen|nicked|dropped|forgot|because|took it|taken it|has it|have it|got it)\b).*\b((?:card\s+)?readers?|tablets?|ipads?|phones?|laptops?|radios?|scanners?|card machines?|terminals?|handsets?|cameras?)\b[^.?!]{0,30}?\b(?:wasn['’]?t|was not|isn['’]?t|is not|weren['’]?t|were not|not)\s+(?:in|back in|on|at)\s+(?:the|its|their|my|our)\s+(?:[\w-]+\s+)?(?:box|bag|case|crate|van|kit|drawer|charger|dock|cabinet|safe|cupboard|tray)\b/i;

/** A policy sentence on such a thing gone missing: "If a reader or bar tablet goes missing, tell the bar manager … within one hour". */
const GONE_MISSING_SAID = /\b(?:goes|go|went|is|are)\s+missing\b/i;

export const deviceNotInPlaceAnswer = toldOfThingThenSaid(DEVICE_NOT_IN_PLACE_TOLD, GONE_MISSING_SAID);

/**
 * A thing of ours missing, and the look or the telling put off: "the work phone's not in the van door pocket. prob just dropped it
 * somewhere, I'll have a proper look when I'm done", "think the key for the Askern unit fell out my pocket … gonna come back in daylight
 * tomorrow and look before I say anything", "one of the ipads wasn't in the cabinet … I'll keep looking till friday before I make a fuss". The loss
 * policy whose sentence names that thing as missing.
 */
const KIT_WORD = /\b(phones?|mobiles?|keys?|cameras?|body ?cams?|laptops?|tablets?|ipads?|radios?|readers?|fobs?|handsets?|handhelds?)\b/i;
const LOOK_PUT_OFF_TOLD =
  /^(?=.*(?:\b(?:not in|isn['’]t in|wasn['’]t in|fell out|lost|can['’]?t find)\b|\b(?:dropped|left) (?:it|them) (?:somewhere|some ?where)\b|\b(?:must|might|may) have dropped\b|\b(?:is|are|went|gone|has gone)\s+missing\b(?!\s+(?:its|a|an|the|some|one)\b)|\bmissing from\b))(?=.*\b(?:i['’]?ll|i will|gonna|going to|i['’]m going to)\s+(?:just\s+)?(?:have\s+a\s+(?:proper\s+|good\s+)?look|look|come back|check|search|go back)\b|.*\bbefore i (?:say|tell|make a fuss|raise it|report it)\b)/i;

export function lookPutOffAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const thing = KIT_WORD.exec(question)?.[1];
  return thing && LOOK_PUT_OFF_TOLD.test(question) ? lossPolicyNaming(ctx, thing.replace(/\s+/g, ' ')) : undefined;
}

/**
 * A form a place needs before the first day, put off: "new girl Poppy is booked from tomorrow, mum says she'll fill in the medical bits at
 * drop off". The one sentence that says no form, no place.
 */
const FORM_PUT_OFF_TOLD =
  /\b(?:fill|do|complete|bring|sort)\s+(?:in\s+|out\s+)?(?:the\s+)?(?:medical|allergy|health)\s+(?:bits|forms?|details|stuff|questions)\b[^.?!]{0,20}?\b(?:at|on|when|later|tomorrow|next)\b/i;
const NO_FORM_NO_PLACE_SAID = /\bno form,? no (?:place|entry|start|session|booking)\b|\bneeds? a completed\b[^.;]*\bform\b[^.;]*\bbefore (?:their|the|his|her) first\b/i;

export const formPutOffAnswer = toldThenSaid(FORM_PUT_OFF_TOLD, NO_FORM_NO_PLACE_SAID);

/**
 * One under 18 to start today, the consent form put off: "a girl of about 14 has just turned up at practice wanting to learn … can we get
 * her on a rope tonight and sort the paperwork later?". The one sentence that the young join only with that form.
 */
const YOUNG_FORM_LATER_TOLD = new RegExp(
  String.raw`^(?=.*(?:${YOUNG_ONE.source}|\b(?:girl|boy|lad|lass|kid|child)\s+of\s+(?:about\s+|around\s+)?(?:[5-9]|1[0-7])\b))` +
    String.raw`.*\b(?:sort|do|fill(?:\s+(?:in|out))?|sign|get|complete)\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:paperwork|consent(?:\s+forms?)?|(?:joining|registration|parental|medical|enrolment|membership)\s+forms?)\s+(?:(?:in|out)\s+)?(?:later|after|afterwards|next (?:time|week)|another (?:time|day))\b`,
  'i',
);
const JOINS_ONLY_WITH_FORM_SAID = /\b(?:joins?|starts?|rings?|trains?|comes?|takes? part|plays?)\s+only\s+with\b[^.;]*\b(?:form|consent)\b/i;

export const youngFormLaterAnswer = toldThenSaid(YOUNG_FORM_LATER_TOLD, JOINS_ONLY_WITH_FORM_SAID);

/**
 * A worry about a child written down, its handing on put off: "a boy in my group said something a bit worrying about home … I've written it
 * down on the form. marcus has gone for the day, can I just hand it to him tomorrow morning?".
 */
const CONCERN_PUT_OFF_TOLD =
  /^(?=.*\b(?:said|told me|mentioned|disclosed|let slip)\s+(?:something|some stuff|things?)\b[^.?!]{0,40}?\b(?:worrying|concerning|odd|strange|about (?:home|his dad|her dad|his mum|her mum))\b)(?=.*\b(?:hand|give|pass|take)\s+(?:it|the form|this)\s+(?:to\s+\w+\s+)?(?:over\s+)?(?:tomorrow|later|next|in the morning|on (?:mon|tues|wednes|thurs|fri)day|when (?:he|she)['’]?s back)\b)/i;
const BEFORE_CHILD_HOME_SAID = /\bbefore the (?:child|young person|pupil) goes home\b/i;

export const concernPutOffAnswer = toldThenSaid(CONCERN_PUT_OFF_TOLD, BEFORE_CHILD_HOME_SAID);

/**
 * Papers found kept where nothing is to be kept: "found a pile of donor copies of ccfs in my desk drawer from last month, what do I do with
 * them". The one policy sentence that nothing is kept there, and names the place ("nothing is kept in desk drawers or vans").
 */
const PAPERS_KEPT_THERE_TOLD =
  /\b(?:pile|stack|heap|load|bunch|box|folder|few|lot|lots|some|bundle)\s+of\s+[^.?!]{0,40}?\b(?:forms?|ccfs?|papers?|paperwork|sheets?|copies|notes|records?|files?|letters?)\b[^.?!]{0,40}?\bin\s+(?:my|the|our|his|her|their|a)\s+(?:desk\s+|car\s+|van\s+|bedside\s+)?(drawer|van|car|locker|glovebox|bag|house|home|boot|shed|garage)s?\b[^?]*\bwhat\b/i;

/** A policy sentence that nothing is kept somewhere. */
const NOTHING_KEPT_THERE_SAID = /\b(?:nothing|no (?:papers?|forms?|records?|paperwork|files?))\b[^.;]*\b(?:kept|left|stored)\b|\bnever\s+(?:kept|left|stored|keep|leave|store)\b/i;

export const papersKeptThereAnswer = toldOfThingThenSaid(PAPERS_KEPT_THERE_TOLD, NOTHING_KEPT_THERE_SAID);
