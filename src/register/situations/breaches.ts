// Breaches told by their signs: papers gone through, details let slip or sent to the wrong person, ransomware, a card number written down, an account taken over, an ID photographed.
import type { Policy } from '../../config/schema.ts';
import { sentence } from '../fields.ts';
import { DEVICES_TITLE } from '../policy-answer.ts';
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { lossPolicyNaming, policiesByTitle, policiesKeyed, policiesSaying, policiesTitled, quoted, theOneTitled, theOnly, theOnlySaying } from '../quoted-policies.ts';
import { STOPWORDS, escapeRegExp, words } from '../text.ts';
import { stemWord } from '../thesaurus.ts';
import { PHOTOS_POLICY } from './photos.ts';

/**
 * "Left the delivery list on the dashboard with the van open, someone may have looked through it": a stranger who may
 * have gone through our things, told ("has someone gone through the list yet?" asks after a job done, and so does
 * "once someone has been through the CVs, how long do we keep them?").
 */
const STRANGER_WENT_THROUGH = /(?<!\b(?:has|have|had|did|can|could|will|would|once|after|when|until|till|before)\s+)\b(?:someone|somebody|a stranger)\s+(?:(?:might|may|must|could)\s+)?(?:(?:have|has|had|'s|'d)\s+)?(?:rummaged|had a (?:rummage|nose|root|dig)|gone through|been through|went through|looked through|nosed through|rooted through)\b/i;

/** What was on our screen or papers read over the asker's shoulder: "some guy at the gym was reading my laptop over my shoulder". */
const READ_OVER_SHOULDER = /\b(?:read|reading|reads|looked|looking|looks|peered|peering|peeked|peeking|glanced|saw|seen|watching|watched|nosing)\b[^.?!]{0,50}?\bover\s+(?:my|his|her|their|our)\s+shoulders?\b/i;

/**
 * Our things gone through, or read over one's shoulder, by a stranger: data seen by someone who should not see it, so the firm's
 * one breach policy (whom to tell, within how long), not the supplier whose entry holds the thing.
 */
export function goneThroughAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!STRANGER_WENT_THROUGH.test(question) && !READ_OVER_SHOULDER.test(question)) return undefined;
  const breach = theBreachPolicy(ctx);
  return breach ? quoted([breach]) : undefined;
}

/**
 * A slip told: "oops", "by mistake", or the asker's own "I said… what now". A rule asked ("can I read out the winner's
 * surname?") tells none, nor someone else's news ("a customer said her address has changed, what now?").
 */
const SLIP_TOLD = /\b(?:oops|whoops|accidentally|by mistake|by accident|didn'?t mean to|slipped out|let (?:it )?slip)\b|\b(?:i|we)\s+(?:just\s+)?(?:read out|said|announced|gave out|blurted|mentioned|showed|displayed|put up)\b(?=.*\b(?:what now|now what|what do i do now)\b)/i;

/** Someone's details given out aloud or on show, in whatever way the trade does it: said at the counter, announced over the mic, shown on screen. */
const DETAILS_GIVEN_OUT = /\b(?:read out|reading out|said|announced|gave out|given out|blurted(?: out)?|mentioned|showed|shown|displayed|broadcast|put up|printed|published)\b(?:\s+[\w'’-]+){0,6}?\s+(?:(?:full|home|mobile|phone|telephone|e-?mail)\s+){0,2}(?:phone numbers?|mobile numbers?|numbers?|address(?:es)?|e-?mail address(?:es)?|surnames?|full names?|names? and (?:ward|address|phone|number|room|bed)|dates? of birth|details)\b/i;

/**
 * Something posted, sent or published with someone's details on it: "posted a journey in the drivers group with the lady's name and
 * ward on", "ran his letter online with his full street address".
 */
const DETAILS_POSTED = /\b(?:posted|put|shared|sent|messaged|uploaded|ran|published|printed|went out|went up)\b[^.?!]{0,60}?\bwith (?:(?:the|their|his|her|a|an|mr|mrs|ms|miss|dr|[a-z]+['’]?s)\s+){0,2}(?:(?:full|home|street)\s+){0,2}(?:names?|address(?:es)?|phone numbers?|mobile numbers?|dates? of birth|details|surnames?)\b/i;

/**
 * Someone's number or address put in a group chat or on a page, told as done (not leave asked): "one of the lads has put a customer's
 * mobile number in the guides group asking who found her scarf". Everyone in the group has it now, slip told or not.
 */
const DETAILS_INTO_GROUP = /^(?!.*\b(?:can|could|should|may|shall|ok|okay|alright|allowed)\s+(?:i|we|to)\b).*\b(?:posted|put|shared|stuck|dropped)\s+(?:(?:a|an|the|some)\s+)?(?:[\w-]+['’]s\s+)?(?:(?:full|home|mobile|phone|personal|private|flat|house)\s+)?(?:phone numbers?|mobile(?: numbers?)?|numbers?|address(?:es)?|e-?mail address(?:es)?|details)(?:\s+and\s+(?:phone|mobile|number|address|e-?mail))?\s+(?:in|on|into|up on)\s+(?:the|our|a|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?(?:group(?: chat)?|chat|whatsapp|facebook(?: page| group)?|page|channel|story|forum)\b/i;

/**
 * "Whoops, I said a customer's full address out loud at the counter": someone's details disclosed by a slip is
 * a breach, the firm's one breach policy's (whom to tell, how fast), before a policy that only says
 * never to do it.
 */
export function disclosedBySlipAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!DETAILS_INTO_GROUP.test(question) && (!SLIP_TOLD.test(question) || !(DETAILS_GIVEN_OUT.test(question) || DETAILS_POSTED.test(question)))) return undefined;
  const breach = theBreachPolicy(ctx);
  return breach ? quoted([breach]) : undefined;
}

/**
 * Something of one person's sent to the wrong one, told in the past: "sent the review link for one client to a totally
 * different client", "emailed her report to the other customer", or everyone's addresses shown in cc not bcc. Only a
 * person or their address as the wrong recipient ("sent the van to the other site" is no slip, nor "sent it to the other members
 * list"), and only "sent" (a "can
 * I send it to another email?" asks a rule). A home by its number ("sent flat 12's statement to flat 21 by mistake") is a
 * wrong recipient where the slip is told. So is the wrong one sent to with no "to" ("emailed the wrong mum the allergy list"), and a paper
 * gone elsewhere instead ("the crowd list … just went to the soap lot instead").
 */
const SENT_TO_WRONG_PERSON = /\b(?:sent|emailed|e-mailed|texted|messaged|forwarded)\s+(?:the|a)\s+wrong\s+(?:mum|dad|parent|client|customer|person|family|guest|patient|member|tenant|couple|school|company|firm|production|contact|bride|groom)\b|\b(?:lists?|sheets?|e-?mails?|letters?|forms?|reports?|invoices?|notes)\b[^.?!]{0,40}?\b(?:went|gone|got sent|was sent)\s+to\s+(?:the\s+)?(?!(?:[\w'’-]+\s+){0,2}?(?:junk|spam|inbox|folder|drafts|outbox|printer|bin)\b)(?:[\w'’-]+\s+){1,3}?instead\b(?!\s+of\b)|\b(?:sent|emailed|e-mailed|forwarded|texted|messaged|posted|attached)\b(?:\s+[\w'’-]+){0,10}?\s+to\s+(?:(?:a|an|the|some)\s+)?(?:totally\s+|completely\s+|entirely\s+)?(?:wrong|different|other|another|random)\s+(?:\w+\s+)?(?:clients?|customers?|persons?|people|guests?|parents?|famil(?:y|ies)|patients?|tenants?|couples?|members?|owners?|landlords?|recipients?|compan(?:y|ies)|firms?|address|e-?mail(?: address)?|numbers?|mobiles?|phones?|groups?|class|contacts?|someone|somebody|flats?|houses?|residents?|leaseholders?|households?)\b(?!['’]?\s+(?:lists?|pages?|areas?|sections?|channels?|chats?|sites?|portals?|accounts?|folders?)\b)|\b(?:sent|emailed|e-mailed|forwarded|posted)\b(?:\s+[\w'’-]+){0,10}?\s+to\s+(?:flat|house|unit|room|apartment|plot|no\.?|number)\s+\d+[a-z]?\b(?=.*\b(?:by mistake|by accident|in error|instead of)\b)|\bcc\b.*\b(?:not|instead of|rather than)\s+(?:in\s+)?bcc\b|\b(?:in|into)\s+(?:the\s+)?to\s+(?:box|field|line)\b[^?!]*\b(?:not|instead of|rather than)\s+(?:in\s+)?(?:the\s+)?bcc\b|\bforgot (?:to use |to put (?:them|everyone) in )?bcc\b|\b(?:sent|emailed|e-mailed|went out|gone out)\b[^.?!]*\bwithout\s+(?:using\s+|a\s+)?bcc\b|^(?!\s*(?:should|shall|can|could|would|will|how|is it|do|does)\b)[^?]*?\b(?:went out|gone out|(?<!\bbe )sent|(?<!\bbe )emailed)\b[^.?!]*\b(?:everyone|everybody|all)(?:['’]?s|s['’])?\s+(?:e-?mails?|e-?mail addresses|addresses)\s+(?:showing|visible|on show|in the to)\b|\b(?:sent|emailed|e-mailed|forwarded|posted)\b[^.?!]{0,40}?\b(?:reports?|invoices?|files?|results?|letters?|forms?|certificates?|details|records?|notes|quotes?|statements?)\s+(?:for|of|about)\s+(?:a|an|the|another|someone|some)\s+(?:[\w'’-]+\s+){0,3}?(?:from|at|with)\s+(?:a|another|the)\s+(?:different|wrong|other)\s+(?:company|firm|client|customer|employer|family|school|business|agency|haulier)\b|\b(?:put|uploaded|added|released|published|posted|saved|attached|loaded|filed)\b(?:\s+[\w'’-]+){0,8}?\s+(?:on|onto|to|into|in|under)\s+(?:(?:a|the|someone)\s+)?(?:else['’]?s\s+|wrong\s+(?:(?:client|customer|patient|person|family|member|parent|tenant|learner|student|agent|user|applicant)['’]?s?\s+)?)(?:portal\s+)?(?:login|log-?in|account|portal|profile|app)\b/i;

/**
 * Something holding people's data sent to someone in place of the one meant: "I think I just emailed the renewal list to a
 * supplier instead of Hetty", "sent the booking form to the caterer instead of the bride", "emailed the delegate list for tuesday's
 * course to Hartley Logistics instead of Hartley Joinery". The thing sent is a paper or file
 * ("sent the van to the yard instead of the depot" is no slip), and the sending is told in the past.
 */
const SENT_INSTEAD_OF = /\b(?:sent|emailed|e-mailed|forwarded|texted|messaged|posted|attached)\s+(?:(?:the|a|an|our|my|his|her|their|all the)\s+)?(?:[\w'’-]+\s+){0,4}?(?:drafts?|write-?ups?|chapters?|ch\d+|lists?|sheets?|(?:door |key ?|gate |entry |access )codes?|spreadsheets?|files?|forms?|budgets?|income and expenditure|i ?& ?e|reports?|details|invoices?|statements?|letters?|notes|photos?|records?|e-?mails?|documents?|docs?|contracts?|numbers?|addresses|packs?|profiles?|cvs?|references?|certificates?|payslips?|confirmations?|receipts?|results?)(?:\s+(?:for|from|of|about)(?!\s+our\b)(?:\s+[\w'’-]+){1,5}?)?\s+to\s+(?!(?:the\s+)?(?:hr|sales|accounts|office|printers?|designers?|shared inbox|inbox|agency)\b|(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:inbox|mailbox|folder|drive)\b)(?:[\w'’-]+\s+){1,5}?instead of\b(?!\s+[a-z]+ing\b)/i;

/**
 * A paper or file sent to a titled or named person in place of the one meant, the one meant said or not: "I think I've just sent the Hartley roof
 * write-up to Mrs Hartwell instead, their emails are one letter apart". Only told in the past ("can it be sent to Mrs Hartwell instead?" asks
 * leave), and only to a person by title, or by name where the slip is told ("sent the report to Tom instead as Carys was off" is cover, no slip).
 */
const SENT_TO_NAMED_INSTEAD = /(?<!\b(?:be|been|being|get|got|have|has|had it|can i|could i|should i|shall i|will i)\s+)\b(?:[Ss]ent|[Ee]mailed|[Ee]-mailed|[Ff]orwarded|[Tt]exted|[Mm]essaged|[Aa]ttached)\s+(?:(?:the|a|an|our|my|his|her|their)\s+)?(?:[\w'’-]+\s+){0,4}?(?:write-?ups?|drafts?|lists?|sheets?|spreadsheets?|files?|forms?|reports?|details|invoices?|statements?|letters?|notes|photos?|records?|documents?|docs?|contracts?|quotes?|surveys?|packs?|profiles?|certificates?|payslips?|confirmations?|receipts?|results?)(?:\s+(?:for|from|of|about|with)(?:\s+[\w'’-]+){1,12}?)?\s+to\s+(?:(?:(?:[Mm]r|[Mm]rs|[Mm]s|[Mm]iss|[Mm]x|[Dd]r)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+instead\b(?!\s+of\s+[a-z]+ing\b))|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+instead\b(?!\s+of\b)(?=.*\b(?:by mistake|by accident|accidentally|wrong|oops|one letter|similar names?)\b))/;

/**
 * A list seen in the cc to have gone to someone it is not for: "looking at the cc it also went to Dave Mills who isn't even on that one". Only
 * a list or details, told gone by a slip ("the rota also went to Jo who isn't on the rota this week" is no slip).
 */
const WENT_TO_ONE_NOT_ON_IT = /^(?=.*\b(?:cc|bcc|by mistake|accidentally|in error|somehow)\b)(?=.*\b(?:list|sheet|details|names|addresses|numbers|register|records?)\b).*\b(?:also|accidentally|somehow)\s+(?:went|gone|been sent|got sent)\s+to\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+who\s+(?:(?:isn['’]?t|wasn['’]?t|is not|was not)\s+(?:even\s+)?(?:on|in|part of|involved in|meant for)\s+(?:that|this|the|it)\b|(?:has|had)\s+nothing to do\b)/i;

/**
 * Something posted in a group or chat other than the one meant: "posted a message about plot 17's eviction in the big plot holders
 * whatsapp instead of the committee one", "sent the rota with everyone's numbers to the wrong chat". Its members have seen it. Told in
 * the past: "can I put the rota in the staff group instead of emailing it" asks leave, and is no mistake.
 */
const POSTED_IN_WRONG_GROUP = /\b(?:i|we|he|she|they|someone|somebody|[a-z]+)\s+(?:(?:just|accidentally|mistakenly|actually)\s+)?(?:posted|sent|shared|messaged|dropped|put)\b[^.?!]{0,60}?\b(?:in|into|on|to)\s+(?:the\s+|my\s+|our\s+)?(?:wrong\s+(?:whatsapp\s+)?(?:group|chat|channel|thread)|(?:[\w'’-]+\s+){0,4}?(?:whatsapp|group|chat|channel|thread)\b[^.?!]{0,30}?\b(?:instead of|(?:not|rather than) the\s+(?:[\w'’-]+\s+){0,3}?(?:one|chat|group|whatsapp|channel|thread)(?<=^.*\b(?:pic|pics|photos?|pictures?|lists?|details|names?|numbers?|address(?:es)?|notes|forms?|screenshots?|medical|reports?|videos?|invoices?)\b.*)))\b/i;

/** Someone's code or details given by word to the wrong one: "gave a code to the wrong person on the phone", "told the wrong caller her address". */
const GIVEN_TO_WRONG_ONE = /\b(?:gave|given|read out|passed|told)\s+(?:(?:a|an|the|her|his|their|our|[a-z]+['’]s)\s+)?(?:[\w'’-]+\s+){0,2}?(?:codes?|numbers?|address(?:es)?|details|passwords?|pins?|info|information)\s+(?:out\s+)?to\s+the\s+wrong\s+(?:person|people|caller|man|woman|lady|bloke|guy|customer|client|one|number)\b/i;

/**
 * Something sent to "the wrong" someone by name or trade, or to "the other" one of a title and name, told in the past: "emailed her
 * payslip to the wrong Gary", "sent the quote to the wrong Mrs Jones", "emailed someone's voucher to a totally different Sarah", "emailed mrs thompson's valuation to the other mrs thompson". A place is no person ("sent the van to the wrong site", "posted it to the wrong branch"), and one of
 * our own people by their role ("emailed a payslip to the wrong temp") is left to the policies its words meet, the one on payslips too.
 */
const SENT_TO_WRONG_ONE = /\b(?:sent|emailed|e-mailed|forwarded|texted|messaged|attached|went|got sent|was sent)\b(?:\s+[\w'’-]+){0,10}?\s+to\s+the\s+other\s+(?:mrs?|ms|miss|dr|mx)\.?\s+[a-z]|\b(?:sent|emailed|e-mailed|forwarded|texted|messaged|attached)\b(?:\s+[\w'’-]+){0,10}?\s+to\s+(?:the\s+wrong|(?:a|the)\s+(?:totally\s+|completely\s+|entirely\s+)?different)\s+(?!(?:sites?|yards?|depots?|jobs?|places?|venues?|branch(?:es)?|shops?|offices?|stores?|warehouses?|address(?:es)?|houses?|folders?|drives?|printers?|channels?|chats?|groups?|pages?|vans?|days?|dates?|times?|teams?|temps?|staff|employees?|workers?|candidates?|applicants?|contractors?|freelancers?|volunteers?|colleagues?|managers?|drivers?)\b)[a-z][\w'’-]*\b/i;

/** Places and our own people, which no slip of sending makes a wrong recipient of ("sent the van to the yard by mistake"). */
const NOT_A_RECIPIENT = String.raw`(?:the\s+)?(?:sites?|yards?|depots?|jobs?|places?|venues?|branch(?:es)?|shops?|offices?|stores?|warehouses?|printers?|folders?|drives?|channels?|chats?|groups?|vans?|teams?|staff|wrong (?:day|date|time))\b`;

/**
 * Something sent to one person that was meant for another, told: "sent mrs okafor the pics meant for the whitakers", "emailed the
 * proof to mrs atkinson by mistake, autocomplete". The sending is in the past, and who got it is a person, not a place or our own.
 */
const SENT_MEANT_FOR_ANOTHER = new RegExp(
  String.raw`\b(?:sent|emailed|e-mailed|forwarded|texted|messaged|whatsapped|attached)\b(?!\s+${NOT_A_RECIPIENT})[^.?!]{0,60}?\b(?:meant|intended|supposed to go)\s+(?:for|to)\s+(?!${NOT_A_RECIPIENT})` +
    String.raw`|\b(?:sent|emailed|e-mailed|forwarded|texted|messaged|whatsapped)\b[^.?!]{0,60}?\bto\s+(?!${NOT_A_RECIPIENT})(?:mrs?|ms|miss|dr|[\w'’-]+)\b[^.?!]{0,40}?\b(?:by mistake|by accident|in error|accidentally|autocomplete|auto-?fill\w*)\b`,
  'i',
);

/** What holds people's details and is sent: an email, a text, a letter, a report. */
const SENT_THING = String.raw`(?:e-?mails?|letters?|texts?|messages?|invoices?|reports?|forms?|photos?|files?|statements?|results?|bills?|newsletters?)`;

/**
 * Something holding people's details that went to someone in place of the one meant: "the email about mrs okafor's fall went to mr
 * dunn's son instead of her daughter", "the late bus text for route 14 went out to all the parents on route 7 by mistake".
 */
const WENT_INSTEAD_OF = new RegExp(
  String.raw`\b${SENT_THING}\b[^.?!]{0,60}?\b(?:went|got sent|was sent|were sent|has gone|have gone|went out)\s+to\s+(?:(?!twice|again|early|late|too)[^.?!]){0,60}?\b(?:by mistake|by accident|in error|accidentally)\b` +
    String.raw`|\b${SENT_THING}\b[^.?!]{0,60}?\b(?:went|got sent|was sent|were sent|has gone|have gone|got emailed|was emailed|ended up)\s+to\s+(?:[\w'’-]+\s+){1,5}?instead of\b`,
  'i',
);

/**
 * Something holding people's details put in a chat or group by accident, told: "maureen put a pic of a request slip in the volunteers
 * chat by accident", "accidently sent the rota with everyones numbers to my family group chat". Its members have seen it. A picture of
 * one's dinner is no one's details: the thing says names, numbers or a paper of ours.
 */
const DETAILS_IN_CHAT_BY_SLIP =
  /^(?=.*\b(?:lists?|rotas?|registers?|numbers|names?|details|address(?:es)?|slips?|forms?|notes|sheets?|records?)\b)(?:.*\b(?:posted|sent|shared|put|dropped|forwarded)\b[^.?!]{0,60}?\b(?:in|into|on|to)\s+(?:the\s+|my\s+|our\s+)?(?:[\w'’-]+\s+){0,3}?(?:whatsapp|group|chat|channel|thread)\b[^.?!]{0,20}?\b(?:by accident|by mistake|in error|accident(?:al)?ly|without thinking)\b|.*\b(?:accident(?:al)?ly|mistakenly|whoops|oops)\s+(?:(?:i|just|i\s+just)\s+)?(?:posted|sent|shared|put|forwarded)\b[^.?!]{0,60}?\b(?:in|into|on|to)\s+(?:the\s+|my\s+|our\s+)?(?:[\w'’-]+\s+){0,3}?(?:whatsapp|group|chat|channel|thread)\b)/i;

/**
 * Someone's health said in a chat or group by a slip, told: "hannah mentioned someone's epilepsy in the session whatsapp this morning by
 * accident" (read in the ninetieth round). A condition is special category data; everyone in the group has read it.
 */
const HEALTH_IN_CHAT_BY_SLIP =
  /^(?=.*\b(?:by accident|by mistake|in error|accident(?:al)?ly|without thinking|oops|whoops)\b)(?=.*\b(?:whatsapp|group(?: chat)?|chat|channel|thread)\b).*\b(?:mentioned|said|posted|shared|put|wrote|sent|let slip)\b[^.?!]{0,60}?\b(?:reflux|tongue[- ]?tie|hospital appointments?|operations?|surgery|ivf|epilepsy|diabet\w+|asthma|allerg\w+|(?:medical|health|heart|mental health)\s+(?:conditions?|problems?|issues?)|diagnosis|medications?|meds|pregnan\w+|miscarriage|cancer|seizures?|dementia|depression|hiv)\b/i;

/** Something meant for one gone to another, told: "an email meant for mrs fenwick went to some other address". */
const MEANT_FOR_WENT_ELSEWHERE = /\b(?:meant|intended)\s+for\s+[^.?!]{1,40}?\s+(?:went|got\s+sent|was\s+sent|has\s+gone)\s+to\s+(?:some\s+other|another|the\s+wrong|a\s+different|someone\s+else)\b/i;

/**
 * A paper or screen with people's details left open where others could read it, told: "amira left the found items book open on the front
 * desk all afternoon, people could read names and numbers". Not a board put out so people can see it ("left the menu board out front so
 * people can see the details of the specials"), which holds nobody's details.
 */
const DETAILS_LEFT_READABLE =
  /\b(?:left|lying|sat|sitting)\b[^.?!]{0,60}?\b(?:open|out|on show|face up|unlocked|logged in)\b[^.?!]{0,80}?\b(?:people|customers|anyone|everyone|visitors|the public|someone|somebody|clients|patients|members|traders)\s+(?:could|might have|may have|would have|will have)\s+(?:read|seen|looked at|see)\s+(?:the\s+|their\s+|all\s+the\s+)?(?:names?|(?:phone\s+|mobile\s+)?numbers|address(?:es)?)\b/i;

/** Leave to post asked, not a post told: "can I put…", "ok to send…". */
const POSTING_ASKED = /\b(?:can|could|should|shall|may)\s+(?:i|we)\s+(?:just\s+)?(?:put|post|send|share|drop)\b|\b(?:ok|okay|fine|alright)\s+to\s+(?:just\s+)?(?:put|post|send|share|drop)\b/i;

/**
 * Someone's address or number posted in a group chat, told, with the undoing asked: "someone posted a finder's full address in the carers
 * whatsapp 🙈 shall i delete it and message the finder to say sorry?". A person's, not a place's ("the shed's new address"); a slip already
 * made, whatever the group: the breach policy says who deletes and who tells, not the asker.
 */
const DETAILS_POSTED_IN_GROUP =
  /^(?=.*\b(?:delete|remove|take (?:it|them) down|apologi[sz]e|say sorry)\b)(?!.*\b(?:can|could|should|shall|may)\s+(?:i|we)\s+(?:just\s+)?(?:post|share|put)\b).*\b(?:posted|shared|put|dropped)\s+(?:someone['’]s|somebody['’]s|(?:her|his|their)|(?:a|an|the|one of (?:our|the))\s+(?:[\w-]+\s+)?(?:finder|customer|client|member|parent|patient|guest|tenant|carer|volunteer|player|pupil|child|family|person|resident|caller)['’]?s)\s+(?:full\s+|home\s+)?(?:address|phone number|number|postcode|details)\b[^.?!]{0,20}?\b(?:in|into|on)\s+(?:the\s+|our\s+)?(?:[\w'’-]+\s+){0,2}?(?:whatsapp|group|chat|channel)\b/i;

/** A message posted in the wrong group, told; asked ahead ("can I put the rota in the staff whatsapp group instead of emailing it round?"), nothing has gone anywhere yet. */
function postedInWrongGroup(question: string): boolean {
  return POSTED_IN_WRONG_GROUP.test(question) && !POSTING_ASKED.test(question);
}

/**
 * A message posted in the wrong group, told by the group's app ("…in the plot holders whatsapp instead of the committee one"), or someone's
 * address posted in a group with the undoing asked: the breach policy, though the story names the app by its own name.
 */
export function postedInWrongGroupAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const breach = postedInWrongGroup(question) || DETAILS_POSTED_IN_GROUP.test(question) ? theBreachPolicy(ctx) : undefined;
  return breach ? quoted([breach]) : undefined;
}

/** A thing sent that holds someone's details: a confirmation, an email, a letter, an invoice, results. */
const THEIR_PAPERS = String.raw`(?:confirmations?|e-?mails?|letters?|invoices?|bookings?|booking (?:forms?|details|confirmations?)|results?|reports?|texts?|messages?|payslips?|details|files?|photos?|pics?|receipts?|statements?|forms?|records?|notes|quotes?|bills?|reminders?|paperwork|(?<!discount |betting |pay)slips?|(?:address |postage |shipping )?labels?|delivery notes?)`;

/**
 * Someone told they got what was another's, told from their side: "she got a party confirmation for someone elses kid", "a
 * customer received another client's invoice", "a gp surgery got one of our clinic letters about someone who isn't even their patient". The thing holds someone's details; a coat or an order is no one's details.
 */
const GOT_ANOTHERS = new RegExp(
  String.raw`\b(?:got|received|been sent|was sent|were sent|opened|found|been given|was given|were given|was handed|were handed|been handed)\s+(?:(?:a|an|the|their|her|his|one of (?:our|the|your|its))\s+)?(?:[\w'’-]+\s+){0,3}?${THEIR_PAPERS}\s+(?:[\w'’-]+\s+){0,2}?(?:for|of|about|meant for|belonging to)\s+(?:(?:someone|somebody|some1|another)\s*(?:else|customer|client|guest|parent|patient|tenant|member|person|family|kid|child)|(?:someone|somebody)\s+(?:who|that)\s+(?:isn['’]?t|isnt|is not|wasn['’]?t|was not)\s+(?:even\s+)?(?:their|theirs|one of theirs))\b` +
    String.raw`|\b(?:got|received|been sent|was sent|were sent|opened|found|been given|was given|were given|was handed|were handed|been handed)\s+(?:someone|somebody|some1)\s*else['’]?s\s+(?:[\w'’-]+\s+){0,2}?${THEIR_PAPERS}\b` +
    String.raw`|\b(?:got|received|been sent|was sent|were sent|opened|found|been given|was given|were given|was handed|were handed|been handed)\s+another\s+(?:customer|client|guest|parent|patient|tenant|member|person|family)['’]?s\s+(?:[\w'’-]+\s+){0,2}?${THEIR_PAPERS}\b`,
  'i',
);

/**
 * One of our papers found to carry another's details: "the sample label in her kit has someone else's name on it", "the ticket printout
 * she was given has another customer's name", "the job card we gave him is for another customer's car with their address".
 */
const PAPER_WITH_ANOTHERS = new RegExp(
  String.raw`\b(?:labels?|tickets?|printouts?|slips?|cards?|certificates?|letters?|forms?|receipts?|invoices?|notes?)\b[^.?!]{0,40}?\b(?:has|had|have|with|['’]s got|has got)\s+(?:got\s+)?(?:someone|somebody)\s*else['’]?s\s+(?:name|address|details|phone|number)|\b(?:labels?|tickets?|printouts?|slips?|cards?|certificates?|letters?|forms?|receipts?|invoices?)\b[^.?!]{0,40}?\b(?:has|had|have|with|['’]s got|has got|is for)\s+(?:got\s+)?another\s+(?:customer|client|patient|guest|member|person|family)['’]?s\s+(?:name|address|details|phone|number|car|van|house|home)`,
  'i',
);

/**
 * Another's paper found in someone's pack or folder in place of theirs: "their pup's folder had the jones's vet card in it instead of
 * theirs", "a parent found another child's medical form in her kid's camp pack instead of theirs", "his envelope had a letter for a mrs
 * hocking in it"; or one of our papers carrying a different client's details ("the booking confirmation we sent had a different deaf client's
 * name and address on page 2").
 */
const PAPER_SWAPPED = new RegExp(
  String.raw`\b(?:had|has|contained|came with|with|found)\s+(?:the\s+|another\s+|a\s+)?[a-z]+(?:['’]s|s['’])\s+(?:[\w'’-]+\s+){0,2}?(?:cards?|certificates?|forms?|letters?|papers?|paperwork|documents?|results?|contracts?|reports?|notes|details|invoices?|passports?|records?)\s+(?:in it\s+|in there\s+|in\s+(?:[\w'’-]+\s+){1,5}?)?instead of\s+(?:theirs|hers|his|their own|her own|his own)\b` +
    // Or an envelope or pack with a letter for someone else in it: "his winners letter envelope had a letter for a mrs hocking in newquay in it instead".
    String.raw`|\b(?:envelopes?|packs?|parcels?|folders?)\b[^.?!]{0,30}?\b(?:had|has|contained|came with)\s+(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:letters?|forms?|invoices?|statements?|cheques?|cards?|reports?|results?)\s+(?:for|addressed to|meant for)\s+(?:a\s+)?(?:(?:mrs?|ms|miss|dr)\s+[a-z]+|(?:someone|somebody)\s+else|another\s+(?:customer|client|player|member|person|family|lady|man|woman|patient))|another\s+(?:customer|client|player|member|person|family|lady|man|woman|patient)['’]?s?\s+(?:letters?|forms?|invoices?|statements?|cheques?|cards?|reports?|results?))\b[^.?!]{0,50}?\b(?:in it|in there|inside)\b` +
    String.raw`|\b(?:confirmations?|letters?|forms?|reports?|invoices?|e-?mails?|packs?|statements?)\b[^.?!]{0,60}?\b(?:had|has|showed|shows|with)\s+(?:a|another)\s+different\s+(?:[\w-]+\s+)?(?:client|customer|patient|member|person|family|tenant|pupil|resident|guest)(?:['’]s|s['’]|s)?\s+(?:name|address|details|number)\b`,
  'i',
);

/** A letter or email sent to someone's old address, or results put on the wrong patient's record or app: "posted mrs hendry's loan letter to her old flat", "uploaded mr h's blood results to the wrong patient's app". */
const SENT_TO_OLD_ADDRESS = /\b(?:sent|posted|emailed|e-mailed|mailed|delivered|addressed)\b[^.?!]{0,60}?\bto\s+(?:his|her|their|the|an?)\s+(?:old|previous|former|last)\s+(?:address|flat|house|home|e-?mail(?: address)?|mobile|number)\b|\b(?:uploaded|attached|added|saved|filed|put|sent)\b[^.?!]{0,60}?\b(?:to|on|onto|into|in)\s+(?:the\s+)?wrong\s+(?:patient|client|customer|member|pupil|child|tenant|resident|person|owner|family|student)(?:['’]s|s['’])?\s+(?:app|account|record|records|file|notes|profile|portal)\b/i;

/** A title before a surname ("mr bright's draft will to mr wright"). */
const TITLE = String.raw`(?:mr|mrs|ms|miss|dr|mx)\.?\s+`;

/**
 * One person's papers sent to another by name: "sent dave k's massage notes to dave m", "emailed mr bright's draft will to mr wright",
 * "gave mrs khan's bag to mrs kahn" (a prescription bag handed over). Not one's own, ours or a pronoun's
 * ("sent her notes to her GP"), nor the papers sent to the person whose they are.
 */
const ONES_SENT_TO_ANOTHER = new RegExp(
  String.raw`\b(?:sent|emailed|e-mailed|texted|messaged|forwarded|whatsapped|posted|gave|given|handed)\s+(?:${TITLE})?(?!(?:my|our|your|his|her|their|its|it|that|what|who|there|here|he|she|the|a|an|today|yesterday)\b)([a-z]+(?:-[a-z]+)*(?:\s+[a-z]\b)?)['’]s\s+(?:[\w'’-]+\s+){0,2}?(?:${THEIR_PAPERS}|wills?|drafts?|plans?|care plans?|valuations?|quotes?|contracts?|bags?|prescriptions?|medicines?|medication|meds|tablets)\s+to\s+(?:${TITLE})?(?!(?:him|her|them|me|us|my|our|your|his|their|the|a|an)\b)([a-z]+(?:-[a-z]+)*(?:\s+[a-z]\b)?)`,
  'i',
);

/**
 * One family's or person's thing sent to another of the same name: "sent the bill for the Hendersons' otter to the other Hendersons in
 * Swaffham", "emailed Sophie's guest list to the other Sophie". The name is said as whose the thing is, then after "the other".
 */
const SENT_TO_OTHER_OF_NAME = /\b(?:sent|emailed|e-mailed|texted|messaged|forwarded|whatsapped|posted)\b[^.?!]{0,60}?\b([a-z][a-z-]+?)(?:\s+[a-z]\.?)?(?:s['’]|['’]s)\s[^.?!]{0,60}?\bto\s+the\s+other\s+\1s?\b/i;

/** A slip in sending told: "oh no", "by mistake", "same name", "just realised". */
const SENDING_SLIP_TOLD = /\boh no\b|\boops\b|\bby (?:accident|mistake)\b|\baccidentally\b|\bin error\b|\bsame (?:sur)?name\b|\bshouldn['’]?t have\b|\brealised\b|\brealized\b|😫/i;

/**
 * Whether the name said twice ({@link SENT_TO_OTHER_OF_NAME}, "sent Becky H's results message to the other Becky") is a name, as typed
 * with a capital, or one whose slip is told ("sent dave's quote to the other dave on the road, same name"): not "the branch's list to the
 * other branch", nor "forwarded dave's quote to the other dave in accounts to check the figures".
 */
function sentToOtherOfName(question: string): boolean {
  const sent = SENT_TO_OTHER_OF_NAME.exec(question);
  return Boolean(sent && (/^[A-Z]/.test(sent[1]!) || SENDING_SLIP_TOLD.test(question)));
}

/**
 * One customer's photos or papers sent into another's chat: "I sent a load of build photos of the Richards' Sprinter into the Bennetts'
 * WhatsApp chat". The two names differ, each said as whose.
 */
const ONES_INTO_ANOTHERS_CHAT =
  /\b(?:sent|posted|put|forwarded|dropped|shared|uploaded)\b[^.?!]{0,40}?\b(?:of|for|from)\s+(?:the\s+|mrs?\s+|ms\s+)?([a-z][a-z-]+?)(?:s['’]|['’]s)\s[^.?!]{0,40}?\b(?:into|in|to|onto)\s+(?:the\s+)?(?!(?:team|staff|work|lad|office|crew|family|company|group|our|my|fitter|engineer|driver|install)(?:s['’]|['’]s)\s)([a-z][a-z-]+?)(?:s['’]|['’]s)\s+(?:[\w-]+\s+)?(?:whatsapp|chat|group|thread|inbox|e-?mail|folder)\b/i;

function oneIntoAnothersChat(question: string): boolean {
  const sent = ONES_INTO_ANOTHERS_CHAT.exec(question);
  return Boolean(sent && sent[1]!.toLowerCase() !== sent[2]!.toLowerCase());
}

/** Whether the papers named as one person's went to another person named ({@link ONES_SENT_TO_ANOTHER}). */
function onesSentToAnother(question: string): boolean {
  const sent = ONES_SENT_TO_ANOTHER.exec(question);
  return Boolean(sent && sent[1]!.toLowerCase() !== sent[2]!.toLowerCase());
}

/**
 * A paper put through the wrong door, told in the past: "I put a copy of Mr Davies care plan through the wrong door this morning",
 * "the letter went to number 14 not 41". Only a paper goes through a letterbox, and only a paper's going to the wrong number is a
 * slip with people's details (a parcel of parts, or a contractor, gone to number 14 is not).
 */
const THROUGH_WRONG_DOOR = /\b(?:put|posted|pushed|popped|dropped|delivered|shoved)\b[^.?!]{0,60}?\bthrough\s+(?:the\s+)?(?:wrong|another|someone else['’]?s|(?:the|her|his|their)\s+neighbou?rs?['’]?s?)\s+(?:door|letter\s?box|house|flat)\b|\b(?:letters?|post|cards?|invoices?|reports?|forms?|care plans?|plans?|paperwork|packs?|statements?|bills?|results?|notes|prescriptions?)\b[^.?!]{0,30}?\b(?:went|gone|got delivered|was delivered|was posted)\s+to\s+(?:number|no\.?|flat|house)\s+(\d+[a-z]?)\s+(?:not|instead of)\s+(?:number\s+|no\.?\s*|flat\s+|house\s+)?(?!\1\b)\d+/i;

/**
 * Sent by a slip to someone at another firm or home: "sent the fleet invoice to the fleet bloke at a totally different firm by accident",
 * "sent a report to the hr contact at a completely different client". The slip is said, or the other firm said to be quite another:
 * sending a CV to a hiring manager at another company, or drivers' hours to another branch, is the work itself.
 */
const SENT_TO_ONE_ELSEWHERE = /^(?=.*\b(?:by (?:accident|mistake)|accidentally|in error|meant for|wrong|shouldn['’]?t have|(?:totally|completely|entirely) different)\b).*\b(?:sent|emailed|e-mailed|forwarded|texted|messaged|posted)\b[^.?!]{0,80}?\bto\s+(?:the|a|an|some)\s+(?:[\w'’-]+\s+){0,3}?(?:at|from|of|in)\s+(?:a\s+)?(?:totally\s+|completely\s+|entirely\s+)?(?:different|other|another|wrong)\s+(?:[\w'’-]+\s+)?(?:firm|company|business|practice|school|club|team|office|branch|family|house|garage|surgery|agency|client|customer|employer|party|booking|wedding|couple|household|group)\b/i;

/**
 * Someone's paper sent to another, "instead" said last: "just sent jake h's lesson write up from tuesday to jake m instead",
 * "emailed oakfield's year 4 list to the business manager at ripley primary instead".
 */
const ANOTHERS_SENT_INSTEAD = /\b(?:sent|emailed|e-mailed|forwarded|texted|messaged)\s+(?!(?:the|our)\s+(?:team|company|club|office|shop|firm|school|business|church|group|staff)['’]s\b)(?:[a-z]+\s+)?[a-z]+['’]s\s+(?:[\w'’-]+\s+){1,6}?to\s+(?:[\w'’-]+\s+){1,6}?instead\b(?!\s+of\b)/i;

/**
 * A parcel or letter gone out wrongly addressed: "swapped the stickers on two parcels this morning", "the label for mrs ackroyd's clock went out with the wrong address on it", "posted it
 * with the wrong name on", "the parcel label for order 4471 went on someone else's box", "the lilies for 14 Oakdale went to 41 Oakdale
 * instead", "got delivered to the wrong house" (not one of us gone there: "I went to 41 Oakdale instead"), "left the box for no 14 at no
 * 41", "left a bouquet with a card message at the wrong house", and, read in the eighty-eighth round, "swapped two labels this morning, mrs
 * jenkins' fat quarters went out with mr price's address on"; read in the ninety-second, "the parcel for number 14 i left at 41", "took an order
 * to number 14 instead of 41".
 */
const WENT_WRONGLY_ADDRESSED = /\b(?:swapped|mixed up|switched|muddled up)\s+(?:two|2|a couple of)\s+(?:address\s+|postage\s+|parcel\s+)?(?:labels|stickers)\b|\bwent out with\s+(?:mrs?|ms|miss|mr|dr)\.?\s+[a-z]+['’]s\s+(?:address|name|label)\b|\b(?:swapped|mixed up|switched|muddled up)\s+(?:the\s+)?(?:address\s+)?(?:labels|stickers)\s+(?:on|for|between)\s+(?:two|the|both|a couple of|2)\s+(?:[\w-]+\s+)?(?:parcels|orders|packages|envelopes)\b(?!\s+of\b)|\blabel\b[^.?!]{0,40}?\bwent on\s+(?:someone|somebody|another|the wrong)\s*(?:else)?['’]?s?\s+(?:customer['’]?s\s+)?(?:box|parcel|order|package|bag)\b|\b(?:went out|gone out|went off|was sent|got sent|been sent|posted|sent|shipped|dispatched|collected|delivered)\s+with\s+(?:the\s+|a\s+)?wrong\s+(?:address|name|label|postcode|house number)\b|(?<!\b(?:i|we|he|she|they|you|i['’]ve|we['’]ve|have|has)\s+)\b(?:went|gone|got delivered|was delivered|been delivered|got dropped off|was dropped off|got left|was left)\s+(?:to|at)\s+(?:the\s+)?(?:wrong\s+(?:house|address|door|flat|number)\b|(?:no\.?\s*|number\s+)?\d+[a-z]?\s+[a-z]+(?:\s+(?:road|rd|street|st|avenue|ave|close|lane|way|drive|crescent|gardens|terrace))?\s+instead\b)|\bleft\s+(?:the|a|an|her|his|their)\s+(?:[\w'’-]+\s+){0,2}?(?:box|bouquet|parcel|order|flowers|delivery|package|hamper|wreath)\b(?:[^.?!]{0,50}?\bat\s+(?:the\s+)?wrong\s+(?:house|address|door|flat|number)\b|\s+for\s+(?:no\.?\s*|number\s+)\d+[a-z]?\s+at\s+(?:no\.?\s*|number\s+)\d+[a-z]?\b)|\b(?:box|bouquet|parcel|order|flowers|delivery|package|hamper|wreath|pizza)\s+for\s+(?:no\.?\s*|number\s+)\d+[a-z]?\s+(?:i|we|he|she|they)\s+(?:just\s+)?(?:left|dropped|delivered|took)\s+(?:it\s+)?(?:at|to)\s+(?:no\.?\s*|number\s+)?\d+[a-z]?\b|\b(?:took|delivered|dropped|left)\s+(?:an?|the|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?(?:box|parcel|order|delivery|package|pizza)(?:\s+for\s+(?:no\.?\s*|number\s+)?\d+[a-z]?)?\s+(?:to|at)\s+(?:no\.?\s*|number\s+)\d+[a-z]?\s+instead\s+of\s+(?:no\.?\s*|number\s+)?\d+[a-z]?\b/i;

/**
 * Everyone's addresses or numbers shown to everyone in a group message, told: "sent the notices email and everyone's addresses are showing at
 * the top", "forgot to bcc", "forgot to hide the addresses", "all the mobile numbers are showing".
 */
const ADDRESSES_SHOWN = /\b(?:every(?:one|body)['’]?s|all (?:the|their|our))\s+(?:(?:e-?mail\s+)?addresses|(?:mobile|phone|contact)\s+numbers)\s+(?:are\s+|were\s+|is\s+)?(?:showing|visible|on show|shown|in the (?:to|cc))\b|\b(?:forgot|forgotten|didn['’]?t)\s+(?:to\s+)?(?:bcc|use bcc|put (?:them|it|everyone) in bcc|hide (?:the|their|everyone['’]?s) (?:e-?mail\s+)?addresses)\b|\b(?:in|into)\s+(?:the\s+)?(?:cc|to)\s+(?:box\s+|field\s+|line\s+)?(?:instead of|not|rather than)\s+(?:the\s+)?bcc\b/i;

/** People's details put by a slip where others can read them: "accidentally exported the whole mailing list into the shared pub contracts folder". */
const PUT_IN_SHARED_BY_SLIP = /^(?=.*\b(?:accidentally|by (?:accident|mistake)|in error|mistakenly)\b).*\b(?:exported|uploaded|saved|copied|moved|dumped|put|shared|synced)\s+(?:(?:the|a|our|my|all the)\s+)?(?:whole\s+)?(?:[\w'’-]+\s+){0,2}?(?:lists?|details|names|numbers|addresses|records|spreadsheets?|registers?|data|contacts|database)\b[^.?!]{0,40}?\b(?:into|in|to|onto)\s+(?:the\s+|a\s+|our\s+)?(?:shared|public|open|team|everyone['’]?s)\s+(?:[\w'’-]+\s+){0,3}?(?:folders?|drives?|channels?|groups?|pages?|sites?|spreadsheets?|sheets?)\b/i;

/**
 * One party's paper sent to another by a slip, the receiver named first: "i emailed stalham high the booking form for catfield primary by
 * mistake". The paper is for a party the story names, and the slip is told; not a form sent for someone on purpose, nor the wrong draft of
 * the list for the bbq sent to the right person.
 */
const SENT_ANOTHERS_PAPER = /^(?=.*\b(?:by (?:accident|mistake)|accidentally|in error|mistakenly)\b)(?!.*\b(?:draft|old version|wrong version|out of date|out-of-date)\b).*\b(?:emailed|e-mailed|sent|texted|messaged|forwarded)\s+(?:[\w'’-]+\s+){1,3}?(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:forms?|sheets?|lists?|letters?|reports?|files?|invoices?|notes|details|records?|registers?)\s+(?:for|of|meant for|belonging to)\s+(?!(?:the|a|an|our|this|next|that)\s+(?:[\w'’-]+\s+)?(?:bbq|party|meeting|trip|event|match|session|show|course|class|day|week|weekend|night|morning|evening|do|fete|fair|raffle)\b)(?:[\w'’-]+\s+){0,3}?(?:by (?:accident|mistake)|accidentally|in error|mistakenly)\b/i;

/**
 * Someone's paper sent to a different one of those we serve, told as a slip: "oh no, I think I've just emailed Mr Okonjo's passport
 * scan to a different client with the same surname". Not work sent on to another on purpose ("sent the form to another client too").
 */
const SENT_TO_DIFFERENT_ONE = /^(?=.*(?:\boh no\b|\boops\b|\bby (?:accident|mistake)\b|\baccidentally\b|\bin error\b|\bsame (?:sur)?name\b|\bshouldn['’]?t have\b)).*\b(?:sent|emailed|e-mailed|forwarded|texted|messaged)\b[^.?!]{0,80}?\bto\s+(?:a|an|the)\s+(?:different|other|another)\s+(?:client|customer|patient|parent|member|family|candidate|tenant|guest|student|resident)\b/i;

/**
 * Sent where a slip put it, told: "the reminder for Mr Dale went to a number that's one digit off his", "the referral letter for Mr Booth
 * went to Knaresborough Road surgery not his actual one", "Mrs Patel's repaired aid went home with Mrs Pearson". Read in the eighty-eighth
 * round.
 */
const SENT_ASTRAY = /\b(?:went|gone|got sent|was sent)\s+to\s+(?:a|an|the)\s+(?:number|address|e-?mail(?: address)?|mobile)\s+(?:that['’]?s|thats|that is|which is)\s+(?:one|a|two)\s+(?:digit|letter|number)s?\s+(?:off|out|wrong|different)\b|\b(?:went|got sent|was sent)\s+to\s+(?:[\w'’-]+\s+){1,4}?not\s+(?:his|her|their|the)\s+(?:actual|real|right|own|proper|correct)\b|\b(?:mrs?|ms|miss|mr|dr)\.?\s+[a-z]+['’]s\s+(?:[\w-]+\s+){1,3}?(?:went home with|went off with|was given to|got given to|was handed to|got handed to)\s+(?:mrs?|ms|miss|mr|dr)\.?\s+[a-z]+/i;

/**
 * One person's paper sent to "the other" one of them: "think I might have sent the Thompsons' write-up to the other leopard gecko applicant"
 * (read in the ninety-first round). The other one is of the people we serve, so the paper went to the wrong one of two.
 */
const SENT_TO_THE_OTHER = /\b(?:sent|emailed|e-mailed|texted|forwarded|posted)\s+(?:the\s+)?[a-z]+(?:s['’]|['’]s)\s+(?:[\w-]+\s+){0,3}?to\s+the\s+other\s+(?:[\w-]+\s+){0,3}?(?:applicants?|clients?|customers?|famil(?:y|ies)|parents?|owners?|tenants?|guests?|members?|adopters?|patients?|students?|buyers?|sellers?|landlords?)\b/i;

/**
 * One family's paper sent to another family, named as families are (so case-sensitive): "emailed the Wilsons' livery bill to the Watsons";
 * not "sent the Coopers' invoice to the Coopers".
 */
const SENT_TO_OTHER_FAMILY = /\b(?:sent|emailed|e-mailed|texted|posted|forwarded)\s+the\s+([A-Z][a-z]+)s['’]\s+(?:[\w-]+\s+){1,3}?to\s+the\s+(?!\1s\b)[A-Z][a-z]+s\b/;

/**
 * Another's card or slip found in a customer's parcel: "a lady rang saying her box had a birthday card meant for someone else in it", "a
 * customer found another customer's delivery slip inside their parcel", "letting agent got an invoice meant for one of our homeowners" (read
 * in the ninety-second round and its review). Our slip, as a parcel wrongly addressed is.
 */
const PARCEL_HAD_ANOTHERS = /\b(?:box|parcel|order|bag|envelope|delivery|hamper|package)\s+(?:had|came with|contained)\s+(?:a|an|the|someone else['’]s|somebody else['’]s)\s+(?:[\w-]+\s+){0,2}?(?:card|note|slip|letter|receipt|invoice|message|packing slip)\s+(?:meant|intended|addressed)\s+for\s+(?:someone|somebody|another)\b|\b(?:got|received|has got|has had|had)\s+(?:an?|the|our)\s+(?:[\w-]+\s+){0,2}?(?:invoice|letter|e-?mail|report|quote|receipt|statement|bill)\s+(?:meant|intended|addressed)\s+for\s+(?:one of our|another|someone|somebody|a different)\b|\bfound\s+(?:another|someone else['’]s|somebody else['’]s|another customer['’]s|another person['’]s)\s+(?:[\w-]+\s+){0,2}?(?:card|note|slip|letter|receipt|invoice|label)\s+(?:inside|in)\s+(?:their|her|his|the)\s+(?:box|parcel|order|bag|envelope|delivery|hamper|package)\b/i;

/** Whether a story tells of something sent to the wrong person ("texted the code to the wrong number"). */
export function sentToWrongPerson(question: string): boolean {
  return [SENT_TO_WRONG_PERSON, SENT_TO_THE_OTHER, DETAILS_IN_CHAT_BY_SLIP, HEALTH_IN_CHAT_BY_SLIP, MEANT_FOR_WENT_ELSEWHERE, DETAILS_LEFT_READABLE, WENT_TO_ONE_NOT_ON_IT, SENT_TO_ONE_ELSEWHERE, SENT_INSTEAD_OF, SENT_TO_NAMED_INSTEAD, SENT_TO_WRONG_ONE, GIVEN_TO_WRONG_ONE, SENT_MEANT_FOR_ANOTHER, WENT_INSTEAD_OF, GOT_ANOTHERS, PAPER_WITH_ANOTHERS, PAPER_SWAPPED, SENT_TO_OLD_ADDRESS, THROUGH_WRONG_DOOR, ANOTHERS_SENT_INSTEAD, WENT_WRONGLY_ADDRESSED, ADDRESSES_SHOWN, PUT_IN_SHARED_BY_SLIP, SENT_TO_DIFFERENT_ONE, SENT_ANOTHERS_PAPER, SENT_ASTRAY, SENT_TO_OTHER_FAMILY, PARCEL_HAD_ANOTHERS].some((sent) => sent.test(question)) || postedInWrongGroup(question) || onesSentToAnother(question) || oneIntoAnothersChat(question) || sentToOtherOfName(question);
}

/** Something sent to the wrong person: the firm's one breach policy (whom to tell, how fast), not the policy on sending files right. */
export function sentToWrongPersonAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!sentToWrongPerson(question)) return undefined;
  // Our own slip, where a policy is titled on it ("Emails and portal messages to the wrong person"): what to do, before the general
  // policy on breaches (which says what to do when a client's slip reaches us). A parcel gone to the wrong house is our slip too ("the parcel
  // for number 14 i left at 41", read in the ninety-second round).
  const onTheSlip = SENT_BY_US.test(question) || WENT_WRONGLY_ADDRESSED.test(question) || PARCEL_HAD_ANOTHERS.test(question) ? policiesByTitle(ctx, WRONG_RECIPIENT_TITLE) : [];
  if (onTheSlip.length === 1) return quoted(onTheSlip);
  const breach = theBreachPolicy(ctx);
  return breach ? quoted([breach]) : undefined;
}

/** Sent by the asker: "I just sent…", "we emailed…", "just sent…", "oops, forwarded…". */
const SENT_BY_US = /\b(?:i|we)(?:['’]ve|\s+have)?\s+(?:just\s+|accidentally\s+|mistakenly\s+|somehow\s+)?(?:sent|emailed|e-mailed|forwarded|texted|messaged|posted)\b|^\s*(?:oops|whoops|oh no)?[\s,!.]*(?:just\s+)?(?:sent|emailed|e-mailed|forwarded|texted|messaged)\b/i;

/** A policy titled on things sent to the wrong person: "Emails and portal messages to the wrong person", "Misdirected post". */
const WRONG_RECIPIENT_TITLE = /\bwrong (?:person|people|recipients?|address(?:es)?|e-?mail|family|client|customer)\b|\bmisdirected\b|\bsent in error\b/i;

/**
 * A paper holding people's details left or dropped where others may pick it up: "left the table plan and allergy cards at the venue
 * last night", "one of the paper lads dropped his round sheet somewhere on Main St". The paper is one of the trade's lists,
 * sheets or forms, and where it was left is out of our hands: somewhere, a venue or a customer's, a place by its own name ("on the
 * bench at St Mark's Hall"), a street, a bus. A paper left in the office or the van overnight is the paperwork policy's matter, not a loss.
 * Or on top of the rubbish at a job: "might have left a job sheet on top of the rubbish at the longton job" (read again in the ninety-first round).
 */
const PAPER_LEFT_OUT = /\b(?:left|dropped|lost|mislaid|forgot)\s+(?:(?:the|a|an|his|her|my|our|their|some|one of the)\s+)?(?:[\w'’-]+\s+){0,3}?(?:sheets?|lists?|plans?|tickets?|forms?|folders?|print-?outs?|registers?|clipboards?|paperwork|dockets?|(?:allergy|guest|name|place|order|job|booking)\s+cards?)\b[^.?!]{0,40}?\b(?:somewhere|at (?:the|a|her|his|their|a customer['’]s|the customer['’]s)\s+(?:venue|customer['’]?s?|client['’]?s?|pub|station|hotel|church|hall|school|site|house|party|wedding|event|cafe|café|(?:[\w'’-]+\s+)?(?:leisure|sports?|community|village|church|swimming|garden|shopping|visitor|day|health|medical|conference|youth)\s+(?:centre|center|hall|pool|club))|at (?!(?:the|our|my|a|an|home|work)\b)[\w'’.-]+(?:\s+[\w'’-]+){0,2}?\s+(?:hall|centre|center|church|churchyard|cemetery|graveyard|crematorium|chapel|school|library|club|pub|station|hotel|park|surgery|hospital|market|farm|quarry|marina)\b|(?:in|on|at|through)\s+(?:mrs?\s+|ms\s+|miss\s+|dr\s+)?[\w'’-]+['’]s\s+(?:porch|doorstep|step|front door|door|letterbox|garden|drive|driveway|hall|hallway|house|flat|kitchen|car)\b|on (?:the|a)\s+(?:\d+[a-z]?\s+|number\s+\d+[a-z]?\s+)?(?:bus|train|street|road|pavement|tube)|(?:on|at) [\w-]+ (?:st|street|road|rd|lane|close|avenue|ave|drive|way|high street)\b|at st\.? [a-z]+['’]s\b|in (?:a|the)\s+(?:cafe|café|pub|taxi|cab|car park|park|street|flat|property|house|customer['’]s|client['’]s|tenant['’]s)|on top of (?:the|a)\s+(?:rubbish|bins?|skip|wall)|at (?:the|a)\s+[\w'’-]+\s+(?:job|site))/i;

/**
 * A paper with people's details found left behind: "found a party guest list with names and phone numbers left on lane 12", "someone
 * handed in a booking sheet they found lying in the car park". Found where it was left, it was out of our hands (a stock list or blank sheets hold no one's details; one left on a desk in the office is the
 * paperwork policy's matter, as in {@link PAPER_LEFT_OUT}).
 */
const PAPER_FOUND_LEFT = /^(?!.*\b(?:blank|spare|empty|unused)\b)(?=.*\b(?:names?|numbers?|addresses|address|details|guests?|customers?|clients?|bookings?|party|parties|patients?|members?|pupils?|children|kids|staff|contacts?|sign-?in|allerg\w*|dates? of birth|dobs?|attendees?|delegates?|participants?|players?|passengers?|competitors?|entrants?)\b).*\b(?:found|spotted|noticed|handed in|picked up)\s+(?:(?:a|an|the|some|one of (?:the|our))\s+)?(?:[\w'’-]+\s+){0,3}?(?:sheets?|lists?|plans?|forms?|folders?|print-?outs?|registers?|clipboards?|paperwork)\b[^.?!]{0,80}?\b(?:left|lying|dumped|abandoned)\s+(?!(?:on|in|at|by|under)\s+(?:the|my|our|his|her|a)\s+(?:[\w-]+\s+)?(?:desks?|office|drawers?|printers?|staff ?room|back office|vans?|cabs?|filing cabinet|trays?)\b)(?:on|in|at|by|under|around|about|out)\b/i;

/**
 * A paper with people's details left out and read by someone it is not for: "forgot the booking sheet on the counter and a
 * guest was looking through it", "left the run sheet on the counter and a customer picked it up". Wherever it was left, it was seen.
 */
const PAPER_LEFT_AND_SEEN = /\b(?:left|dropped|forgot)\s+(?:(?:the|a|an|his|her|my|our|their|some|one of the)\s+)?(?:[\w'’-]+\s+){0,3}?(?:sheets?|lists?|plans?|forms?|folders?|print-?outs?|registers?|clipboards?|paperwork|notes|diary|files?|letters?)\b[^.?!]{0,80}?\b(?:and|but|where|when|while)\s+(?:a|an|another|one of the|some|the)\s+(?:other\s+)?(?:patients?|customers?|clients?|guests?|visitors?|members?(?: of the public)?|parents?|owners?|tenants?|strangers?|passers?-?by|delivery (?:driver|man|guy)|someone|somebody)\s+(?:was|were|had|has|may have|might have|could have)?\s*(?:reading|read|looking (?:at|through)|looked (?:at|through)|seen|saw|picked (?:it|them) up|photograph\w*|had a (?:look|read|nose))\b/i;

/**
 * A paper left at someone's home and seen by their family, told after it: "left Mrs Ellis's paper sheet from my visit on her kitchen
 * table last week. family would have seen it". Not one left there as agreed ("left the care notes at Mrs Ellis's as agreed").
 */
const PAPER_LEFT_SEEN_AFTER = /^(?!.*\bas (?:agreed|always|usual|normal|planned|arranged)\b|.*\bfor the family\b).*\b(?:left|dropped|forgot)\s+(?:(?:the|a|an|his|her|my|our|their|some|one of the)\s+)?(?:[\w'’-]+\s+){0,3}?(?:sheets?|lists?|plans?|forms?|folders?|print-?outs?|registers?|clipboards?|paperwork|notes|diary|files?|letters?)\b[^?!]{0,100}?\b(?:(?:her|his|their|the) famil(?:y|ies)|family|relatives?|(?:her|his|their) (?:husband|wife|son|daughter|kids|partner)|neighbours?|visitors?|someone|anyone)\s+(?:would|will|may|might|could|must)\s+(?:well\s+)?(?:have\s+)?(?:seen|read|looked at)\s+(?:it|them)\b/i;

/**
 * "Forgot the survey clipboard with the owners' numbers in the porch at the Marsh Lane job overnight": a paper left overnight
 * at a place by its own name (a site, a venue, a client's), not in our office or van.
 */
const PAPER_LEFT_AT_NAMED_PLACE = /\b(?:left|dropped|forgot)\s+(?:(?:the|a|an|his|her|my|our|their|some)\s+)?(?:[\w'’-]+\s+){0,3}?(?:sheets?|lists?|plans?|forms?|folders?|print-?outs?|registers?|clipboards?|paperwork)\b[^.?!]{0,60}?\bat (?:the|a)\s+(?:[\w'’-]+\s+){1,2}?(?:site|venue|hotel|house|job|school|hall|church)\b[^.?!]*\b(?:overnight|all night|over the weekend)\b/i;

/**
 * A paper holding people's details gone, or left where anyone could read it, told in everyday words: "vaccination card with a
 * client's address on was on the counter and now it's gone", "today's arrivals sheet blew off the buggy, can't find it", "one of the
 * delivery sheets flew out the van window" (not "flew off the shelves", which is selling well), "left the
 * arrivals sheet out on reception all afternoon, anyone coming in could of read it", "the move-in sheet … was left out all night and now
 * nobody can find it". The paper is one of the trade's lists and
 * sheets, or a card or letter said to carry someone's details; then what became of it.
 */
const PAPER_GONE = paperGone();

/** Built from its parts: the paper, then (within the story) its going or its being open to anyone's eyes. */
function paperGone(): RegExp {
  // Paper as such, but not stationery ("printer paper", "paper towels") or one's own ("my papers for the MOT").
  const paper = String.raw`(?<!\b(?:my|printer|wrapping|tissue|toilet|kitchen|baking|greaseproof|news|sand|crepe|tracing|scrap|writing|blank|spare|till)\s)(?:papers?|documents?)(?!\s+(?:towels?|cups?|plates?|bags?|straws?|napkins?|rolls?|clips?|jams?|round))`;
  const list = String.raw`(?:sheets?|lists?|forms?|registers?|clipboards?|paperwork|${paper}|print-?outs?|dockets?|folders?|diar(?:y|ies))`;
  const carrier = String.raw`(?:cards?|letters?|labels?|envelopes?|notes?|slips?)\s+with\s+(?:(?:a|an|the|his|her|their|some)\s+)?(?:[\w'’-]+\s+){0,2}?(?:address(?:es)?|details|names?|(?:phone\s+)?numbers?|dob|date of birth)\b`;
  const gone = String.raw`(?:(?:it['’]?s|its|it is|it has|they['’]?re|theyre|they are|they have|has|have|is|are)\s+(?:now\s+)?(?:gone|missing|disappeared|vanished)|went missing|walked off with|(?:can['’]?t|cant|cannot|couldn['’]?t|couldnt|(?:nobody|no one|no-one) can) find (?:it|them)|blew (?:off|away|out)|blown (?:off|away)|(?:flew|flown|went flying) (?:away|(?:off|out)(?: of)? (?:the|my|our|a|his|her) (?:[\w-]+ )?(?:window|van|car|cab|bike|quad|trailer|roof|back|dashboard|boat|clipboard|lorry|wagon))|fell out (?:of )?the (?:van |car )?window|(?:could|might|may) (?:of|have) (?:read|seen|looked at|taken)|(?:anyone|anybody|someone|people|guests?|customers?|clients?|visitors?)\s+(?:coming in\s+)?(?:could|can|might)\s+(?:of |have )?(?:read|see|seen))`;
  // Paper with nothing on it yet ("where have the blank job sheets gone?") is stationery, not anyone's details.
  const unused = String.raw`(?:blank|spare|empty|unused|clean|new)\s+(?:[\w-]+\s+)?${list}`;
  // ...or the weather told first: "the wind took a job sheet with mr osei's address on it out the window".
  const weather = String.raw`\b(?:wind|gust|breeze|draught)\s+(?:took|blew|caught|grabbed|carried|has taken|had)\b[^.?!]{0,40}?\b(?:${list}|${carrier})`;
  return new RegExp(String.raw`^(?!.*\b${unused}\b)(?:.*\b(?:${list}|${carrier})\b[^?!]{0,120}?\b${gone}\b|.*${weather})`, 'i');
}

/**
 * Someone not entitled seeing a screen with people's details on it, told: "owen noticed a spectator peering at his screen while he
 * was writing up a woman's injuries and could see her name", "a customer was reading the till screen over my shoulder".
 */
const SCREEN_SEEN = /\b(?:spectators?|customers?|members? of the public|someone|somebody|strangers?|passers?-?by|visitors?|patients?|clients?|guests?|people|a (?:man|woman|bloke|lady|guy|kid|lad))\b[^.?!]{0,30}?\b(?:peering|peered|looking|looked|peeking|peeked|glancing|glanced|could see|saw|reading|read|nosing)\s+(?:(?:at|over|on|through)\s+)?(?:(?:my|his|her|their|the|our)\s+)?(?:shoulder\s+at\s+(?:(?:my|his|her|their|the)\s+)?)?(?:[\w-]+\s+)?(?:screens?|tablets?|laptops?|monitors?|ipads?|computers?)\b/i;

/**
 * One of us reading someone's records with no need to, told: "one of the night staff has been reading the care notes of a lady
 * she doesn't look after". Access without a reason is a breach, though the reader is ours.
 */
const RECORDS_SNOOPED = /\b(?:reading|read|looking at|looked at|looking up|looked up|nosing (?:at|through|in)|snooping (?:on|in|through|at)|going through|went through|accessing|accessed|opening|opened)\s+(?:the\s+)?(?:[\w'’-]+\s+)?(?:notes|records?|files?|care plans?|details|account)\s+(?:of|for|on|about)\s+[^.?!]{0,60}?\b(?:doesn['’]?t|don['’]?t|does not|do not|isn['’]?t|has no|hasn['’]?t|didn['’]?t)\s+(?:look after|work with|need|care for|deal with|support|have any reason|any reason|reason)\b/i;

/**
 * The same told of the paper: "the gift aid sheets from saturday were left out by the till all afternoon and i saw a customer flicking
 * through them".
 */
const PAPER_WERE_LEFT_AND_SEEN = /\b(?:sheets?|lists?|forms?|folders?|print-?outs?|registers?|paperwork|notes|files?|letters?)\b[^.?!]{0,40}?\b(?:was|were|got|had been|have been|has been)\s+left\b[^.?!]{0,80}?\b(?:saw|seen|spotted|caught|noticed)\s+(?:a|an|another|one of the|some|the)\s+(?:other\s+)?(?:patients?|customers?|clients?|guests?|visitors?|members?(?: of the public)?|parents?|owners?|tenants?|strangers?|someone|somebody|(?:wo)?man|bloke|lady|guy)\s+(?:flicking|looking|reading|leafing|going|rifling|having a (?:look|read|nose))\b/i;

/**
 * A paper with people's details found out of doors or where the public sit, where anyone passing could pick it up: "found a soggy
 * membership form in the car park", "found the printed sheet of fridays arrivals on a pew", "found a bet slip … on the pavement". There, it
 * was out of our hands however it got there; not one collected there from its owner ("picked up the signed forms at the bus stop from the
 * winner like she asked").
 */
export const PAPER_FOUND_OUTSIDE = /^(?!.*\b(?:blank|spare|empty|unused)\b|.*\bfrom (?:the|a|an|her|him|them|his|their)\s+(?:[\w-]+\s+)?(?:winner|customer|client|member|player|parent|owner|lady|man|woman|school|office)\b|.*\b(?:like|as) (?:she|he|they) asked\b|.*\bas (?:agreed|arranged)\b|.*\bfor (?:their|his|her|them)\b).*\b(?:found|spotted|picked up|handed in)\s+(?:(?:a|an|the|some|one of (?:the|our))\s+)?(?:[\w'’-]+\s+){0,3}?(?:sheets?|lists?|forms?|folders?|print-?outs?|registers?|paperwork|letters?|slips?|receipts?|tickets?)\b[^.?!]{0,30}?\b(?:in|on|at|by|under)\s+(?:the\s+|a\s+)?(?:car ?park|street|road|pavement|bus stop|gutter|bushes|hedge|footpath|alley|playground|lay-?by|pew|bench|bus|train)\b/i;

/**
 * A paper with people's details found where it had lain unnoticed for days: "just found sue's lunch club list under my passenger seat
 * from thursdays run, been there 2 days". Out of the way it was kept for days, it was out of our hands.
 */
const PAPER_FOUND_DAYS_ON = /\b(?:found|come across|came across|turned up)\s+(?:(?:a|an|the|some|[a-z]+['’]s)\s+)?(?:[\w'’-]+\s+){0,3}?(?:sheets?|lists?|registers?|forms?|folders?|print-?outs?|paperwork|notes|files?|letters?)\b[^.?!]{0,60}?\b(?:under|behind|down the side of|in)\s+(?:my|the|his|her|our)\s+(?:passenger\s+|back\s+|front\s+|driver['’]?s?\s+)?(?:seats?|car|boot|glove ?box|footwell|van|cab)\b.*\b(?:been there|there for|for)\s+(?:\d+|a few|a couple of|two|three|four|five|several)\s+(?:days?|weeks?)\b/i;

/**
 * A paper with people's details found still where others will come: "the printed sheet with everyone's food intolerances and names is
 * still on the worktop at the let … new ones arrive tomorrow". The paper is one of ours with names on it, and it is still there.
 */
const PAPER_STILL_THERE = /^(?=.*\b(?:names?|details|addresses|numbers|allerg\w*|intolerances?|medical|health)\b).*\b(?:sheets?|lists?|print-?outs?|registers?|forms?|folders?|paperwork)\b[^.?!]{0,80}?\b(?:is|are|was|were|['’]s)\s+still\s+(?:on|in|at|by)\s+(?:the|their|a)\b/i;

/**
 * A paper with people's details left where others may find it, or a screen seen by someone it is not for: the firm's one breach
 * policy, whoever's entry holds the data.
 */
export function paperLeftOutAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (![PAPER_LEFT_OUT, PAPER_FOUND_LEFT, PAPER_FOUND_OUTSIDE, PAPER_FOUND_DAYS_ON, PAPER_LEFT_AND_SEEN, PAPER_LEFT_SEEN_AFTER, PAPER_WERE_LEFT_AND_SEEN, PAPER_LEFT_AT_NAMED_PLACE, PAPER_GONE, PAPER_STILL_THERE, SCREEN_SEEN, RECORDS_SNOOPED].some((left) => left.test(question))) return undefined;
  const thing = PAPER_HOLDER.exec(question)?.[1];
  return (thing ? lossPolicyNaming(ctx, thing) : undefined) ?? theBreachPolicyQuoted(ctx);
}

/** The kind of paper or what holds it, as a story names it. */
const PAPER_HOLDER = /\b(folder|notebook|diary|clipboard|wallet|file)s?\b/i;


/**
 * Someone's details photographed on one's own phone: "ok to take a pic of the patient's address on my phone so I don't
 * forget?", "I snapped the booking sheet on my own phone". A photo of someone's details or a paper or screen holding them
 * (not of a house or a damaged car, which a policy on photos answers), on the asker's own phone.
 */
const PHOTO_ON_OWN_PHONE = /\b(?:take|taking|took|snap|snapping|snapped|grab|grabbing|grabbed)\s+(?:a\s+)?(?:quick\s+)?(?:pic|pics|picture|pictures|photo|photos|screenshot|screenshots|snap)\s+of\b(?=[^.?!]*\b(?:address(?:es)?|details|numbers?|database|records?|notes|lists?|forms?|sheets?|registers?|licen[cs]es?|passports?|ids?|id cards?|prescriptions?|files?|screens?|labels?|tags?|codes?|letters?|documents?|paperwork)\b).*\b(?:on|with)\s+my\s+(?:own\s+|personal\s+)?(?:phone|mobile)\b/i;

/** A policy on staff's own phones or devices, by its title or keywords: "Personal phones and messaging apps", "own phone". */
const OWN_DEVICE_POLICY = /\b(?:own|personal) (?:phones?|devices?|mobiles?)\b/i;

/**
 * Someone photographed on one's own phone, told or asked: "liam snapped a lad's broken ankle on his own phone to show hannah", "ethel
 * looked so happy at the garden centre, can i snap her on my phone and send it to her daughter", "took a pic of a nasty ankle on my iphone for
 * the handover" (an iPhone named is one's own). A person or
 * their injury, not their details ({@link PHOTO_ON_OWN_PHONE}): the firm's one policy titled on photos says which camera.
 */
const PERSON_SNAPPED_ON_OWN_PHONE =
  /\b(?:snapped|photographed|filmed|took (?:a )?(?:quick )?(?:pic|pics|photo|photos|picture|pictures|video|snap) of)\b[^.?!]{0,60}?\bon\s+(?:my|his|her|their)\s+(?:(?:own|personal)\s+(?:phone|mobile|iphone)|iphone)\b|\b(?:can|could|may|ok to|okay to|alright to)\s+(?:i\s+)?(?:just\s+)?(?:snap|photograph|film|take (?:a )?(?:quick )?(?:pic|photo|picture|snap) of)\s+(?:her|him|them)\s+on\s+my\s+(?:own\s+|personal\s+)?(?:phone|mobile|iphone)\b/i;

/** Someone's details photographed on one's own phone: the firm's one policy on personal phones, not the policy on the details. */
export function photoOnOwnPhoneAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!PHOTO_ON_OWN_PHONE.test(question)) return PERSON_SNAPPED_ON_OWN_PHONE.test(question) ? (theOneTitled(ctx, PHOTOS_POLICY) ?? theOneTitled(ctx, OWN_DEVICE_POLICY)) : undefined;
  // Where the firm has no policy on personal phones, an ID document is the one policy's that forbids copying ID.
  return paperNeverPhotographed(ctx, question) ?? theOneTitled(ctx, OWN_DEVICE_POLICY) ?? (ID_DOCUMENT.test(question) ? theOnly(policiesSaying(ctx, NO_COPIES_OF_ID)) : undefined);
}

/** The paper a photo is taken of: "a pic of the medical sheet", "a photo of her consent form". */
const PICTURED_PAPER = /\b(?:pic|pics|picture|pictures|photo|photos|screenshot|snap)\s+of\s+(?:the|a|an|his|her|their|our|my|this|that)\s+((?:[\w-]+\s+)?(?:sheets?|lists?|forms?|registers?|cards?|notes|files?|records?|labels?|letters?))\b/i;

/**
 * The firm's one policy that says, near the paper's name, not to photograph it ("…carries the medical sheet… Never photograph it"), or to
 * photograph it only onto our own devices.
 */
function paperNeverPhotographed(ctx: QaContext, question: string): QaAnswer | undefined {
  const paper = PICTURED_PAPER.exec(question)?.[1];
  if (!paper) return undefined;
  const policyWhere = (near: RegExp) => theOnly(ctx.config.policies.filter((p) => near.test(p.text)));
  const neverPhotographed = (name: string) =>
    new RegExp(String.raw`\b${name}s?\b[\s\S]{0,200}?\b(?:never|do not|don['’]t|not)\s+(?:\w+\s+)?photograph|\b(?:never|do not|don['’]t|not)\s+(?:\w+\s+)?photograph\w*[\s\S]{0,200}?\b${name}s?\b`, 'i');
  // Or photographed only onto our devices, never a personal phone: "may photograph … a Home Office letter only … onto the charity's phone".
  const onlyOntoOurs = (name: string) => new RegExp(String.raw`\bphotograph\w*\b[^.]{0,60}?\b${name}s?\b[^.]{0,120}?\bnever\s+(?:on\s+)?(?:a|your)\s+(?:own|personal)\s+(?:phone|mobile)\b`, 'i');
  const whole = escapeRegExp(paper.toLowerCase().replace(/s$/, ''));
  const byWhole = policyWhere(new RegExp(`${neverPhotographed(whole).source}|${onlyOntoOurs(whole).source}`, 'i'));
  // The paper by its last word ("asylum letter" of "a Home Office letter") only in the sentence naming it with our devices: near a sentence
  // on another paper, the last word alone says too little ("booking list" is not the "allergy and diet list" of a medical sheet's policy).
  const head = whole.split(/\s+/).pop()!;
  return byWhole ?? (head !== whole ? policyWhere(onlyOntoOurs(head)) : undefined);
}

/**
 * A customer reaching a member of staff on their own account, with dealing with it there asked: "a client messaged my personal
 * insta asking to book in, can i just sort it from my account", "a client texted a photo of her swollen lip to my personal mobile". The firm's one policy on personal phones says where it goes.
 */
const CONTACTED_ON_OWN_ACCOUNT = /\b(?:clients?|customers?|patients?|guests?|members?|parents?|tenants?|someone)\b[^.?!]{0,20}?\b(?:messaged|texted|dm['’]?d|dmed|emailed|contacted|added|rang|called|whatsapped|sent)\s+(?:me\s+)?(?:[^.?!]{0,40}?\s)?(?:(?:on|to)\s+)?my\s+(?:own|personal|private)\s+(?:insta\w*|facebook|fb|whatsapp|phone|mobile|number|account|e-?mail|tiktok)\b/i;

/** A policy sentence on staff's personal phones: "never go on your personal phone", "not on your own mobile". */
const PERSONAL_PHONE_SAID = /\b(?:personal|own|private)\s+(?:phones?|mobiles?)\b/i;

/** A customer reaching us on a personal account: the firm's one policy on personal phones. */
export function contactedOnOwnAccountAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  // Where no policy is titled on personal phones, the one with a sentence on them ("client photos never go on your personal phone").
  return CONTACTED_ON_OWN_ACCOUNT.test(question) ? (theOneTitled(ctx, OWN_DEVICE_POLICY) ?? theOnly(policiesSaying(ctx, PERSONAL_PHONE_SAID))) : undefined;
}

/**
 * Work mail or apps asked for on one's own device: "can I get work emails on my own iPhone?", "ok to use my personal phone for the
 * office inbox?". The device is the asker's own (a "work phone" is the firm's), and what goes on it is the firm's.
 */
const WORK_ON_OWN_DEVICE = /\b(?:work|office|company|business|shop|clinic)\s+(?:e-?mails?|mail|inbox|calendar|apps?|whatsapp|teams|outlook|files|drive)\b.*\bon\s+(?:to\s+)?my\s+(?:own|personal|private)\s+(?:phone|iphone|android|mobile|tablet|ipad|laptop|computer|pc|mac)\b|\bmy\s+(?:own|personal|private)\s+(?:phone|iphone|android|mobile|tablet|ipad|laptop|computer|pc|mac)\s+(?:for|to (?:get|read|check|do))\s+(?:the\s+)?(?:work|office|company|business|shop|clinic)\s+(?:e-?mails?|mail|inbox|calendar|apps?|stuff)\b/i;

/** A policy on staff's own devices, by its title or keywords: "own phone", "personal device", "BYOD". */
const OWN_DEVICE_KEYED = /\b(?:own|personal) (?:phones?|devices?|mobiles?)\b|\bbyod\b/i;

/** Others' data, or the firm's, kept on one's own device: "can I keep a client's data on my personal macbook for a few days". */
const DATA_ON_OWN_DEVICE = /\b(?:clients?|customers?|patients?|members?|pupils?|students?|guests?|tenants?|work|company|our)['’]?s?\s+(?:data|details|files?|info|information|records?|documents?|notes|spreadsheets?)\b[^.?!]{0,40}?\bon(?:to)?\s+my\s+(?:own|personal|private|home)\s+(?:laptop|macbook|mac|pc|computer|phone|iphone|android|mobile|ipad|tablet|device|usb(?: stick)?|drive)\b/i;

/**
 * Work sent to one's own mailbox, or done from it, asked ahead: "can i email client stuff to my personal gmail", "can i use my own
 * gmail for work". Told after ("i sent a client file to my personal email by mistake") it is a breach; a cloud of one's own is a
 * tool we do not hold.
 */
const WORK_TO_OWN_ACCOUNT = /^\s*(?:can|could|may|should|shall|is it (?:ok|okay|alright|fine)|am i allowed|are we allowed|ok|okay|fine)\b.*(?:\b(?:e-?mail|send|forward|copy)\w*\b[^.?!]{0,60}?\bto\s+my\s+(?:own|personal|private|home)\s+(?:e-?mail|e-?mail address|gmail|hotmail|outlook|inbox)\b|\buse\s+my\s+(?:own|personal|private|home)\s+(?:e-?mail|gmail|hotmail|outlook)\s+(?:for|at)\s+work\b)/i;

/**
 * A policy sentence on staff's own mail: "never use a personal email for work", "never forward studio email to a personal account"
 * (not a social media page's "post from the business account, not your personal one").
 */
const OWN_ACCOUNT_SAID = /\b(?:personal|own|private|home)\s+(?:e-?mail|gmail|hotmail|e-?mail accounts?|inbox)\b|\b(?:e-?mails?|mail|forward)\b[^.]*\b(?:personal|own|private|home)\s+accounts?\b/i;

/**
 * Work mail or apps, or others' data, on one's own device: the firm's one policy on staff's own devices, not the mail supplier's
 * entry. Work sent to one's own account: that policy, else the one policy that speaks of personal email or accounts, else the
 * one on devices.
 */
export function workOnOwnDeviceAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (WORK_TO_OWN_ACCOUNT.test(question)) return theOneTitled(ctx, OWN_DEVICE_KEYED) ?? theOnly(policiesSaying(ctx, OWN_ACCOUNT_SAID)) ?? theOneTitled(ctx, DEVICES_TITLE, (p) => !/\b(?:lost|stolen|missing|breach)|\b(?:over|by|on) the phone\b|\bphone (?:payments?|orders?|calls?)\b/i.test(p.title));
  return WORK_ON_OWN_DEVICE.test(question) || DATA_ON_OWN_DEVICE.test(question) ? theOneTitled(ctx, OWN_DEVICE_KEYED) : undefined;
}

/** An identity document: a driving licence, a passport, an ID card. */
const ID_DOCUMENT = /\b(?:driving licen[cs]e|licen[cs]e|passport|id card|\bid\b|proof of age|identity card|birth certificate)\b/i;

/** A policy sentence that forbids copying ID: "don't photograph or copy a customer's passport". */
const NO_COPIES_OF_ID = /\b(?:never|don'?t|do not|must not|not)\b[^.]*\b(?:photocop\w*|photograph\w*|scan\w*|cop(?:y|ies))\b[^.]*\b(?:id|licen[cs]es?|passports?|identity)\b/i;

/**
 * Ransomware told by what it shows: "a screen saying all our files are encrypted and to pay in bitcoin", "a ransom note on
 * the PC". Not "ransomware" asked about as a word: the policies' keywords meet that already; nor whether something is
 * encrypted, asked ("is our data encrypted in the app parents use to pay?" asks the register).
 */
const RANSOM_TOLD = /\bransom(?:ware)? (?:note|demand|message|screen|pop-?up|attack)\b|\b(?:bitcoin|crypto(?:currency)?)\b[^.?!]{0,40}?\bto (?:get|unlock|release|have|recover)\b[^.?!]{0,25}?\b(?:files?|data|documents?|computer|pc|laptop|everything)\b|\b(?:got|had|hit by|caught|been)\s+(?:a\s+|by\s+)?ransomware\b|^(?!\s*(?:is|are|was|were|does|do|how|which|where)\b).*\b(?:files?|everything|documents?|data|folders?)\b.*\b(?:encrypted|locked)\b.*\b(?:pay|bitcoin|ransom|crypto)\b/i;

/**
 * Ransomware told: the firm's breach policy (whom to tell, how fast), or where it has none its one policy keyworded
 * ransomware (a backups policy names it too, but says how to restore, not whom to tell).
 */
export function ransomAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!RANSOM_TOLD.test(question)) return undefined;
  return theBreachPolicyQuoted(ctx) ?? theOnly(policiesKeyed(ctx, /\bransomware\b/i));
}

/** A breach named in a question of whom to tell: "who do i tell if there's a breach", "who do I report a hack to?". */
const BREACH_NAMED = /\b(?:(?:data )?breach(?:es)?|hack(?:ed)?|leak(?:ed|s)?)\b/i;

/** Telling the regulator of a breach, asked: "do we have to tell the ico about a breach", "when do we report a breach to the ICO?". */
const REGULATOR_TOLD = /\b(?:tell|report|notify|inform|contact|ring)\w*\s+(?:it\s+to\s+)?(?:the\s+)?ico\b|\b(?:report|reported)\b[^.?!]{0,40}\bto\s+the\s+ico\b/i;

/** The regulator told of a breach, asked: the firm's one breach policy (who decides, how fast), not the suppliers' breach promises. */
export function regulatorToldAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return REGULATOR_TOLD.test(question) && BREACH_NAMED.test(question) ? theBreachPolicyQuoted(ctx) : undefined;
}

/** Whom to tell of a breach, asked: the firm's one breach policy (whom, how fast), not the data-protection contact alone. */
export function breachWhomAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return BREACH_NAMED.test(question) ? theBreachPolicyQuoted(ctx) : undefined;
}

/**
 * Someone afraid of being blamed for a slip, told: "he's scared he'll get a warning", "don't want to drop anyone in it", "worried
 * i'll get in trouble". A policy that says owning up is no disciplinary matter answers that fear, whatever the slip was.
 */
const BLAME_FEARED = /\b(?:scared|worried|afraid|frightened|terrified|panick\w*|bricking it|nervous)\b[^.?!]{0,40}?\b(?:(?:get|gets|getting|be|being|is|am)\s+(?:a\s+|an\s+)?(?:(?:written\s+|formal\s+)?warning|sacked|fired|disciplined|told off|in trouble|into trouble|the sack|blamed)|disciplinary)\b|\b(?:don'?t|dont|do not)\s+want\s+to\s+(?:drop|land)\s+(?:anyone|him|her|them|somebody|someone)\s+in\s+it\b/i;

/** What a breach policy says of blame: "nobody is disciplined for owning up", "never a disciplinary matter", "no one gets into trouble". */
const NO_BLAME = /\bdisciplin\w*|\binto trouble\b|\bin trouble\b|\bblame\w*/i;

/** A slip feared blamed ({@link BLAME_FEARED}): the breach policy, where it says owning up is no disciplinary matter. */
export function blameFearedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!BLAME_FEARED.test(question)) return undefined;
  const breach = theBreachPolicy(ctx);
  return breach && NO_BLAME.test(breach.text) ? quoted([breach]) : undefined;
}

/**
 * A picture put up of someone who said no, with deleting it quietly asked: "the IG story I put up has the bride's mum in the background
 * and she said no photos. Shall I just delete it quick before anyone sees?". Posted against someone's wishes, it is a breach to report,
 * not a thing to make vanish; a photo asked down by its subject is another matter (the photos policy's).
 */
const POSTED_AGAINST_WISHES = /^(?=.*\b(?:said no|didn['’]?t want|did not want|no photos|without (?:her|his|their) (?:ok|consent|permission)|no consent|opted out)\b)(?=.*\b(?:story|post|posted|put up|reel|photo|pic|picture|video)\b).*\bdelete\s+(?:it|them|the (?:story|post|photo|pic|reel))\s+(?:quick(?:ly)?|before|now|asap)\b/i;

/** A picture posted against someone's wishes, asked to be deleted quietly: the firm's one breach policy. */
export function postedAgainstWishesAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return POSTED_AGAINST_WISHES.test(question) ? theBreachPolicyQuoted(ctx) : undefined;
}

/** The firm's one breach policy, quoted, if it has one. */
function theBreachPolicyQuoted(ctx: QaContext): QaAnswer | undefined {
  const breach = theBreachPolicy(ctx);
  return breach ? quoted([breach]) : undefined;
}

/**
 * The firm's one breach policy: the one whose keywords name a breach, or where an accident or incident policy's keywords
 * do too ("incident"), the one of those titled a breach, or where none is ("If personal data goes astray"),
 * the one with "breach" itself among its keywords; where no keywords name one (a firm that wrote none), the one titled a breach.
 */
export function theBreachPolicy(ctx: QaContext): Policy | undefined {
  const naming = ctx.config.policies.filter((p) => ctx.index.namesBreach(p));
  if (naming.length === 1) return naming[0];
  const titled = (naming.length > 0 ? naming : ctx.config.policies).filter((p) => /\bbreach/i.test(p.title));
  const chosen = titled.length > 0 || naming.length === 0 ? titled : naming.filter((p) => p.keywords.some((k) => /\bbreach(?:es)?\b/i.test(k)));
  return chosen.length === 1 ? chosen[0] : undefined;
}

/** A customer's card number or details put on paper or in a message: "scribbled the card number on a sticky note", "wrote his Visa number and
 * expiry on the back of an order of service", "read me her 16 digits, I wrote them on the pad". */
const CARD_WRITTEN = /\b(?:wrote|written|write|writing|jotted|jot|scribbled|noted|took down|taken down|copied)\b.*(?:\b(?:(?:credit |debit |visa )?card|mastercard|amex|visa(?=\s+(?:numbers?|details|no)\b[^?]*\b(?:expiry|exp|cvv|£|pay\w*|donat\w*|give|giving|card)\b)) (?:numbers?|details|no)\b|\b(?:16|sixteen) digits\b)|(?:\b(?:(?:credit |debit |visa )?card|mastercard|amex|visa(?=\s+(?:numbers?|details|no)\b[^?]*\b(?:expiry|exp|cvv|£|pay\w*|donat\w*|give|giving|card)\b)) (?:numbers?|details|no)\b|\b(?:16|sixteen) digits\b).*\b(?:wrote|written|jotted|scribbled|noted (?:it|them) down|on (?:a|the) (?:post[- ]?it|sticky note|pad|order pad|scrap|napkin|notepad|booking sheet))\b/i;

/**
 * A customer's card number given over the phone, told: "the bride wants to pay her deposit by reading me her card number over the
 * phone", "a customer gave me his card details over the phone", "a parent rang up and started reading out her card number", "on the phone … reading out the long number off his visa". Not "can we take payment over the phone?", a rule on card readers.
 */
const CARD_OVER_PHONE = /\b(?:read|reading|reads|give|giving|gave|given|tell|telling|told|say|saying)\s+(?:(?:me|us|out)\s+)?(?:(?:her|his|their|the|a|my)\s+)?(?:[\w-]+\s+)?(?:card (?:numbers?|details|no)|numbers?\s+(?:off|on|from)\s+(?:his|her|their|the)\s+(?:visa|mastercard|amex|card|debit card|credit card))\b[^.?!]*\bover the (?:phone|telephone)\b|\b(?:on the phone|rang|phoned|called)\b[^.?!]*\b(?:read|reading|reads)\s+out\s+(?:the\s+)?(?:long\s+)?numbers?\s+(?:off|on|from)\s+(?:his|her|their|the)\s+(?:visa|mastercard|amex|card|debit card|credit card)\b|\b(?:rang|rung|phoned|called|on the phone)\b[^.?!]*\b(?:read|reading|reads|give|giving|gave|tell|telling|told)\s+(?:(?:me|us|out)\s+)?(?:(?:her|his|their|the|a|my)\s+)?(?:[\w-]+\s+)?(?:card (?:numbers?|details|no)|numbers?\s+(?:off|on|from)\s+(?:his|her|their|the)\s+(?:visa|mastercard|amex|card|debit card|credit card))\b/i;

/** A policy title or keyword that names taking cards: "taking card payments", "card number". */
const CARD_POLICY = /\bcard (?:payments?|numbers?|details)\b/i;

/**
 * A card number written down or read out over the phone: the firm's one policy on taking card payments (never write it down;
 * what to do if it was), not the till or booking supplier whose entry holds tokenised cards.
 */
export function cardWrittenAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const written = CARD_WRITTEN.test(question);
  if (!written && !CARD_OVER_PHONE.test(question)) return undefined;
  // Written down: the one policy whose sentence forbids card details on paper ("Paper tab sheets with guests' names and card
  // details are not allowed"), before one keyed on card details for another rule (never taking them by email).
  const onPaper = written ? theOnly(policiesSaying(ctx, CARD_ON_PAPER_SAID)) : undefined;
  return onPaper ?? theOnly(policiesTitled(ctx, CARD_POLICY));
}

/** A sentence forbidding card details written on paper. */
const CARD_ON_PAPER_SAID = /^(?=.*(?<!\bkey )\bcard (?:numbers?|details)\b)(?=.*\b(?:write|written|writing|wrote|paper|sheets?|pads?|notepads?)\b)(?=.*\b(?:never|not|no)\b)/i;

/**
 * A login given to a message that only seemed genuine: "clicked a link in an email that said it was from a courier and it asked for
 * my google login", "an email pretending to be the bank wanted my password, I typed it in". A link, email or page asked for a login,
 * and the story says it was clicked, typed into, or not what it said it was ("the Xero app asked for my password again" tells none).
 */
export const CREDENTIALS_LURED = /^(?=.*\b(?:clicked|pressed|tapped|typed|entered|put (?:it|them|my [\w-]+) in|pretend\w*|claim(?:ed|ing) to be|said it was|saying it was|supposedly|fake|dodgy|scam|suspicious|phishing)\b).*\b(?:links?|e-?mails?|texts?|messages?|sites?|website|pages?|pop-?ups?)\b[^.?!]{0,80}?\b(?:asked|asking|wanted|wants)\s+(?:me\s+)?(?:for\s+|to\s+(?:enter|type in|put in)\s+)?(?:my|our)\s+(?:[\w-]+\s+)?(?:login|log-in|log in|password|passcode|credentials|pin|bank details)\b/i;

/**
 * A login typed into something the asker now doubts: "i think i typed my gmail password into a dodgy looking link", "put our xero
 * login into a fake page". The doubt is told ("typed my password into the Xero site" tells none).
 */
const CREDENTIALS_TYPED_IN = /\b(?:typed|entered|put|gave)\s+(?:in\s+)?(?:my|our|the)\s+(?:[\w-]+\s+){0,2}?(?:password|login|log-in|credentials|passcode|pin|bank details)\s+(?:in|into|in to|on|onto)\s+(?:a|an|the|some|this|that)\s+(?:[\w'’-]+\s+){0,2}?(?:dodgy|suspicious|fake|scam|phishing|phishy|iffy|weird|strange|odd)\b[\w\s'’-]{0,20}?\b(?:links?|sites?|website|pages?|pop-?ups?|forms?|e-?mails?|texts?|messages?)\b|\b(?:typed|entered|put|gave)\s+(?:in\s+)?(?:my|our|the)\s+(?:[\w-]+\s+){0,2}?(?:password|login|log-in|credentials|passcode|pin)\s+(?:in|into|in to|on|onto)\s+(?:a|an|the|some|this|that)\s+(?:[\w'’-]+\s+){0,2}?(?:links?|sites?|website|pages?|pop-?ups?|forms?)\b[^.?!]{0,60}?\b(?:turned out|was|were|looked|looks|seems?|seemed)\s+(?:to be\s+)?(?:a\s+)?(?:fake|dodgy|a scam|scam|phishing|phishy|iffy|bogus)\b/i;

/**
 * A password typed in, then found to have gone to something not genuine: "got an email that looked like google, typed my password in
 * before i clocked it was dodgy", "put my login in and then realised the page was fake"; the doubt said of the page, not of the cafe's wifi.
 */
const CREDENTIALS_TYPED_THEN_DOUBTED = /\b(?:typed|entered|put|gave)\s+(?:in\s+)?(?:my|our|the)\s+(?:[\w-]+\s+){0,2}?(?:password|login|log-in|credentials|passcode)\b[^.?!]{0,40}?\b(?:before|then|only to|but)\b[^.?!]{0,30}?\b(?:clocked|realised|realized|noticed|saw|twigged|spotted|found out|worked out)\s+(?:that\s+)?(?:it|the\s+(?:page|link|site|website|url|address|e-?mail|message|text|form|login page))\s+(?:was|were|is|looked)\s+(?:\w+\s+)?(?:dodgy|fake|a scam|scam|phishing|phishy|not real|not genuine|bogus|iffy|weird|wrong)\b/i;

/** Somewhere not ours a sign-in came from: abroad, another country, an unknown place or device; not "another group" signing a visitor book. */
const ELSEWHERE = String.raw`(?:abroad|overseas|(?:another|a different|a foreign)\s+(?:country|location|place|city|town|device|computer|ip)|an?\s+(?:unknown|strange|odd|weird|unfamiliar|new)\s+(?:country|location|place|city|device|computer|ip(?: address)?))\b`;

/**
 * A sign-in from somewhere else, told by an alert: "getting alerts saying someone signed into my work email from another country",
 * "someone signed into our Shopify from abroad", "got an email saying someone logged into xero from somewhere abroad" (an account by its
 * supplier's name), "someone tried to sign into the ticket tailor account from an unfamiliar location", "got a weird sign in alert on the office
 * outlook from another country".
 */
const SIGNED_IN_FROM_ELSEWHERE = new RegExp(
  String.raw`\b(?:someone|somebody|some1)(?:\s+(?:has|had|may have|might have|tried to|has tried to))?\s+(?:signed|logged|sign|log)\s+` +
    // Into one of our accounts: "my work email", "our Shopify", or a bare name after "into" ("logged into xero"), not "signed in today".
    String.raw`(?:(?:in(?:to)?|on(?:to)?)\s+(?:to\s+)?(?:my|our|the)\s+(?:[\w'’-]+\s+){0,3}?(?:accounts?|e-?mails?|gmail|outlook|hotmail|inbox|mailbox|logins?|insta(?:gram)?|facebook|page|[\w'’-]+(?=\s+from\s+))|(?:into|onto|in to)\s+[\w'’-]+(?=\s+from\s+))\b` +
    String.raw`[^.?!]{0,30}?\bfrom\s+(?:somewhere\s+)?${ELSEWHERE}` +
    String.raw`|\b(?:unusual|suspicious|strange|new|unknown|unfamiliar|weird|odd|dodgy)\s+(?:(?:sign-?ins?|log-?ins?|logins?)(?:\s+(?:attempts?|alerts?|warnings?|e-?mails?|notifications?))?|(?:sign|log)\s+in\s+(?:attempts?|alerts?|warnings?|e-?mails?|notifications?))\b[^.?!]{0,40}?\bfrom\s+(?:somewhere\s+)?${ELSEWHERE}`,
  'i',
);

/** A policy sentence on a sign-in alert that was not us: "If a password may have been seen or a sign-in alert arrives that was not you, change it at once". */
const SIGN_IN_ALERT_SAID = /\b(?:sign[- ]?in|log[- ]?in|login|security)\s+(?:alerts?|warnings?|e-?mails?|notifications?)\b[^.]*\b(?:not|wasn['’]t)\s+(?:you|us)\b/i;

/**
 * One of our accounts taken over, told by its signs: "someone's got into the shop's Instagram", "odd posts keep going up on our
 * page", "opened a fake invoice link and now our inbox is mailing rubbish to everyone", "someones got into the office gmail"
 * (the apostrophe left out), "stories on our insta i never posted", "locked out of the instagram and someone's posting crypto stuff".
 * Someone getting into an account (not a room: the
 * thing got into is an account, a page or an inbox), posts nobody made, mail sent that we did not send, or a link clicked that
 * we now doubt.
 */
const ACCOUNT_TAKEN_OVER = [
  // Locked out, and someone else posting or messaging from it: "we've been locked out of the instagram and someone's posting crypto
  // stuff and DMing our followers".
  /\b(?:locked out of|(?:can['’]?t|cannot|can not|couldn['’]?t) (?:get|log|sign) (?:in|into|in to|on to|onto))\s+(?:the|our|my)\s+(?:[\w'’-]+\s+){0,2}?(?:accounts?|insta(?:gram)?|facebook|fb|page|profile|e-?mails?|gmail|outlook|inbox|tiktok|twitter|website)\b[^?]*\b(?:someone|somebody|some1|they|it)(?:['’]s|\s+is|\s+are|\s+has been|\s+have been|\s+keeps?|\s+started|\s+now)\s+(?:posting|sending|messaging|dm['’]?ing|dming|changing|putting up|selling|advertising)\b/i,
  /\b(?:someone|somebody|some1|a hacker|hackers)(?:['’]?s|\s+has|\s+have|\s+had|\s+may have|\s+might have|\s+must have)?\s+(?:got|gotten|broken|hacked|logged|been)\s+(?:in(?:to)?|on(?:to)?)\s+(?:(?:our|the|my|his|her|their)\s+)?(?:[\w'’-]+\s+){0,2}?(?:accounts?|insta(?:gram)?|facebook|fb|page|profile|e-?mails?|gmail|outlook|hotmail|inbox|mailbox|tiktok|twitter|logins?|website|site)\b/i,
  /\b(?:weird|strange|odd|random|dodgy|spammy|funny)\s+(?:posts?|messages?|e-?mails?|stories|tweets?|dms?)\b[^.?!]{0,30}?\b(?:going up|keep(?:s)? (?:going up|appearing|coming)|appearing|being (?:sent|posted)|posted|sent out|went out|gone out|going out)\b/i,
  /\b(?:(?:is|are|was|been|keeps?|started|now)\s+)(?:sending|posting)\s+(?:out\s+)?(?:spam|junk|scam|phishing|dodgy|weird|strange)\b/i,
  /\bclicked\s+(?:on\s+)?(?:a|an|the|some|this|that)\s+(?:[\w'’-]+\s+){0,2}?(?:dodgy|suspicious|weird|strange|fake|phishing|scam|phishy|iffy)\b[\w\s'’-]{0,20}?\b(?:links?|e-?mails?|attachments?|texts?|messages?)\b/i,
  // Posts on our own page that nobody here made: "stories on our insta i never posted", "tweets on the page none of us sent".
  /\b(?:posts?|stories|story|reels?|tweets?|messages?|e-?mails?|dms?)\b[^.?!]{0,40}?\b(?:on|from|in)\s+(?:our|the\s+(?:shop|business|studio|salon|club|company|office|work)['’]?s?)\s+(?:[\w'’-]+\s+){0,2}?(?:accounts?|insta(?:gram)?|facebook|fb|page|profile|e-?mail|gmail|outlook|inbox|tiktok|twitter)\b[^.?!]{0,20}?\b(?:i|we|none of us|nobody|no one|no-one)\s+(?:never|didn'?t|did not|ever)\s+(?:posted|sent|made|wrote|put up)\b/i,
  // Someone in one's account now, told as such: "i think someone is in my account", "somebody's been in our inbox".
  /\b(?:someone|somebody|some1)(?:['’]s|\s+is|\s+has been|\s+had been|['’]s been)\s+(?:in|inside|using)\s+(?:my|our)\s+(?:[\w'’-]+\s+){0,2}?(?:accounts?|e-?mails?|gmail|outlook|hotmail|inbox|mailbox|logins?)\b(?!\s+(?:office|template|templates|signature|address|addresses|list|room|team|department|folder|rota))/i,
  SIGNED_IN_FROM_ELSEWHERE,
  // An attachment or link opened, and the machine since behaving oddly: "opened an email attachment and now the pc is acting weird".
  /\b(?:opened|clicked|downloaded)\s+(?:on\s+)?(?:a|an|the|this|that|some)\s+(?:[\w'’-]+\s+){0,2}?(?:attachments?|links?|files?)\b[^.?!]{0,60}?\b(?:now|since|and)\b[^.?!]{0,40}?\b(?:acting (?:weird|strange|odd|funny|up)|running slow|gone slow|frozen|pop-?ups?|locked|encrypted|won['’]?t (?:open|start|load)|virus)/i,
  CREDENTIALS_LURED,
  CREDENTIALS_TYPED_IN,
  CREDENTIALS_TYPED_THEN_DOUBTED,
  // A link clicked, then one's password typed in: "i clicked a link in an email saying my mailbox password had expired and typed my password in".
  /\bclicked\b[^.?!]{0,100}?\b(?:typed|entered|put)\s+(?:in\s+)?(?:my|our|the)\s+(?:[\w-]+\s+)?(?:password|login|log-in|credentials|passcode|pin)\b/i,
  // An account of ours told hacked, in the past: "pretty sure the shop inbox got hacked", "the booking account's been compromised";
  // not whether a supplier ever was ("has Dropbox been hacked?") nor what if it were ("if our email gets hacked").
  /^(?!\s*(?:has|have|was|were|is|are|did|does|do)\b)(?!.*\b(?:if|ever|in case)\b[^.?!]*\bhacked\b).*\b(?:accounts?|insta(?:gram)?|facebook|fb|page|profile|e-?mails?|gmail|outlook|hotmail|inbox|mailbox|tiktok|twitter|logins?|website|site|[\w-]+)(?:['’]s|\s+has|\s+have|\s+had)?\s+(?:been|got|gotten|was|were)\s+(?:hacked|compromised|hijacked|taken over)\b/i,
  // Mail or posts going out in our name that nobody here wrote: "customers keep receiving odd texts from us with a link", "the
  // page is messaging people things no one here sent".
  /\b(?:clients?|customers?|patients?|people|everyone|contacts|parents?|members?|guests?|owners?|tenants?)\s+(?:are|keep|have been|has been|kept|were|is|started|now)\s+(?:getting|receiving|being sent)\s+(?:weird|strange|odd|random|dodgy|spam(?:my)?|funny|fake|scam|suspicious)\s+(?:e-?mails?|messages?|texts?|dms?|links?)\s+from\s+(?:me|us|our|my)\b/i,
  /\b(?:sending|sent|posting|posted|putting up|going out|(?:replying|replied|responding|responded) to)\b[^.?!]{0,60}?\b(?:(?:that|which)\s+)?(?:i|we|none of us|nobody|no one|no-one)\s+(?:never\s+|didn['’]?t\s+|did not\s+|haven['’]?t\s+|have not\s+)?(?:wrote|written|write|sent|send|posted|post|made)\b(?<!\b(?:i|we)\s+(?:wrote|written|write|sent|send|posted|post|made))/i,
];

/** "Someone's got into our checkfront": what was got into, which is one of our accounts where it is a supplier's own name. */
const GOT_INTO = /\b(?:someone|somebody|some1|a hacker|hackers)(?:['’]?s|\s+has|\s+have|\s+had|\s+may have|\s+might have|\s+must have)?\s+(?:got|gotten|broken|hacked|logged|been)\s+(?:in(?:to)?|on(?:to)?)\s+(?:our|the|my)\s+([\w'’-]+(?:\s+[\w'’-]+)?)/i;

/** True when what someone got into is one of our systems by its own name ("our checkfront"), not a room or a van. */
function gotIntoOurSystem(ctx: QaContext, question: string): boolean {
  const into = GOT_INTO.exec(question)?.[1];
  return Boolean(into && ctx.index.suppliersIn(words(into)).some((m) => m.kind === 'name' && !ctx.index.inEverydayWords(m.matched)));
}

/** One of our accounts taken over: the firm's one breach policy (whom to tell, how fast), not the entry of the account's supplier. */
export function accountTakenOverAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!(ACCOUNT_TAKEN_OVER.some((told) => told.test(question)) || gotIntoOurSystem(ctx, question)) || SOMEONE_ELSES.test(question)) return undefined;
  // A sign-in alert is the firm's one sentence on alerts that were not us, where it has one: it says what to do (change the password).
  if (SIGNED_IN_FROM_ELSEWHERE.test(question)) {
    const onAlerts = theOnlySaying(ctx, SIGN_IN_ALERT_SAID);
    if (onAlerts) return onAlerts;
  }
  // A link clicked is the firm's one policy on suspicious emails where it has one: it says what to do once clicked.
  return (CLICKED.test(question) ? theOnly(policiesKeyed(ctx, PHISHING_KEYWORD)) : undefined) ?? theBreachPolicyQuoted(ctx);
}

/** Someone else's thing ("a customer's phone has weird messages going out"): a repair or a favour, not our account taken over. */
const SOMEONE_ELSES = /\b(?:customers?|clients?|guests?|patients?|tenants?|members?|pupils?|students?|residents?|players?)['’]s?\s+(?:own\s+)?(?:phones?|laptops?|accounts?|e-?mails?|insta\w*|facebook|pages?|computers?|pcs?|tablets?)\b/i;

/** A link or attachment clicked, or a login asked for by a message, and a policy keyword on suspicious emails: "phishing", "clicked a link", "suspicious email". */
const CLICKED = /\bclicked\b|\bopened\s+(?:an?|the|this|that)\s+(?:[\w-]+\s+)?attachment|\b(?:typed|entered|put)\s+(?:in\s+)?(?:my|our)\b|\b(?:asked|asking|wanted|wants)\s+(?:me\s+)?(?:for\s+)?(?:my|our)\s+(?:[\w-]+\s+)?(?:login|password)\b/i;

const PHISHING_KEYWORD = /\bphishing\b|\bclicked\b|\bsuspicious (?:e-?mails?|links?|messages?)\b|\bdodgy (?:e-?mails?|links?)\b/i;

/**
 * A message that looks like a scam, told before anything is clicked: "got an email from a 'venue' saying they've shared a
 * document with me, looks dodgy", "there's a weird email with a link saying my mailbox is full". The doubt is said of the
 * message itself.
 */
const SUSPICIOUS_MESSAGE = /\b(?:weird|dodgy|odd|strange|suspicious|fake|scam(?:my)?|phishy|iffy|funny)(?:[- ]looking)?\s+(?:e-?mails?|texts?|messages?|links?|calls?|invoices?|dms?)\b|\b(?:e-?mail|text|message|dm|link|invoice)\b[^.?!]{0,80}?\b(?:looks?|seems?|seemed|looked|feels?)\s+(?:a bit\s+|really\s+|well\s+)?(?:dodgy|suspicious|fake|odd|weird|off|phishy|iffy|like a scam|like phishing|scammy)\b/i;

/**
 * A message asking us to act on a link or our details, asked whether it is real: "email from 'booking.com partner team' says our
 * property gets closed unless i verify the card on file, theres a link. legit??", "text saying to confirm our bank details, is it
 * genuine?". The message's demand is told, then the doubt asked.
 */
const IS_IT_REAL_ASKED = /\b(?:e-?mail|text|message|dm|whatsapp)\b[^?!]{0,160}?\b(?:verify|confirm|update|log ?in|sign ?in|click|pay|link)\b[^?!]{0,120}?\b(?:legit\w*|genuine|(?:is (?:it|this|that) )?real|(?:a )?scam|kosher|safe to (?:click|open))\s*\?/i;

/** A message that looks like a scam: the firm's one policy on suspicious emails, where it has one. */
export function suspiciousMessageAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return SUSPICIOUS_MESSAGE.test(question) || IS_IT_REAL_ASKED.test(question) ? theOnly(policiesKeyed(ctx, PHISHING_KEYWORD)) : undefined;
}

/**
 * A device or bag handed in, with looking through it asked: "someone's handed in an iphone from the launderette, can i have a nosy
 * thru the photos to see whose it is". Whose it is, not ours: what to do with found things is the lost property policy's.
 */
const FOUND_AND_LOOKED_THROUGH = foundAndLookedThrough();

/** Built from its parts: the thing and its being handed in, said in either order, then looking through it asked. */
function foundAndLookedThrough(): RegExp {
  const thing = String.raw`(?:phones?|iphones?|mobiles?|ipads?|tablets?|laptops?|wallets?|purses?|bags?|handbags?|cameras?)`;
  const found = String.raw`(?:handed in|found|left behind|turned up|hand in)`;
  const look = String.raw`(?:look|looking|go|going|nosy|nose|check|checking|scroll|scrolling|unlock|unlocking)\s+(?:through|thru|in|at|on|into)`;
  return new RegExp(String.raw`(?:\b${found}\b[^?]*\b${thing}\b|\b${thing}\b[^?]*\b${found}\b)[^?]*\b${look}\b`, 'i');
}

/** A policy on things handed in, by its title: "Lost property", "Phones and devices handed in", "Found items". */
const LOST_PROPERTY_TITLE = /\blost property\b|\bhanded in\b|\bfound (?:items|property)\b|\blost and found\b/i;

/** A found device asked looked through: the firm's one policy on things handed in. */
export function foundDeviceAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return FOUND_AND_LOOKED_THROUGH.test(question) ? theOneTitled(ctx, LOST_PROPERTY_TITLE) : undefined;
}

/** A work device left somewhere, asked ahead: "is it ok to leave the shop ipad out on the counter overnight", "can I leave my laptop in the van". */
const DEVICE_LEFT_ASKED = /\b(?:leave|leaving)\s+(?:the|my|our|a|his|her|their)\s+(?:[\w-]+\s+)?(?:ipads?|tablets?|laptops?|phones?|mobiles?|devices?)\b[^?]*?\b(?:overnight|over the weekend|over night|all night|unattended|on show|on the seat|in (?:the |my )?(?:van|car|cab|truck))\b/i;

/**
 * A work device left in a vehicle overnight, told after the fact, nothing lost: "shop laptop spent the night in my boot after the
 * showground", "left the ipad in the van all weekend".
 */
const DEVICE_LEFT_TOLD = /\b(?:ipads?|tablets?|laptops?|phones?|mobiles?|devices?)\s+(?:spent|stayed|sat|was|were|has been|been)\s+(?:left\s+)?(?:the night|the weekend|all night|all weekend|overnight)\s+in\s+(?:the|my|his|her|their|a)\s+(?:[\w-]+\s+)?(?:boot|car|van|cab|truck)\b|\bleft\s+(?:the|my|our|a|his|her|their)\s+(?:[\w-]+\s+)?(?:ipads?|tablets?|laptops?|phones?|mobiles?|devices?)\s+in\s+(?:the|my|his|her|their|a)\s+(?:[\w-]+\s+)?(?:boot|car|van|cab|truck)\s+(?:overnight|all night|all weekend|over the weekend)\b/i;

/**
 * A policy sentence on where devices may not be left: "never left in the van overnight", "never leave them in a car"; not one on
 * papers ("never write them on a job sheet left in the van").
 */
const LEFT_SAID = /^(?!.*\b(?:job sheets?|paper\w*|forms?|files?|folders?|documents?)\b).*\b(?:left|leave)\b[^.]*\b(?:overnight|unattended|on show|in (?:the|a) (?:van|car|cab|truck))\b/i;

/**
 * A work device left somewhere, asked ahead: the firm's one policy with a sentence on where devices may not be left, else the one
 * titled for its devices (where they are kept, locked).
 */
export function deviceLeftAskedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!DEVICE_LEFT_ASKED.test(question) && !DEVICE_LEFT_TOLD.test(question)) return undefined;
  return theOnly(policiesSaying(ctx, LEFT_SAID)) ?? theOnly(policiesByTitle(ctx, DEVICES_TITLE));
}

/**
 * A memory card or stick of ours lost, told: "think an SD card fell out of my jacket at the farm in Clun this morning. not even sure what
 * was on it tbh" (read in the eighty-ninth round). Not one found again.
 */
const STORAGE_LOST =
  /^(?!.*\b(?:found (?:it|them)|turned up|got it back)\b)(?=.*\b(?:(?:sd|micro ?sd|memory|camera)\s+cards?|(?:usb|memory)\s+(?:sticks?|drives?)|pen ?drives?)\b).*\b(?:fell out|fallen out|lost|gone missing|went missing|is missing|(?:can['’]?t|cannot|couldn['’]?t) find)\b/i;

/** A policy sentence naming a lost card or stick: a breach policy's "an SD card lost on site". */
const STORAGE_LOST_SAID =
  /\b(?:(?:sd|memory|camera)\s+cards?|(?:usb|memory)\s+(?:sticks?|drives?))\b[^.]*\b(?:lost|missing|stolen)\b|\b(?:lost|missing|stolen)\b[^.]*\b(?:(?:sd|memory|camera)\s+cards?|(?:usb|memory)\s+(?:sticks?|drives?))\b/i;

/** A memory card or stick lost ({@link STORAGE_LOST}): the firm's one policy sentence naming such a loss. */
export function storageLostAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return STORAGE_LOST.test(question) ? theOnly(policiesSaying(ctx, STORAGE_LOST_SAID)) : undefined;
}

/**
 * Paper with people's details left behind somewhere, told: "on the coach home and realised the medical sheet got left at the hotel in
 * Salzburg", "found session notes left in room 1 this morning from yesterday … do I need to report it?" (read in the eighty-ninth round).
 */
const PAPER_LEFT_BEHIND =
  /\b(?:sheets?|lists?|registers?|forms?|folders?|paperwork|papers|notes|files)\s+(?:got\s+|was\s+|were\s+|had been\s+|has been\s+|have been\s+)?left\s+(?:behind\s+)?(?:at|in|on)\s+(?:the\s+|a\s+)?(?:hotel|venue|hostel|pub|caf[eé]|train|bus|coach|tram|station|hall|beach|park|restaurant|room\b)/i;

/** A policy sentence that such paper left behind is a breach: "a medical sheet left behind … is a breach", "Notes left in a room … is a breach". */
const PAPER_LEFT_BREACH_SAID = /\b(?:sheets?|lists?|registers?|forms?|folders?|paperwork|papers|notes|files)\s+left\s+(?:behind|in\s+(?:a|the)\s+room|on\s+(?:a|the)\s+(?:desk|train|bus))\b[^.]*\bbreach\b/i;

/** Paper left behind ({@link PAPER_LEFT_BEHIND}): the firm's one sentence that it is a breach. */
export function paperLeftBehindAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return PAPER_LEFT_BEHIND.test(question) ? theOnly(policiesSaying(ctx, PAPER_LEFT_BREACH_SAID)) : undefined;
}

/**
 * One of the breach policy's own examples told, whatever supplier its words name: "left my fpn book on a wall in skegness" where the
 * policy lists "an FPN book left on a wall", "posted screenshot of run list in wrong whatsapp grp" where it lists that very slip (read in
 * the eighty-ninth round's review). An example is a clause of the policy's text; told where most of its words, four at least, are the
 * story's, and no leave is asked.
 */
export function breachExampleToldAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (LEAVE_ASKED.test(question)) return undefined;
  const breach = theBreachPolicy(ctx);
  if (!breach) return undefined;
  const told = new Set(contentStems(question));
  const isTold = (example: readonly string[]) => example.filter((w) => told.has(w)).length >= Math.max(4, Math.ceil(example.length * 0.75));
  return examplesOf(breach).some(isTold) ? quoted([breach]) : undefined;
}

/** A breach policy's examples of four words or more, each as its content words' stems: read once per policy, not per question asked. */
const EXAMPLES = new WeakMap<Policy, readonly string[][]>();
function examplesOf(breach: Policy): readonly string[][] {
  let examples = EXAMPLES.get(breach);
  if (!examples) EXAMPLES.set(breach, (examples = breach.text.split(EXAMPLE_PARTS).map(contentStems).filter((example) => example.length >= 4)));
  return examples;
}

/** Leave asked to do something, not a slip told: "can I post the run list in the group?", "on my keyring, thats fine right". */
const LEAVE_ASKED = /\b(?:can|could|may|shall|should)\s+(?:i|we)\b|\b(?:ok(?:ay)?|alright|allowed|fine)\s+to\b|\b(?:that['’]?s|thats|is that|is it)\s+(?:ok(?:ay)?|fine|alright|allowed)\b/i;

/** Where a breach policy's text parts into its examples: "a delivery link sent to the wrong client, an SD card lost on site, …". */
const EXAMPLE_PARTS = /[,;:.()]|\s(?:or|and)\s/i;

/** A text's words that say what it is about, stemmed, each once. */
function contentStems(text: string): string[] {
  return [...new Set(words(text).filter((w) => w.length > 1 && !STOPWORDS.has(w)).map(stemWord))];
}

/**
 * Someone's details given to a caller or visitor who lied about who they were, told: "gave a berth holder's number to a bloke who said he was
 * his brother, turns out he wasn't", "someone rang pretending to be a boat owner's wife and I gave her his phone number", "caller said she was a
 * client's sister and I gave out the appointment time, turns out she wasn't" (read in the ninetieth round and its review). A disclosure to the wrong person, so the breach policy, whatever is asked
 * after it (deleting the note of the call is what the breach policy forbids).
 */
const GIVEN_TO_IMPOSTOR =
  /\b(?:gave|given|told|sent|passed|read out)\b[^.?!]{0,60}?\b(?:numbers?|address(?:es)?|details|e-?mails?|phone|mobile|whereabouts)\b[^.?!]{0,60}?\b(?:said|says|claimed|claiming|pretending|made out)\s+(?:(?:he|she|they)\s+(?:was|were|is|are|['’]s)|to be)\b[^.?!]*?\b(?:turns out|turned out|found out|wasn['’]?t|isn['’]?t|weren['’]?t|not (?:really|actually)|lying|lied)\b|\b(?:pretending|claiming|claimed|purporting)\s+to\s+be\b[^.?!]{0,60}?\b(?:i|we)\s+(?:just\s+)?(?:gave|told|sent|read out|passed)\b|^(?=.*\b(?:turns out|turned out|found out|(?:he|she|they)\s+(?:wasn['’]?t|weren['’]?t)|has no (?:son|daughter|sister|brother|wife|husband)|lied|lying)\b).*\b(?:said|says|saying)\s+(?:he|she|they)\s+(?:was|were|is|are)\b[^.?!]{0,60}?\b(?:i|we)\s+(?:just\s+)?(?:gave|told|sent|read out|passed)\b/i;

export function givenToImpostorAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!GIVEN_TO_IMPOSTOR.test(question)) return undefined;
  const breach = theBreachPolicy(ctx);
  return breach ? quoted([breach]) : undefined;
}
