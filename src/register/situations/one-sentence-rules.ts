// Rules said in one sentence of a policy, told in a story of what was done or is about to be: a lost child found at once and whether
// to write it up still, fault owned after an accident, a surname written on a wristband, a device left out overnight, a paper binned, a
// write-up put off, consent withdrawn, a worry put in a group chat or harm seen to be written up there, a parent texted about a knock, a
// client's operation noted, a refund done oneself, a form filled in for someone, family asking about another's account or bill, the
// police asking where a vehicle was, a paper not where it is kept, a notarisation to confirm, a lawyer acting for a client, cash left for a
// moment, details sent to our ordinary address, a look at the cameras, a child to be seen before consent is back, leave to record a
// meeting, a health paper by email, a resident's room entered. The one policy sentence that rules on it answers, whatever supplier or
// policy the story's other words meet. Someone outside asking or telling us is read in asked-from-outside.ts; losses and papers put off in
// papers-put-off.ts; photos, children and families in photos-and-families.ts.
import { sentencesOf } from '../policy-passages.ts';
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { lossPolicyNaming, policiesByTitle, policiesSaying, policiesSayingWhole, storyWords, theOnly, theOnlyPreferring, toldOfThingThenSaid, toldThenSaid } from '../quoted-policies.ts';
import { POLICE_SAID } from './requests.ts';

/** A few minutes or seconds: "after a couple of mins", "for about 2 minutes". */
const A_FEW_MINUTES = String.raw`(?:a\s+(?:couple of|few)\s+|a\s+|\d+\s+|two\s+|three\s+)?(?:mins?|minutes?|secs?|seconds?)\b`;

/** One of the family, by who they are to another: "her husband", "his wife". */
export const KIN = String.raw`(?:husband|wife|partner|son|daughter|dad|father|mum|mother|brother|sister|niece|nephew|aunt|auntie|uncle|cousin|grandson|granddaughter)`;

/**
 * A child or someone lost and found within minutes, with whether to write it up still asked: "we found the little girl asleep in the
 * ball pit after a couple of mins, all fine now. do I still need to write it up?", "lost a 4 year old for about 2 minutes, mum found him
 * by the slide, do we log it?". Not a thing found ("found the phone after a minute").
 */
const FOUND_SOON_TOLD = new RegExp(
  String.raw`^(?=.*\b(?:girl|boy|child|kid|toddler|little one|lad|lass|son|daughter|him|her|(?:[1-9]|1[0-7])[- ]?(?:year|yr)s?[- ]?olds?)\b)` +
    String.raw`(?=.*\bfound\b[^.?!]{0,60}?\b(?:after|within|in)\s+${A_FEW_MINUTES}|.*\b(?:lost|missing|couldn['’]?t find|could not find)\b[^.?!]{0,40}?\bfor\s+(?:about\s+|around\s+)?${A_FEW_MINUTES}.*\bfound\b)` +
    String.raw`(?=.*\b(?:still|need to|have to|should i|do i|do we|should we|must we)\b[^.?!]{0,30}?\b(?:write|log|report|record|fill)\b)`,
  'i',
);

/** A policy sentence that what happened is written down however soon the one missing was found. */
const EVEN_IF_FOUND_SAID = /\beven if\b[^.]*\bfound\b/i;

export const foundSoonAnswer = toldThenSaid(FOUND_SOON_TOLD, EVEN_IF_FOUND_SAID);

/**
 * Fault owned, or payment promised, to someone hurt or whose things were damaged: "I said sorry it was our fault, was that ok?", "told him
 * we'd pay for the repair". Not a slip of our own told to a colleague ("my fault, I sent it to the wrong mum"), nor a refund of a
 * cancelled course (no harm told).
 */
const FAULT_OWNED_TOLD =
  /^(?=.*\b(?:hurt|injur\w*|fell|fall|cut|bump\w*|split|broke|broken|crack\w*|damag\w*|scratch\w*|dent\w*|spill\w*|bruis\w*|bleed\w*|trip\w*|slipp?\w*)\b).*(?:\b(?:said|told (?:her|him|them|the (?:mum|dad|parent|customer|client))|admitted)\b[^.?!]{0,30}?\b(?:it was|it['’]?s|its|that it was)\s+(?:all\s+)?(?:our|my)\s+fault\b|\badmitted\b[^.?!]{0,20}\b(?:fault|liability)\b|\b(?:said|told (?:her|him|them)|promised)\b[^.?!]{0,20}?\bwe(?:['’]d| would| will|['’]ll)\s+(?:pay|cover|compensate|refund)\b)/i;

/** A policy sentence against owning fault or promising compensation. */
const NO_FAULT_OWNED_SAID = /\badmit\w*\b[^.]*\b(?:fault|liability|blame)\b|\bpromis\w*\b[^.]*\bcompensation\b/i;

export const faultOwnedAnswer = toldThenSaid(FAULT_OWNED_TOLD, NO_FAULT_OWNED_SAID);

/** A surname or full name to be written on a thing: "can I write their surnames on the bands with a sharpie?" (the thing: "bands"). */
const SURNAME_WRITTEN_TOLD = /\b(?:write|writing|wrote|put|putting|pen|sharpie|mark)\b[^.?!]{0,30}?\b(?:surnames?|last names?|full names?)\s+on\s+(?:the\s+|their\s+|his\s+|her\s+|a\s+)?([\w-]+)(?:\s+([\w-]+))?/i;

/** A policy sentence that a surname is never written. */
const NO_SURNAME_SAID = /\bnever (?:write|put|print)\b[^.]*\b(?:surnames?|last names?|full names?)\b/i;

/**
 * A surname to be written on a thing: the one policy sentence that a surname is never written on that thing ("Never write a surname …
 * on a wristband"), not one on something else (party bags, costumes, an exam entry sheet, a photo's caption).
 */
export const surnameWrittenAnswer = toldOfThingThenSaid(SURNAME_WRITTEN_TOLD, NO_SURNAME_SAID);

/**
 * One's family asking what another of ours has done or owes: "Mrs Hendry rang wanting to know how many hours her husband has done
 * this year and what's outstanding on his account". Not one asking of their own account ("how much do I owe?").
 */
const KIN_ASKS_ACCOUNT_TOLD = new RegExp(
  String.raw`^(?=.*\b(?:her|his|their)\s+${KIN}\b)(?=.*\b(?:rang|phoned|called|emailed|asking|asked|wants? to know|wanting to know|wanted to know)\b)` +
    String.raw`(?=.*\bhow (?:much|many\s+\w+)\s+(?:he|she|they|(?:her|his|their)\s+${KIN})\s+(?:has|have|owes?|['’]s|spent|done|flown)\b|.*\bwhat['’]?s\s+(?:outstanding|owing|owed)\s+on\s+(?:his|her|their)\s+account\b|.*\bwhat\s+(?:he|she|they)\s+owes?\b)`,
  'i',
);

/** A policy sentence never to tell anyone what another has done or owes ("how much another member has flown or owes"), not one on another client's dealings at large. */
const ONE_OF_OURS = String.raw`(?:member|customer|client|patient|parent|candidate|student|guest|tenant|resident)`;
const NOT_TOLD_OF_ANOTHER_SAID = new RegExp(
  String.raw`\b(?:do not|don['’]t|never)\s+tell\b[^.]*\b(?:(?:how much|what)\s+(?:another|other)\s+${ONE_OF_OURS}\s+(?:has|have|owes?|paid|spent)\b|(?:another|other)\s+${ONE_OF_OURS}['’]s\s+(?:account|balance|bill|hours)\b)`,
  'i',
);

export const kinAsksAccountAnswer = toldThenSaid(KIN_ASKS_ACCOUNT_TOLD, NOT_TOLD_OF_ANOTHER_SAID);

/** A device of ours left out overnight: "the launch point tablet got left out by the caravan overnight, found it on the grass soaking wet". */
const DEVICE_LEFT_OUT_TOLD =
  /^(?!.*\b(?:locked|on charge|charging)\b).*\b(?:tablets?|ipads?|laptops?|phones?|mobiles?|handhelds?|radios?)\b[^.?!]{0,30}?\b(?:left|got left|was left|been left)\s+(?:out(?:side)?\b|in the (?:field|open|rain|car park|yard)\b|on the (?:grass|field|bench|wall|roof)\b)[^.?!]{0,40}?\b(?:overnight|all night)\b/i;

/** A policy sentence that names a device left out overnight among what it covers (a breach policy's examples). */
const DEVICE_LEFT_OUT_SAID = /\b(?:tablets?|ipads?|laptops?|phones?|mobiles?|handhelds?|radios?)\b[^.;]*\bleft\b[^.;]*\b(?:overnight|all night)\b/i;

export const deviceLeftOutAnswer = toldThenSaid(DEVICE_LEFT_OUT_TOLD, DEVICE_LEFT_OUT_SAID);

/**
 * A paper with people on it asked into the recycling or the bin: "I've still got the printout with all their names and who has asthma
 * etc. Recycling bin in the hut ok?", "can I bin the printout with the kids' names and medical stuff?", "can i just bin the printed case
 * sheet with the nok's number on it". Only a paper with people on it (not
 * old price lists); not told as done (the rules on papers binned read that).
 */
const PAPER_INTO_BIN_ASKED =
  /^(?=.*\b(?:names?|kids['’]?|children['’]?s?|pupils['’]?|medical|asthma|allerg\w*|address(?:es)?|(?:phone |mobile |contact |[a-z]+['’]s )numbers?|dates? of birth|emergency contacts?)\b)(?:.*\b(?:printouts?|print-outs?|sheets?|lists?|registers?|forms?|papers?|paperwork)\b[^?]{0,120}?\b(?:recycling|bins?|skip|rubbish)\b[^?]{0,30}?\b(?:ok|okay|alright|fine|allowed)\b\s*\??\s*$|\s*(?:can|could|shall|should)\s+(?:i|we)\s+(?:just\s+)?(?:bin|recycle|chuck|throw (?:away|out))\s+(?:the|this|that|these|those|our)\s+(?:[\w-]+\s+){0,2}?(?:printouts?|print-outs?|sheets?|lists?|registers?|forms?|papers?|paperwork)\b)/i;

/** A policy sentence that papers are shredded or go in the confidential waste. */
const SHREDDED_SAID = /\bshredd?(?:ing|er|ed)?\b|\bconfidential (?:waste|bins?|bags?|sacks?)\b/i;

export const paperIntoBinAnswer = toldThenSaid(PAPER_INTO_BIN_ASKED, SHREDDED_SAID, { storyWord: storyWords('recycl\\w*', 'bins?', 'skip', 'rubbish', 'still', 'okay', 'finished', 'brilliant', 'bunch') });

/**
 * A write-up put off to a later day: "her mum drove her to A&E. I'm knackered and my shift finishes in 10 mins, I'll write it all up
 * when I'm next in on Thursday", "I'll do the incident report in the morning". Only after something happened to someone (not "I'll log the
 * booking tomorrow"); not one done now ("I've written it up").
 */
const WRITE_UP_PUT_OFF_TOLD =
  /^(?=.*\b(?:fell|fall|hurt|injur\w*|accident|incident|came off|bump\w*|cut (?:my|his|her|their|a|the) (?:finger|hand|thumb|lip|head|knee|arm|leg|foot|face|chin|eye)|(?:a|got a|nasty|bad) cut|cut (?:lip|chin|head|finger|hand)|first aid|a&e|hospital|patched|refus\w*|cut (?:\w+ )?off|turned (?:\w+ )?away|ejected|threw (?:\w+ )?out)\b).*\b(?:i['’]?ll|i will|i['’]?m going to|gonna|can i|could i|ok to|okay to)\s+(?:just\s+)?(?:write|fill|type|log|do)\s+(?:in\s+|out\s+|up\s+)?(?:it|this|that|them|the\s+(?:[\w-]+\s+)?(?:form|report|write-?up|book))\s+(?:all\s+)?(?:up|in|out)?\s*(?:when i['’]?m (?:next )?(?:in|back)|tomorrow|next (?:time|week|shift)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|later(?: on| this week)?|in the morning|after the weekend)\b/i;

/** A policy sentence that a report is written before the shift ends or one goes home. */
const BEFORE_SHIFT_ENDS_SAID = /\bbefore the end of (?:the|their|your|his|her) shift\b|\bbefore (?:you|they|he|she) (?:go|goes) home\b|\bwrite (?:up\s+)?(?:any|every|each|the)\s+(?:[\w-]+\s+)?(?:incidents?|accidents?|injur(?:y|ies))\b[^.;]*\bthe same (?:night|day|shift)\b/i;

/** Of several such sentences, one on what happened to someone, not on a refusal logged. */
const ON_HARM_SAID = /\b(?:incidents?|accidents?|injur(?:y|ies)|fall|first aid)\b/i;

const writeUpPutOffByWords = toldThenSaid(WRITE_UP_PUT_OFF_TOLD, BEFORE_SHIFT_ENDS_SAID, { storyWord: storyWords('write', 'written', 'knackered', 'shift', 'finishes', 'thursday', 'tomorrow') });

/** Someone refused or sent away told, not hurt: "I cut off a drunk guest at the bar last night". */
const REFUSAL_TOLD = /\brefus\w*|\bcut (?:\w+ )?off\b|\bturned (?:\w+ )?away\b|\bejected\b|\bthrew (?:\w+ )?out\b/i;
const ON_REFUSAL_SAID = /\brefus\w*/i;

export function writeUpPutOffAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!WRITE_UP_PUT_OFF_TOLD.test(question)) return undefined;
  // Of several such sentences, the one on what the story tells: a refusal logged, or harm to someone written up.
  const on = REFUSAL_TOLD.test(question) ? ON_REFUSAL_SAID : ON_HARM_SAID;
  const fitting = policiesSaying(ctx, BEFORE_SHIFT_ENDS_SAID).filter((p) => sentencesOf(p.text).some((sentence) => BEFORE_SHIFT_ENDS_SAID.test(sentence) && on.test(sentence)));
  return (fitting.length === 1 ? theOnly(fitting) : undefined) ?? writeUpPutOffByWords(ctx, question);
}

/**
 * Consent withdrawn, told: "Isla's mum … has changed her mind and doesn't want Isla on camera any more", "the DNA tester … has emailed to
 * say she doesn't want her DNA used any more". Not a wish about something new ("doesn't want a photo on the wall"), nor a mind changed
 * about a colour or a quote.
 */
const CONSENT_WITHDRAWN_TOLD =
  /\bchanged (?:her|his|their) minds?\s+(?:about\s+)?(?:being\s+)?(?:filmed|photographed|on camera|in (?:the\s+)?(?:photos?|pictures?|videos?|clips?))\b|\bwithdr[ae]wn?\w*\s+(?:her|his|their)\s+consent\b|\b(?:doesn['’]?t|don['’]?t|does not|do not|no longer)\s+wants?\s+(?:her|his|their|[a-z]+['’]s|[a-z]+)\s+(?:[\w'’-]+\s+){0,2}?(?:used|on camera|filmed|photographed|recorded|shared)\s+(?:any ?more|now|again)\b|\b(?:doesn['’]?t|don['’]?t|does not|do not|no longer)\s+wants?\s+(?:us|me|you)\s+to\s+(?:share|post|use)\s+(?:her|his|their)\s+(?:story|photos?|pictures?|videos?)\s+(?:any ?more|now|again)\b/i;

/** A policy sentence on consent withdrawn. */
const CONSENT_WITHDRAWN_SAID = /\bwithdraws?\s+(?:their\s+|her\s+|his\s+)?consent\b|\bwithdraw(?:ing|al of)?\s+(?:their\s+)?consent\b/i;

export const consentWithdrawnAnswer = toldThenSaid(CONSENT_WITHDRAWN_TOLD, CONSENT_WITHDRAWN_SAID, { storyWord: storyWords('changed', 'mind', 'want', 'wants', 'anymore', 'more', 'emailed', 'happy') });

/**
 * Consent to share withdrawn, told: "Kayla … doesnt want us talking to her social worker about her anymore". Talked to a worker about
 * her, not a topic talked about ("doesn't want us to talk about her late husband"), and answered only by a withdrawal sentence in a
 * policy on sharing (not one on photos).
 */
const SHARING_WITHDRAWN_TOLD =
  /^(?=.*\bno longer\b|.*\b(?:any ?more|now|again)\b).*\b(?:doesn['’]?t|don['’]?t|does not|do not|no longer)\s+wants?\s+(?:us|me|you)\s+(?:to\s+)?(?:(?:talk(?:ing)?|speak(?:ing)?|tell(?:ing)?)\s+(?:to\s+)?(?:her|his|their|the)\s+(?:social worker|key ?worker|personal adviser|caseworker|case worker|probation officer|support worker|gp|doctor|school|college|council|housing officer)\b|(?:shar(?:e|ing)|pass(?:ing)?)\s+(?:her|his|their|any)?\s*(?:info|information|details|data)?\s*(?:on\s+)?(?:with|to)\s+(?:the|her|his|their)\s+[a-z]+(?:\s+[a-z]+)?)\b/i;

/** A policy on sharing information with others: its title says so. */
const SHARING_TITLE = /\bshar\w*|\binformation\b|\bconfidential\w*|\bpass(?:ing)?\s+on\b|\bdetails\b/i;

export function sharingWithdrawnAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return SHARING_WITHDRAWN_TOLD.test(question) ? theOnly(policiesSaying(ctx, CONSENT_WITHDRAWN_SAID).filter((p) => SHARING_TITLE.test(p.title))) : undefined;
}

/**
 * A child's worrying words put in a group chat: "a lad in the U13s said something a bit off about his home this evening, i've put it in
 * the coaches group chat to see if anyone else has noticed anything".
 */
const CONCERN_IN_GROUP_TOLD =
  /\b(?:said|told|mentioned)\b[^.?!]{0,60}?\b(?:home|dad|mum|step-?dad|bruis\w*|marks?|hurt|scared|off)\b[^.?!]{0,80}?\b(?:put|posted|shared|mentioned|raised|asked)\s+(?:it\s+|this\s+)?(?:in|on|to|about it in)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:group ?chat|whatsapp(?: group)?|group)\b/i;

/** A policy sentence that a concern is never discussed in a group chat. */
const NOT_IN_GROUP_SAID = /\b(?:never|not|don['’]?t|do not)\s+(?:discuss|share|post|put|mention)\w*\b[^.]*\b(?:whatsapp|group chats?|groups?)\b|\b(?:only|never),?\s+not\s+(?:to|in|on)\s+(?:the|a|any)\s+(?:[\w-]+\s+)?(?:group chat|group|whatsapp)\b/i;

/**
 * Harm to a child seen, with writing it up in a group asked: "Saw a dad grab his lad by the neck in the car park … Should I write it up
 * in the coaches group so everyone keeps an eye on him?". Not a match report or a rota put in the group, nor a knock in a tackle (no one seen
 * harming a child).
 */
const SEEN_TO_GROUP_ASKED =
  /^(?=.*\b(?:saw|seen|see|noticed|watched|witnessed)\b[^.?!]{0,40}?\b(?:(?:grab\w*|hit|hits|hitting|slap\w*|smack\w*|shov\w*|kick\w*|punch\w*|yank\w*|shak\w*|dragg?\w*)\s+(?:his|her|their|the|a)\s+(?:[\w-]+\s+)?(?:lad|lass|son|daughter|boy|girl|kid|child|little one|player|junior)|(?:scream\w*|shout\w*|swore|swearing)\s+at\s+(?:his|her|their|the|a)\s+(?:[\w-]+\s+)?(?:lad|lass|son|daughter|boy|girl|kid|child|little one|player|junior))\b)(?=.*\b(?:(?:should|shall|can|could)\s+i\s+(?:just\s+)?(?:write|put|post|share|mention|pop|flag|tell)|(?:is it|is that)?\s*(?:ok|okay|alright|fine)\s+to\s+(?:put|post|share|mention|write))\s+(?:it\s+|this\s+|that\s+)?(?:up\s+)?(?:(?:in|on|to)\s+)?(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:group ?chat|whatsapp(?: group)?|group)\b)/i;

/** A worry put in a group chat told, or writing up harm seen in one asked: the one policy sentence that keeps it out of group chats. */
export function concernInGroupAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return CONCERN_IN_GROUP_TOLD.test(question) || SEEN_TO_GROUP_ASKED.test(question) ? theOnly(policiesSaying(ctx, NOT_IN_GROUP_SAID)) : undefined;
}

/**
 * A parent to be messaged now about a knock: "Riya took one off the machine on the knuckle, bit of swelling but she carried on. Her mum
 * picks her up at 6, shall I text her now with what happened?".
 */
const PARENT_TEXTED_NOW_TOLD =
  /^(?=.*\b(?:hurt|injur\w*|swelling|swollen|bump\w*|knock\w*|bruis\w*|cut|fell|accident|took one)\b)(?=.*\b(?:mum|dad|parents?|mother|father)\b).*\b(?:shall|should|can|could)\s+i\s+(?:just\s+)?(?:text|message|whatsapp|ring|call|phone)\s+(?:her|him|them|(?:her|his|their)\s+(?:mum|dad|parents?))\s+(?:now\s+)?(?:with|about)\s+what(?:['’]s)? happened\b/i;

/** A policy sentence that the parent is told when they collect. */
const TOLD_AT_PICK_UP_SAID = /\b(?:parents?|carers?)\b[^.]*\b(?:told|tell)\b[^.]*\bat (?:pick-?up|collection|home time)\b/i;

export const parentTextedNowAnswer = toldThenSaid(PARENT_TEXTED_NOW_TOLD, TOLD_AT_PICK_UP_SAID);

/** A client's health told, with whether to note it asked: "gentleman told me he's had a hip op and one leg's a bit shorter now, do i note it down?". */
const HEALTH_NOTED_ASKED =
  /\b(?:told|tells|mentioned|said|says)\b[^.?!]{0,60}?\b(?:op|operation|surgery|stoma|prosthe\w*|condition|illness|diagnos\w*|replacement|scoliosis)\b[^?]*\b(?:do|should|shall|can)\s+(?:i|we)\s+(?:note|write|put|record|log|jot)\s+(?:it|that|this)\s*(?:down|in|on)?\b/i;

/** A policy sentence that such a thing is written down only if the client asks. */
const ONLY_IF_ASKED_SAID = /\bonly\s+(?:write|note|record|put|log)\b[^.]*\bif\s+(?:the|a)\s+(?:client|customer|patient|member|guest)\s+asks?\b/i;

export const healthNotedAskedAnswer = toldThenSaid(HEALTH_NOTED_ASKED, ONLY_IF_ASKED_SAID);

/**
 * A refund of a sum, with doing it oneself asked: "client wants £400 back on his alterations, hugh is out, can i just do it myself?", or the
 * sum said in quid: "customer wants 80 quid back for a rained off block booking, can i do it on the till" (read in the ninety-first round); read in
 * the ninety-second, "a mum wants £25 back … can i just hand it over?", "can i give her £100 off to say sorry?".
 */
const REFUND_ASKED = /^(?=.*(?:£\s?\d[\d,]*(?:\.\d\d)?\s+(?:back|off)\b|\b\d[\d,]*\s*(?:quid|pounds?)\s+(?:back|off)\b|\brefund\w*\b))(?=.*\b(?:can|could|shall|should)\s+i\s+(?:just\s+)?(?:do|give|process|put through|sort|issue|refund|hand)\s+(?:it|that|this|them|the refund|him|her)\b|\b(?:can|could|shall|should)\s+i\s+(?:just\s+)?put\s+(?:it|that|this|the refund)\s+through\b)/i;

/** A policy sentence that refunds over a sum need someone's say-so. */
const REFUND_LIMIT_SAID = /\brefunds?\b[^.]*\b(?:over|above|more than|of more than)\s+(?:£\s?\d|\d[\d,]*\s+pounds?\b)/i;

export const refundAskedAnswer = toldThenSaid(REFUND_ASKED, REFUND_LIMIT_SAID);

/**
 * Money back asked for a session missed through illness: "baby had a temperature and missed week 3, parent asking for her money back" (read in
 * the ninetieth round), "he was poorly and couldn't come, wants a refund".
 */
const MISSED_REFUND_ASKED =
  /^(?=.*\b(?:money back|refund\w*|(?:his|her|their) money)\b)(?=.*\b(?:missed|poorly|ill|sick|unwell|temperature|fever|bug|couldn['’]?t (?:come|make it))\b)/i;

/** A policy sentence on refunds for missed or sick sessions: "Missed classes are not refunded, but a poorly baby's class can be moved". */
const MISSED_REFUND_SAID = /\b(?:missed|poorly|ill|sick|unwell)\b[^.]*\b(?:refund\w*|money back)\b|\b(?:refund\w*|money back)\b[^.]*\b(?:missed|poorly|ill|sick|unwell)\b/i;

export const missedRefundAnswer = toldThenSaid(MISSED_REFUND_ASKED, MISSED_REFUND_SAID);

/** A form to be filled in for someone: "asked me to fill the form in for him as his eyes are bad". */
const FORM_FILLED_FOR_THEM = /\b(?:fill|type|complete)\s+(?:in\s+|out\s+)?(?:(?:the|his|her|their)\s+(?:([\w-]+)\s+)?(?:form|application)|it)\s+(?:in\s+|out\s+)?for\s+(?:him|her|them)\b/i;

/** A policy sentence not to fill it in for them. */
const NOT_FOR_THEM_SAID = /\b(?:do not|don['’]t|never)\s+(?:type|fill|complete|enter)\s+(?:it|the form|them|anything)\s+(?:in|out)?\s*for\s+(?:them|him|her|the client|the customer)\b/i;

/**
 * A form to be filled in for someone: the one policy sentence not to, naming the kind of form the story does ("the allergy form" is not the
 * loyalty card's "do not type it in for them"); "the form" alone names none, and the one such sentence answers.
 */
export const formFilledForThemAnswer = toldOfThingThenSaid(FORM_FILLED_FOR_THEM, NOT_FOR_THEM_SAID, { optional: true });

/**
 * Someone on a member's account asking about their bill: "man on the phone says he's Jenny Marsh's partner, they share the car, and he
 * wants to know why her November amount is so high". Not one asking of their own bill ("why is my bill so high?").
 */
const BILL_OF_ANOTHER_TOLD =
  new RegExp(String.raw`^(?=.*\b(?:says|said|saying|claims|claiming)\s+(?:he|she|they)['’]?(?:s| is| are|re)?\s+(?:[\w'’-]+\s+){0,3}?${KIN}\b)(?=.*\b(?:her|his|their)\s+(?:[\w'’-]+\s+){0,2}?(?:bill|invoice|amount|charges?|statement|balance)\b)`, 'i');

/** A policy sentence that a bill is not discussed with anyone else, a partner among them. */
const BILL_KEPT_SAID = /\b(?:do not|don['’]t|never)\s+discuss\b[^.]*\b(?:bills?|accounts?|invoices?|charges?)\b[^.]*\b(?:anyone else|partners?|family)\b/i;

export const billOfAnotherAnswer = toldThenSaid(BILL_OF_ANOTHER_TOLD, BILL_KEPT_SAID);

/**
 * The police asking where one of our vehicles was: "officer from Avon and Somerset on the phone, wants to know where the white Berlingo
 * was last Friday night around 11". Not footage asked for (the camera policy's), nor a member asking where they left it.
 */
const VEHICLE_WHEREABOUTS_POLICE_TOLD = new RegExp(
  String.raw`^(?=.*(?:${POLICE_SAID}|\bofficers?\b))(?=.*\bwhere\s+(?:the|our|a|that)\s+(?:[\w'’-]+\s+){0,3}?(?:car|van|vehicle|bus|coach|minibus|lorry|truck|berlingo|corolla|leaf|transit|up)\s+(?:was|went|has been|had been|were)\b)`,
  'i',
);

/** A policy sentence that location data goes to the police only on a written request (not one on footage or records at large). */
const LOCATION_TO_POLICE_SAID = /^(?=.*\b(?:location|whereabouts|tracking|trackers?|telematics|gps)\b)(?=.*\bpolice\b[^.]*\b(?:written request|request|approved|in writing)\b)/i;

export const vehicleWhereaboutsPoliceAnswer = toldThenSaid(VEHICLE_WHEREABOUTS_POLICE_TOLD, LOCATION_TO_POLICE_SAID);

/**
 * Someone's paper not where it is kept, looked for: "mr ahmed's measure card isn't in his envelope and i've looked everywhere", "can't find
 * mr ahmed's measure card, it's not in his envelope". The thing
 * is what the loss policy names as missing ({@link lossPolicyNaming}).
 */
const PAPER_NOT_WHERE_KEPT = /\b[a-z]+['’]s\s+((?:[\w-]+\s+)?(?:card|form|file|folder|sheet|list|notebook|book|paperwork|papers|notes|record))\s+(?:isn['’]?t|is not|wasn['’]?t|was not|aren['’]?t|are not)\s+(?:in|on|where)\b[^.?!]*\b(?:looked everywhere|(?:can['’]?t|cannot|couldn['’]?t) find (?:it|them))\b|\b(?:can['’]?t|cannot|couldn['’]?t) find\s+[a-z]+(?:\s+[a-z]+)?['’]s\s+((?:[\w-]+\s+)?(?:card|form|file|folder|sheet|list|notebook|book|paperwork|papers|notes|record))\b[^.?!]*\b(?:it['’]?s|its|it is)\s+not\s+in\b/i;

export function paperNotWhereKeptAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const found = PAPER_NOT_WHERE_KEPT.exec(question);
  const thing = found?.[1] ?? found?.[2];
  return thing ? lossPolicyNaming(ctx, thing.trim()) : undefined;
}

/**
 * Someone relying on a document of ours asking us to confirm it is genuine: "A bank in Madrid has emailed asking us to confirm a power of
 * attorney from June was notarised here … Can I just reply yes?". Not a person's qualification or employment (confirmAskedAnswer reads those).
 */
const DOCUMENT_CONFIRM_ASKED =
  /\b(?:ask(?:ing|ed|s)?|wants?|wanted|wanting)\s+(?:us\s+|me\s+)?to\s+(?:confirm|verify)\b[^.?!]{0,80}?\b(?:was|were|is|are|had been|has been)\s+(?:notari[sz]ed|certified|witnessed|signed|issued|sealed|apostilled|stamped|genuine|authentic|real)\b/i;

/** A policy sentence that such a request is checked by calling back on a number we find ourselves. */
const CALLED_BACK_SAID = /\bconfirm\w*\b[^.]*\b(?:call(?:ing)? (?:them|the \w+) back|published number|number we (?:find|look up|found))\b/i;

export const documentConfirmAskedAnswer = toldThenSaid(DOCUMENT_CONFIRM_ASKED, CALLED_BACK_SAID);

/**
 * A lawyer or agent asking about a client's matter on their word alone: "A lawyer in Lyon rang asking for an update on M. Bernard's power
 * of attorney, says he acts for him". Not the client asking, nor the police.
 */
const AGENT_ASKS_TOLD =
  /^(?=.*\b(?:lawyer|solicitor|attorney|agent|accountant|broker|adviser|advisor|representative)\b[^.?!]{0,60}?\b(?:rang|phoned|called|emailed|wrote|asking|asked|wants?|wanting)\b)(?=.*\b(?:says|said|saying|claims|claiming)\s+(?:he|she|they)\s+(?:acts?|is acting|are acting|works?)\s+for\s+(?:him|her|them|the client)\b)/i;

/** A policy sentence that lawyers and agents are told only when the client has named them in writing. */
const NAMED_IN_WRITING_SAID = /\b(?:lawyers?|solicitors?|agents?|accountants?|brokers?|advisers?)\b[^.]*\bnamed\b[^.]*\bin writing\b/i;

export const agentAsksAnswer = toldThenSaid(AGENT_ASKS_TOLD, NAMED_IN_WRITING_SAID);

/**
 * Cash to be left somewhere for a moment, asked: "ok to leave the float tin on the party table while i sort the balloons out?". Not a card
 * left behind by a customer, nor cash put in the safe.
 */
const CASH_LEFT_ASKED =
  /\b(?:(?:ok|okay|alright|fine|can i|could i|shall i|should i|mind if i|is it ok if i)\s+(?:to\s+)?(?:just\s+)?leave|i\s+(?:just\s+)?left)\s+(?:the\s+|my\s+|our\s+|a\s+)?(?:float(?: tin| bag)?|cash(?: tin| box| bag| drawer)?|takings|money(?: tin| bag)?|tips?(?: jar| tin)?|till drawer)\s+(?:on|in|at|by|under|behind)\s+(?!(?:the|a)\s+safe\b)/i;

/** A policy sentence that cash is never left somewhere. */
const CASH_NEVER_LEFT_SAID = /\b(?:cash|money|takings|floats?)\b[^.;]*\b(?:is|are)\s+never\s+left\b|\bnever\s+leave\s+(?:the\s+)?(?:cash|money|takings|floats?)\b/i;

export const cashLeftAskedAnswer = toldThenSaid(CASH_LEFT_ASKED, CASH_NEVER_LEFT_SAID);

/**
 * One who works with us sending people's details to our ordinary address, not the secure one: "a ward at lincoln has sent a booking with the
 * patients details to our ordinary office email instead of the nhs.net one". Not one of us sending to the wrong person.
 */
const SENT_TO_OUR_WRONG_ADDRESS =
  /^(?!.*\b(?:i|we)\s+(?:have\s+|just\s+|accidentally\s+)?(?:sent|emailed|forwarded)\b)(?=.*\b(?:details|bookings?|patients?|clients?|customers?|personal|referrals?|records?|notes|forms?|names?)\b).*\b(?:sent|emailed|forwarded|sending|sends)\b[^.?!]{0,80}?\bto\s+(?:our|my|the)\s+(?:[\w.-]+\s+){0,2}?(?:e-?mail|address|inbox|account)\s+(?:instead of|rather than|not)\s+(?:the|our)\b/i;

/** A policy sentence on what to do when something is sent to our wrong or ordinary address. */
const SENT_TO_US_WRONGLY_SAID = /\bsends?\b[^.;]*\bto\s+(?:the\s+wrong\s+(?:place|address|inbox)|our\s+(?:ordinary|normal|general|personal|old|main)\s+(?:address|e-?mail|inbox))\b/i;

export const sentToOurWrongAddressAnswer = toldThenSaid(SENT_TO_OUR_WRONG_ADDRESS, SENT_TO_US_WRONGLY_SAID);

/**
 * One of us asked to look at our cameras, with how asked: "Sharon asked me to check the shop camera to see who scratched the car outside.
 * How do I get into it?"; or to look back at what one's own worn camera caught: "can i have a look back at what my chest camera caught at
 * the gate this morning".
 */
const CAMERAS_LOOKED_AT_ASKED =
  /^(?=.*\b(?:check|look at|look through|view|watch|go through|look back (?:at|through)|scroll (?:back )?through)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:cameras?|cctv|footage|recordings?)\b)(?=.*\bhow\s+(?:do|can|would)\s+i\s+(?:get\s+(?:into|onto|on)|access|log\s*(?:in|into|on)|open|see|view|watch)\b)|\b(?:can|could|may)\s+i\s+(?:just\s+)?(?:have a (?:look|quick look) (?:at|through)|look at|look through|check|view|watch|go through)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:cameras?|cctv|footage)\s+to\s+see\b|\b(?:can|could|may)\s+i\s+(?:just\s+)?(?:have a (?:quick\s+)?look back (?:at|through)|look back (?:at|through)|watch back|rewatch|replay)\s+(?:what\s+)?(?:my|our)\s+(?:[\w-]+\s+)?(?:cam|camera|bodycam)\s+(?:caught|recorded|filmed|got|picked up)\b/i;

/** A policy sentence naming the only ones who may view the footage. */
const ONLY_THEY_VIEW_SAID = /^(?=.*\b(?:cctv|footage|cameras?|recordings?|clips?)\b)(?=.*\bonly\s+(?:[a-z]+(?:,\s+|\s+and\s+|\s+or\s+)?){1,4}\s*(?:may|can)\s+(?:view|watch|see|look at|access)\b)/i;

/** Read by whole sentences: "CCTV is kept 31 days; only Nikos and Eleni may view or download it". */
export function camerasLookedAtAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return CAMERAS_LOOKED_AT_ASKED.test(question) ? theOnly(policiesSayingWhole(ctx, (said) => ONLY_THEY_VIEW_SAID.test(said))) : undefined;
}

/**
 * A child to be seen before the parents' consent is back: "referral came through but nothing back from the parents yet. ok to go ahead?".
 */
const CONSENT_PENDING_TOLD =
  /^(?=.*\b(?:observe|observing|assess\w*|see (?:him|her|them|the (?:child|boy|girl|pupil))|visit(?:ing)? (?:him|her|them|the (?:child|boy|girl|pupil|family|home))|treat\w*|first session|appointment)\b)(?=.*(?:\b(?:nothing|not heard|no reply|no answer|heard nothing)\s+(?:back\s+)?from\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:parents?|mum|dad|family|guardians?|carers?)\b|\bconsent(?:\s+form)?\s+(?:isn['’]?t|hasn['’]?t|is not|has not|not)\s+(?:yet\s+)?(?:back|in|come back|been signed|signed)\b))(?=.*\b(?:(?:ok|okay|alright|fine)\s+to\s+(?:go ahead|start|proceed|see|go|observe|visit)|(?:can|could|shall|should)\s+i\s+(?:just\s+)?(?:go ahead|start|proceed|see|go|observe|visit))\b)/i;

/** A policy sentence that no one is seen until signed consent is in. */
const UNTIL_CONSENT_SAID = /\b(?:no|never|not)\b[^.;]*\buntil\b[^.;]*\bconsent\b/i;

export const consentPendingAnswer = toldThenSaid(CONSENT_PENDING_TOLD, UNTIL_CONSENT_SAID);

/** Leave to record a meeting asked by one we serve: "Dad on tonight's zoom feedback asked if he could record it so his wife can watch later". */
const RECORDING_ASKED_BY_THEM = /\b(?:asked|asking|asks|wants? to know|wanted to know)\s+(?:me\s+|us\s+)?(?:if|whether)\s+(?:he|she|they)\s+(?:could|can|may|might)\s+(?:just\s+)?record\s+(?:it|this|that|us|(?:the|our)\s+(?:[\w-]+\s+)?(?:meeting|session|call|feedback|consultation|appointment|assessment|lesson|class))\b|\b(?:mum|dad|parents?|client|customer|patient|he|she|they)\s+(?:wants?|would like|asked)\s+to\s+record\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:meeting|session|call|feedback|consultation|appointment|assessment|lesson|class)\b/i;

/** A policy sentence on someone asking to record. */
const ASKS_TO_RECORD_SAID = /\b(?:if|when)\s+(?:a|an|the|someone|anyone)\s*(?:[a-z]+\s+)?asks?\s+to\s+record\b|\bnever\s+recorded,?\s+by\s+(?:us|staff)\s+or\s+by\b/i;

export const recordingAskedAnswer = toldThenSaid(RECORDING_ASKED_BY_THEM, ASKS_TO_RECORD_SAID);

/** A paper on someone's health: "fit note", "MATB1", "a doctor's letter". */
export const HEALTH_PAPER = String.raw`(?:fit ?notes?|sick ?notes?|matb1s?|maternity certificates?|medical (?:certificates?|letters?|reports?|notes?)|doctor['’]?s (?:notes?|letters?|reports?)|gp (?:notes?|letters?|reports?))`;

/**
 * A health paper come to us by ordinary email or a message: "the manager at one of our clients has just emailed me an employee's MATB1 as an
 * attachment. where am I supposed to put it?".
 */
const HEALTH_PAPER_EMAILED = new RegExp(
  String.raw`^(?!.*\b(?:i|we)\s+(?:have\s+|just\s+|accidentally\s+|mistakenly\s+)?(?:emailed|e-mailed|sent|forwarded|whatsapped|texted)\b)` +
    String.raw`(?:.*\b(?:emailed|e-mailed|sent|forwarded|whatsapped|texted|attached)\s+(?:me\s+|us\s+|over\s+)?(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?${HEALTH_PAPER}\b|.*\b${HEALTH_PAPER}\b[^.?!]{0,40}?\b(?:by|via|over|on)\s+(?:e-?mail|whatsapp|text)\b|.*\b(?:got|received|had|there['’]?s)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?${HEALTH_PAPER}\s+in\s+(?:my|our|the)\s+(?:[\w-]+\s+)?(?:inbox|e-?mails?)\b)`,
  'i',
);

/** A policy sentence that such papers come in only one way ("Receive them only through ShareFile"), in a policy on health papers. */
const RECEIVED_ONLY_THROUGH_SAID = /\b(?:receive|accept|take|get)\s+(?:them|it|these|those)\s+only\s+(?:through|via|by|on|in)\b|\bonly\s+(?:be\s+)?(?:received|accepted|sent|taken)\s+(?:through|via|on)\b/i;

export function healthPaperEmailedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!HEALTH_PAPER_EMAILED.test(question)) return undefined;
  const onHealthPapers = new RegExp(String.raw`\b${HEALTH_PAPER}\b`, 'i');
  return theOnly(policiesSaying(ctx, RECEIVED_ONLY_THROUGH_SAID).filter((p) => onHealthPapers.test(p.text)));
}

/**
 * A client on the phone or at the desk spoken for by someone with them: "Elderly chap on the phone wanting to cancel his home cover, but
 * his son kept butting in telling him what to say. Didn't sit right with me".
 */
const SPOKEN_FOR_TOLD = new RegExp(
  // One we serve, in the story: a client, an old gent, at an appointment, on a call (not a tour guide in a shop, nor a groom's vows).
  String.raw`^(?=.*\b(?:clients?|customers?|patients?|passengers?|heirs?|tenants?|residents?|policyholders?|members?|elderly|old (?:lady|man|gent|chap|boy|girl)|gent|chap|widow(?:er)?|appointment|survey|home visit|on the (?:phone|call|line)|the call|booking|came in|walked in|at the (?:desk|counter|front desk))\b)` +
    // Spoken for outright: "telling him what to say", "kept answering for her"; or one of the client's own people butting in.
    String.raw`(?=.*\b(?:telling (?:him|her|them) what to (?:say|do|sign|leave)|(?:answering|speaking|talking) for (?:him|her|them)|making (?:him|her|them) (?:say|sign|pay))\b` +
    String.raw`|.*\b(?:his|her|their)\s+(?:${KIN}|boyfriend|girlfriend|carer|friend|neighbou?r)\b[^.?!]{0,40}?\b(?:kept|keeps|kept on|was|were|started|had been)\s+(?:butting in|interrupting|cutting in|pushing (?:him|her|them))\b)`,
  'i',
);

/** A policy sentence on a client pressured by someone ("…or is being pressured by someone else", "seems confused, unwell or pressured"). */
const PRESSURED_BY_OTHER_SAID = /(?<!\b(?:feel|felt|be|get|never)\s)\b(?:pressured|pressurised|coerced)\b|\bunder pressure\b/i;

export const spokenForAnswer = toldThenSaid(SPOKEN_FOR_TOLD, PRESSURED_BY_OTHER_SAID);

/**
 * One of us going into a resident's room while they are out: "radiator in Kwame's hostel room is leaking and he's out riding second lot,
 * can I just nip in with the spare key and sort it?".
 */
const ROOM_ENTERED_ASKED =
  /^(?=.*\b(?:[a-z]+['’]s|his|her|their)\s+(?:[\w-]+\s+)?(?:room|flat|bedroom|bedsit|caravan|cabin)\b)(?=.*\b(?:nip|pop|go|let myself|slip|get)\s+(?:in|in there|into\s+(?:it|(?:his|her|their|[a-z]+['’]s)\s+(?:[\w-]+\s+)?(?:room|flat|bedroom|bedsit|caravan|cabin)))\b[^.?!]{0,30}?\b(?:with|using)\s+(?:the\s+|a\s+|my\s+)?(?:spare|master|other)\s+key\b)/i;

/** A policy sentence against going into a room without the resident's agreement. */
const NOT_WITHOUT_AGREEMENT_SAID = /\b(?:do not|don['’]t|never)\s+(?:go|enter|let yourself)\s+(?:into|in)\s+(?:a|their|the|someone['’]s|any)\s+(?:[\w-]+\s+)?(?:room|flat|home|house|bedroom)\s+without\b/i;

export const roomEnteredAskedAnswer = toldThenSaid(ROOM_ENTERED_ASKED, NOT_WITHOUT_AGREEMENT_SAID);

/**
 * Cash counted alone, told or asked: "brother andrews away so ill just count it myself", "on my own tonight, ok to cash up?", "nobody else
 * in to do the count with me", "donation box needs emptying and theres just me today". Counting money, and alone (not the raffle tickets
 * counted on one's own).
 */
const COUNTED_ALONE_TOLD =
  /^(?=.*\b(?:cash|takings|till|float|(?:donation|collection|cash|charity|honesty)\s+(?:box|tin)|do(?:ing)?\s+the\s+(?:box|tins?)|money|collection|donations|bucket|notes|coins|cash[- ]?up)\b)(?:.*?)(?:\b(?:count|counting|cash(?:ing)?[- ]?up|(?:do|did|doing) the (?:count|till|takings|tins?|box)|empty(?:ing)?|needs emptying)\b[^.?!]{0,40}?\b(?:myself|on my own|by myself|alone|solo|just me|only me|on me own|by meself)\b|\b(?:on my own|by myself|alone|just me|only me|on me own|by meself)\b[^.?!]{0,40}?\b(?:count|counting|cash(?:ing)?[- ]?up|do the (?:count|till|takings|tins?|box))\b|\b(?:no ?one|nobody)\s+(?:else\s+)?(?:here|around|in)\b[^.?!]{0,30}?\b(?:count|counting|cash(?:ing)?[- ]?up|do the (?:count|till|takings|tins?|box))\b)/i;

/** A policy sentence that cash is counted by two: "Cash is counted by two people at close", "Two people count the till float"; not medicines counted in. */
const COUNTED_BY_TWO_SAID =
  /^(?!.*\b(?:medication|medicines?|tablets|doses?|drugs)\b).*(?:\b(?:count|counted|counting|cash(?:ed)?[- ]up)\b[^.]*\btwo\s+(?:people|members|volunteers|staff|adults|trustees)\b|\btwo\s+(?:people|volunteers|staff|members|adults|trustees)\b[^.]*\bcount)/i;

export const countedAloneAnswer = toldThenSaid(COUNTED_ALONE_TOLD, COUNTED_BY_TWO_SAID);


/**
 * A reaction to something eaten, told: "a kid came out in a rash after eating some fizzy cola bottles in the shop", "her lips started swelling
 * after the sample", "think he's having an allergic reaction", "kid went all red and blotchy 10 mins after i did his spiderman" (read in the
 * ninety-second round). A rash or swelling said to follow food or something put on the skin, or the reaction named; not "went all red when his
 * mum told him off, so sweet".
 */
const REACTION_TOLD =
  /\ballergic reaction\b|\banaphyla\w*|\b(?:(?:came|come|broke|coming|breaking)\s+out\s+in\s+(?:a\s+|some\s+)?(?:rash|hives|blotches|welts|spots)|went\s+(?:all\s+)?(?:red|blotchy|puffy|itchy)(?:\s+and\s+\w+)?|(?:lips?|face|tongue|eyes?|throat)\s+(?:started\s+|went\s+|is\s+|was\s+|are\s+|were\s+)?(?:swell\w*|swollen|puff\w*\s+up))\b[^.?!]{0,40}?\b(?:after|from|since)\b[^.?!]{0,40}?\b(?:eating|having|trying|tasting|ate|eaten|sweets?|food|snacks?|cake|samples?|tasters?|pizza|chocolate|cheese|nuts|biscuits?|crisps|meal|lunch|dinner|paint\w*|glitter|tattoos?|creams?|lotions?|polish|dye|henna|products?|did (?:his|her|their))\b/i;

/** A policy sentence on an allergic reaction: "Any allergic reaction in the shop goes in the accident book". */
const REACTION_SAID = /\b(?:allergic reactions?|anaphyla\w*|(?:child|customer|client|guest|visitor|someone|anyone)\s+reacts|any reaction)\b/i;

/** A policy titled on allergies or allergens. */
const ALLERGY_TITLE = /\ballerg\w*/i;

/** A reaction to food told: the one policy with a sentence on allergic reactions, of several the one titled on allergies; where none says so, the one titled on allergies. */
export function reactionToldAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!REACTION_TOLD.test(question)) return undefined;
  return theOnlyPreferring(policiesSaying(ctx, REACTION_SAID), (p) => ALLERGY_TITLE.test(p.title)) ?? theOnly(policiesByTitle(ctx, ALLERGY_TITLE));
}

/**
 * One's own money spent on the work, and getting it back asked: "spent £40 on timber and diesel for the Cheviot trip, how do I get it back?"
 * (read in the ninety-second round), "paid for the paint myself, can I claim it back?"; spent by the asker, not a member who paid twice.
 */
const EXPENSE_CLAIM_ASKED =
  /^(?=.*(?:£\s?\d|\b\d+\s?(?:quid|pounds)\b|\b(?:myself|out of my own pocket|on my (?:own )?card)\b))(?=(?:^\s*|.*\b(?:i|i['’]ve|i have|we|we['’]ve|we have)\s+(?:just\s+|already\s+)?)(?:spent|paid|forked out|bought|shelled out)\b).*\b(?:how\s+(?:do|can|shall)\s+(?:i|we)\s+(?:get|claim)\s+(?:it|that|this|the money|my money)\s+back|claim\s+(?:it|that|this|them)\s+back|get\s+(?:it\s+)?reimbursed|be\s+reimbursed|get\s+(?:paid|refunded)\s+back|(?:can|do|could)\s+(?:i|we)\s+claim\s+(?:it|that|this|for)?)\b/i;

/** A policy sentence on claiming expenses: "claim mileage and materials on the expenses form with receipts". */
const EXPENSES_CLAIMED_SAID = /\b(?:claim\w*|reimburs\w*)\b[^.]*\b(?:expenses?|mileage|receipts?)\b|\bexpenses?\s+(?:forms?|claims?)\b/i;

export const expenseClaimAskedAnswer = toldThenSaid(EXPENSE_CLAIM_ASKED, EXPENSES_CLAIMED_SAID);

/**
 * A paper printed to take out with one, asked: "can I print out the map of the setts to take with me tonight? signal's rubbish up there" (read
 * in the ninety-second round).
 */
const PRINTED_TO_TAKE_ASKED =
  /\bprint(?:\s+out|\s+off)?\s+(?:the|a|our|some|all the)\s+(?:[\w-]+\s+){0,3}?(?:maps?|lists?|sheets?|plans?|records?|details|forms?|rotas?)\b[^.?!]{0,40}?\b(?:to\s+take|take\s+(?:it|them)|to\s+bring|bring\s+(?:it|them)|to\s+carry|carry\s+(?:it|them))\b/i;

/** A policy sentence that printed papers are never taken out: "Never take printed sett maps into the field". */
const PRINTED_NOT_TAKEN_SAID = /\bnever\s+(?:take|carry|bring)\s+(?:printed|paper|print-?outs?)\b|\b(?:printed|paper)\s+(?:[\w-]+\s+){0,3}?(?:are|is)\s+never\s+(?:taken|carried)\b/i;

export const printedToTakeAnswer = toldThenSaid(PRINTED_TO_TAKE_ASKED, PRINTED_NOT_TAKEN_SAID);

/**
 * A delivery nobody is in for, taken in by another, told or asked: "nobody in at no 8, bloke from six houses down says hell take it in for
 * them" (read in the ninety-second round). A thing, not a child.
 */
const TAKEN_IN_BY_ANOTHER =
  /^(?!.*\b(?:child|children|kids?|son|daughter|boy|girl|pupil|toddler|baby)\b)(?=.*\b(?:nobody|no one|no-one|noone)\s+(?:in|home|answering|about)\b|.*\bnot (?:in|home)\b|.*\bno answer\b)(?=.*\b(?:take|takes|taking)\s+(?:it|them|the parcels?|the delivery|the box|the order)\s+in\b|.*\b(?:sign|signs|signing)\s+for\s+(?:it|them)\b)/i;

/** A policy sentence on handing deliveries to a neighbour: "Never hand a parcel to someone who is not at the address or a neighbour within three doors". */
const NEIGHBOUR_DELIVERY_SAID = /^(?=.*\bneighbou?rs?\b)(?=.*\b(?:parcels?|deliver\w*|packages?|orders?|boxes)\b)/i;

export const takenInByAnotherAnswer = toldThenSaid(TAKEN_IN_BY_ANOTHER, NEIGHBOUR_DELIVERY_SAID);

/**
 * A caller asking to change a booking without its reference: "someone rang wanting to move their date, no ref, just said its for jacks 5th"
 * (read in the ninety-second round).
 */
const BOOKING_CHANGE_UNREFERENCED =
  /^(?=.*\b(?:rang|rung|called|phoned|messaged|emailed|texted|on the phone)\b)(?=.*\b(?:move|change|cancel|swap|rearrange|switch|amend)\s+(?:their|the|her|his|a|my)\s+(?:date|booking|appointment|party|order|slot|session|delivery)\b)(?=.*\b(?:no|without\s+(?:a|the|their|any))\s+(?:ref|reference|booking (?:ref|reference|number)|order (?:ref|number))\b|.*\b(?:didn['’]?t|couldn['’]?t|doesn['’]?t|can['’]?t|cant)\s+(?:have|give|know|remember|find)\s+(?:the|a|their|her|his)\s+(?:ref|reference|booking (?:ref|reference|number)|order number)\b)/i;

/** A policy sentence that a caller gives the booking reference first: "check the caller gives the booking reference and the party postcode". */
const BOOKING_REFERENCE_CHECKED_SAID = /\b(?:before|check\w*|ask\w*|confirm\w*|gives?|quote\w*)\b[^.]*\b(?:booking|order)\s+(?:reference|ref|number)\b/i;

export const bookingChangeUnreferencedAnswer = toldThenSaid(BOOKING_CHANGE_UNREFERENCED, BOOKING_REFERENCE_CHECKED_SAID);

/**
 * An incident said to be on our cameras: "a customer got aggressive with him at the counter last night … it'll be on the cameras. what do i need
 * to do?" (read in the ninety-second round).
 */
const INCIDENT_ON_CAMERA = /\b(?:it['’]?ll|it will|it should|it['’]?d|it would|that['’]?ll|should|must|will|['’]ll)\s+(?:all\s+)?be\s+on\s+(?:the\s+)?(?:cameras?|cctv|footage)\b|\b(?:caught|got it|got him|got her|got them)\s+on\s+(?:the\s+)?(?:cameras?|cctv)\b/i;

/** A policy sentence that footage of an incident is saved: "If a customer … complains about an incident, … tell Tariq the same day so it can be saved". */
const INCIDENT_FOOTAGE_SAVED_SAID = /\b(?:incidents?|complain\w*)\b[^.]*\b(?:saved|preserved|downloaded|exported)\b/i;

export const incidentOnCameraAnswer = toldThenSaid(INCIDENT_ON_CAMERA, INCIDENT_FOOTAGE_SAVED_SAID);

/**
 * A row filmed on one's phone, asked: "a boater started shouting at me over the paddles, should i get my phone out and record him next time?"
 * (read in the ninety-second round).
 */
const ROW_FILMED_ASKED =
  /^(?=.*\b(?:shout\w*|aggressive|kick\w* off|argu\w*|having a go|swear\w*|row|rowing|abus\w*|threaten\w*)\b).*\b(?:record|film|video)\s+(?:him|her|them|it|the (?:row|argument|whole thing))\b/i;

/** A policy sentence against filming arguments: "Do not film arguments with boaters". */
const ROWS_NOT_FILMED_SAID = /\b(?:do not|don['’]t|never)\s+(?:film|record|video)\s+(?:an?\s+|any\s+)?(?:arguments?|rows?|confrontations?|disputes?|altercations?)\b/i;

export const rowFilmedAnswer = toldThenSaid(ROW_FILMED_ASKED, ROWS_NOT_FILMED_SAID);

/**
 * One of us contacting a customer direct, asked: "the lady whose bedding i'm doing wants her sheets folded differently, can i text her directly
 * to ask?" (read in the ninety-second round).
 */
const DIRECT_CONTACT_ASKED = /\b(?:text|message|ring|call|phone|e-?mail|whatsapp|dm|contact)\s+(?:her|him|them|the (?:customer|client|owner|homeowner|parent))\s+(?:myself\s+)?directly\b/i;

/** A policy sentence that we never contact customers directly: "Ironers never contact customers directly". */
const NO_DIRECT_CONTACT_SAID = /\bnever\s+(?:contact|message|text|ring|call|phone|e-?mail)\s+(?:a\s+|the\s+)?(?:customers?|clients?|members?|parents?|juniors?|players?|owners?|homeowners?)\s+directly\b/i;

export const directContactAnswer = toldThenSaid(DIRECT_CONTACT_ASKED, NO_DIRECT_CONTACT_SAID);

/**
 * More work asked on the spot, agreeing it asked: "lovely old boy in Stratton wants me to fix his cracked ridge tiles today while i'm up there, can
 * i just agree a price?" (read in the ninety-second round).
 */
const EXTRA_WORK_ASKED = /^(?=.*\b(?:while\s+(?:i['’]?m|i am|we['’]re|we are)\s+(?:up\s+)?there|today|on the spot|there and then|while i['’]?m at it)\b).*\b(?:agree|quote|give)\s+(?:him|her|them\s+)?(?:a\s+)?(?:price|quote|figure)\b/i;

/** A policy sentence never to agree more work on the doorstep. */
const NO_EXTRA_WORK_SAID = /\bnever\s+agree\s+(?:to\s+)?(?:extra|more|additional|further)\s+work\b/i;

export const extraWorkAskedAnswer = toldThenSaid(EXTRA_WORK_ASKED, NO_EXTRA_WORK_SAID);
/**
 * Cash taken and to be held on to before it is handed over, asked: "got £120 cash from the party, ok if i hang onto it till tuesday", "took
 * £63 in the bucket at the fete, can I hang on to it till the next meeting", "got £86 in cash in my bum bag. do i just stick it in the till and
 * go home?", "emptied the honesty box, about £60 in coins. ok if I just pay it in myself next month?". Money said, and keeping it or paying it
 * in later asked (read in the ninety-second round). Not money someone left or that was found, which is lost property.
 */
const CASH_HELD_ON_TO_ASKED =
  /^(?!.*\b(?:customer|client|someone|somebody|lady|man|woman|bloke|he|she|they|guest|kid|child)\s+(?:has\s+|had\s+|just\s+)?(?:left|dropped|forgot)\b|.*\bfound\b)(?=.*(?:£\s?\d|\b\d+\s?(?:quid|pounds)\b|\b(?:cash|takings|coins|the bucket|(?:honesty|donation|collection|cash|charity)\s+(?:box|tin|bucket)|tins|float)\b))(?=.*(?:\b(?:hang|hold)\s+on\s?to\s+(?:it|them|the\s+(?:cash|money|takings|coins|tins?|bucket))\b|\bkeep\s+hold\s+of\s+(?:it|them)\b|\b(?:keep|take|bring)\s+(?:it|them|the\s+(?:cash|money|takings|coins|tins?))\s+(?:home|till|until|overnight)\b|\b(?:pay|bank)\s+(?:it|them|the\s+(?:cash|money|coins))\s+in\s+(?:myself|later|next|on|at|when|tomorrow)\b|\bbank\s+(?:it|them)\s+(?:myself|later|next|on|tomorrow)\b|\bwhere\s+(?:does|do|should)\s+(?:it|the cash|the money|they|that)\s+go\b|\b(?:stick|put|pop|drop|leave)\s+(?:it|them)\s+in\s+the\s+till\s+and\s+(?:go|head)\s+home\b))/i;

/** A policy sentence on when or how cash is handed over or banked: "handed to Kelly the same evening", "banked within 14 days", "signed for in the takings book". */
const CASH_HANDED_OVER_SAID = /\b(?:cash|takings|coins|money|tins?|buckets?|donations?)\b[^.]*\b(?:handed|banked|paid in|signed for|given to)\b/i;

export const cashHeldOnToAnswer = toldThenSaid(CASH_HELD_ON_TO_ASKED, CASH_HANDED_OVER_SAID);

/**
 * Something hired or lent not back, and the hirer not answering: "scaffold tower was due back saturday, its monday teatime and his phone
 * goes straight to voicemail", "bike still hasn't come back and she isn't answering", "the cement mixer should have come back friday and hes
 * not picking up his phone", "still has the breaker a week late and wont reply".
 */
const OVERDUE_UNREACHABLE_TOLD =
  /\b(?:should\s+have\s+(?:come|been)\s+back|(?:a\s+week|\d+\s+days?|two\s+days|three\s+days)\s+late|overdue|(?:(?:was|were|is)\s+)?due\s+back(?!\s+in\b))\b[^.?!]{0,80}?\b(?:voicemail|not answering|no answer|won['’]?t (?:answer|reply)|isn['’]?t answering|not picking up|rings out|not replying|can['’]?t get hold|can['’]?t reach|ignoring|hanging up|hung up|phone(?:'s| is)? off)\b|\b(?:not|hasn['’]?t|haven['’]?t|still not)\s+(?:been\s+)?(?:brought|returned|come)\s+(?:it\s+|them\s+)?back\b[^.?!]{0,60}?\b(?:voicemail|not answering|no answer|won['’]?t answer|isn['’]?t answering|not picking up|can['’]?t get hold|can['’]?t reach|ignoring)\b/i;

/** A policy sentence on a hire overdue and the hirer not reached: "If a hire is 48 hours overdue and the customer does not answer, tell Gary". */
const OVERDUE_UNREACHABLE_SAID = /\boverdue\b[^.]*\b(?:does not|doesn['’]t|do not|don['’]t|cannot|can['’]t)\s+(?:answer|be reached)\b|\boverdue\b[^.]*\bnot (?:answer|be reached)\b/i;

export const overdueUnreachableAnswer = toldThenSaid(OVERDUE_UNREACHABLE_TOLD, OVERDUE_UNREACHABLE_SAID);

/**
 * One under 18 come to take part with a parent's word by text or phone: "17 yr old here on her own for a 2 hr session, says her mum said its
 * fine by text", "his mum said on the phone earlier that he can climb", "dad whatsapped us to say go ahead". Said, not signed.
 */
const PARENT_SAID_OK_TOLD =
  /^(?!.*\b(?:pay|pays|paying|payment|deposit|refund|money|cash)\b)(?=.*\b(?:(?:[5-9]|1[0-7])\s*(?:yr|year)s?[- ]?olds?|(?:[5-9]|1[0-7])\s*yo|under[- ]?18|teen(?:ager)?|(?:whos|who['’]s|who is|hes|he['’]s|shes|she['’]s)\s+(?:[5-9]|1[0-7]))\b)(?=.*\b(?:by|on|over)\s+(?:the\s+)?(?:text|phone|message|whatsapp|email)\b|.*\b(?:texted|messaged|whatsapped|rang|phoned|emailed|sent\s+a\s+(?:text|message))\b).*\b(?:mum|mom|dad|parents?|mother|father)\b[^.?!]{0,40}?\b(?:said|says|saying|texted|messaged|whatsapped|rang|phoned|emailed|sent)\b[^.?!]{0,40}?\b(?:fine|ok|okay|alright|yes|go ahead|(?:he|she|they)\s+can|(?:he|she|they)['’]?s\s+allowed|allowed)\b/i;

/** A policy sentence that a parent signs for one under 18: "Riders under 18 need a parent or guardian to sign". */
const PARENT_SIGNS_SAID = /\bunder[- ]?1[0-8]s?\b[^.]*\bneeds?\s+(?:a\s+)?parent or (?:legal )?guardian\s+to\s+sign\b|\b(?:a|the)\s+parent or (?:legal )?guardian\s+must\s+sign\b[^.]*\bunder[- ]?1[0-8]\b/i;

export const parentSaidOkAnswer = toldThenSaid(PARENT_SAID_OK_TOLD, PARENT_SIGNS_SAID);

/**
 * Someone looked up for a reason of one's own: "mate asked if i can find his exs new address on tracesmart, wont take a sec", "can i check
 * where my neighbour's dog is chipped to", "look up my sister's booking". A friend, family or an ex, not a customer's own request.
 */
const LOOKED_UP_FOR_OWN_SAKE_TOLD =
  /\b(?:mate|friend|neighbour|sister|brother|cousin|mum|dad|partner|husband|wife|boyfriend|girlfriend)\s+(?:asked|wants|wanted|asking)\s+(?:if\s+i\s+(?:can|could)|me\s+to)\s+(?:look\s+up|find|search|check|trace|run)\b|\b(?:look\s+up|search\s+for|trace|run\s+a\s+check\s+on)\s+(?:my|his|her)\s+(?:mate|friend|neighbour|sister|brother|cousin|mum|dad|partner|ex|exs|ex['’]s)\b|\b(?:find|check|look\s+(?:up|at))\s+(?:my|his|her)\s+(?:mate|friend|neighbour|sister|brother|cousin|mum|dad|partner|ex|exs|ex)['’]?s?\s+(?:new\s+)?(?:address|number|details|records?|booking|file|appointment|account|results?|notes|history)\b/i;

/** A policy sentence against looking people up for one's own sake: "Never search for yourself, friends, family", "never look up family, friends or yourself". */
const NOT_FOR_OWN_SAKE_SAID = /\b(?:never|do not|don['’]t)\s+(?:\w+\s+){0,3}?(?:search|look up|look at|check|trace|run)\b[^.]*\b(?:yourself|friends?|family|family member|curiosity|neighbours?|a mate)\b/i;

export const lookedUpForOwnSakeAnswer = toldThenSaid(LOOKED_UP_FOR_OWN_SAKE_TOLD, NOT_FOR_OWN_SAKE_SAID);

/**
 * Someone else to agree or sign for one we serve: "his wife says she'll just sign the form for him", "he couldnt follow it so his carer
 * signed in the end", "his wife did all the talking and said yes to everything". Not a parcel signed for ("can you sign for it"): the
 * sentence it meets is on agreeing for someone.
 */
const AGREED_FOR_THEM_TOLD = new RegExp(
  String.raw`\b(?:sign|signs|signed|signing|agree|agrees|agreed|consent|consents|consented)\s+(?:(?:it|the\s+(?:[\w-]+\s+)?(?:form|forms|consent|paperwork))\s+)?(?:for|on behalf of)\s+(?:him|her|them)\b` +
    String.raw`|\b(?:his|her|their)\s+(?:${KIN}|carer|support worker)\s+(?:signed|agreed)\b` +
    String.raw`|\b(?:his|her|their)\s+(?:${KIN}|carer|support worker)\s+(?:did\s+(?:all\s+)?the\s+talking|said\s+yes\s+(?:to\s+(?:everything|it\s+all)|for\s+(?:him|her|them))|answered\s+(?:everything|all\s+the\s+questions|for\s+(?:him|her|them)))\b`,
  'i',
);

/**
 * A policy sentence on another agreeing for them: "Only ask the carer to agree for them if the member plainly cannot understand", "We ask the
 * person living with dementia themselves first".
 */
const AGREES_FOR_THEM_SAID = /\b(?:agree|consent|sign)\s+(?:for|on behalf of)\s+(?:them|him|her|the (?:member|client|patient|resident|person))\b|\bask\s+the\s+(?:person|member|client|patient|resident)\b[^.]*\bthemselves\b/i;

export const agreedForThemAnswer = toldThenSaid(AGREED_FOR_THEM_TOLD, AGREES_FOR_THEM_SAID);

/** Abuse or aggression at us, told: "just went mental at me, effing and blinding", "kicked off and started threatening me". */
const AGGRESSION_TOLD = String.raw`(?:went\s+(?:mental|mad|ballistic|nuts)|effing|swearing|swore|abus\w+|aggressive|kick(?:ed|ing)\s+off|threaten\w*|screaming\s+at|shouting\s+at|squared\s+up|went\s+for\s+me)`;

/**
 * Whether to have recorded it, asked after aggression told: "bloke in a transit just went mental at me at the crossing … should i have had
 * the cam going??", "a dad was swearing at me, do I switch the camera on?".
 */
const RECORD_ASKED_AFTER_AGGRESSION = new RegExp(
  String.raw`^(?=.*\b${AGGRESSION_TOLD}\b)(?=.*\b(?:(?:have|had|put|get|got|switch(?:ed)?|turn(?:ed)?)\s+(?:(?:the|my)\s+)?(?:body\s*)?(?:cam|camera|bodycam)\s+(?:going|on|running|rolling)|(?:switch(?:ed)?|turn(?:ed)?|put|press(?:ed)?)\s+(?:(?:the|my)\s+)?(?:body\s*)?(?:cam|camera|bodycam)\s+on|(?:should|shall|do|did|could)\s+i\s+(?:have\s+)?(?:record(?:ed)?|film(?:ed)?|press(?:ed)?\s+record)\b))`,
  'i',
);

/** A policy sentence on recording when someone is aggressive: "Press record … when someone is aggressive or abusive to you". */
const RECORD_WHEN_AGGRESSIVE_SAID = /\brecord\w*\b[^.]*\b(?:aggressive|abusive|threatening|violent)\b/i;

export const recordAfterAggressionAnswer = toldThenSaid(RECORD_ASKED_AFTER_AGGRESSION, RECORD_WHEN_AGGRESSIVE_SAID);

/**
 * Someone's private life told on a visit, with whether to note it asked: "the mum spent ages telling me about her divorce and her
 * depression. do i put any of that in my notes?".
 */
const PRIVATE_LIFE_NOTED_ASKED =
  /\b(?:told|telling|tells|mentioned|said|says|opened up|talking|talked)\b[^.?!]{0,60}?\b(?:divorce|depression|marriage|split(?:ting)? up|separat\w+|relationships?|affair|mental health|anxiety|drinking|debts?|breakdown)\b[^?]*\b(?:do|should|shall|can)\s+(?:i|we)\s+(?:note|write|put|record|log|jot|include)\s+(?:any\s+of\s+)?(?:it|that|this|them)\s*(?:down|in)?\b/i;

/** A policy sentence against writing down someone's private life: "Do not write opinions about the family, their health or their relationships". */
const PRIVATE_LIFE_NOT_NOTED_SAID = /\b(?:do not|don['’]t|never)\s+(?:write|note|record|put|include)\b[^.]*\b(?:health|relationships?|private li(?:fe|ves)|personal li(?:fe|ves))\b/i;

export const privateLifeNotedAskedAnswer = toldThenSaid(PRIVATE_LIFE_NOTED_ASKED, PRIVATE_LIFE_NOT_NOTED_SAID);

/**
 * Leave asked to ban someone or put them out for good: "a guest pulled a knife on another guest tonight, can i kick him out", "stan wants to
 * tell the guy who swore at bev never to come back. is stan allowed to do that himself?". Not left out of a photo or a mailing.
 */
const BAN_ASKED =
  /\b(?:can|could|may|shall|should)\s+(?:i|we|he|she)\s+(?:just\s+)?(?:kick|chuck|throw|boot|turf|ban|bar|exclude)\s+(?:him|her|them)(?!(?:\s+out)?\s+(?:from|of|off)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:photos?|pictures?|pics?|emails?|lists?|newsletters?|chats?|groups?|mailings?|rotas?|teams?))(?:\s+out)?\b|\b(?:allowed|able|ok|okay)\s+to\s+(?:kick|chuck|throw|boot|turf|ban|bar|exclude)\s+(?:him|her|them)\b|\btell\s+(?:the\s+(?:guy|bloke|man|woman|lady|lad|fella)|him|her|them)\b[^.?!]{0,40}?\bnever\s+(?:to\s+)?come\s+back\b/i;

/** A policy sentence on who alone may ban or exclude: "Only the shift leader may exclude a guest", "Only Karen or Imran may ban someone". */
const ONLY_SOME_BAN_SAID = /\bonly\b[^.]{0,40}?\b(?:may|can)\s+(?:ban|bar|exclude)\b/i;

export const banAskedAnswer = toldThenSaid(BAN_ASKED, ONLY_SOME_BAN_SAID);

/** A paper sent to one's own inbox, with leaving it there asked: "gent sent a pic of his fac to my outlook, fine to just leave it in there?". */
const PAPER_LEFT_IN_INBOX_ASKED =
  /\b(?:sent|emailed|forwarded|attached)\b[^.?!]{0,60}?\b(?:to|in(?:to)?)\s+my\s+(?:work\s+)?(?:outlook|email|e-mail|inbox|gmail|hotmail|mail)\b[^?]*\b(?:leave|keep|store|save)\s+(?:it|them)\s+(?:in\s+)?(?:there|(?:in\s+)?my\s+(?:inbox|outlook|email))\b/i;

/** A policy sentence that such papers are never left in an inbox: "…never in email attachments left in an inbox or on a personal phone". */
const NOT_LEFT_IN_INBOX_SAID = /\bnever\s+in\s+(?:e-?mail|email)\s+attachments?\b|\b(?:never|not|do not|don['’]t)\s+(?:leave|keep|store|save)\b[^.]*\bin\s+(?:an?\s+|your\s+)?(?:inbox|e-?mails?)\b/i;

export const paperLeftInInboxAnswer = toldThenSaid(PAPER_LEFT_IN_INBOX_ASKED, NOT_LEFT_IN_INBOX_SAID);

/**
 * Someone out and about asking after those we serve: "fella in the pub was asking me which of the guests have brought their own guns", "a man
 * in the pub was asking me whether his wife comes"; not where the larder is.
 */
const ASKED_AFTER_OURS_IN_PUBLIC =
  /^(?=.*\b(?:in|at|from|outside|down)\s+the\s+(?:pub|shop|village|bar|market|school gates?|street|club|chippy|cafe|post office|hall)\b)(?=.*\b(?:asking|asked|asks)\s+(?:me\s+|us\s+)?(?:which|who|whether|if)\b[^.?!]{0,40}?\b(?:guests?|members?|clients?|customers?|women|woman|residents?|patients?|tenants?|pupils?|players?|wife|husband|partner|girlfriend|boyfriend|daughter|son|grandson|granddaughter|neighbou?rs?|friends?|mates?|sister|brother|mum|dad|relatives?|boy|girl|child|children|kids?)\b)/i;

/** A policy sentence never to tell anyone which of ours, or whether: "Never tell anyone outside the estate office which guests hold rifles". */
const NEVER_TELL_WHICH_SAID = /\bnever\s+tell\s+(?:anyone|anybody)\b[^.]*\b(?:which|whether|who|where)\b/i;

export const askedAfterOursInPublicAnswer = toldThenSaid(ASKED_AFTER_OURS_IN_PUBLIC, NEVER_TELL_WHICH_SAID);

/** A short PIN on a device told: "my phone only has a 4 number pin, is that fine?", "is a 4 digit code on my phone ok"; not a key safe's or padlock's code. */
const SHORT_PIN_TOLD = /^(?=.*\b(?:phones?|mobiles?|tablets?|ipads?|laptops?|screen|passcode)\b)(?!.*\b(?:key ?safes?|padlocks?|lock ?box(?:es)?|gates?|doors?|alarms?)\b).*(?:\b(?:[3-5]|three|four|five)[- ]?(?:digit|number|no\.?)\s+(?:pin|passcode|pass ?code|code|screen ?lock)\b|\b(?:pin|passcode)\s+(?:is|of)\s+(?:only\s+)?(?:[3-5]|three|four|five)\s+(?:digits|numbers)\b)/i;

/** A policy sentence on the least a screen lock may be: "a screen lock of at least 6 digits or a fingerprint" (not a password's length in characters). */
const LEAST_PIN_SAID = /\b(?:at least|a minimum of|minimum)\s+(?:\d+|six|eight)\s+(?:digits|numbers)\b/i;

export const shortPinAnswer = toldThenSaid(SHORT_PIN_TOLD, LEAST_PIN_SAID);

/**
 * A payment of someone's gone wrong, with raising it oneself offered: "no 8's payment bounced again. shall i knock and ask him about it while
 * im there", "ethans dd bounced again, shall i say something to him tonight so he reminds his mum". Someone else's, not one's own bill.
 */
const PAYMENT_RAISED_OFFERED =
  /^(?!.*\bmy\s+(?:own\s+)?(?:[\w-]+\s+)?(?:bill|payment|dd|direct debit|rent|fees?)\b)(?=.*\b(?:payments?|dd|direct debits?|subs|fees?|invoices?|tabs?|bills?|rent)\b[^.?!]{0,30}?\b(?:bounced|failed|missed|overdue|unpaid|not been paid|hasn['’]?t gone through|didn['’]?t go through)\b).*\b(?:shall|should|can|could)\s+i\s+(?:just\s+)?(?:knock|ask|say something|mention|remind|have a word|chase|bring it up)\b/i;

/** A policy sentence on who alone chases a payment: "Failed payments are chased only by Sharon or Jade", "chased by Priti Nair only", "only Ruth chases an unpaid tab". */
const CHASED_ONLY_BY_SAID = /\bchased\s+(?:only\s+by|by\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+only)\b|\bonly\s+[A-Z][\w-]*\s+chases\b/;

export const paymentRaisedOfferedAnswer = toldThenSaid(PAYMENT_RAISED_OFFERED, CHASED_ONLY_BY_SAID);

/**
 * A work van broken into, told: "van window smashed overnight outside my house, think the key pouch was in the glovebox", "the van window got
 * smashed in the car park, run sheets were on the seat". Ours, not a customer's car; a van "broken into" is read by the rules on losses
 * already. The sentence on a van broken into, though the story names the tracker or the key cabinet by the van's or the keys' words.
 */
const VAN_BROKEN_INTO_TOLD =
  /\b(?:(?:the|my|our)\s+(?:work\s+)?van|(?:my|our)\s+(?:work\s+)?(?:car|cab)|(?:the\s+)?work\s+(?:car|vehicle))(?:['’]s)?\s+(?:(?:side\s+|back\s+|passenger\s+|driver['’]?s?\s+)?(?:window|windscreen)\s+)?(?:got\s+|was\s+|been\s+|has\s+been\s+)?(?:smashed|done over|jemmied)\b|^\s*van\s+(?:window|windscreen)\s+(?:got\s+|was\s+)?smashed\b|\b(?:smashed|done over)\s+(?:the|my|our)\s+(?:work\s+)?van(?:['’]s)?\b/i;

/** A policy sentence on a van broken into: "If a work phone is lost, or a van is broken into, ring Dean straight away". */
const VAN_BROKEN_INTO_SAID = /\b(?:van|car|vehicle|cab)s?\b[^.]{0,20}\b(?:is|are|gets|get|was|has been)\s+broken into\b|\bvan break-?ins?\b/i;

export const vanBrokenIntoAnswer = toldThenSaid(VAN_BROKEN_INTO_TOLD, VAN_BROKEN_INTO_SAID);

/**
 * A consent or form dated long ago, whether it still counts asked: "It's October and I notice some players' consent dates say last summer. Is
 * that still valid?" (read in the eighty-ninth round).
 */
const CONSENT_STILL_VALID_ASKED = /\b(?:consents?|consent forms?|permissions?|forms?)\b[^?]*\b(?:still\s+(?:valid|ok|okay|good|count|current|in date)|out of date|expired|run out|lapsed)\b/i;

/** A policy sentence on when consent is renewed: "Consent is renewed each September". */
const CONSENT_RENEWED_SAID = /\b(?:consents?|consent forms?|permissions?|forms?)\s+(?:is|are)\s+(?:renewed|refreshed|collected again|re-?signed)\s+(?:each|every|at the start of)\b/i;

export const consentStillValidAnswer = toldThenSaid(CONSENT_STILL_VALID_ASKED, CONSENT_RENEWED_SAID);

/**
 * A message about a lost thing asked into a group chat: "can i put a message in the work party group asking if anyone found the phone i
 * dropped on stoborough heath" (read in the ninety-first round). A thing that holds or opens people's information, not one's sunglasses.
 */
const LOSS_POSTED_IN_GROUP = /\b(?:put|post|send|stick|pop)\s+(?:a\s+)?(?:(?:quick\s+)?(?:message|msg|post|shout|shout-?out|note)\s+)?(?:in|on|to|into)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:group|chat|whatsapp)\b[^.?!]{0,40}?\b(?:anyone|anybody|someone|somebody)\s+(?:has\s+)?(?:found|seen|picked up|handed in)\s+(?:the|my|our|a|an)\s+(?:[\w-]+\s+)?(?:phones?|mobiles?|tablets?|ipads?|laptops?|lists?|sheets?|folders?|registers?|clipboards?|keys?|fobs?|radios?|cameras?|devices?)\b/i;

/** A policy sentence not to post about a loss: "Do not post about the loss in the WhatsApp group". */
const LOSS_NOT_POSTED_SAID = /\b(?:do not|don['’]t|never)\s+(?:post|message|put)\b[^.;]*\b(?:loss|lost)\b/i;

export const lossPostedInGroupAnswer = toldThenSaid(LOSS_POSTED_IN_GROUP, LOSS_NOT_POSTED_SAID);

/**
 * Records asked kept on one machine alone: "ok if i keep the casework tracker spreadsheet just on the office laptop desktop, easier than finding
 * it" (read in the ninety-first round).
 */
const KEPT_ONLY_ON_DEVICE = /\b(?:keep|kept|keeping|save|saved|saving|store|stored|storing|have)\s+(?:the|our|my|this|that|a|all the)\s+(?:[\w'’-]+\s+){0,3}?(?:spreadsheets?|files?|docs?|documents?|trackers?|records?|lists?|folders?|data|notes)\s+(?:just|only|solely)\s+on\s+(?:the|my|our|a|this)\s+(?:[\w-]+\s+){0,2}?(?:laptops?|desktops?|pcs?|computers?|phones?|tablets?|ipads?|usb(?:\s+sticks?)?|sticks?|hard drives?)\b/i;

/** A policy sentence that nothing is kept on one machine alone: "Nothing is kept only on a laptop or phone". */
const NOTHING_ONLY_ON_DEVICE_SAID = /\bnothing\s+is\s+(?:kept|stored|saved|held)\s+only\s+on\b|\b(?:never|do not|don['’]t)\s+(?:keep|store|save|hold)\b[^.;]*\bonly\s+on\b/i;

export const keptOnlyOnDeviceAnswer = toldThenSaid(KEPT_ONLY_ON_DEVICE, NOTHING_ONLY_ON_DEVICE_SAID);
