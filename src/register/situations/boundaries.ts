// One of ours grown close to someone we serve, told: visits to their home, keeping in touch, a friendship outside work, a lift, a will to
// witness.
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { policiesSaying, theOnly, toldThenSaid } from '../quoted-policies.ts';

/**
 * One of ours seeing someone we serve outside work, told: "one of the volunteers has been popping round to see betty at her house,
 * they've got really close", "a carer's been going round to his flat on her day off", "she's become friends with one of the
 * residents and visits her at home". A visit to their home and a friendship, or a visit on one's own time.
 */
const VISITED_AT_HOME = /\b(?:popp?(?:ing|ed|s)? round|going round|gone round|been round|went round|goes round|call(?:ing|ed|s)? round|visit(?:ing|ed|s)?|dropp?(?:ing|ed) in on|seeing)\b[^.?!]{0,40}?\b(?:at|to)\s+(?:her|his|their|(?:(?:mr|mrs|ms|miss)\.?\s+)?[a-z]+['’]s)\s+(?:house|home|flat|bungalow|place)\b/i;

/** A friendship grown, or one's own time: "they've got really close", "become friends", "on her day off". */
const CLOSE_SAID = /\b(?:got|getting|grown|become|became)\s+(?:really\s+|very\s+|quite\s+|so\s+)?(?:close|friends|pally|attached)\b|\b(?:on|in)\s+(?:her|his|their|my)\s+(?:day off|days off|own time|spare time|weekends?)\b|\bas (?:a )?friends?\b/i;

/** A policy sentence against seeing those we serve privately: "must not … visit members at home or keep in touch privately", "no friendships outside work". */
const NO_PRIVATE_CONTACT_SAID = /\b(?:not|never|no)\b[^.]*\b(?:visit\w*[^.]*\bat (?:their |his |her )?home|keep in touch privately|privately|friendships?|outside (?:of )?work|personal relationships?)\b/i;

/** One of ours seen at the home of someone we serve, as a friend or on their own time: the one policy that says not to. */
export function visitedAtHomeAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!VISITED_AT_HOME.test(question) || !CLOSE_SAID.test(question)) return undefined;
  return theOnly(policiesSaying(ctx, NO_PRIVATE_CONTACT_SAID));
}

/** Someone we serve or their family: a parent, a client, a resident, "one of the mums". */
const SERVED_ONE = String.raw`(?:mums?|moms?|dads?|parents?|carers?|clients?|customers?|residents?|patients?|learners?|members?|guests?|participants?|famil(?:y|ies)|service users?|tenants?|one of (?:the|our|my) (?:mums|dads|parents|clients|customers|residents|patients|learners|members|families|participants|regulars|lot)|(?:chap|lady|man|woman|bloke|fella|gent|guy|lad|lass|one of the (?:ladies|men|blokes|lads|gents|chaps))\s+(?:in|from)\s+(?:the|my|our)\s+(?:[\w'’-]+\s+){0,2}?(?:group|class|session|club|course))`;

/**
 * Our own number or social media asked for by someone we serve: "one of the mums asked for my mobile so she can just text me",
 * "a client wants my personal number", or offered to them. Not a young one's asking (children.ts).
 */
const OWN_NUMBER_ASKED = new RegExp(
  String.raw`\b${SERVED_ONE}\b[^.?!]{0,40}?\b(?:asked|asking|asks|wants?|wanted|wanting)\s+(?:me\s+)?(?:for\s+)?my\s+(?:own\s+|personal\s+|private\s+)?(?:(?:phone\s+|mobile\s+)?number|mobile|whatsapp)\b` +
    // Offered: "got a mum ringing back about her little boy's party … easiest if i just give her my mobile no?".
    String.raw`|\b${SERVED_ONE}\b.*\b(?:give|giving|send|text)\s+(?:her|him|them)\s+my\s+(?:own\s+|personal\s+|private\s+)?(?:(?:phone\s+|mobile\s+)?(?:number|no\b)|mobile(?:\s+(?:number|no\b))?|whatsapp)`,
  'i',
);

/** A policy sentence against giving those we serve our own number: "don't give parents your own number", "never from your personal number",
 * "never phone a parent from your own mobile", "do not message parents from your personal number". */
const OWN_NUMBER_KEPT_SAID = /\b(?:don['’]t|do not|never|must not)\s+give\b[^.;]{0,40}?\b(?:your|their)\s+(?:own|personal|private)\s+(?:mobile\s+|phone\s+)?(?:numbers?|mobiles?|phones?)\b|\bnever from your (?:own|personal|private) (?:number|mobile|phone)\b|\b(?:never|don['’]t|do not)\s+(?:phone|ring|call|text|message|contact)\s+(?:(?:a|the|any)\s+)?(?:parent|client|customer|patient|member|guest|famil(?:y|ie))s?\s+from\s+your\s+(?:own|personal|private)\s+(?:mobile|phone|number)\b/i;

/** Our own number asked for by someone we serve: the one policy sentence that says not to give it. */
export function ownNumberAskedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return OWN_NUMBER_ASKED.test(question) ? theOnly(policiesSaying(ctx, OWN_NUMBER_KEPT_SAID)) : undefined;
}

/**
 * A friend or follow request from someone we serve: "a mum from my run sent me a friend request on facebook", "a client added me on
 * instagram", "got a friend request on fb from a lovely chap in the tuesday group".
 */
const FRIEND_REQUEST_TOLD = new RegExp(
  String.raw`\b${SERVED_ONE}\b[^.?!]{0,40}?\b(?:sent|sends|sending|send)\s+me\s+(?:a\s+)?(?:friend|follow)\s+requests?\b|\b${SERVED_ONE}\b[^.?!]{0,40}?\b(?:added|friended|followed|adding|following)\s+me\s+on\s+(?:facebook|fb|insta(?:gram)?|tiktok|snapchat|linkedin|social media)\b` +
    // The request had, then whom from: "got a friend request on fb from a lovely chap in the tuesday group".
    String.raw`|(?:^\s*|\b(?:i|i['’]ve|ive|i have|just)\s+)(?:got|had|received|getting)\s+(?:a\s+)?(?:facebook\s+|fb\s+|insta(?:gram)?\s+)?(?:friend|follow)\s+requests?\s+(?:on\s+[\w'’-]+\s+)?(?:from|off)\s+(?:a\s+|one\s+of\s+(?:the\s+)?)?(?:[\w'’-]+\s+){0,2}?${SERVED_ONE}\b` +
    // Asked or done by them in other words: "a guy from the tuesday group friend requested me on fb", "one of the participants wants to add me on facebook".
    String.raw`|\b${SERVED_ONE}\b[^.?!]{0,40}?\b(?:friend[- ]?requested\s+me|(?:wants?|wanted|asked)\s+to\s+(?:add|friend|follow)\s+me\s+(?:on\s+(?:facebook|fb|insta(?:gram)?|snapchat|snap|tiktok|socials|social media)|as\s+a\s+friend))\b`,
  'i',
);

/**
 * A policy sentence against befriending those we serve online: "never add pupils or parents on social media", "do not follow or friend
 * students", "Never give participants a lift in your own car, lend or borrow money, or connect with them on personal social media".
 */
const NO_SOCIAL_FRIENDS_SAID = /\b(?:never|do not|don['’]t|must not)\s+(?:add|friend|follow|accept)\b[^.;]{0,60}?\b(?:on\s+)?(?:social media|facebook|instagram|friend requests?)\b|\b(?:do not|don['’]t|never)\s+(?:follow|friend)\s+or\s+(?:follow|friend)\b|\b(?:never|do not|don['’]t|must not)\b[^.;]{0,100}?\bconnect\s+with\s+(?:them|participants?|clients?|members?|service users?|residents?|patients?)\s+on\s+(?:personal\s+|your\s+own\s+)?social media\b/i;

/** A friend request from someone we serve: the one policy sentence against befriending them online. */
export function friendRequestAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return FRIEND_REQUEST_TOLD.test(question) ? theOnly(policiesSaying(ctx, NO_SOCIAL_FRIENDS_SAID)) : undefined;
}

/** Our people's numbers asked for by someone else: "the duty manager wants the mobile numbers of all the guards on this week". */
const STAFF_NUMBERS_ASKED = /\b(?:wants?|wanted|wanting|asking|asked|asks|requested)\s+(?:for\s+)?(?:the\s+|our\s+)?(?:(?:mobile|phone|personal|home|private)\s+)?(?:numbers?|mobiles)\s+(?:of|for)\s+(?:all\s+)?(?:the|our)\s+(?:[\w-]+\s+)?(?:guards|lifeguards|staff|team|drivers|carers|cleaners|instructors|coaches|tutors|volunteers|workers|crew|stewards|guides|walkers|sitters|nannies)\b/i;

/** A policy sentence against giving out our people's numbers: "Never give a lifeguard's phone number to a venue". */
const STAFF_NUMBER_KEPT_SAID = /\b(?:never|don['’]t|do not|must not)\s+(?:give|pass|share|hand)\b[^.;]{0,40}?\b(?:phone|mobile|personal|home|private)\s+numbers?\b/i;

/** Our people's numbers asked for ({@link STAFF_NUMBERS_ASKED}): the one policy sentence against giving them out. */
export function staffNumbersAskedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return STAFF_NUMBERS_ASKED.test(question) ? theOnly(policiesSaying(ctx, STAFF_NUMBER_KEPT_SAID)) : undefined;
}

/**
 * Those we served to be contacted from one's own phone: "gonna text a couple of the lads who left last month from my own mobile", "can I
 * ring my old clients from my personal phone"; not the pharmacy or a customer about today's booking. Read in the seventy-second round.
 */
const CONTACTED_FROM_OWN_PHONE =
  /^(?=.*\b(?:(?:lads?|girls?|women|men|residents?|clients?|patients?|service users?|members?|students?|pupils?|mentees?|young people|families|guys|ones)\s+(?:who|that)\s+(?:left|have left|moved on|were (?:here|with us)|finished|used to (?:come|be here|stay))|(?:former|ex-?|old|past)\s+(?:residents?|clients?|patients?|service users?|members?|students?|pupils?|mentees?|young people))\b).*\b(?:text|texting|ring|ringing|call|calling|message|messaging|whatsapp|phone|phoning|contact|contacting|check in (?:on|with))\b[^.?!]{0,80}?\bfrom\s+my\s+(?:own|personal|private)\s+(?:phone|mobile|number|account|e-?mail)\b/i;

/** A policy sentence to contact them only from work's phone: "Contact former residents only from your work phone or work email". */
const ONLY_FROM_WORK_PHONE_SAID = /\b(?:contact|call|ring|text|message|phone)\w*\b[^.]{0,60}?\bonly\s+(?:from|on|by|using)\s+(?:your|the|a|our)\s+(?:work|practice|office|company)\s+(?:phone|mobile|iphone|number)\b/i;

export function contactedFromOwnPhoneAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return CONTACTED_FROM_OWN_PHONE.test(question) ? theOnly(policiesSaying(ctx, ONLY_FROM_WORK_PHONE_SAID)) : undefined;
}

/**
 * A lift offered to a grown-up we serve, asked: "one of the regulars missed the 3.15 bus again, can i just drop him home", "ok if i give her
 * a lift back to the hostel?", "asked if i could run her to the station", "offered to take one of the regulars home": a person taken home or
 * to a place people are taken to, where someone we serve is named. Not a colleague, one's own family or a heifer taken home, things taken
 * back ("the spades we borrowed, can i just take them back"), someone taken back in ("he was barred but he's apologised, can i take him
 * back?") nor a boat ("can i take her back to the slipway"). A child's lift is the rule on children's lifts (children.ts), read first.
 */
/** Those we serve, as a story names them in a group: "one of the regulars", "one of my lot". */
const ONE_OF_THEM = String.raw`one\s+of\s+(?:the|my|our)\s+(?:participants|regulars|guests|clients|residents|members|patients|tenants|service users|customers|learners|lot|ladies|gents)`;

const LIFT_OFFERED = new RegExp(
  String.raw`^(?=.*\b(?:participants?|regulars?|guests?|clients?|residents?|members?|patients?|tenants?|service users?|customers?|learners?|${ONE_OF_THEM})\b)` +
    String.raw`.*\b(?:(?:can|could|shall|should|may)\s+i|(?:if|whether)\s+i\s+(?:can|could)|(?:ok|okay|alright|fine)\s+(?:if\s+i|to)|offered\s+to|i['’]ll)\s+(?:just\s+)?` +
    // Someone taken home or to a place people are taken to ("run her to the station"), not "take him back" (readmit, rehire) nor a boat
    // taken back to the slipway.
    String.raw`(?:(?:drop|run|take|drive)\s+(?:him|her|${ONE_OF_THEM})\s+(?:home|back\s+home|(?:back\s+)?to\s+(?:his|her|their)\s+(?:house|flat|place|home|hostel|digs)|(?:back\s+)?(?:to|at)\s+the\s+(?:train\s+|bus\s+)?(?:station|bus stop|hostel|shops))` +
    String.raw`|give\s+(?:him|her|them|${ONE_OF_THEM})\s+a\s+lift)\b`,
  'i',
);

/** A policy sentence against lifts for those we serve: "Never give participants a lift in your own car", "Never give a guest a lift alone", "do not … give lifts without Mark's agreement". */
const NO_LIFTS_SAID = /\b(?:never|do not|don['’]t|must not|not)\s+(?:\w+\s+){0,2}?give\s+(?:(?:a|an|any)\s+)?(?:[\w'’-]+\s+){0,3}?lifts?\b|\blifts?\b[^.]*\bnot\s+given\b/i;

/** A lift offered to a grown-up we serve: the one policy sentence that rules on lifts. */
export const liftOfferedAnswer = toldThenSaid(LIFT_OFFERED, NO_LIFTS_SAID);

/**
 * One of ours asked to witness the will of someone we serve: "asked if i'd sign as witness on her will", "wants me to witness his new will";
 * not one's own nan's or neighbour's.
 */
const WILL_WITNESS_ASKED = /^(?!.*\bmy\s+(?:nan|nana|gran|granny|grandma|grandad|grandpa|neighbou?r|mum|mam|dad|aunt|auntie|uncle|friend|mate|sister|brother|partner|wife|husband)\b).*\b(?:witness|witnessing)\s+(?:on\s+|for\s+)?(?:her|his|their)\s+(?:new\s+)?will\b/i;

/** A policy sentence against witnessing a will: "never agree to be a witness to a will", "don't be a witness to a will". */
const NO_WILL_WITNESS_SAID = /\bwitness\s+(?:to|on)\s+(?:a|any)\s+wills?\b/i;

/** One of ours asked to witness a will: the one policy sentence against it. */
export const willWitnessAnswer = toldThenSaid(WILL_WITNESS_ASKED, NO_WILL_WITNESS_SAID);


/**
 * One we served got in touch with afterwards, to thank them or see how they are: "had a lovely old lady to the RBH last night … want to
 * ring her back thru the app today just to say thanks and hope the appointment went ok", "can I text him to see how the move went?", "can I send
 * her a thank you text". Not a call about the job still open ("to see how he wants it returned", "how he wants to pay").
 */
const THANKED_AFTER_TOLD = /\b(?:ring|call|phone|text|txt|message|msg|contact|email)\s+(?:her|him|them)\s+(?:back\s+)?[^.?!]{0,40}?\b(?:(?:to\s+)?say\s+thanks|to\s+thank\s+(?:her|him|them)|(?:to\s+)?see\s+how\s+(?:(?:the|her|his|their)\s+(?:trip|journey|appointment|move|op|operation|day|holiday|visit|flight|interview|hospital)|(?:she|he|they)\s+(?:is|are|got on|got home|went|did|(?:is|are|['’]s|['’]re)\s+(?:doing|getting on|feeling)))|check\s+(?:on|in\s+on)\s+(?:her|him|them))\b|\bsend\s+(?:her|him|them)\s+a\s+(?:quick\s+)?thank[\s-]?you\s+(?:text|message|note|email)\b/i;

/** A policy sentence against contacting one we served once the job is done: "never contact a passenger after the job is finished". */
const NO_CONTACT_AFTER_SAID = /\b(?:never|do not|don['’]t|must not)\s+contact\s+(?:a|the|any)\s+[\w-]+\s+after\b/i;

export const thankedAfterAnswer = toldThenSaid(THANKED_AFTER_TOLD, NO_CONTACT_AFTER_SAID);
