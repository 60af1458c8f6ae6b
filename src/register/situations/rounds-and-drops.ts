// Stories from the rounds, the drops and the helpline, told in a staff member's words: names put into an app's notes, a load gone from
// the vehicle, paper left at the wrong place and asked to be fetched back, a job's where and when put in the team's group, a safeguard
// of an app asked off, copies of work records kept at home, a relative asking after a sample, a card holder who has died (and, read in
// the seventy-fifth round, a death told by the family), a report scanned whole into someone's record, one asking to refer themselves, a
// family's post shared from our page, something gone from a system as its time ran out. The one policy sentence that rules on it
// answers, found by what it says, never by a firm's policy id. Read in the seventy-fourth round.
import type { Policy } from '../../config/schema.ts';
import { sentencesOf, wholeSentencesOf } from '../policy-passages.ts';
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { LOSS_TITLE, askedWords, lossPolicyNaming, namesAsked, policiesByTitle, policiesSaying, storyWords, theOnly, theOnlyPreferring, toldThenSaid } from '../quoted-policies.ts';
import { escapeRegExp, stem, words } from '../text.ts';
import { WHAT_TO_DO_ASKED } from './old-records.ts';

/** What to do asked, or whether it is all right: "what do i need to do my end?", "thats fine yeah?", "no harm?". */
const WHAT_TO_DO_OR_OK = new RegExp(
  String.raw`${WHAT_TO_DO_ASKED.source}|\bwhat\s+(?:do\s+)?(?:i|we)\s+(?:need|have)\s+to\s+do\b|\b(?:ok|okay|fine|alright|all right|allowed)\b[^.!]{0,15}\?|\bno harm\b|\bis that (?:ok|okay|fine|alright|allowed)\b|\b(?:can|could|should|shall)\s+i\b`,
  'i',
);

/**
 * People's names put in an app's notes: "at each drop i add a little note in the app with the patients ward and name", "i type the
 * client's surname into the job notes". Whether to is the sentence that names never go into those notes.
 */
const NAMES_NOTED_TOLD =
  /\b(?:add|adding|put|putting|type|typing|write|writing|pop|popping|jot|jotting|stick|sticking|leave|leaving|log|logging)\b[^.?!]{0,40}?\bnotes?\b[^.?!]{0,40}?\b(?:names?|surnames?|wards?|address(?:es)?|hospital numbers?|nhs numbers?|dates? of birth|dob)\b|\b(?:add|adding|put|putting|type|typing|write|writing|pop|popping|jot|jotting|stick|sticking)\s+(?:(?:the|their|his|her|a|each)\s+)?(?:[\w'’-]+\s+)?(?:names?|surnames?|wards?|address(?:es)?)\b[^.?!]{0,30}?\b(?:in|into|on)\s+(?:the\s+)?(?:[\w-]+\s+)?notes\b/i;

/**
 * A policy sentence that names never go into a system's notes: "Patient names, hospital numbers and ward names never go into RelayDesk
 * notes". Not one on pasting names into an AI tool, nor on one's own notebook.
 */
const NAMES_NEVER_IN_NOTES_SAID = /\bnames?\b[^.;]*\bnever\s+(?:go|goes|gets?|put|written|typed|entered)\s+(?:in|into|on)\s+(?:the\s+)?(?:[\w'’-]+\s+)?notes\b|\bnever\s+(?:type|put|write|enter)\b[^.;]*\bnames?\b[^.;]*\b(?:in|into)\s+(?:the\s+)?[\w'’-]+\s+notes\b/i;

export function namesNotedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return NAMES_NOTED_TOLD.test(question) && WHAT_TO_DO_OR_OK.test(question) ? theOnly(policiesSaying(ctx, NAMES_NEVER_IN_NOTES_SAID)) : undefined;
}

/** Where we carry things: a vehicle or the box on it. */
const VEHICLE = String.raw`(?:top\s?box|pannier|van|car|bike|motorbike|boot|vehicle|cab|trailer|lorry|truck)`;

/**
 * Something we carry gone from the vehicle: "top box was open when he got back to the bike and one of the bags has gone", "the van was
 * broken into and two of the parcels have been taken". What to do is the policy on losses that names the thing, else the one on losses.
 */
const LOAD_GONE_TOLD = new RegExp(
  String.raw`^(?=.*\b${VEHICLE}s?\b)(?=.*\b(?:one|two|three|some|all|a|the)\s+(?:of\s+(?:the|our|his|her)\s+)?(?:[\w-]+\s+)?(bags?|box(?:es)?|parcels?|packages?|samples?|consignments?|cases?|envelopes?|deliveries|delivery)\s+(?:has|have|had|is|are|was|were)\s+(?:gone|vanished|disappeared|missing|been\s+(?:taken|nicked|stolen|pinched)|(?:just\s+)?not there)\b)`,
  'i',
);

export function loadGoneAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const thing = LOAD_GONE_TOLD.exec(question)?.[1];
  if (!thing || !WHAT_TO_DO_OR_OK.test(question)) return undefined;
  return lossPolicyNaming(ctx, thing.replace(/es$/, '')) ?? theOnly(policiesByTitle(ctx, LOSS_TITLE).filter((p) => CARRIED_TITLE.test(p.title)));
}

/** A loss policy's title on what we carry, not on data alone: "Lost, stolen or damaged consignments" (a removal box or a case of wine is no breach). */
const CARRIED_TITLE = /\b(?:consignments?|parcels?|deliveries|samples?|specimens?|loads?|bundles?|prescriptions?)\b/i;

/**
 * Paper left at the wrong place, asked to be fetched back: "the envelope i dropped at maidstone was meant for pembury, shall i pop back
 * and grab it", "left the parcel at no. 12, should have gone to no. 21, can i go and get it back?".
 */
const WRONG_PLACE_TOLD = /\b(?:was|were|is|are)\s+(?:meant|supposed)\s+(?:for|to go to)\b|\bshould\s+have\s+(?:gone|been)\s+(?:to|for)\b|\b(?:at|to|through)\s+the\s+(?:wrong|other)\s+[\w-]+/i;
const FETCH_BACK_ASKED = /\b(?:pop|go|nip|head|run|drive|ride|whizz|shoot)\s+(?:back|over|round)\b[^.?!]{0,30}?\b(?:grab|get|fetch|collect|retrieve|pick)\b|\b(?:grab|get|fetch|collect|retrieve|pick)\s+(?:it|them)\s+(?:back|up)\b|\b(?:retrieve|swap)\s+(?:it|them)\b|\bcan\s+i\s+retrieve\b/i;
const NO_FETCHING_BACK_SAID = /\b(?:do not|don['’]t|never)\s+(?:try\s+to\s+)?(?:retrieve|recall)\b/i;
/** A sentence on recalling emails answers only an email sent astray, not paper or luggage. */
const ON_EMAILS = /\be-?mails?\b/i;

/** What we carry to others: paper, samples, parcels; not one's own gloves or keys. */
const WHAT_WE_CARRY = /\b(?:envelopes?|notes|samples?|box(?:es)?|parcels?|packages?|bundles?|letters?|post|paperwork|papers?|forms?|deliver(?:y|ies)|consignments?|files?|prescriptions?|bloods?|specimens?|results|statements?|invoices?|documents?|translations?|reports?|e-?mails?)\b/i;

export function fetchBackAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!WRONG_PLACE_TOLD.test(question) || !FETCH_BACK_ASKED.test(question) || !WHAT_WE_CARRY.test(question)) return undefined;
  const emailed = ON_EMAILS.test(question);
  return theOnly(ctx.config.policies.filter((p) => sentencesOf(p.text).some((s) => NO_FETCHING_BACK_SAID.test(s) && (emailed || !ON_EMAILS.test(s)))));
}

/**
 * A job's where and when to be put in the team's group: "was going to put in the riders group im heading to the william harvey with the
 * urgent bloods, eta 20 mins". The sentence on what never goes in the groups answers.
 */
const JOB_IN_GROUP_TOLD =
  /^(?=.*\b(?:put|post|pop|stick|share|send|drop|message|say)\w*\b[^.?!]{0,20}?\b(?:in|on|to|into)\s+(?:the|our)\s+(?:[\w'’-]+\s+){0,2}?(?:group|group chat|chat|whatsapp)\b)(?=.*\b(?:heading|on my way|going|off)\s+to\b|.*\beta\b|.*\b(?:pick(?:ing)? up|drop(?:ping)? off)\s+(?:at|from)\b)/i;
const NEVER_POSTED_SAID = /\bnever\s+post\b[^.]*\b(?:job|jobs|hospital|address\w*|locations?|times?)\b/i;

/** A policy on the team's groups or chats by its title: "WhatsApp and group messages" (not one on public posts or letters). */
const GROUPS_TITLE = /\b(?:whatsapp|groups?|group chats?|chats?|messag\w*)\b/i;

export function jobInGroupAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return JOB_IN_GROUP_TOLD.test(question) ? theOnly(policiesSaying(ctx, NEVER_POSTED_SAID).filter((p) => GROUPS_TITLE.test(p.title))) : undefined;
}

/** A setting asked off: "the disappearing msgs thing … can i just switch it off", "can we turn off the screen lock". */
const TURNED_OFF_ASKED = /\b(?:switch|turn)\w*\s+(?:(?:it|that|this|them|those)\s+|(?:the|my|our)\s+(?:[\w-]+\s+){1,2}?)?off\b|\b(?:disable|deactivate)\s+(?:it|that|this|them)\b/i;
const NOT_TURNED_OFF_SAID = /\b(?:do not|don['’]t|never|must not)\s+(?:turn|switch)\s+(?:\w+\s+){0,2}?off\b|\b(?:do not|don['’]t|never|must not)\s+(?:turn|switch)\s+off\b/i;
/** Words of such a story that say nothing of the setting: the asking and the switching. */
const SETTING_STORY_WORD = storyWords('switch', 'turn', 'keep', 'losing', 'doing', 'head', 'thing', 'just', 'agreed', 'phones?', 'apps?', 'systems?', 'devices?', 'tablets?', 'ipads?', 'laptops?', 'computers?', 'work', 'codes?', 'alarms?');

/**
 * A setting asked off: the one policy whose whole sentence says it is not turned off and names, just before, the setting asked ("The
 * groups use disappearing messages (7 days); do not turn them off"). A word of the device it is on ("phone", "system") is no setting.
 */
export function turnedOffAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!TURNED_OFF_ASKED.test(question)) return undefined;
  const asked = askedWords(question, SETTING_STORY_WORD);
  const naming = (p: Policy) =>
    wholeSentencesOf(p.text).some((s) => {
      const off = NOT_TURNED_OFF_SAID.exec(s);
      return off !== null && namesAsked(s.slice(Math.max(0, off.index - 60), off.index + off[0].length), asked);
    });
  return theOnly(ctx.config.policies.filter(naming));
}

/** Copies of work records kept at home: "i keep my own spreadsheet at home of every run ive done", "i've got a copy of the rota at home". */
const KEPT_AT_HOME_TOLD =
  /\b(?:keep|keeping|kept|have|got|store|storing)\b[^.?!]{0,20}?\b(?:(?:my own|a|an|the|my|copies of|a copy of)\s+)?(?:[\w-]+\s+){0,2}?(?:spreadsheets?|lists?|logs?|logbooks?|records?|cop(?:y|ies)|notebooks?|diar(?:y|ies)|files?|printouts?|reports?|notes)\b[^.?!]{0,40}?\bat home\b/i;
const NEVER_AT_HOME_SAID = /\bnever\s+keep\b[^.]*\bat home\b|\bnever\b[^.]*\bkept\s+at home\b/i;
const AT_HOME_STORY_WORD = storyWords('keep', 'home', 'copy', 'copies', 'own', 'spreadsheet');

/**
 * Copies kept at home: the one policy whose whole sentence says they never are ("Handwritten notes from a shift go in the locked shredding
 * bag …; never in a household bin, and never kept at home"); of several, the one naming a thing of the story.
 */
export const keptAtHomeAnswer = toldThenSaid(KEPT_AT_HOME_TOLD, NEVER_AT_HOME_SAID, { storyWord: AT_HOME_STORY_WORD, whole: true });

/**
 * A relative asking after a sample or notes of their kin: "lady rang saying her husband's biopsy went missing and wants to know what
 * happened to it". The sentence on what to say when a patient or relative asks about one answers.
 */
const RELATIVE_ASKS_AFTER_TOLD =
  /^(?=.*\b(?:rang|called|phoned|messaged|emailed|came in|asking|asked)\b)(?=.*\b(?:her|his|their|my)\s+(?:husband|wife|partner|mum|mom|mother|dad|father|son|daughter|brother|sister|nan|gran|grandad|grandma)['’]s\s+(?:[\w-]+\s+)?(?:biopsy|biopsies|samples?|bloods?|blood tests?|tests?|results?|notes|scans?|specimens?|swabs?|x-?rays?)\b)(?=.*\b(?:wants?\s+to\s+know|wanted\s+to\s+know|asking|asked|asks)\b)/i;
const RELATIVE_ASKS_SAID = /\b(?:patient|relative|family member|next of kin)\s+asks?\s+about\b/i;

export const relativeAsksAfterAnswer = toldThenSaid(RELATIVE_ASKS_AFTER_TOLD, RELATIVE_ASKS_SAID);

/** A death told, with what to do asked: "mrs patel passed away last week. she had one of the cards … anything i need to do?". */
const DEATH_TOLD = /^(?!.*\b(?:phone|mobile|battery|laptop|pc|computer|tablet|ipad|printer|car|van|engine|screen|device|till|charger)\s+(?:has\s+|had\s+|just\s+)?died\b).*\b(?:passed away|has died|had died|died|passed on|sadly passed)\b/i;
const WHEN_DIES_SAID = /^(?!.*\b(?:phone|battery|pc|computer|laptop|tablet|ipad|device|printer)\b[^.]{0,25}\b(?:dies|died)\b).*\b(?:when|if)\b[^.]*\b(?:dies|died|passes away)\b/i;
/** Words of a death story that say nothing of the thing the rule is about. */
const DEATH_STORY_WORD = storyWords('passed', 'away', 'died', 'week', 'news', 'anything', 'need', 'looking', 'after', 'last', 'sadly');

const deathTold = toldThenSaid(DEATH_TOLD, WHEN_DIES_SAID, { storyWord: DEATH_STORY_WORD, only: true, whole: true });

/** A death told with what to do asked: the one policy sentence on what is done when someone dies that names a thing of the story (the card). */
export function deathToDoAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return WHAT_TO_DO_OR_OK.test(question) ? deathTold(ctx, question) : undefined;
}

/**
 * A death told by the family, of the one we serve, with nothing asked: "doris's son rang this morning to say she passed away on sunday".
 * The sentence on what is done when a family tells us answers (read in the seventy-fifth round).
 */
const DEATH_TOLD_BY_FAMILY =
  /\b(?:son|daughter|wife|husband|partner|family|sister|brother|niece|nephew|carer|grandson|granddaughter)\b[^.?!]{0,40}?\b(?:rang|called|phoned|emailed|messaged|texted|came\s+in|told\s+(?:me|us))\b[^.?!]{0,30}?\b(?:to\s+say|to\s+tell\s+(?:me|us)|saying|that)\s+(?:sadly\s+)?(?:she|he|they|(?:his|her|their)\s+(?:mum|mother|dad|father|nan|gran|grandma|grandad|grandfather|grandmother))\s+(?:has\s+|had\s+|sadly\s+|just\s+)?(?:passed\s+away|died|passed\s+on)\b/i;
const WHEN_FAMILY_TELLS_SAID = /\b(?:when|if)\s+(?:a|the)?\s*(?:family|relative|carer|next\s+of\s+kin)\s+(?:tells?|lets?|informs?|rings?)\s+us\b[^.]*\b(?:died|dies|passed\s+away|death)\b/i;

export const deathToldByFamilyAnswer = toldThenSaid(DEATH_TOLD_BY_FAMILY, WHEN_FAMILY_TELLS_SAID);

/** A report or history to be scanned or copied whole into someone's record: "social worker sent a 12 page report … scan the lot into their record?". */
const REPORT_INTO_RECORD_TOLD =
  /^(?=.*\b(?:reports?|case histor(?:y|ies)|assessments?|letters?)\b)(?=.*\b(?:scan|scanning|copy|copying|upload|uploading|put|putting|add|adding|attach|attaching|pop|popping)\b[^.?!]{0,30}?\b(?:into|onto|on to|to|in|on)\s+(?:their|the|his|her)\s+(?:[\w-]+\s+)?(?:record|file|notes|case)\b)/i;
const NEVER_COPIED_IN_SAID = /\bnever\b[^.]*\b(?:copy|scan|upload|put|attach)\b[^.]*\b(?:reports?|case histor(?:y|ies))\b[^.;,]{0,30}?\binto\s+(?!it\b|an?\b|any\b)/i;

export const reportIntoRecordAnswer = toldThenSaid(REPORT_INTO_RECORD_TOLD, NEVER_COPIED_IN_SAID);

/** One asking to refer themselves: "a mum messaged asking if she can refer herself", "can people self-refer?". */
const SELF_REFERRAL_TOLD = /\brefer\s+(?:herself|himself|themselves|themself)\b|\bself[- ]?refer\w*/i;
const REFERRALS_ONLY_FROM_SAID = /\breferrals?\s+only\s+from\b|\bonly\s+(?:accept|take)\s+referrals\s+from\b|\bself[- ]referrals?\b/i;

export const selfReferralAnswer = toldThenSaid(SELF_REFERRAL_TOLD, REFERRALS_ONLY_FROM_SAID);

/** A family's or client's post about us asked to be shared from our page: "mum posted a lovely thank you on insta tagging us … can i share it on our page?". */
const THEIR_POST_SHARED_TOLD =
  /\b(?:mum|mam|mom|dad|parents?|famil(?:y|ies)|clients?|customers?|patients?|members?|residents?|service users?|carers?|guests?|pupils?|students?|learners?)\b[^.?!]{0,20}?\b(?:posted|post|shared|tagged|tagging|put up)\b[^?!]{0,100}?\b(?:can|could|should|shall|ok to|okay to)\s+(?:i|we)?\s*(?:just\s+)?(?:share|repost|retweet|reshare|like)\s+(?:it|that|this|her|his|their)\b/i;
const NEVER_SHARED_SAID = /\bnever\s+(?:share|repost|reshare|like)\b[^.]*\bposts?\b/i;

export const theirPostSharedAnswer = toldThenSaid(THEIR_POST_SHARED_TOLD, NEVER_SHARED_SAID);

/**
 * Something gone from a system by its name: "my old routes have vanished off circuit?". The policy sentence that such things are deleted
 * from that system after a time answers, not the system's entry.
 */
const GONE_FROM_SYSTEM_TOLD = /\b(?:vanished|disappeared|gone|missing|been deleted|been wiped|been removed)\s+(?:off|from)\s+(?:of\s+)?([a-z][\w.-]+)/i;

/** Words of such a story that say nothing of what is gone. */
const GONE_STORY_WORD = storyWords('vanished', 'disappeared', 'gone', 'missing', 'deleted', 'wiped', 'removed', 'seem', 'seems', 'where', 'have', 'been', 'last', 'month', 'week', 'wanted', 'look', 'back', 'old');

/**
 * Something gone from a system by its name: the one policy sentence that says such things are deleted from that system after a time and
 * names what is gone ("Delivery routes are deleted from Circuit after 7 days" for routes gone; not "Unsigned scouting targets" for a
 * contract); of several, the one naming most of it ("Medical and mobility notes", of two on notes).
 */
export function goneFromSystemAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const name = GONE_FROM_SYSTEM_TOLD.exec(question)?.[1];
  if (!name || /^(?:the|my|our|his|her|their|it|there|here|view|sight)$/i.test(name)) return undefined;
  const deleted = new RegExp(String.raw`\b(?:deleted|removed|wiped|cleared)\s+(?:from|off)\s+${escapeRegExp(name)}(?:\s+[\w.-]+){0,2}?\s+after\b`, 'i');
  const asked = askedWords(question.replace(new RegExp(escapeRegExp(name), 'gi'), ' '), GONE_STORY_WORD);
  const met = (p: Policy) => Math.max(0, ...sentencesOf(p.text).filter((s) => deleted.test(s)).map((s) => new Set(words(s).map(stem).filter((w) => asked.has(w))).size));
  const best = Math.max(0, ...ctx.config.policies.map(met));
  return best > 0 ? theOnly(ctx.config.policies.filter((p) => met(p) === best)) : undefined;
}

/**
 * A family's or client's name or address to be written on what we pack: "be so much easier if i sharpie the mum's surname and street on
 * each one". The sentence that names are never written on those things answers, of several the one naming a thing of the story (the bags).
 */
const NAME_ON_THING_TOLD =
  /\b(?:write|writing|wrote|put|putting|pen|sharpie|mark|marking|label|labelling|scribble)\b[^.?!]{0,30}?\b(?:names?|surnames?|address(?:es)?|street|postcodes?)\b[^.?!]{0,30}?\bon\s+(?:the|each|every|their|all the|all of the|a)\b/i;
const NAME_NEVER_ON_SAID = /\bnever\s+(?:write|put|print|mark)\b[^.]*\b(?:names?|surnames?|address(?:es)?)\b[^.]*\bon\s+(?:a|the|any)\s+(?!(?:register|system|website|web|internet|phone|app|list|rota)\b)|\b(?:tags?|labels?|tickets?|stickers?)\b[^.]*\b(?:numbers?|initials?|codes?)\b,?\s+not\s+(?:their|his|her|the)\s+(?:full\s+)?names?\b/i;

const NAME_STORY_WORD = storyWords('write', 'sharpie', 'names?', 'surnames?', 'address', 'street', 'easier', 'much', 'each', 'one', 'customers?', 'clients?', 'famil(?:y|ies)', 'parents?', 'mum', 'dad', 'kids?', 'children', 'site', 'full', 'can', 'put');

/**
 * Only the sentence naming a thing of the story (the bags, the box: words of three letters count), never one on another thing (a key
 * tag for a repair ticket, a count sheet for a noticeboard).
 */
export const nameOnThingAnswer = toldThenSaid(NAME_ON_THING_TOLD, NAME_NEVER_ON_SAID, { storyWord: NAME_STORY_WORD, only: true, shortWords: true });

/**
 * One we serve to be rung from one's own phone, the work app down or not: "circuit keeps freezing so i cant call from it, gonna ring the
 * mum from my own mobile", "can i text the customer from my personal phone?".
 */
const RUNG_FROM_OWN_PHONE_TOLD =
  /\b(?:ring|ringing|call|calling|text|texting|phone|phoning|message|messaging|whatsapp)\s+(?:the\s+|a\s+|this\s+|that\s+)?(?:mum|mam|dad|parents?|famil(?:y|ies)|clients?|customers?|patients?|hospital|ward|residents?|members?|carers?|callers?|tenants?|guests?|pupils?|students?|owners?|service users?|young person)\b[^.?!]{0,30}?\b(?:from|on|off)\s+my\s+(?:own|personal|private)\s+(?:phone|mobile|number|cell)\b/i;
/** A policy sentence that those we serve are rung only from work's phone: "Ring the family from the Circuit app, never from your personal number" (not a photo's "never on a personal phone"). */
const NEVER_OWN_NUMBER_SAID = /^(?!.*\b(?:photos?|pictures?|videos?|images?)\b).*\b(?:ring|call|calls|text|contact|messag\w*)\b[^.;]*\b(?:never|not)\s+(?:from|on)\s+(?:your|a)\s+(?:own|personal|private)\s+(?:number|phone|mobile)\b/i;

export const rungFromOwnPhoneAnswer = toldThenSaid(RUNG_FROM_OWN_PHONE_TOLD, NEVER_OWN_NUMBER_SAID);

/** Something heard at a door that may be harm: "heard shouting and something smash as i got to the door, woman screaming inside … what do i do". */
const HEARD_AT_DOOR_TOLD =
  /^(?=.*\b(?:heard|hear|hearing)\b[^.?!]{0,40}?\b(?:shouting|screaming|screams?|smash\w*|yelling|fighting|crying for help)\b)(?=.*\b(?:(?:at|to|through|behind)\s+the\s+(?:front\s+)?door|inside|in there)\b)/i;
const IMMEDIATE_DANGER_SAID = /\bimmediate\s+danger\b[^.]*\b(?:999|police)\b|\b(?:999|police)\b[^.]*\bimmediate\s+danger\b/i;

/** Of several with the sentence, the policy on worries about someone's safety. */
const WORRY_TITLE = /\b(?:safeguard\w*|worr(?:y|ies)|welfare|safety|concerns?)\b/i;

export function heardAtDoorAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!HEARD_AT_DOOR_TOLD.test(question) || !WHAT_TO_DO_OR_OK.test(question)) return undefined;
  return theOnlyPreferring(policiesSaying(ctx, IMMEDIATE_DANGER_SAID), (p) => WORRY_TITLE.test(p.title));
}

/** A neighbour offering to take in what we bring: "nobody in at the flat, lady next door says she's the mum's mate and will take the cot in for her". */
const THING_TAKEN_IN_TOLD =
  /\b(?:neighbou?rs?|next door)\b[^.?!]{0,60}?\b(?:will|can|could|would|offered to|offering to|happy to|(?:says?|said)\s+(?:she|he|they)(?:['’]?ll|\s+will|\s+can|\s+could))\s+(?:take|have|keep|hold on to)\s+(?:it|them|the\s+[\w-]+)\s+(?:in|for (?:her|him|them))\b/i;
/** A policy sentence that what we bring is never left with a neighbour: "Never leave a bundle with a neighbour" (not a child's). */
const THING_NOT_WITH_NEIGHBOUR_SAID = /^(?!.*\b(?:child|children|pupils?|kids?|young (?:person|people)|passengers?|him|her)\b).*\b(?:never|not|don['’]t|do not)\b[^.;]*\b(?:leave|leaves|left)\b[^.;]*\bwith a neighbou?r\b/i;

/** A policy titled on neighbours: "Nobody in, neighbours and safe places". */
const NEIGHBOURS_TITLE = /\bneighbou?rs?\b/i;

/** A neighbour offering to take in what we bring: the firm's one policy titled on neighbours, else the one sentence that it is never left with one. */
export function thingTakenInAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!THING_TAKEN_IN_TOLD.test(question)) return undefined;
  return theOnly(policiesByTitle(ctx, NEIGHBOURS_TITLE)) ?? theOnly(policiesSaying(ctx, THING_NOT_WITH_NEIGHBOUR_SAID));
}

/**
 * Someone's story written up for a funder's report: "writing a story for the lottery report about a family in acocks green", "writing up
 * jack's story for the lottery report". The sentence on stories or case studies and the consent they need answers, not a rule on photos.
 */
const STORY_FOR_REPORT_TOLD =
  /\b(?:writ(?:e|ing)|wrote|use|using|put|putting|include|including)\s+(?:up\s+)?(?:a|an|the|[a-z]+['’]s)\s+(?:[\w'’-]+\s+)?(?:story|stories|case study)\b[^.?!]{0,60}?\b(?:for|in|into)\s+(?:the|our|a|this|next)\s+(?:[\w'’-]+\s+)?(?:lottery|funders?['’]?|grant|impact|trustees['’]?|annual)\s+reports?\b(?![^.?!]*\b(?:fund|appeal|building|roof|organ|event)\s+story\b)/i;
const STORY_CONSENT_SAID = /\b(?:case stud\w*|stor(?:y|ies))\b[^.]*\b(?:consent|permission|agree\w*)\b|\b(?:consent|permission)\b[^.]*\b(?:case stud\w*|stor(?:y|ies))\b/i;

export const storyForReportAnswer = toldThenSaid(STORY_FOR_REPORT_TOLD, STORY_CONSENT_SAID);
