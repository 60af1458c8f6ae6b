// Everyday work told as a situation: backups, collecting without proof, debts handed on, a work vehicle on a private trip, someone hurt.
import { sentence } from '../fields.ts';
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { notFound } from '../unknown.ts';
import { policiesByTitle, policiesSaying, policiesSayingWhole, theOneTitled, theOnly, theOnlyPreferring, theOnlySaying, toldThenSaid } from '../quoted-policies.ts';
import { escapeRegExp } from '../text.ts';

/**
 * Something of ours deleted or overwritten, asked back: "deleted the rota by accident, can we get it back?".
 * Not "lost": a lost phone or laptop asked back is a breach to report, not a file to restore.
 */
const LOST_WORK_BACK = /\b(?:deleted|overwrote|overwritten|saved over|wiped)\b.*\b(?:get (?:it|them|that|this) back|recover (?:it|them)|restore (?:it|them)|bring (?:it|them) back|undo (?:it|that))\b|\b(?:deleted|overwrote|overwritten|saved over|wiped)\s+(?:a|an|the|my|our|his|her|their|all|some|a whole|the whole)\b[^.?!]{0,50}?\b(?:files?|folders?|documents?|docs?|spreadsheets?|artwork|drawings?|work|projects?|photos?|emails?)\b[^.?!]{0,30}?\b(?:by mistake|by accident|accidentally)\b|\baccidentally\s+(?:deleted|wiped|overwrote|saved over)\s+(?:a|an|the|my|our|his|her|their|all|some|a whole|the whole)\b[^.?!]{0,40}?\b(?:files?|folders?|documents?|docs?|spreadsheets?|artwork|drawings?|work|projects?|photos?|emails?)\b/i;

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

/** A policy on backups, by its title: "Backups", "Backing up the studio files". */
const BACKUPS_TITLE = /\bback ?ups?\b|\bbacking up\b/i;

/**
 * A file deleted by mistake and asked back, a backup gone wrong, or where the backup drive is kept:
 * the firm's one backups policy (what is kept, whom to tell, where the drive lives), not the
 * supplier whose entry holds the thing, the retention period or only whom to ask.
 */
export function backupsAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const ofOurFiles = question.replace(SPARE_BACKUP, ' ');
  if (![LOST_WORK_BACK, BACKUP_TROUBLE, BACKUP_DRIVE_WHERE, SAVED_SAFE_WHERE].some((told) => told.test(ofOurFiles))) return undefined;
  // By title alone: a keyword "backup" is as often copying a memory card as getting a lost file back.
  return theOnly(policiesByTitle(ctx, BACKUPS_TITLE));
}

/**
 * A system or computer of ours down, told: "the booking system won't load", "office laptop won't turn on", "the website's gone down",
 * "the PC has crashed". The word before the trouble is the thing (see {@link downThing}): a van that won't start is no system.
 */
const SYSTEM_DOWN = /\s+(?:won['’]?t|wont|will not|can['’]?t|cant|doesn['’]?t|isn['’]?t|is not)\s+(?:load|open|start(?: up)?|turn on|boot(?: up)?|switch on|come on|connect|sync)\b|\s+(?:is|['’]s|are|went|has gone|have gone|keeps going|keeps crashing)\s+down\b|\s+(?:has\s+|have\s+|just\s+)?(?:crashed|died)\b/i;

/**
 * A computer dead, told: "reception pc is completely dead", "the server's packed up". Said of a tablet or phone as often of its
 * battery ("ipad is dead, can I use my own phone?"), so a system down only where our work is asked after too.
 */
const MACHINE_DEAD = /\s+(?:is|['’]s|are|has|have)\s+(?:completely\s+|totally\s+|just\s+)?(?:dead|packed up|packed in|fried)\b/i;

/** A computer or system by its kind: "laptop", "the booking system", "the website". */
const SYSTEM_THING = /\b(?:laptops?|computers?|pcs?|macs?|desktops?|servers?|systems?|software|apps?|website|site|till|ipads?|tablets?|internet|wi-?fi|broadband|network|e-?mails?|inbox|diary|portal)\s*$/i;

/** The words before a system's trouble name a computer or system, or one of our suppliers by name ("Cliniko won't load"). */
function downThing(ctx: QaContext, question: string, down: RegExp = SYSTEM_DOWN): boolean {
  const at = down.exec(question);
  if (!at) return false;
  const before = question.slice(0, at.index).toLowerCase();
  // A card reader or machine that won't turn on is a gadget to charge, not a system down, whatever supplier it is named for.
  if (/\b(?:readers?|machines?|terminals?|printers?)\s*$/i.test(before)) return false;
  const named = ctx.config.suppliers.some((s) => [s.name, ...(s.aliases ?? [])].some((n) => n.length > 2 && before.endsWith(n.toLowerCase())));
  return named || SYSTEM_THING.test(before);
}

/** Whether our work is lost, asked: "have we lost all the drawings?", "is everything gone?", "are we starting from scratch?". */
const WORK_LOST_ASKED = /\bstart(?:ing)? (?:again |all over )?from scratch\b|\bhave (?:we|i) lost\b|\b(?:lost|gone)\s+(?:all|everything)\b|\bis (?:it|everything|all) (?:all )?gone\b|\b(?:get|got) (?:it|them|everything) back\b/i;

/** A backups policy whose title says it covers systems down: "Backups and when systems are down", "Outages". */
const DOWN_IN_TITLE = /\bdown\b|\boutages?\b|\boffline\b|\bnot working\b|\bcontinuity\b/i;

/**
 * A system down told, with our work asked after or a backups policy that covers systems down: that backups policy (the paper
 * fallback, whom to call, what is kept), not the supplier's entry. A system down and nothing asked of a policy on files is the
 * supplier's or its IT firm's matter.
 */
export function systemDownAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const workAsked = WORK_LOST_ASKED.test(question);
  if (!downThing(ctx, question) && !(workAsked && downThing(ctx, question, MACHINE_DEAD))) return undefined;
  const backups = policiesByTitle(ctx, BACKUPS_TITLE);
  return theOnly(workAsked ? backups : backups.filter((p) => DOWN_IN_TITLE.test(p.title)));
}

/**
 * Someone come to collect without what proves it is theirs: "he's picking up his wife's car but hasn't got the booking ref",
 * "a woman is here for a parcel with no ID", "he hasn't got anything from her in writing", "has no note from her".
 */
const COLLECTING_WITHOUT_PROOF = /\b(?:collect|collects|collecting|pick(?:s|ing)? up|here for|come for|came for|come in for|came in for|come to get|came to get)\b.*\b(?:(?:has|have|had)(?:n'?t| not) got|hasnt got|havent got|without|no|doesn'?t have|doesnt have|didn'?t bring|didnt bring|forgot|can'?t find|cant find)\s+(?:the\s+|a\s+|an\s+|any\s+|his\s+|her\s+|their\s+)?(?:booking\s+)?(?:ref|reference|ticket|receipt|id|proof|password|code|pin|collection code|booking number|job number|ticket number)\b|\b(?:collect|collects|collecting|pick(?:s|ing)? up|here for|come for|came for|come to get|came to get)\b.*\b(?:(?:has|have|had)(?:n'?t| not) got|hasnt got|havent got|without|nothing|(?:has|have|had) no|no|doesn'?t have|doesnt have|didn'?t bring|didnt bring)\s+(?:(?:anything|nothing|it|permission|authority)\s+)?(?:from\s+(?:her|him|them)\s+)?(?:in writing|written (?:authority|permission|consent)|(?:a\s+)?(?:signed\s+)?(?:note|letter|message) from)\b/i;

/** A policy sentence that hands over only on proof: "Hand a key back only to someone who gives the booking reference…", "they need the ticket". */
const HANDS_OVER_ON_PROOF = /\b(?:they|you|he|she) (?:need|needs|must have|must bring|must show) the (?:ticket|receipt|reference|ref|collection code)\b|\b(?:hand|give|release|let|collect|pick up)\w*\b[^.]*\bonly\b[^.]*\b(?:reference|ref|ticket|receipt|id|password|code|in writing|written authority)\b|\bonly\b[^.]*\b(?:hand|give|release|collect|pick up|visit)\w*\b[^.]*\b(?:reference|ref|ticket|receipt|id|password|code|in writing)\b/i;

/**
 * Someone not on a child's or customer's list, at the door to collect: "man at the door says he's ruby's uncle, he's not on her list", "a
 * man's come to get Antek, says he's his uncle but he's not on the form" (a form only with one come for a child: "her daughter's not on the
 * consent form but she wants her in the photos" is no collection), "kubas step dad turned up for him, hes not on the collection sheet".
 */
const NOT_ON_THE_LIST = /^(?=.*\b(?:collect\w*|pick(?:ing|s)? (?:up|him|her|them)|get(?:ting)? (?:him|her|them|[a-z]+)\b|uncle|aunt\w*|grand\w+|nan|gran|step\w+|dad|mum|father|mother|girlfriend|boyfriend|childminder)\b).*\b(?:at the (?:door|gate|front)|here|came in|turned up|come to (?:collect|pick up|get))\b.*\b(?:not|isn['’]?t|is not|aren['’]?t) on\s+(?:the|her|his|their)\s+(?:collection\s+|pick[- ]?up\s+)?list\b|\b(?:come|came|here|turned up|waiting)\s+(?:to\s+(?:get|collect|pick up|take|fetch)\s+|for\s+)(?:him|her|them|(?!(?:the|a|an|his|her|their|my|our|some|your)\b)[a-z]+)\b(?!['’])[^.?!]*\b(?:not|isn['’]?t|is not|aren['’]?t)\s+(?:on|named on)\s+(?:the|her|his|their)\s+(?:collection\s+|pick-?up\s+|enrolment\s+)?(?:list|form|sheet)\b|\bnot (?:on|named on)\s+(?:the|her|his|their)\s+(?:collection|pick-?up)\s+(?:list|form|sheet)\b/i;

/** A policy titled on collecting children: "Collecting children", "Collections, authorised adults and the school run", "Pick-ups". */
const COLLECTION_TITLE = /\bcollect\w*\b.*\b(?:child|children|kids?|pupils?|little ones?|authori[sz]ed adults?|school run)\b|\b(?:child|children|kids?|pupils?|home time)\b.*\bcollect\w*|\bpick[- ]?ups?\b|\bcollection (?:passwords?|lists?)\b/i;

/**
 * Someone we do not know come to take a child home: "bloke turned up saying hes jayden's uncle and he's here to take him home. hes
 * not someone ive seen before", "an uncle turned up to take two of the juniors home, i don't think he's on their form", "a man i've never
 * seen has turned up to get maisie, says he's her uncle".
 */
const STRANGER_COLLECTING = /^(?=.*\b(?:(?:turned up|come|came|here)\s+to\s+(?:get|collect|take|pick up|fetch)\s+(?:him|her|them|(?!(?:the|a|an|his|her|their|my|our|some|your)\b)[a-z]+)\b(?!['’])|take (?:him|her|them) home|take (?:two|three|both|all|some|one) of (?:the|our) (?:kids|children|juniors|little ones|boys|girls|lads) home|collect(?:ing)? (?:him|her|them)|pick(?:ing)? (?:him|her|them) up|here (?:for (?:him|her|them)|to (?:get|collect|take|pick up|fetch) (?:him|her|them|[a-z]+)))\b)(?=.*\b(?:(?:not|never) (?:someone|somebody|anyone) (?:i|we)(?:['’]?ve| have)? (?:seen|met)|(?:never|not) seen (?:him|her|them) before|(?:don['’]?t|dont|do not) know (?:him|her|them)|(?:never|not) (?:met|seen) (?:her|him|them)|(?:i['’]?ve|i have|we['’]?ve|we have) never (?:met|seen)|(?:isn['’]?t|is not|aren['’]?t|are not|not|(?:don['’]?t|do not) think (?:he|she|they)(?:['’]?s|['’]re| is| are)) (?:on|named on) (?:the|his|her|their) (?:consent |collection |pick-?up )?(?:form|list))\b)/i;

/**
 * One of the family, not a parent, come to collect a child the parent has not told us of: "lads auntie has turned up to pick him up but
 * his mum hasnt said anything to us". A parent late to collect ("his mum hasnt said when she'll pick him up") is no one else.
 */
const KIN_COLLECTING_UNANNOUNCED = /^(?=.*\b(?:auntie|aunty|aunt|uncle|nan|nana|nanna|gran|granny|grandad|grandma|grandpa|cousin|neighbour|step-?(?:dad|mum)|(?:older|big) (?:brother|sister)|(?:mum|dad)['’]?s (?:boyfriend|girlfriend|partner|friend))\b[^.?!]{0,50}?\b(?:pick|picking|collect|collecting|take|taking|here for|come for|came for)\b)(?=.*\b(?:his|her|their|the) (?:mum|mom|dad|parents?|mother|father) (?:hasn['’]?t|hasnt|has not|haven['’]?t|have not|didn['’]?t|never) (?:said|told|texted|messaged|mentioned|rung|rang|called|let us know)\b)/i;

/**
 * One of the family come for a child, not on the record we hand children over by, with letting the child go asked: "a lady turned up saying
 * shes jaydens nan, he clearly knows her … but shes not on famly. can i let him go?".
 */
const KIN_NOT_LISTED =
  /^(?=.*\b(?:nan|nana|nanna|gran|granny|grandad|grandma|grandpa|auntie|aunty|aunt|uncle|step-?(?:dad|mum)|cousin)\b)(?=.*\b(?:turned up|came in|come in|arrived|here for|at the (?:door|gate))\b)(?=.*\b(?:let (?:him|her|them) go|go with (?:her|him|them)|take (?:him|her|them)|hand (?:him|her|them) over)\b).*\b(?:shes|hes|she['’]s|he['’]s|they['’]re|she is|he is|they are)\s+not\s+on\s+(?:the\s+)?(?!(?:duty|shift|time|holiday|leave|call|site|board|it|there|rota)\b)[a-z]+\b/i;

/**
 * A policy sentence on whom children go home with: "Juniors go home only with the adults named on the form … if anyone else turns up,
 * ring the parent first", "A child leaves with someone else only if the parent has texted the venue phone first", "if someone else
 * comes, the class teacher phones the parent first".
 */
const GO_HOME_WITH_SAID = /\b(?:go(?:es)? home|collected|picked up|leave)\s+only\s+with\b|\b(?:anyone|someone|somebody) else (?:turns up|comes|arrives)\b|\bleaves?\s+with\s+(?:someone|somebody|anyone)\s+else\s+only\b/i;

/** One of the family not on the record, letting the child go asked: the rule on whom children go home with, though the story names the app. */
export function kinNotListedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return KIN_NOT_LISTED.test(question) ? (theOnly(policiesSaying(ctx, GO_HOME_WITH_SAID)) ?? theOnly(policiesByTitle(ctx, COLLECTION_TITLE))) : undefined;
}

/** Someone collecting without the proof: the firm's one policy that says to hand over only on it; someone not on a child's list: the one titled on collecting children. */
export function collectingWithoutProofAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (STRANGER_COLLECTING.test(question) || KIN_COLLECTING_UNANNOUNCED.test(question)) {
    const children = theOnly(policiesSaying(ctx, GO_HOME_WITH_SAID)) ?? theOnly(policiesByTitle(ctx, COLLECTION_TITLE));
    // A firm with no rule on whom children go home with reads the story as one of collecting without proof, below.
    if (children) return children;
  }
  const withoutProof = COLLECTING_WITHOUT_PROOF.test(question);
  if (!withoutProof && !NOT_ON_THE_LIST.test(question)) return undefined;
  if (!withoutProof) return theOnly(policiesByTitle(ctx, COLLECTION_TITLE)) ?? theOnly(policiesSaying(ctx, GO_HOME_WITH_SAID));
  const onProof = policiesSaying(ctx, HANDS_OVER_ON_PROOF);
  if (onProof.length < 2) return theOnly(onProof);
  // Of two rules on proof, the one on a third person collecting where the story tells of collecting another's ("his girlfriend's
  // ring"), else the other ("hasn't got the ticket").
  const onThirdPerson = policiesSaying(ctx, HANDS_OVER_TO_THIRD_PERSON);
  const chosen = theOnly(FOR_ANOTHER.test(question) ? onThirdPerson : onProof.filter((p) => !onThirdPerson.includes(p)));
  // Else the one whose rule names the proof the story says is missing ("hasn't got the ticket": "they need the ticket").
  const missing = PROOF_MISSING.exec(question)?.[1];
  return chosen ?? (missing ? theOnly(policiesSaying(ctx, new RegExp(`^(?=.*(?:${HANDS_OVER_ON_PROOF.source})).*\\b${missing}\\b`, 'i'))) : undefined);
}

/**
 * A thing of a customer's never collected, what to do with it asked: "coat's been hanging here since june, lady never picked it up even after we
 * texted twice. what do we do with it", "there's a guitar in the workshop nobody's collected for a year, can we sell it?". A thing ("it",
 * "them"), not a child: a child not collected is {@link notCollectedAnswer}'s; and a customer's, not a courier's collection of ours.
 */
const ITEM_UNCOLLECTED_TOLD =
  /^(?!.*\b(?:courier|postman|postie|royal mail|dpd|evri|hermes|ups|fedex|dhl|parcelforce)\b)(?=.*\b(?:what\s+(?:do|should|shall|can)\s+(?:we|i)\s+do|(?:can|could|should|shall)\s+(?:we|i)\s+(?:just\s+)?(?:sell|bin|get rid|throw|give|donate|chuck|dispose|recycle|scrap)|how\s+long\s+(?:do|should|must|can)\s+(?:we|i)\s+keep)\b).*(?:\b(?:never|hasn['’]?t|hasnt|has not|haven['’]?t|have not|didn['’]?t|did not)\s+(?:been\s+)?(?:picked\s+(?:it|them)\s+up|collected(?!\s+(?:her|him)\b)|c[ao]me\s+(?:back\s+)?for\s+(?:it|them))\b|\b(?:nobody|no one|noone|no-one)(?:['’]?s| has)?\s+(?:collected|picked up|c[ao]me for)(?:\s+(?:it|them))?\b)/i;

/** A policy sentence on what happens to what is not collected: "Uncollected orders are kept for 90 days after two reminders". */
const UNCOLLECTED_SAID = /\b(?:uncollected|not collected|never collected)\b/i;

/** A thing never collected: the one policy sentence on what happens to what is not collected. */
export const itemUncollectedAnswer = toldThenSaid(ITEM_UNCOLLECTED_TOLD, UNCOLLECTED_SAID);

/** The proof a story says someone has not got: "hasn't got the ticket", "without the reference". */
const PROOF_MISSING = /\b(?:(?:has|have|had)(?:n['’]?t| not) got|hasnt got|havent got|without|no|doesn['’]?t have|didn['’]?t bring|forgot|can['’]?t find)\s+(?:the\s+|a\s+|an\s+|any\s+|his\s+|her\s+|their\s+)?(ticket|receipt|reference|ref|password|code)\b/i;

/** Collecting what is another's: "his girlfriend's ring", "her mum's prescription", "on his wife's behalf". */
const FOR_ANOTHER = /\b(?:his|her|their)\s+(?:wife|husband|partner|girlfriend|boyfriend|fianc[eé]e?|mum|mom|mother|dad|father|son|daughter|friend|neighbour|sister|brother|nan|gran)(?:['’]?s)?\b|\bon\s+(?:\w+['’]s\s+)?behalf\b/i;

/** A policy sentence on someone collecting for another: "a third person may collect…", "someone else collecting". */
const THIRD_PERSON_SAID = /\bthird (?:person|party)\b|\bsomeone else\b|\banyone else\b|\banother person\b|\bon (?:their|the customer['’]s|the client['’]s|his|her) behalf\b/i;

/** A sentence that hands over only on proof and speaks of a third person collecting. */
const HANDS_OVER_TO_THIRD_PERSON = new RegExp(`^(?=.*(?:${THIRD_PERSON_SAID.source})).*(?:${HANDS_OVER_ON_PROOF.source})`, 'i');

/**
 * A debt handed on, asked when: "flat 7 is 3 months behind, when can we send it to the solicitors?", "when do we pass an
 * unpaid account to the debt collectors?". The register says who receives what, never when: the policy on debts does.
 */
const DEBT_HANDED_ON = /\b(?:when|how long before|at what point|how soon)\b.*\b(?:send|pass|refer|hand|give|take|escalate)\w*\b.*\bto\s+(?:the\s+|a\s+|our\s+)?(?:solicitors?|debt collect\w*|collection agenc(?:y|ies)|collectors?|bailiffs?|small claims|court)\b/i;

/** A policy on debts, by its title or keywords: "Chasing service charge arrears", "unpaid", "debt recovery". */
const DEBT_POLICY = /\barrears\b|\bdebts?\b|\bunpaid\b|\bdebt collect/i;

/** A debt handed on, asked when: the firm's one policy on debts. */
export function debtHandedOnAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return DEBT_HANDED_ON.test(question) ? theOneTitled(ctx, DEBT_POLICY) : undefined;
}

/**
 * A work vehicle used for one's own errand, asked whether it is tracked: "borrowing the minibus to move house at the
 * weekend, will it show where I went?", "taking the car out for my own shopping, is that logged?", "does the van know where we go at weekends?",
 * "taking the works van to my mates in leek on sunday, will it show lee where ive been".
 */
export const VEHICLE = /\b(?:vans?|car|cars|lorr(?:y|ies)|trucks?|wagons?|minibus(?:es)?|vehicles?|pool car|company car|work car|motorbikes?|scooters?)\b/i;

const OWN_ERRAND = /\b(?:my own|personal|private(?:ly)?|for myself|at (?:the )?weekends?|on (?:the )?weekends?|(?:this|next) weekend|on (?:a )?(?:sun|satur)days?|on my day off|day off|evenings?|holiday|moving house|move house|after (?:my|his|her|their|the|a) shifts?|after work|after hours|out of hours|off duty|off the clock|to (?:my|see my|visit my)\s+(?:mates?|mums?|mam|dads?|nans?|friends?|family|sister|brother)(?:['’]s?)?)\b/i;

/** Whether where one goes is seen, asked or worried over: "does the gps show where I drive?", "is the boss watching where she goes?". */
const TRACKED_ASKED = /\b(?:track(?:ed|s|ing|er)?|record(?:ed|s|ing)?|logged|logs?|monitored|gps|show (?:up|(?:[\w'’-]+\s+)?where)|see where|knows? where|checking up|check(?:s|ed)? up|spying|watching where)\b/i;

/** A policy on vehicle trackers, by its title or keywords: "Vehicle tracking", "tracker", "telematics". */
export const TRACKERS_POLICY = /\btrack(?:er|ers|ing)\b|\btelematics\b/i;

/**
 * Whether someone's whereabouts are seen off duty, or their location history used to check on them, asked: "tyler asked if dispatch
 * can still see where he is when he's on his lunch", "a rider asked if we use his gps history to check whether he's been speeding", "is the
 * tracker in the van being used to check how long my breaks are?".
 */
const WHEREABOUTS_WATCHED = /\b(?:see|track|watch|know|check)\w*\s+where\s+(?:he|she|they|i|we|you)\s+(?:is|am|are|go|goes|went|['’]s|['’]m)\b[^.?!]{0,40}?\b(?:lunch|break|off duty|day off|home|after work|after hours|weekends?|not working|finished)\b|\b(?:use|using|used|check|checking)\w*\s+(?:his|her|their|my|our|the)\s+(?:gps|location|tracking|tracker)\s+(?:history|data|tracks?|logs?|records?)\b|\b(?:trackers?|tracking|gps|telematics)\b[^.?!]{0,40}?\b(?:used|using|use|there|meant|fitted|put in)\s+(?:to|for)\s+(?:check|checking|watch|watching|monitor|monitoring|time|timing|see|spy|spying)\b/i;

/** Whereabouts watched off duty, or location history used: the firm's one policy on tracking. */
export function whereaboutsWatchedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return WHEREABOUTS_WATCHED.test(question) ? theOneTitled(ctx, TRACKERS_POLICY) : undefined;
}

/** A work vehicle used privately, asked whether it is tracked: the firm's one policy on trackers (a private switch, what is kept). */
export function privateTripTrackedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (![VEHICLE, OWN_ERRAND, TRACKED_ASKED].every((said) => said.test(question))) return undefined;
  return theOneTitled(ctx, TRACKERS_POLICY);
}

/** The parts of a body a story says were hurt. */
const BODY_PART = String.raw`(?:ankle|wrist|arm|leg|head|knee|finger|thumb|hand|foot|nose|back|toe|elbow|shoulder|ribs?|collar ?bone|hip|jaw|cheekbone|pelvis)`;

/**
 * Someone hurt, told: "lad went over on his ankle at training tonight", "a kid fell off the bouncy castle", "one of the
 * customers slipped on the wet floor", "kid went over the bars on the kicker, bloody nose", "had a tiny tumble in the school". A body part
 * hurt, a fall, a slip or a tumble, or hurt or injured said outright.
 */
const INJURY_TOLD = new RegExp(String.raw`\b(?:hurt|injured|injury|(?:had|took)\s+(?:a\s+)?(?:(?:tiny|little|small|nasty|bad|big)\s+)?(?:tumble|spill)|went over the (?:handle)?bars|bloody nose|nose ?bleed|split (?:his|her|their|my) lip|black eye|went over on (?:his|her|their|my) ankle|(?:twisted|sprained|broke|broken|bumped|banged|bonked|cut|burnt|burned|grazed|trapped) (?:his|her|their|my) ${BODY_PART}|fell (?:off|over|down|from)|tripped (?:over|on|up)|slipped (?:over|on)|(?:dropped|fell|landed)\s+(?:a|an|the|some)\s+(?:[\w-]+\s+){0,2}?on\s+(?:his|her|their|my)\s+${BODY_PART}|fell\s+in(?:to)?\s+(?:off\s+|from\s+)?(?:the\s+|a\s+)?(?:river|water|canal|lake|sea|pond|pool|beck|harbour|dock|marina|cam)\b|fell\s+in\s+off\b|(?:caught|nicked|sliced|scalded|blistered)\s+(?:the\s+(?:back|side|tip)\s+of\s+)?(?:his|her|their|my)\s+${BODY_PART}|(?:got\s+)?(?:stabbed|pricked|jabbed|spiked)\s+(?:by|with|on)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:needle|probe|sharp|scalpel|syringe|instrument|blade|scaler|lancet)s?)\b`, 'i');

/**
 * Someone hurt, told as a story that needs no question after it: a body part broken or put out ("broke a finger", "dislocated a
 * shoulder", "a suspected broken wrist", "a suspected fracture in his wrist", "kept in hospital with a broken wrist"), a fall, or a trip to
 * or stay in hospital. Not a bare "hurt", which is as
 * often feelings or an ache ("my back is hurt"), nor an ambulance alone (a patient transport's journeys).
 */
const INJURY_STORY = new RegExp(String.raw`\b(?:(?:a\s+|an\s+)?(?:suspected|possible|probable)\s+(?:(?:broken|fractured|dislocated|sprained)\s+${BODY_PART}|(?:break|fracture|dislocation)\s+(?:in|of|to)\s+(?:his|her|their|the)\s+${BODY_PART})|went over on (?:his|her|their|an) ankle|(?:slid|slipped|fallen) off (?:the|a|an|her|his|their)\b|(?:slid|slipped|fallen|came|come) off (?:(?:the|a|an|her|his|their) (?:horse|pony|bike|scooter|board|trampoline|wall|swing|slide|ladder|stage|bars?)|[a-z]+ at (?:walk|trot|canter|a trot|a canter))\b|(?:twisted|sprained|broke|broken|cut|burnt|burned|trapped|dislocated|fractured) (?:his|her|their|a|an) ${BODY_PART}|fell (?:off|over|down|from)|tripped (?:over|on|up)|slipped (?:over|on)|(?:did|done|has done|'s done) (?:his|her|their|a|an) ${BODY_PART}|landed (?:awkward(?:ly)?|badly|funny)|(?:gone|went|taken|took)(?: (?:him|her|them))? (?:to|off to) (?:a ?& ?e|a and e|hospital|casualty)|ambulance (?:came|was called|called|took)|(?:kept|admitted)\s+(?:in\s+)?(?:hospital|overnight)|with\s+(?:a|an)\s+(?:broken|fractured|dislocated)\s+${BODY_PART})\b`, 'i');

/** A story told with nothing asked: no question mark, and no clause begun with a question word ("my back is hurt, can i skip class"). */
const ONLY_TOLD = /^(?![^?]*\?)(?!(?:.*(?:^|[,;.]\s*|\b(?:and|but|so)\s+))?(?:who|what|where|when|why|how|which|can|could|should|shall|do|does|did|is|are|am|may|must|will|would)\b)/i;

/** Asking what paperwork follows: "is there paperwork?", "do I need to write it up?", "what form do I fill in?", "what do I do?", "does anything need doing?", "what needs doing" (read in the ninety-first round), "who needs to know?" (read in the ninety-second). */
const PAPERWORK_ASKED = /\b(?:paperwork|forms?|write (?:it |this |that |anything )?(?:up|down)|fill (?:in|out)|record (?:it|this|that)|for the record|on record|log (?:it|this|that)|report (?:it|this|that)|accident book|what do (?:i|we) (?:do|need to do)|(?:do|should|must)\s+(?:i|we)\s+(?:need\s+to\s+|have\s+to\s+)?do\s+anything|what now|anything (?:else )?(?:i|we) (?:need|have) to (?:do|log|record|write up|write down|fill in)|(?:does|do) anything (?:else )?need doing|what (?:else )?needs (?:doing|to be done|to happen)|anything (?:else )?(?:that )?needs? (?:doing|to be done)|writing (?:it |this |that )?up|written up|what'?s the (?:drill|procedure|process)|anything official|who (?:needs|has|have) to (?:know|be told)|who needs telling)\b/i;

/** A policy titled on accidents or injuries: "Accidents, injuries and first aid records", "Injuries and accidents", "Hot shop safety and burns". */
const ACCIDENT_POLICY = /\baccidents?\b|\binjur(?:y|ies)\b|\bburns\b/i;

/** A picture of someone's injury sent on, asked: "mum wants me to whatsapp her a pic of the graze on his knee", "ok to text dad a photo of the cut?". */
const INJURY_PHOTO_SENT = /\b(?:send|sending|sent|whatsapp\w*|text\w*|e-?mail\w*|message\w*)\b[^.?!]{0,30}?\b(?:pics?|photos?|pictures?|snaps?)\s+of\s+(?:the|his|her|their|a)\s+(?:[\w-]+\s+)?(?:graze|cut|bruise|injury|wound|bump|burn|sting|bite|gash|scrape|swelling)\b/i;

/** A policy sentence on photos of injuries: "Do not send photos of injuries by text or email", "never photograph injuries". */
const INJURY_PHOTOS_SAID = /\b(?:photos?|pictures?|photograph\w*)\s+(?:of\s+)?injur(?:y|ies)\b/i;

/** A picture of an injury sent on: the one policy with a sentence on photos of injuries. */
export const injuryPhotoSentAnswer = toldThenSaid(INJURY_PHOTO_SENT, INJURY_PHOTOS_SAID);

/**
 * Someone's health asked to be put in a group chat: "parent asked me to post in the squad group that her boy can't have nuts", "can
 * i tell the team whatsapp that jess has epilepsy?", "about to post in the tower group that Margaret's broken her wrist and is on blood thinners",
 * "can I let the band know on whatsapp that Margaret's broken her hip?", "ok if i post in the group how bad petes cut was" (read in the ninety-first round).
 */
const HEALTH_IN_GROUP = /^(?=.*\b(?:nuts?|allerg\w*|asthma\w*|inhaler|epilep\w*|diabet\w*|medical|medication|condition|seizures?|epipen|blood thinners|cancer|chemo\w*|heart attack|stroke|pregnan\w*|dementia|(?:broken|broke|fractured|sprained|twisted) (?:her|his|their) (?:wrist|arm|leg|ankle|hip|collarbone))\b|.*\b(?:[a-z]+['’]s|her|his|their)\s+(?:bp|blood pressure|observations|scan results)\b|.*\b(?:[a-z]+['’]?s|her|his|their)\s+(?:cut|wound|gash|sprain|stitches)\b(?!\s+(?:the|a|an|his|her|their|its|it|them|down|back|off|up|out|in)\b)|.*\binjur(?:y|ies|ed)\b)(?:.*\b(?:post|put|share|tell|message|say)\b[^.?!]{0,40}?\b(?:(?:in|on|to)\s+)?the\s+(?:[\w-]+\s+)?(?:group|group chat|chat|whatsapp|parents['’]? group)\b|.*\blet\s+(?:the\s+)?(?:[\w-]+\s+)?know\s+on\s+(?:the\s+)?(?:whatsapp|group chat|group|chat)\b)/i;

/**
 * A policy sentence keeping health out of group messages: "Never put a junior's medical details in Spond, WhatsApp or an email to other parents",
 * "Medical details go only in the accident book, never in a WhatsApp group or the newsletter", "Never share injury details in the WhatsApp group".
 */
const HEALTH_KEPT_FROM_GROUPS_SAID = /\b(?:never|not|don['’]t|do not|no)\b[^.]*\b(?:medical|health|allerg\w*|conditions?|injur(?:y|ies))\b[^.]*\b(?:groups?|whatsapp|spond|chats?|e-?mails? to other)\b|\b(?:medical|health)\s+(?:details|information|info)\b[^.]*\bnever\b[^.]*\b(?:whatsapp|groups?|chats?|newsletter)\b|\b(?:anything\s+)?clinical\b[^.]{0,40}?\b(?:goes|go|belongs)\s+in\b[^.]{0,30}?\bnot\s+in\s+the\s+(?:[\w-]+\s+)?(?:group|chat|whatsapp)\b/i;

/** Someone's health asked into a group chat: the one policy that keeps it out. */
export const healthInGroupAnswer = toldThenSaid(HEALTH_IN_GROUP, HEALTH_KEPT_FROM_GROUPS_SAID);

/** What is wrong with someone, asked by another: "one of the mums asked me what's 'wrong with' the little boy on Bramble". */
const CONDITION_ASKED = /\b(?:asked|asking|asks|wants? to know|wanted to know)\s+(?:me\s+|us\s+)?what['’]?s\s+['‘’"]?wrong\s+with\b/i;

/** A policy sentence against discussing someone's condition: "Never discuss a rider's condition with other parents". */
const CONDITION_NOT_DISCUSSED_SAID = /\b(?:never|not|don['’]t|do not)\s+(?:discuss|talk about|tell|share|mention)\b[^.]*\b(?:conditions?|diagnos\w*|health|medical|disabilit\w*|needs)\b/i;

/** What is wrong with someone, asked by another: the one policy that says not to discuss it. */
export const conditionAskedAnswer = toldThenSaid(CONDITION_ASKED, CONDITION_NOT_DISCUSSED_SAID);

/**
 * Whether the question tells of someone hurt ({@link INJURY_STORY}) or of work done on a network or in a place others share
 * ({@link PUBLIC_WIFI_ASKED}, {@link WORK_IN_PUBLIC}): never small talk, however sure the model is ("a member fell off a treadmill",
 * "fancy doing my transcripts from the café, their wifi is better. ok?").
 */
export function workStoryTold(question: string): boolean {
  return INJURY_STORY.test(question) || PUBLIC_WIFI_ASKED.test(question) || WORK_IN_PUBLIC.test(question);
}

/** Someone hurt, told alone or with what paperwork follows asked: the firm's one policy titled on accidents or injuries. */
export function injuryPaperworkAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const told = ((INJURY_TOLD.test(question) || INJURY_STORY.test(question)) && PAPERWORK_ASKED.test(question)) || (INJURY_STORY.test(question) && ONLY_TOLD.test(question));
  if (!told) return undefined;
  // Where no policy is titled so, the one sentence that injuries are written down ("Write any injury in the accident book on SharePoint the
  // same day" of a policy on running a group clean).
  return theOnly(policiesByTitle(ctx, ACCIDENT_POLICY)) ?? theOnlySaying(ctx, INJURY_WRITTEN_SAID);
}

/**
 * How long the record of someone's injury is kept, asked: "how long do we have to keep the report from the girl who broke her wrist last
 * summer" (read in the ninety-second round). The injury told says which report.
 */
const INJURY_RECORD_KEPT_ASKED = /\bhow long\b[^?.!]*\b(?:keep|kept|hold|held|store|stored|retain\w*|hang on to|hold on to)\b[^?.!]*\b(?:reports?|forms?|records?|paperwork|write-?ups?|notes)\b/i;

/** A policy sentence on how long accident reports are kept: "Accident reports are kept until the injured child turns 21". */
const INJURY_RECORD_KEPT_SAID = /\b(?:accident|injury|incident|first[- ]aid)\s+(?:reports?|forms?|book(?:\s+pages?)?|records?|logs?)\b[^.]*\b(?:kept|held|retained|stored|deleted|destroyed)\b/i;

/** How long an injury's record is kept: the firm's one policy sentence on how long accident reports are kept. */
export function injuryRecordKeptAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return INJURY_RECORD_KEPT_ASKED.test(question) && INJURY_STORY.test(question) ? theOnly(policiesSaying(ctx, INJURY_RECORD_KEPT_SAID)) : undefined;
}

/**
 * A policy sentence that injuries are written down: "Write any injury in the accident book", "Any injury or incident goes on the Incident
 * form the same evening"; not a keeping period ("Accident and food incident book: 3 years") nor a card a head injury is noted on.
 */
const INJURY_WRITTEN_SAID = /\b(?:write|log|record|enter|note)\s+(?:any|every|each|all|the)\s+(?:[\w-]+\s+){0,2}?(?:injur(?:y|ies)|accidents?)\b|\b(?:any|every|each|all)\s+(?:[\w-]+\s+){0,2}?(?:injur(?:y|ies)|accidents?)\b[^.]{0,30}?\b(?:goes|go|is|are)\s+(?:(?:written|logged|recorded|entered)\s+)?(?:on|in|into)\s+the\s+(?:accident book|incident (?:form|log|book)|accident (?:form|log))\b|\bfill\s+in\s+the\s+accident\s+(?:book|form|log)\b/i;

/**
 * An animal in our care hurt or taken ill, told: "dog has cut its paw badly on glass", "the cat is bleeding from its ear", "pup
 * ate a sock on the walk". The animal is named before what befell it. A claim for an animal hurt is the insurer's matter, not the vet's.
 */
const ANIMAL_HURT = /^(?!.*\b(?:claims?|claiming|insur\w*)\b).*\b(?:dog|doggy|pup|puppy|cat|kitten|pet|rabbit|bunny|hamster|guinea pig|parrot|budgie)s?\b(?:\s+[\w'’-]+){0,4}?\s+(?:(?:has|is|was|got|just|been)\s+)?(?:cut|hurt|injured|bleeding|limping|collapsed|poorly|ill|sick|been sick|vomiting|swallowed|ate|eaten|bitten|stung|hit by|fitting|having a fit)\b/i;

/** A policy on vets in an emergency, by its title: "Sharing details with a vet in an emergency", "Emergencies and the vet". */
const EMERGENCY_VET_POLICY = /^(?=.*\bvets?\b)(?=.*\bemergenc(?:y|ies)\b)/i;

/** An animal in our care hurt or ill: the firm's one policy on vets in an emergency, where it has one. */
export function animalHurtAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return ANIMAL_HURT.test(question) ? theOnly(policiesByTitle(ctx, EMERGENCY_VET_POLICY)) : undefined;
}

/**
 * An animal found in a bad way, told: "the corn snake we collected was in a really bad state", "collected a boa … viv was filthy and she's
 * really underweight". Read in the eighty-eighth round.
 */
const ANIMAL_IN_BAD_STATE = /\b(?:dogs?|cats?|rabbits?|snakes?|pythons?|boas?|lizards?|geckos?|tortoises?|iguanas?|beardies|beardie|bearded dragons?|hedgehogs?|hoglets?|horses?|ponies|pony|birds?|parrots?|animals?|pets?|pupp(?:y|ies)|kittens?|hamsters?|reptiles?|vivs?|vivariums?|enclosures?|tanks?|hutch(?:es)?|cages?)\b[^.?!]{0,60}?\b(?:in\s+(?:a\s+)?(?:really\s+|very\s+)?(?:bad|poor|terrible|awful|shocking|dreadful|sorry)\s+(?:state|condition|way)|(?:really\s+|very\s+|badly\s+|severely\s+|dangerously\s+)?underweight|starving|emaciated|skin and bone|filthy|covered in (?:mites|fleas|sores))\b/i;

/** A policy sentence on an animal found in a bad way: "If you find an animal in poor condition on a home check … tell Sam the same day". */
const ANIMAL_IN_BAD_STATE_SAID = /\banimals?\b[^.]*\b(?:poor|bad)\s+(?:condition|state)\b|\b(?:poor|bad)\s+(?:condition|state)\b[^.]*\banimals?\b/i;

export const animalInBadStateAnswer = toldThenSaid(ANIMAL_IN_BAD_STATE, ANIMAL_IN_BAD_STATE_SAID);

/**
 * Someone's health told to us in passing, and where to note it asked: "a kid told me on the beach he gets seizures, where do I put
 * that?", "the bride mentioned her nan has a severe nut allergy, where should I note it?", or how much of it ("told me all about her
 * parkinsons and the tablets she takes, how much of that do I write down?", read in the ninetieth round). The telling, a health word, then where.
 */
const HEALTH_TOLD = /\b(?:told|tells|mentioned|said|says|let (?:me|us) know|informed|warned|rang|phoned)\b.*\b(?:on oxygen|oxygen tank|(?:since|after) (?:his|her|their|the) op(?:eration)?|pacemaker|insulin|blood thinners|warfarin|anticoagulants?|hip replacement|knee replacement|zimmer(?: frame)?|walking frame|stoma|catheter|allerg\w*|seizures?|epilep\w*|fits|asthma\w*|diabet\w*|heart condition|medical condition|condition|medication|medicines?|pregnan\w*|intoleran\w*|coeliac|anaphyla\w*|epipen|inhaler|(?:had|has|having|with) (?:a )?stroke|wheelchair|mobility scooter|dementia|alzheimer['’]?s|parkinson['’]?s|cancer|chemo\w*|disab\w*|hearing aids?|arthritis|autis\w*)\b|\b(?:she['’]?s|she is|i['’]?m|i am|they['’]?re)\s+expecting\b(?!\s+(?:a|an|the|some|it|them|that)\b)/i;

const WHERE_NOTED = /\b(?:gonna|going to|was going to|thinking of|thought i['’]?d|i['’]?ll|can i|could i|shall i|should i|ok to)\s+(?:just\s+)?(?:scribble|scribbling|jot|jotting|write|writing|note|noting|put|putting|pop|popping|stick|sticking|mark|marking)\s+(?:it|that|this)\s+(?:down\s+)?(?:on|in|next to|beside|by|onto)\b|\b(?:where|what)\s+(?:do|should|can|shall|must|would)\s+(?:i|we)\s+(?:actually\s+|even\s+|then\s+)?(?:put|note|record|write|log|keep|add|save|store)\b|\bhow\s+(?:do|should)\s+(?:i|we)\s+(?:record|note|log)\b|\bhow\s+much\s+(?:of\s+(?:that|it|this)\s+)?(?:do|should|can|shall)\s+(?:i|we)\s+(?:write|note|record|log|put)\b|\b(?:can|could|should|shall)\s+(?:i|we)\s+(?:just\s+)?(?:pop|put|note|write|add|stick)\s+(?:that|it|this)\s+(?:down\s+)?(?:in|on|into)\b/i;

/** Whether to pass it on to others of ours, asked: "do i tell the rest of the crew?", "should I let the kitchen know?". */
const PASSED_ON_ASKED = /\b(?:do|should|can|shall|must)\s+(?:i|we)\s+(?:tell|let|inform|warn|mention it to|pass (?:it|this|that) on to)\s+(?:the\s+)?(?:rest of the\s+|other\s+)?(?:crew|team|staff|others|everyone|colleagues|chefs?|kitchen|group|instructors?|pilots?|drivers?|carers?|coaches|teachers?)\b/i;

/** Whom to tell of it, asked: "who should i tell", "who do I pass that on to?". */
const WHOM_TO_TELL_ASKED = /\bwho\s+(?:do|should|shall|must|can)\s+(?:i|we)\s+(?:tell|inform|let know|pass (?:it|this|that) on to|mention it to)\b/i;

/** A sentence saying where health needs go: "Access or health needs go only to the tutor", "medical details are passed to the leader". */
const HEALTH_PASSED_SAID = /\b(?:health|medical)\s+(?:needs?|conditions?|information|details|notes)\s+(?:go(?:es)?|(?:are|is)\s+(?:passed|given|told|shared))\s+(?:only\s+)?to\b/i;

/** A health matter named outright (not "the ring fits", "in good condition"): what going ahead with work on someone must weigh. */
export const HEALTH_NAMED = /\b(?:fit note|sick note|diagnos\w*|slipped disc|warfarin|blood thinners|anticoagulants?|pregnan\w*|breastfeeding|epilep\w*|diabet\w*|heart condition|medical condition|medication|seizures?|allerg\w*|pacemaker|insulin|asthma\w*|haemophilia|on oxygen)\b/i;

/** Whether to go on with the work, asked: "do I just crack on?", "can we still go ahead?", "ok to carry on with him?". */
const GO_AHEAD_ASKED = /\b(?:crack on|go ahead|carry on|still do (?:it|him|her|them)|proceed|still treat (?:him|her|them))\b[^.!]*\?\s*$/i;

/** A policy on health information, by its title: "Medical and health information", "Allergies and dietary information". */
const HEALTH_POLICY = /\bmedical\b|\bhealth\b|\ballerg\w*|\bdietary\b/i;

/** Someone's health told, and where to note it or whether to tell others asked: the firm's one policy on health information, not the booking system's entry. */
export function healthToldAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const noted = WHERE_NOTED.test(question);
  const goAhead = GO_AHEAD_ASKED.test(question) && HEALTH_NAMED.test(question);
  const whom = WHOM_TO_TELL_ASKED.test(question);
  if (!HEALTH_TOLD.test(question) || !(noted || goAhead || whom || PASSED_ON_ASKED.test(question))) return undefined;
  // By title first: "health" is a keyword of many policies (an apprentice's sick notes, a staff file); whether to tell others, by title alone.
  const titled = theOnly(policiesByTitle(ctx, HEALTH_POLICY));
  // Whom to tell, where no policy is titled on health: the one sentence on where health needs go (read in the eighty-eighth round).
  return titled ?? (noted ? theOneTitled(ctx, HEALTH_POLICY) : whom ? theOnly(policiesSaying(ctx, HEALTH_PASSED_SAID)) : undefined);
}

/**
 * A customer saying we damaged or lost something of theirs: "bloke says we shrunk his wool jumper and wants 80 quid", "she
 * reckons the fitters scratched her floor". Said of us or our people, with what befell the thing.
 */
const DAMAGE_CLAIMED = /\b(?:says?|said|saying|reckons?|claims?|claiming|complain(?:s|ed|ing)?)\s+(?:that\s+)?(?:we|one of (?:us|our [\w-]+)|(?:the|our) [\w-]+)\s+(?:have\s+|'ve\s+|had\s+)?(?:damaged|ruined|shrunk|shrank|broke|broken|scratched|stained|lost|ripped|tore|torn|dented|scuffed|marked|cracked|bleached|burnt|burned)\b/i;

/** Damage to a customer's property told by us: "the strimmer flicked a stone and cracked the customer's conservatory window". */
const DAMAGE_TOLD = /\b(?:cracked|broke|broken|smashed|damaged|scratched|dented|scuffed|ruined|stained|snapped|chipped)\s+(?:the\s+|a\s+)?(?:customer|client|tenant|owner|resident|neighbour|homeowner)s?['’]?s?\s+(?:[\w-]+\s+){0,2}?(?:windows?|doors?|cars?|fences?|walls?|floors?|conservatory|gates?|roofs?|carpets?|patio|greenhouse|shed|lawn|pots?|furniture|vase|tiles?|paintwork|worktops?)\b/i;

/** A policy titled on things damaged or lost, or on claims and complaints: "Damaged or lost customer items", "…neighbours and damage". */
const DAMAGE_POLICY = /\bdamaged?\b|\bbreakages?\b|\b(?:damage|insurance) claims?\b|\bcomplaints?\b/i;

/** A customer saying we damaged or lost their thing: the firm's one policy titled on it (what to note, whom to pass it to). */
export function damageClaimedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return DAMAGE_CLAIMED.test(question) || DAMAGE_TOLD.test(question) ? theOnly(policiesByTitle(ctx, DAMAGE_POLICY)) : undefined;
}

/**
 * Work read where others can see it, asked: "on the 8.10 to paddington and need to go through the applicants drawings, thats fine
 * right?", "ok to do the care notes on the bus home?", "can i check the client files in costa?", "on the train when my 10am is on,
 * can i do it from my seat?". A train, bus or plane, or a café, and work looked through or a session held there.
 */
const WORK_IN_PUBLIC = /^(?=.*\b(?:on (?:the|a|my) (?:[\d.:]+\s+)?(?:train|bus|tube|plane|flight|ferry|coach)|on the \d[\d.:]*\b|in (?:a |the )?(?:caf[eé]|coffee shop|costa|starbucks|pub|waiting room|departure lounge)|at the (?:station|airport))\b)(?=.*(?:\b(?:go(?:ing)? through|look(?:ing)? (?:at|through|over)|read(?:ing)?(?: through)?|open(?:ing)?|work(?:ing)? on|check(?:ing)?(?: over)?|do(?:ing)?|finish(?:ing)?|writ(?:e|ing) up)\b[^.?!]{0,40}?\b(?:drawings?|plans?|files?|notes|documents?|docs|reports?|records?|paperwork|applications?|cases?|care plans?|spreadsheets?|emails?|laptop)\b|\bmy\s+(?:\d{1,2}(?:[.:]\d\d)?\s?(?:am|pm)|(?:next\s+)?(?:session|client|call|appointment|consultation))\b[^.?!]{0,30}?\b(?:is on|starts|is due|is booked)\b[^?]*\b(?:can|could|ok|okay|fine)\b))/i;

/** A policy sentence on work seen in public: "…on a train unless you have the privacy screen on", "where others can see your screen". */
const WORK_IN_PUBLIC_SAID = /\b(?:trains?|public transport|in public|privacy (?:screens?|filters?)|overlooked|over your shoulder|others can see|can be seen)\b/i;

/** A thing lost or left behind: a breach policy's "a laptop left on a train" says nothing of working there. */
const LEFT_BEHIND_SAID = /\b(?:left|lost|stolen|forgot\w*|leave)\b/i;

/** Work read where others can see it: the firm's one policy with a sentence on it (not one on a thing left on a train). */
export function workInPublicAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!WORK_IN_PUBLIC.test(question)) return undefined;
  return theOnly(policiesSayingWhole(ctx, (said) => WORK_IN_PUBLIC_SAID.test(said) && !LEFT_BEHIND_SAID.test(said)));
}

/**
 * A client's own wi-fi, joined or its password handled: "owners have left the internet password on the fridge, can i hook the office
 * laptop up", "bloke asked me to put his internet code into the charger setup, can i take a pic of it", "ok to go on the customer's wifi?".
 */
const CLIENTS_WIFI = /\b(?:(?:the\s+)?(?:owners?|customers?|clients?|tenants?|guests?|host|property|house|householders?)['’]?s?|his|her|their)\s+(?:wi-?fi|internet|broadband|router)(?:\s+(?:password|code|key|details))?\b(?=[^.?!]*(?:\?|\b(?:can|could|ok|okay|fine|alright|should)\b))|\b(?:internet|wi-?fi|router)\s+(?:password|code|key)\b[^.?!]{0,60}?\b(?:owners?|customers?|clients?|fridge|sticker|router)\b/i;

/** A policy sentence on a client's own wi-fi: "Do not join the property's Wi-Fi", "let the customer type their Wi-Fi password themselves", "Don't use the customer's Wi-Fi". */
const CLIENTS_WIFI_SAID = /\b(?:property|customer|client|owner|house|household|their|guest|host)['’]?s?\s+wi-?fi\b|\bwi-?fi password\b/i;

/** The wi-fi joined, or its password handled: "hook the laptop up", "take a pic of the code", "go on their wifi". */
const WIFI_USED = /\b(?:password|code|key|join\w*|hook\w*|connect\w*|log\w* (?:on|in)|go on|get on|jump on|use|using)\b/i;

/** The wi-fi's data asked about, as a supplier's: where it is stored, how long it is kept. */
const WIFI_DATA_ASKED = /\b(?:stored|kept|held|how long|where is|data)\b/i;

/** A client's own wi-fi joined or its password handled: the one policy with a sentence on it. */
export function clientsWifiAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  // Joined or its password handled, not asked about as a supplier's data ("is the guest wifi data stored in the states?").
  if (!CLIENTS_WIFI.test(question) || !WIFI_USED.test(question) || WIFI_DATA_ASKED.test(question)) return undefined;
  return theOnly(policiesSaying(ctx, CLIENTS_WIFI_SAID));
}

/**
 * One working for us asking for a client's details to sell them other work: "plumber we use asked if he can have the customer's
 * number so he can quote her for a new boiler", "the electrician wants her email to send his own price".
 */
const DETAILS_FOR_OTHER_WORK = /\b(?:plumbers?|electricians?|tilers?|fitters?|subcontractors?|subbies?|contractors?|decorators?|builders?|joiners?|installers?)\b[^.?!]{0,40}?\b(?:asked|asking|asks|wants?|wanted)\s+(?:if (?:he|she|they) can have\s+|for\s+|to have\s+)?(?:the|her|his|their)\s+(?:customer['’]?s|client['’]?s|homeowner['’]?s)?\s*(?:numbers?|phone numbers?|mobile|details|e-?mail|address|contact details)\b/i;

/** A policy sentence keeping those who work for us from our clients: "They must not contact our customers for any other work". */
const NO_OTHER_WORK_SAID = /\b(?:must not|never|not|don['’]?t|do not)\s+(?:contact|approach|quote|sell to|work for|poach)\s+(?:our\s+)?(?:customers?|clients?)\b/i;

/** A client's details asked by one working for us, for other work: the one policy that says they must not. */
export const detailsForOtherWorkAnswer = toldThenSaid(DETAILS_FOR_OTHER_WORK, NO_OTHER_WORK_SAID);

/**
 * Work opened on a public network, asked: "sat in costa, ok to jump on their free wifi and open the project files?", "can I use the
 * hotel wifi for the booking system?". A network someone else runs, named by what it is or where.
 */
const PUBLIC_WIFI_ASKED = /\b(?:free|public|open|caf[eé]|coffee shop|hotel|station|train|pub|library|their|costa|starbucks)\s+wi-?fi\b|\bwi-?fi\s+(?:in|at|on)\s+(?:the\s+|a\s+)?(?:caf[eé]|coffee shop|costa|starbucks|pub|hotel|station|train|library|airport)\b/i;

/** A policy sentence on public networks: "never use public wi-fi without the VPN", "use the practice VPN". */
const PUBLIC_WIFI_SAID = /\b(?:public|free|open|hotel|caf[eé]|guest|shared)\s+wi-?fi\b|\bvpn\b/i;

/** Work on a public network: the firm's one policy with a sentence on public wi-fi or its VPN. */
export function publicWifiAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return PUBLIC_WIFI_ASKED.test(question) ? theOnly(policiesSaying(ctx, PUBLIC_WIFI_SAID)) : undefined;
}

/** Leave asked to keep or leave something where it came: "fine to leave it in the chat?", "can I keep them in my inbox?" (not "in the job folder"). */
const LEAVE_IN_ASKED = /\b(?:fine|ok|okay|alright|all right|allowed|can i|could i|should i|do i)\s+(?:to\s+)?(?:just\s+)?(?:leave|keep|store|save)\s+(?:it|them|that|this|those|these)\s+(?:in|on)\s+(?:the\s+|my\s+|our\s+)?(?:chat|whatsapp|group|thread|messages|inbox|e-?mails?|texts|camera roll|gallery|phone)\b/i;

/** The channels a policy may forbid keeping things in, as staff name them. */
const CHANNEL = /\b(whatsapp|texts?|e-?mails?|messenger|facebook|instagram|camera roll|gallery|own phone|personal phone)\b/i;

/**
 * Something kept where it came, with leave asked: "client sent me a photo of her MRI report on whatsapp, fine to leave it in the
 * chat?". The firm's one policy with a sentence that forbids keeping things in that channel ("never in WhatsApp, texts or email").
 */
export function keptInChannelAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const channel = LEAVE_IN_ASKED.test(question) ? CHANNEL.exec(question)?.[1] : undefined;
  if (!channel) return undefined;
  // The channel said as where not to keep things: "never in WhatsApp, texts or email", "not on your own phone".
  // Kept in it, not sent by it: "never by WhatsApp" is a rule on sending (door codes, card numbers), not on keeping.
  const forbids = new RegExp(String.raw`\b(?:never|not|don['’]t|do not)\s+(?:[\w-]+\s+){0,4}?(?:in|on)\s+(?:(?:your|a|the)\s+)?(?:[\w-]+(?:,\s*|\s+or\s+|\s+and\s+))*?${channel.replace(/s$/, '')}`, 'i');
  return theOnly(policiesSaying(ctx, forbids));
}

/** Printing at home, asked: "printer at home is way quicker, ok if i run off the drawings at mine tonight?", "can I print the rota at home?". */
const PRINT_AT_HOME_ASKED = /\b(?:print|prints|printing|printed|printer|run off|running off)\b[^.?!]{0,80}?\b(?:at home|at mine|at my (?:house|place|flat)|on my (?:own |home )?printer)\b|\b(?:home|own) printer\b/i;

/** A policy sentence on printing at home: "Do not print client drawings at home", "never use a home printer". */
const PRINT_AT_HOME_SAID = /\bprint\w*\b[^.]*\b(?:at home|home printers?)\b|\bhome printers?\b/i;

/** Printing at home: the firm's one policy with a sentence on it. */
export function printAtHomeAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return PRINT_AT_HOME_ASKED.test(question) ? theOnly(policiesSaying(ctx, PRINT_AT_HOME_SAID)) : undefined;
}

/**
 * A memory stick or USB drive, ours or someone else's, to go into a work computer: "client gave me a memory stick with her late
 * husband's documents on it, can i plug it into my laptop", "can i stick a usb in the office pc". Plugging it in is asked.
 */
const STICK_PLUGGED_IN = /^(?=.*\b(?:memory sticks?|usb (?:sticks?|drives?|pens?|keys?)|pen drives?|flash drives?|thumb drives?|external (?:hard )?drives?)\b).*\b(?:plug|plugging|put|putting|stick|sticking|pop|popping|connect|connecting|insert|inserting|use|open|opening)\b[^.?!]{0,30}?\b(?:into|in|on|to)\s+(?:my|the|our|a|her|his|their|your)\s+(?:work\s+|office\s+|own\s+)?(?:laptops?|pcs?|computers?|macs?|macbooks?|machines?|desktops?)\b/i;

/** A policy sentence on memory sticks or USB drives: "Do not … plug in memory sticks without asking Joanne". */
const STICKS_SAID = /\b(?:memory sticks?|usb(?: sticks?| drives?| pens?)?|pen drives?|flash drives?|thumb drives?|removable (?:media|drives?|storage))\b/i;

/**
 * Someone's records asked to be put on a memory stick for them: "patient's son has her power of attorney and wants her scans put on a
 * memory stick for him, can i just do that".
 */
const RECORDS_ONTO_STICK = /\b(?:scans?|images?|x-?rays?|records?|notes|files?|reports?|photos?|footage|recordings?|documents?)\s+(?:put|copied|saved|burn(?:ed|t)|stuck|popped|loaded)\s+(?:on|onto|to)\s+(?:a\s+)?(?:memory stick|usb(?: stick| drive| pen)?|pen ?drive|flash drive|thumb drive)\b|\b(?:put|copy|save|burn|stick|pop|load)\s+(?:her|his|their|the)\s+(?:[\w-]+\s+)?(?:scans?|images?|x-?rays?|records?|notes|files?|reports?|photos?|footage|recordings?|documents?)\s+(?:on|onto|to)\s+(?:a\s+)?(?:memory stick|usb(?: stick| drive| pen)?|pen ?drive|flash drive|thumb drive)\b/i;

/** A memory stick to go into a work computer, or records asked onto one: the one policy with a sentence on them. */
export function stickPluggedInAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!STICK_PLUGGED_IN.test(question) && !RECORDS_ONTO_STICK.test(question)) return undefined;
  return theOnly(policiesSaying(ctx, STICKS_SAID));
}

/**
 * A call or talk about someone's affairs overheard, told: "realised the bloke opposite was listening to every word", "the whole
 * waiting room could hear", "someone was earwigging". The one policy sentence on not being overheard says what to do.
 */
const OVERHEARD_TOLD = /\b(?:overheard|over-heard|eavesdropp\w*|earwigg\w*|(?:was|were|been|is|are|kept)\s+listening\s+(?:in|to\s+(?:every word|everything|the (?:whole )?(?:call|conversation)|my (?:call|conversation)|us))|could (?:hear|have heard)\s+(?:every word|everything|the (?:whole )?(?:call|conversation)|us|me|it all))\b/i;

/** A call or someone's affairs talked over, where the overhearing happened: not small talk overheard ("eavesdropping on the builders"). */
const AFFAIRS_TALKED = /\b(?:call|calls|phone|mobile|on the line|talking to|speaking to|chatting to|client['’]?s?|customer['’]?s?|patient['’]?s?|buyer['’]?s?|seller['’]?s?|tenant['’]?s?|booking|details|address|case|appointment|diagnosis|deposit|debts?)\b/i;

/** A policy sentence on not being overheard: "somewhere you can't be overheard", "where nobody else can hear the call". */
const OVERHEARD_SAID = /\boverheard\b|\b(?:nobody|no one|no-one)\s+(?:else\s+)?can\s+(?:hear|listen)\b|\bcan(?:no|['’])?t be heard\b/i;

/** Gossip overheard: talk about an outing, the sport or the weather ("overheard the partners arguing about the christmas party"), no one's affairs. */
const GOSSIP_TALKED = /\b(?:arguing|bickering|chatting|talking|moaning|gossiping|laughing|joking|going on)\s+about\s+(?:the\s+|their\s+|his\s+|her\s+|last\s+night['’]?s\s+)?(?:[\w-]+\s+)?(?:party|do|night out|football|footy|match|game|quiz|telly|tv|weather|holidays?|weekend|wedding|christmas|xmas|darts|bake off|strictly|love island)\b/i;

/**
 * Talk about someone's affairs overheard: the one policy with a sentence on not being overheard. Gossip overheard, about no one's
 * affairs, is nothing of ours to answer: "don't know", whatever policy the gossip's words meet ("party" of a policy on third parties).
 */
export function overheardAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!OVERHEARD_TOLD.test(question)) return undefined;
  if (!AFFAIRS_TALKED.test(question)) return GOSSIP_TALKED.test(question) ? notFound(ctx, 'unknown', question) : undefined;
  return theOnly(policiesSaying(ctx, OVERHEARD_SAID));
}

/** Medicines by the names staff give them, shared by the stories of medicine handed over. */
const MEDICINE = String.raw`(?:calpol|nurofen|ibuprofen|paracetamol|medicines?|medication|meds|inhalers?|antibiotics?|piriton|antihistamines?|tablets)`;

/**
 * Medicine to be given with nothing signed for it, told: "rubys dad dropped her off with a bottle of calpol and said give her some at 12
 * but nothings been signed", "mum dropped off calpol and asked us to give it at 2, she didn't fill anything in".
 */
const MEDICINE_UNSIGNED = new RegExp(String.raw`^(?=.*\b(?:${MEDICINE}|creams?|drops)\b)(?=.*\b(?:give|giving|gave|administer\w*|dose|some at)\b).*\b(?:nothing(?:['’]?s| has| had)?\s+(?:been\s+)?(?:signed|filled|written)|(?:didn['’]?t|did not|hasn['’]?t|has not|hadn['’]?t|not)\s+(?:sign(?:ed)?|fill(?:ed)?(?: in| out)?)\s*(?:anything|a form|the form|it)?|no (?:form|consent|permission)(?: form)?|without (?:a |the )?(?:form|consent|signature))\b`, 'i');

/**
 * A policy sentence on medicine forms: "a medicine form the parent has signed", "written consent for any medicine", "Medication is given
 * only with a signed parent form".
 */
const MEDICINE_FORM_SAID = /\b(?:medicines?|medication)\b[^.]*\b(?:forms?|signed|consent|written)\b|\b(?:forms?|signed|consent|written)\b[^.]*\b(?:medicines?|medication)\b/i;

/** Medicine to be given with nothing signed: the one policy with a sentence on medicine forms. */
export function medicineUnsignedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!MEDICINE_UNSIGNED.test(question)) return undefined;
  // Of several (a breach policy's "a medicine form left on the bench"), the one titled for medicines.
  return theOnlyPreferring(policiesSaying(ctx, MEDICINE_FORM_SAID), (p) => /\bmedic(?:ine|ines|ation|al)\b/i.test(p.title));
}

/**
 * Medicine handed over to give out of its own box: "mum handed me some calpol in a sandwich bag for her son, says give him 5ml after
 * lunch", "his tablets are loose in an envelope", "she's put his inhaler in a pot with no label".
 */
const MEDICINE_UNBOXED = new RegExp(String.raw`^(?=.*\b(?:${MEDICINE}|pills|capsules|syrup)\b)(?=.*\b(?:give|giving|gave|administer\w*|dose|\d+\s?ml|take (?:them|it)|hold (?:on to )?(?:them|it))\b).*\b(?:in an? (?:sandwich bag|plastic bag|freezer bag|food bag|envelope|pot|jar|tub|cup|syringe|unlabell?ed \w+)|loose in|(?:no|without a|without the|not in (?:its|the|a)) (?:label|box|packet|bottle|packaging|original \w+)|unlabell?ed|decanted|taken out of (?:the|its) (?:box|packet|bottle))\b`, 'i');

/** A policy sentence that gives medicine only from its own box or labelled: "only from the original labelled box", "Medicines are handed to the leader … labelled". */
const ORIGINAL_BOX_SAID = /\boriginal\b[^.]*\b(?:box|packet|packaging|container|bottle)\b|\bmedicines?\b[^.]*\blabel(?:l?ed|s)?\b/i;

/** Medicine handed over out of its own box: the one policy that gives medicine only from the original one. */
export const medicineUnboxedAnswer = toldThenSaid(MEDICINE_UNBOXED, ORIGINAL_BOX_SAID);

/**
 * Someone asking us about another's allergies or health, with whether to tell them asked: "one of the mums asked me what alfie is
 * allergic to cos shes doing party bags, can i tell her", "venue coordinator wants a list of which guests have allergies, can i send
 * it". The policy titled for allergies or health says who may know.
 */
const OTHERS_HEALTH_ASKED = /\b(?:asked|asking|asks|wants?|wanted)\s+(?:me\s+|us\s+)?(?:to know\s+)?(?:for\s+)?(?:a list of\s+)?(?:what|if|whether|which|who)\b[^.?!]{0,50}?\b(?:allergic|allergies|allergy|medical|medication|conditions?|diagnos\w*|health)\b[^?]*\b(?:can|could|should|shall|do)\s+(?:i|we)\s+(?:just\s+)?(?:tell|say|send|give|share|pass)\b/i;

/** A policy title on allergies, diets or health records. */
const HEALTH_TITLE = /\b(?:allerg\w*|dietary|medic(?:ine|ines|al|ation)|health)\b/i;

/** Another's allergies or health asked of us, telling asked: the one policy titled for them. */
export function othersHealthAskedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!OTHERS_HEALTH_ASKED.test(question)) return undefined;
  return theOnly(policiesByTitle(ctx, HEALTH_TITLE));
}

/**
 * Someone to take part before their forms are in: "new kid came down wanting to get in the ring tonight, his mum never filled anything
 * in yet. let him train?", "she's not done the consent form, can she still join the session?", "his mam says she'll fill the form in next
 * week, can he just train", "guest says she'll do the paperwork after, can we just start rolling?".
 */
const FORMS_NOT_IN = /^(?=.*\b(?:never|not|hasn['’]?t|hasnt|haven['’]?t|havent|didn['’]?t|didnt|not yet)\s+(?:yet\s+)?(?:filled|signed|done|completed|returned|handed)\s+(?:anything|(?:the|a|any|his|her|their)\s+(?:consent\s+|medical\s+|health\s+|registration\s+|joining\s+)?forms?|in)\b|.*\bwithout\s+(?:a|the|any|his|her|their)\s+(?:consent|medical|health|registration|joining)\s+forms?\b|.*\b(?:she|he|they)(?:['’]ll|\s+will|\s+can|\s+is going to|['’]s going to)\s+(?:just\s+)?(?:fill|sign|bring|send|do)\s+(?:in\s+)?(?:the|a|his|her|their)\s+(?:consent\s+|medical\s+|health\s+|registration\s+|joining\s+|release\s+)?(?:forms?|paperwork)\s+(?:in\s+)?(?:next (?:week|time|session)|later|tomorrow|at the weekend|after(?:wards)?)\b)(?=.*\b(?:start rolling|record|recording|film|filming|shoot|train|training|join|joining|take part|taking part|have a go|try|session|class|lesson|ride|climb|swim|play|start)\b)/i;

/**
 * A policy sentence that forms come before someone first takes part: "…signed by a parent or carer before their first session", "No child
 * rehearses, tours or is photographed without their parent's current consent" (read in the eighty-ninth round).
 */
const FIRST_SESSION_SAID = /\bbefore\s+the\s+(?:recording|shoot|filming|session|class|lesson|treatment|ride|climb|dive|flight|match)\s+(?:starts|begins)\b|\bbefore\s+(?:their|his|her|the|a|any)\s+first\s+(?:session|class|lesson|visit|activity|ride|climb|swim|treatment|appointment|match|game|day)\b|\bbefore\s+(?:they|he|she|anyone)\s+(?:take part|joins?|trains?|starts?|rides?|climbs?)\b|\b(?:no\s+(?:child|one|player|member|pupil|rider|swimmer|dancer|climber|learner|student)|nobody)\s+(?:[\w'’-]+\s+){0,2}?(?:rehearses|plays|trains|rides|swims|takes part|joins|climbs|dives|tours|performs)\b[^.]*\bwithout\b[^.]*\b(?:consent|forms?)\b/i;

/** Someone to take part before their forms are in: the firm's one policy with a sentence on forms before the first session. */
export function formsNotInAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return FORMS_NOT_IN.test(question) ? theOnly(policiesSaying(ctx, FIRST_SESSION_SAID)) : undefined;
}

/**
 * Health or medical answers asked to be sent by text, email or a chat app: "mark wants me to text him the health answers for tomorrows
 * flight cos his tablet wont sync", "can i whatsapp the medical forms to the instructor?". Not to the person's own vet or doctor, whom
 * a policy may have us email.
 */
const HEALTH_SENT_ASKED = /^(?!.*\bto\s+(?:her|his|their|the|our)\s+(?:own\s+)?(?:vet|gp|doctor|hospital|surgery|consultant|nurse)\b).*\b(?:text|texting|whatsapp|whatsapping|email|emailing|e-mail|message|messaging|send|sending|forward|forwarding)\s+(?:(?:him|her|them|it|over)\s+)?(?:the\s+|their\s+|his\s+|her\s+|all the\s+)?(?:[\w-]+\s+)?(?:health|medical|medication|allergy)\s+(?:answers?|details|info|information|forms?|notes|declarations?|questionnaires?|sheets?)\b/i;

/** A policy sentence that health or medical answers are not sent by email, text or a chat app. */
const HEALTH_NOT_SENT_SAID = /\b(?:do not|don['’]t|never|not)\s+(?:\w+\s+)?(?:send|email|text|whatsapp|share)\b[^.]*\b(?:medical|health)\b|\b(?:medical|health)\b[^.]*\b(?:never|not)\b[^.]*\b(?:email|text|whatsapp)\b/i;

/** Health answers asked to be sent by text or a chat app: the firm's one policy with a sentence that they are not sent that way. */
export function healthSentAskedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return HEALTH_SENT_ASKED.test(question) ? theOnly(policiesSaying(ctx, HEALTH_NOT_SENT_SAID)) : undefined;
}

/**
 * The crew all leaving a loaded vehicle for a minute, asked: "can me and callum nip into greggs on the way back? only be 5 mins", "need a
 * wee at the services, can we both nip in if we lock the lorry?". Not an empty one, or one back at the depot.
 */
const CREW_LEAVING_VEHICLE = /^(?!.*\b(?:empty|unloaded|back at the (?:depot|yard|unit))\b)(?=.*\b(?:lorry|lorries|van|truck|wagon|vehicle|on the way back|services)\b).*\b(?:can|could|ok|okay|alright|fine)\b[^.?!]{0,20}?\b(?:we|me and [a-z]+|[a-z]+ and me|both|the two of us|we both)\b[^.?!]{0,15}?\b(?:nip|nipping|pop|popping|run|dash|go)\s+(?:in|into|to|off)\b/i;

/** A policy sentence that a vehicle is never left unattended: "A loaded lorry is never left unattended or unlocked … one of the crew stays with it". */
const VEHICLE_NEVER_LEFT_SAID = /\b(?:lorry|lorries|vans?|vehicles?|trucks?)\b[^.]*\b(?:never left unattended|not left unattended|stays? with it)\b/i;

/** The crew all leaving a loaded vehicle: the firm's one policy sentence that it is never left unattended. */
export function crewLeavingVehicleAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return CREW_LEAVING_VEHICLE.test(question) ? theOnly(policiesSaying(ctx, VEHICLE_NEVER_LEFT_SAID)) : undefined;
}

/**
 * Someone collecting another's medicine or order for them, told: "bloke at the counter picking up his mum's oxycodone", "her
 * husband is collecting her prescription". One of theirs by kin ("his mum's"), so a customer picking up her own order is none.
 */
const COLLECTING_FOR_KIN = /\b(?:picking up|pick up|picks up|picked up|collecting|collect|collects|collected|getting|here for)\s+(?:his|her|their)\s+(?:mum|mom|mother|dad|father|wife|husband|partner|son|daughter|nan|gran|grandad|grandma|neighbou?r|brother|sister|friend|mate)['’]?s?\s+(?:[\w-]+\s+){0,2}?(?:prescriptions?|scripts?|meds|medicines?|medication|tablets|pills|inhalers?|insulin|methadone|oxycodone|morphine|controlled drugs?|bags?|orders?|parcels?)\b/i;

/** A patient's medicine handed to kin of theirs: "gave mrs khan's bag to her son". */
const HANDED_TO_KIN = /\b(?:gave|given|give|handed|hand|handing)\s+(?:(?:mrs|mr|ms|miss|dr)\s+)?[a-z]+['’]?s\s+(?:prescriptions?|bags?|meds|medicines?|medication|tablets|scripts?)\s+to\s+(?:her|his|their)\s+(?:son|daughter|husband|wife|partner|mum|mom|dad|neighbou?r|carer|friend|brother|sister)\b/i;

/** A policy titled on collecting for someone else: "Collecting medicines for someone else", "Collections by representatives". */
const COLLECTING_FOR_ANOTHER_TITLE = /\bcollect\w*\b[^.]*\b(?:someone else|somebody else|another person|others|on (?:their|someone['’]?s) behalf|representatives?)\b/i;

/** Someone collecting for kin ({@link COLLECTING_FOR_KIN}), or a patient's medicine handed to kin: the firm's one policy titled on collecting for someone else. */
export function collectingForKinAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return COLLECTING_FOR_KIN.test(question) || HANDED_TO_KIN.test(question) ? theOnly(policiesByTitle(ctx, COLLECTING_FOR_ANOTHER_TITLE)) : undefined;
}

/**
 * Someone telling their own health in front of others, told: "lady at the till started telling me all about her thrush in front of a
 * queue of people", "a client was going on about his meds at reception with everyone listening". Their health, told where others hear.
 */
const HEALTH_TOLD_IN_FRONT = /\b(?:telling|told|tell|talking|talked|talk|going on|chatting|explaining|describing)\b[^.?!]{0,40}?\b(?:her|his|their)\s+(?:[\w-]+\s+)?(?:thrush|symptoms?|conditions?|health|illness|piles|rash|infection|medication|meds|diagnosis|periods?|cancer|pregnancy|depression|anxiety|diabetes|blood pressure|operation|op|test results?)\b[^.?!]{0,60}?\b(?:in front of|with (?:everyone|people|others) (?:listening|around|there)|queue|other (?:customers|patients|clients|people)|waiting room|everyone (?:could|can) hear)\b/i;

/** A policy sentence that offers somewhere private to talk: "Offer the consultation room for any conversation about symptoms". */
const PRIVATE_ROOM_OFFERED = /\b(?:offer|use|take (?:them|her|him))\b[^.]*\b(?:consultation room|private room|quiet room|side room|somewhere private|a private space)\b/i;

/** Health told in front of others ({@link HEALTH_TOLD_IN_FRONT}): the one policy that offers somewhere private, else the one on being overheard. */
export function healthToldInFrontAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  // Or a condition told ({@link HEALTH_TOLD}) where the group hears: "told me she's expecting, halfway through the safety chat in front of everyone".
  if (!HEALTH_TOLD_IN_FRONT.test(question) && !(HEALTH_TOLD.test(question) && IN_FRONT_OF_OTHERS.test(question))) return undefined;
  return theOnlySaying(ctx, PRIVATE_ROOM_OFFERED, OVERHEARD_SAID, PRIVATELY_SAID);
}

/** Where others hear: "in front of everyone", "with the whole group listening". */
const IN_FRONT_OF_OTHERS = /\bin front of (?:everyone|everybody|the (?:whole )?(?:group|class|queue|others)|other (?:customers|people|guests|clients))\b|\bwith (?:everyone|the (?:whole )?group) (?:listening|there|around)\b/i;

/** A policy sentence to talk about it privately: "talk to them privately", "speak to the customer in private". */
const PRIVATELY_SAID = /\b(?:talk|speak|have a word)\b[^.;]{0,30}?\b(?:privately|in private|somewhere private|away from the group)\b/i;

/**
 * A customer ill after what we sold or served them, told: "bloke rang saying him and his missus were up all night being sick after the
 * mussels we sold them". The firm's one policy sentence on a customer who says they were ill (recorded as a complaint, passed on).
 */
const ILL_AFTER_TOLD = /\b(?:sick|ill|poorly|food poisoning|vomiting|throwing up|upset stomachs?|the runs|diarrh\w*|a reaction)\b[^.?!]{0,40}?\b(?:(?:after|from)\s+(?:eating|having|trying)\b|(?:after|from)\s+(?:the|our|some|a|an|his|her|their)\s+(?:[\w-]+\s+){1,3}?(?:we|they|he|she|i)\s+(?:sold|served|made|cooked|bought|had|ate|got)\b)/i;
const ILL_AFTER_SAID = /\b(?:ill|sick|unwell|food poisoning)\b[^.]*\b(?:after (?:eating|having)|complaint)\b/i;
export const illAfterAnswer = toldThenSaid(ILL_AFTER_TOLD, ILL_AFTER_SAID);

/**
 * A thing of ours asked to be left in a vehicle while one is out of it: "nipping into the shop for 2 mins, ok to leave the van phone on
 * the dash?". The firm's one policy sentence that says that thing is never left there.
 */
const LEFT_IN_VEHICLE_ASKED = /\bleav(?:e|ing)\s+(?:the|my|our)\s+((?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:on|in|under)\s+(?:the\s+)?(?:dash(?:board)?|front seat|passenger seat|back seat|seat|van|car|cab|lorry|truck|glove ?box|boot|footwell)\b/i;

export function leftInVehicleAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const thing = LEFT_IN_VEHICLE_ASKED.exec(question)?.[1];
  if (!thing) return undefined;
  const head = thing.trim().split(/\s+/).pop()!;
  const said = new RegExp(String.raw`\b${escapeRegExp(head)}s?\b[^.]*\b(?:never|not)\b[^.]*\b(?:left|leave)\b|\b(?:never|not)\s+(?:be\s+)?(?:left|leave)\b[^.]*\b${escapeRegExp(head)}s?\b`, 'i');
  return theOnly(policiesSaying(ctx, said));
}

/**
 * A customer asking us to key in their own details for them: "regular at the till said 'just pop my number in for the stamps love'".
 * The firm's one policy sentence that says customers type their own, not staff for them.
 */
const KEY_IN_FOR_ME_ASKED = /\b(?:pop|put|type|key|stick|enter|tap)\s+my\s+(?:(?:phone|mobile)\s+)?(?:number|email|details|postcode|address)\s+in\b/i;
const NOT_FOR_THEM_SAID = /\b(?:do not|don['’]t|never)\s+(?:type|enter|key|put)\b[^.]*\bfor (?:them|the customer|customers)\b/i;
export const keyInForMeAnswer = toldThenSaid(KEY_IN_FOR_ME_ASKED, NOT_FOR_THEM_SAID);
