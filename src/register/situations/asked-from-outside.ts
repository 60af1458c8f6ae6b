// Someone outside asking or telling us, and the one policy sentence that says what we do: family ringing one of our crew directly or not
// named on the booking, a caller not on the contacts we hold asking about another's things, the police with evidence or asking for a
// camera's footage, a parent asking for all we hold on a 16- or 17-year-old, a client leaving us, one who died still sent our mail, money
// offered for news. Each reads the story, then finds the sentence by what it says, never by a firm's policy id.
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { policiesSayingWhole, theOnly, toldThenSaid } from '../quoted-policies.ts';
import { KIN } from './one-sentence-rules.ts';
import { POLICE_SAID } from './requests.ts';

/**
 * Family ringing one of us on our own phone: "I'm on a crew today and the patient's daughter rang my own mobile asking what time we'll
 * have her mum back home". Not one of us ringing a customer from our own phone.
 */
const KIN_RANG_OWN_PHONE_TOLD = new RegExp(
  String.raw`(?<!\bmy\s+)\b${KIN}\b[^.?!]{0,40}?\b(?:rang|rung|called|phoned|texted|messaged|whatsapped)\s+(?:me\s+on\s+)?my\s+(?:own\s+|personal\s+)?(?:mobile|phone|number|cell)\b`,
  'i',
);

/** A policy sentence on family phoning one of us directly. */
const PHONES_DIRECTLY_SAID = /\b(?:phones?|rings?|calls?|texts?|contacts?)\s+(?:a|the|our|one of our)?\s*(?:crews?|you|staff|drivers?|carers?|members? of staff|nannies|coach(?:es)?|tutors?)\s+directly\b/i;

export const kinRangOwnPhoneAnswer = toldThenSaid(KIN_RANG_OWN_PHONE_TOLD, PHONES_DIRECTLY_SAID);

/**
 * Family not named on the booking asking a detail of it: "bloke rang the control room saying he's the patient's son and wants to know what
 * time we're collecting his dad. he's not on the booking anywhere".
 */
const KIN_NOT_ON_BOOKING_TOLD = new RegExp(
  String.raw`^(?=.*\b${KIN}\b)(?=.*\b(?:rang|rung|called|phoned|emailed|asking|asked|wants?|wanting)\b).*\b(?:he|she|they)['’]?(?:s| is| are|re)?\s+(?:not|isn['’]?t|aren['’]?t)\s+(?:named\s+|down\s+|listed\s+)?(?:on|in)\s+(?:the|her|his|their)\s+(?:booking|record|file|form|account|system)\b`,
  'i',
);

/**
 * A policy sentence that family are told only if named in the booking or record, or that we discuss a case only with those named on its
 * form ("only with them and anyone they name on the form").
 */
const ONLY_IF_NAMED_SAID = /\bonly if\b[^.;]*\bnamed\s+(?:in|on)\s+the\s+(?:booking|record|file|form|account)\b|\bonly with\b[^.;]*\bname[sd]?\s+(?:in|on)\s+the\s+(?:booking|record|file|form|account)\b/i;

export const kinNotOnBookingAnswer = toldThenSaid(KIN_NOT_ON_BOOKING_TOLD, ONLY_IF_NAMED_SAID);

/**
 * A caller saying they are a client's family, asking about the client's own dealings with us: "bloke on the line says he's the husband
 * and wants to know if the car claim has been paid out, she's at work. ok to tell him?", "man on the phone says hes the son and wants an
 * update on the paperwork".
 */
const KIN_ASKS_FOR_CLIENT_TOLD = new RegExp(
  String.raw`^(?=.*\b(?:on the (?:phone|line)|rang|rung|called|phoned|caller|calling|emailed)\b)` +
    // "he's the husband", "he's the tenant's brother", "she's the wife of the owner of Sea Breeze"; not "the sister of Tom in accounts".
    String.raw`(?=.*\b(?:says|saying|said|claims?|claiming|reckons?)\s+(?:(?:that\s+)?(?:(?:she|he|they)(?:['’]s|['’]re| is| are| was)|hes|shes|theyre)|to be)\s+(?:the|her|his|their|(?:the\s+)?[a-z]+['’]s)\s+(?:${KIN}|boyfriend|girlfriend|fianc[eé]e?)\b(?!\s+of\b(?!\s+(?:the|our|a|one of our)\s+(?:owner|client|customer|member|tenant|patient|policyholder|resident|guest)\b)))` +
    String.raw`(?=.*\b(?:(?:wants? to know|wanting to know|asking|asked|ok to tell|okay to tell|can i tell|do i tell|should i tell)\s+(?:me\s+)?(?:if|whether|what|when|how much|about)|wants?\s+an\s+update\s+on)\b[^.?!]{0,60}?\b(?:claims?|policy|policies|cover|account|booking|appointment|results?|application|case|file|payments?|paid|renewal|fees?|berth|plan|records?|paperwork|flight|flown back|funeral)\b)`,
  'i',
);

/** A policy sentence that a spouse or family member is not told unless the client named or recorded them. */
const KIN_NOT_AUTHORISED_SAID =
  /\b(?:spouses?|husbands?|wives|wife|partners?|family(?: members?)?|relatives?|next of kin)\b[^.;]*\b(?:(?:is|are) not (?:authori[sz]ed|allowed|entitled)\b|unless\s+(?:they\s+are\s+|they['’]re\s+|he\s+is\s+|she\s+is\s+)?(?:recorded|named|listed|authori[sz]ed))/i;

/** Family not told unless named, or a case discussed only with those named on its form. */
const KIN_TOLD_ONLY_IF_NAMED_SAID = new RegExp(`${KIN_NOT_AUTHORISED_SAID.source}|${ONLY_IF_NAMED_SAID.source}`, 'i');

export const kinAsksForClientAnswer = toldThenSaid(KIN_ASKS_FOR_CLIENT_TOLD, KIN_TOLD_ONLY_IF_NAMED_SAID);

/**
 * What someone died of, asked by another: "the uncle keeps asking me what his nephew actually died of, he's not the one who instructed us".
 * A person, by who they are to another or by name: not "what the lilies died of".
 */
const CAUSE_OF_DEATH_ASKED =
  /\b(?:ask(?:s|ed|ing)?|wants? to know|wanting to know|keeps on at me about)\b[^.?!]{0,30}?(?:\bwhat\s+(?:he|she|they|(?:his|her|their)\s+[a-z]+|[a-z]+)\s+(?:actually\s+|really\s+|even\s+)?died\s+(?:of|from)\b|\b(?:the\s+)?cause of (?:his |her |their )?death\b)/i;

/** A policy sentence that the cause of death is not discussed, or only with some. */
const CAUSE_OF_DEATH_NOT_DISCUSSED_SAID = /\bcause of death\b[^.;]*\b(?:not|never)\s+(?:be\s+)?(?:discussed|shared|told|given|disclosed|passed on)\b/i;

export const causeOfDeathAskedAnswer = toldThenSaid(CAUSE_OF_DEATH_ASKED, CAUSE_OF_DEATH_NOT_DISCUSSED_SAID);

/**
 * A caller from one we work with who is not one of the contacts we hold: "someone from the Queens reception rang asking if we've got Mr
 * Patel's suits … she's not one of the usual people we deal with, can I tell her?", "says he's the new finance director at one of our
 * clients … I can't see him on their list".
 */
const UNLISTED_CALLER_TOLD =
  /^(?=.*\b(?:rang|rung|called|phoned|emailed|on the phone|asking|asked|wants?|wanting)\b)(?=.*(?:\b(?:mr|mrs|ms|miss|dr)\.?\s+[a-z]+|\b(?:someone|somebody|an employee|a guest|a customer|a client|a member)['’]s\b|\bfor (?:someone|somebody|an employee|one of (?:their|the) (?:staff|employees|team))\b)).*(?:\b(?:he|she|they)['’]?(?:s| is| are|re)?\s+(?:not|isn['’]?t|aren['’]?t)\s+(?:one of\s+)?(?:the|our)\s+(?:usual|named|normal|regular|listed|authori[sz]ed)\s+(?:people|contacts?|persons?|ones)\b|\b(?:can['’]?t|cannot|couldn['’]?t)\s+(?:see|find)\s+(?:him|her|them)\s+on\s+(?:the|their|our)\s+(?:[\w-]+\s+){0,2}?list\b)/i;

/** A policy sentence that only the named or listed contacts are told or take instructions. */
const NAMED_CONTACTS_ONLY_SAID = /\b(?:other than|except)\s+(?:our|the|their)\s+(?:named|authori[sz]ed|listed)\s+contacts?\b|\bonly\s+(?:the\s+)?(?:named\s+|authori[sz]ed\s+)?contacts?\s+on\b[^.;]*\blist\b/i;

export const unlistedCallerAnswer = toldThenSaid(UNLISTED_CALLER_TOLD, NAMED_CONTACTS_ONLY_SAID);

/**
 * A thing of ours the police may want as evidence: "police officer at the counter says a jacket we took in yesterday might be evidence,
 * wants to know who brought it in".
 */
const POLICE_EVIDENCE_TOLD = new RegExp(String.raw`^(?=.*(?:${POLICE_SAID}|\bofficers?\b))(?=.*\b(?:evidence|evidential|forensic\w*)\b)`, 'i');

/** A policy sentence that what the police are interested in is kept aside as it is. */
const KEPT_ASIDE_SAID = /\bpolice\b[^.;]*\b(?:interested in|want|ask)\w*\b[^.;]*\b(?:aside|do not (?:clean|wash|touch|move|delete|throw|alter))\b/i;

export const policeEvidenceAnswer = toldThenSaid(POLICE_EVIDENCE_TOLD, KEPT_ASIDE_SAID);

/**
 * The police asking us for footage or a camera's clip: "copper rang asking for my helmet cam from tuesday's incident", "PC rang asking if we
 * could just email over the clip of the car park" (read in the ninetieth round).
 */
const POLICE_FOOTAGE_TOLD = new RegExp(
  String.raw`(?:${POLICE_SAID}|\bofficers?\b)[^.?!]{0,60}?\b(?:asking|asked|asks|wants?|wanting|request\w*)\s+(?:for\s+|(?:if|whether)\s+(?:we|i|you)\s+(?:could|can|would|will)\s+(?:just\s+)?(?:send|email|e-mail|forward|give|pass|share|copy)\s+(?:over\s+|across\s+)?(?:(?:him|her|them)\s+)?)?(?:the\s+|our\s+|my\s+|your\s+|any\s+|some\s+)?(?:[\w-]+\s+){0,2}?(?:footage|cctv|videos?|clips?|(?:helmet|head|body|dash|bike|chest)[- ]?cam(?:era)?s?)\b`,
  'i',
);

/** A policy sentence on the police asking for footage. */
const POLICE_FOOTAGE_SAID = /\bpolice\b[^.;]*\bask\w*\s+for\b[^.;]*\b(?:footage|cctv|videos?|clips?)\b|\bpolice\s+requests?\b[^.;]*\b(?:forms?|signed|in writing)\b/i;

export const policeFootageAnswer = toldThenSaid(POLICE_FOOTAGE_TOLD, POLICE_FOOTAGE_SAID);

/**
 * The police asking us for a person's details: "police officer phoned asking for a lad's address and who he hangs around with, can I tell
 * him?" (read in the ninety-first round), "a copper came in asking where one of our girls lives". Where they live, how to reach them, whom they
 * go about with; not footage, which has its own rule, nor our own address.
 */
const POLICE_DETAILS_TOLD = new RegExp(
  String.raw`^(?!.*\b(?:our|the|your)\s+(?:club|centre|center|office|shop|hall|building|unit|school|site|charity|business|company)['’]?s?\s+(?:address|number|phone number)\b)` +
    String.raw`.*(?:${POLICE_SAID}|\bofficers?\b|\bcoppers?\b)[^.?!]{0,60}?\b(?:asking|asked|asks|wants?|wanting|request\w*)\s+(?:for\s+|about\s+)?(?:(?:a|an|the|one of (?:our|the))\s+)?(?:[\w'’-]+\s+){0,3}?(?:address(?:es)?|home address|phone numbers?|mobile numbers?|contact details|whereabouts|where\s+(?:[\w'’-]+\s+){0,4}?(?:lives?|is staying|stays?)|who\s+(?:[\w'’-]+\s+){0,2}?(?:hangs?|knocks?|goes|go)\s+(?:around|about|round)\s+with)\b`,
  'i',
);

/** A policy sentence on giving someone's information out without their consent: "Only the DSL may share information without consent". */
const SHARED_WITHOUT_CONSENT_SAID = /\b(?:share|shares|shared|sharing|give|pass)\b[^.;]*\bwithout\s+(?:(?:their|the|a|his|her)\s+)?(?:[\w-]+['’]s\s+)?consent\b/i;

export const policeDetailsAnswer = toldThenSaid(POLICE_DETAILS_TOLD, SHARED_WITHOUT_CONSENT_SAID);

/**
 * A parent asking for all we hold on a child of 16 or 17: "a dad rang wanting all the footage and records of his 17 year old son from last
 * weekend, says he paid so it's his right".
 */
const PARENT_ASKS_OLDER_CHILDS_TOLD =
  /\b(?:dad|mum|mom|father|mother|parents?)\b[^.?!]{0,40}?\b(?:wants?|wanting|asking|asked|request\w*)\b[^.?!]{0,30}?\b(?:footage|records?|data|details|info\w*|files?|notes)\b[^.?!]{0,40}?\b(?:of|on|about|for)\s+(?:his|her|their)\s+1[67][- ]?(?:year[- ]old|yo|yr[- ]old|y\/o)\b|\b(?:dad|mum|mom|father|mother|parents?)\b[^.?!]{0,40}?\b(?:wants?|wanting|asking|asked|request\w*)\b[^.?!]{0,30}?\b(?:his|her|their)\s+(?:son|daughter|lad|boy|girl|kid|child)['’]?s?\s+(?:footage|records?|data|details|info\w*|files?|notes)\b[^.?!]{0,30}?\b(?:he|she|they)['’]?(?:s| is| are|re)\s+1[67]\b/i;

/** A policy sentence that the data of one of 16 or 17 is theirs, not the parent's. */
const THEIRS_NOT_PARENTS_SAID = /\bbelongs?\s+to\s+the\s+[a-z]+(?:\s+[a-z]+)?,?\s+not\s+(?:to\s+)?the\s+parents?\b/i;

export const parentAsksOlderChildsAnswer = toldThenSaid(PARENT_ASKS_OLDER_CHILDS_TOLD, THEIRS_NOT_PARENTS_SAID);

/**
 * A parent asking for a child's records, the child's age told: "mum of a 14 yr old patient rang wanting all his notes emailed to her
 * today. is that fine since she's his mum?".
 */
const PARENT_ASKS_CHILDS_TOLD = new RegExp(
  String.raw`^(?=.*\b(?:mum|mam|mom|dad|father|mother|parents?|step-?(?:mum|dad))\b)` +
    String.raw`(?=.*\b(?:wants?|wanting|asking|asked|request\w*)\b[^.?!]{0,40}?\b(?:notes|records?|file|x-?rays?|(?:injury|incident|treatment|assessment|progress|medical|clinical|accident)\s+reports?)\b)` +
    String.raw`(?=.*(?:\b(?:[5-9]|1[0-7])\s*[- ]?\s*(?:yo|y\/o|yrs?|years?)(?:[- ]?old)?\b|\b(?:son|daughter|child|boy|girl|he|she)\s+is\s+(?:[5-9]|1[0-7])\b(?!\s*(?:feet|foot|ft|weeks?|days?|months?|minutes?|mins?|hours?|kg|%))))`,
  'i',
);

/** A policy sentence on a parent asking for a child's records, from an age the child is asked first. */
const CHILD_FROM_AGE_SAID = /\bparents?\b[^.]*\b(?:child|children|young (?:person|people)|junior)\b[^.]*\b(?:of|aged|over)\s+(?:1[0-7]|twelve|thirteen|fourteen|fifteen|sixteen)\b/i;

/** Read by whole sentences: "A parent asks for a child's data through …; a child of 13 or over may also ask for their own". */
export function parentAsksChildsAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return PARENT_ASKS_CHILDS_TOLD.test(question) ? theOnly(policiesSayingWhole(ctx, (sentence) => CHILD_FROM_AGE_SAID.test(sentence))) : undefined;
}

/** A word that ends a business's name: "Kettering Motors", "Brookes Joinery". */
const CLIENT_FIRM_WORD = String.raw`ltd|limited|motors|joinery|garage|builders|plumbing|electrical|group|services|solutions|partners|cafe|hotel|surgery|dental|practice|salon|bakery|farm|estates|lettings|logistics|haulage|engineering|construction|roofing|landscapes|care`;

/**
 * A client leaving us, with what becomes of their records asked: "Kettering Motors are leaving us at the end of the month. What happens to
 * all their payroll stuff?", "Brookes Joinery have given notice". Read with capitals as written: a client named by two words or more, or by a
 * word that ends a business's name; not one of us leaving ("Sarah is leaving us … what happens to her laptop?").
 */
const CLIENT_LEAVING_US_TOLD = new RegExp(
  String.raw`^(?!.*\b(?:his|her)\s+(?:laptop|login|logins|account|accounts|phone|desk|e-?mail|p45|locker|keys?|badge|pension|admin|car|van)\b)` +
    String.raw`(?=.*(?:(?:\b(?:[A-Z][\w&'’-]*\s+){1,3}[A-Z][\w&'’-]*|\b[a-z]+\s+(?:${CLIENT_FIRM_WORD}))\s+(?:are|is|['’]re|['’]s|have|has)\s+(?:leaving|moving (?:away )?from|switching (?:away )?from|going (?:elsewhere|to another)|given (?:us\s+)?(?:their\s+|its\s+)?notice)\b` +
    // Or a client's contract with us ending: "a client's contract ends next month".
    String.raw`|\b(?:a|the|one|our)\s+(?:of our\s+)?(?:client|customer)s?['’]?s?\s+contracts?\s+(?:ends?|is ending|are ending|finish(?:es)?|runs? out|is up|are up)\b))` +
    String.raw`(?=.*\b[Ww]hat\s+(?:happens|do we do|should we do|do i do|do I do)\s+(?:to|with)\b)`,
);

/** A policy sentence on what is done when a client leaves. */
const WHEN_CLIENT_LEAVES_SAID = /\bwhen\s+(?:a|an|the)\s+(?:client|customer|member|tenant|employer|account customer|school|business)s?\s+(?:leaves?|ends?|cancels?|goes|moves)\b/i;

export const clientLeavingUsAnswer = toldThenSaid(CLIENT_LEAVING_US_TOLD, WHEN_CLIENT_LEAVES_SAID);

/**
 * One of those we write to who has died, still sent our mail: "her daughter just told me one of our adopters died last month, but she's
 * still getting the donkey updates".
 */
const DEAD_STILL_MAILED_TOLD =
  /^(?!.*\b(?:volunteers?|colleagues?|staff|employees?|donkeys?|horses?|ponies|pony|dogs?|cats?|animals?|pets?)\s+(?:has\s+|had\s+|just\s+|recently\s+)?(?:died|passed away|passed on)\b)(?=.*\b(?:died|passed away|passed on|has passed|is dead|funeral|deceased)\b)(?=.*\b(?:(?:still|keeps?)\s+(?:getting|receiving|being sent|get|gets|receive)|(?:still|keep)\s+(?:send|sending|mail|mailing|post|posting)(?:\s+(?:her|him|them))?|(?:stop|cancel)(?:\s+(?:sending\s+)?(?:her|him|them))?)\s+(?:the\s+|our\s+|all\s+the\s+|her\s+|his\s+)?(?:[\w-]+\s+)?(?:updates?|mailings?|letters?|e-?mails?|newsletters?|magazines?|appeals?|post|texts?|reminders?)\b)/i;

/** A policy sentence to mark one who has died as deceased. */
const MARKED_DECEASED_SAID = /\bmark\w*\b[^.;]*\b(?:as\s+)?(?:deceased|died|dead)\b/i;

export const deadStillMailedAnswer = toldThenSaid(DEAD_STILL_MAILED_TOLD, MARKED_DECEASED_SAID);

/**
 * Someone offering us something for news of ours, told: "bloke in the pub keeps asking me if the grey's leg is alright and says he'll see
 * me right if I let him know before saturday".
 */
const PAID_FOR_NEWS_TOLD =
  /^(?=.*\b(?:see (?:me|you|us) right|bung|backhander|a drink in it|make it worth (?:my|your) while|pay (?:me|you) (?:for|to)|(?:offered|offering|offers) (?:me |you )?(?:money|cash|£\s?\d+|\w+ quid|a tenner|a drink))\b)(?=.*\b(?:(?:keeps?|kept|was|is) asking (?:me\s+)?(?:if|how|whether|about|what|which)|(?:to|if i|if you)\s+(?:tell|let)\s+(?:him|her|them)\s+(?:know\s+)?(?:how|which|what|whether|if|about)|tip (?:him|her|them) off)\b)/i;

/** A policy sentence on anyone offering money for information. */
const MONEY_OFFERED_SAID = /\b(?:offers?|offered|offering)\s+(?:you\s+)?(?:money|cash|payment|a reward|gifts?)\b[^.;]*\b(?:information|info|news|tips?|betting)\b|\b(?:information|info|news|tips?)\b[^.;]*\b(?:offers?|offered|offering)\s+(?:you\s+)?(?:money|cash|payment|a reward)\b/i;

export const paidForNewsAnswer = toldThenSaid(PAID_FOR_NEWS_TOLD, MONEY_OFFERED_SAID);
