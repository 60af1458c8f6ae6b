// Photos, children and families, and the police at the door: photos of our work in a chat, a home's things or house number in shot, one
// under 18 photographed, a child giving their own details, a birth relative asking or knowing where a child is, another asking after a
// customer's health, one of our staff too close to a child, a parent kept from knowing, a relative's address asked, the police in an
// emergency. The one policy sentence that rules on it answers, found by what it says. Read in the seventieth round.
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { policiesSaying, theOnly, theOnlyPreferring, toldThenSaid } from '../quoted-policies.ts';
import { POLICE_SAID } from './requests.ts';
import { YOUNG_ONE } from './children.ts';

/**
 * Where a child or family lives, or their school, come to someone it is kept from: "Birth mum rang just now and mentioned the name of the
 * primary school the children go to. I think it came from something in the last exchange".
 */
const WHEREABOUTS_REACHED_TOLD =
  /\b(?:birth (?:mum|mam|mother|dad|father|parents?|relatives?|family|grandparents?|siblings?)|(?:her|his|their) ex(?:-partner|-husband|-wife)?|the ex|abuser|perpetrator)\b[^.?!]{0,80}?\b(?:mentioned|mentions|(?<!\b(?:will|would|could|might|may)\s)knows|knew|named|found out|posted|turned up at)\b[^.?!]{0,30}?\b(?:(?:the name of\s+)?(?:the|their|the children['’]s|the kids['’]|the child['’]s|the family['’]s|the adopters['’])\s+(?:new\s+|primary\s+|secondary\s+)?(?:school|address|street|town|village)|where (?:they|the (?:children|kids|family|adopters)) (?:live|lives|are|is))\b/i;

/** A policy sentence on such a detail that may have reached the one it is kept from. */
const WHEREABOUTS_REACHED_SAID = /\b(?:school|address|town|where (?:a|the) (?:child|family) lives?)\b[^.;]*\bmay have (?:reached|got to|been seen by|gone to)\b/i;

export const whereaboutsReachedAnswer = toldThenSaid(WHEREABOUTS_REACHED_TOLD, WHEREABOUTS_REACHED_SAID);

/**
 * A child's birth family asking whether the child is with us or where they live: "woman on the phone says she's a birth mother and wants
 * to know if her son is with us and where he lives now".
 */
const BIRTH_FAMILY_ASKS_TOLD =
  /\bbirth (?:mum|mam|mother|dad|father|parents?|relatives?|family|grandparents?|siblings?|brother|sister|gran|nan)\b[^.?!]{0,80}?\b(?:wants? to know|wanting to know|asking|asked|asks)\b[^.?!]{0,30}?\b(?:(?:if|whether)\s+(?:her|his|their|the)\s+(?:son|daughter|child|children|kids?|baby|boy|girl|grandson|granddaughter|grandchild(?:ren)?|brother|sister)\b[^.?!]{0,30}?\b(?:is|are|was|were)\s+(?:with us|here|placed|adopted|known)|where\s+(?:he|she|they|the (?:child|children|kids|boy|girl)|(?:her|his|their) (?:son|daughter|child|children|kids))\s+(?:lives?|are|is|went|has gone))\b/i;

/** A policy sentence on birth relatives asking such a thing. */
const BIRTH_FAMILY_ASKING_SAID = /\bbirth (?:relatives|parents|family|families|mothers|fathers)\b[^.;]*\b(?:asking|ask|asks|who ask)\b/i;

export const birthFamilyAsksAnswer = toldThenSaid(BIRTH_FAMILY_ASKS_TOLD, BIRTH_FAMILY_ASKING_SAID);

/**
 * Photos of our work shared in a group chat, and whether that is all right: "lads keep putting install photos in the group chat so we can
 * see how the pipework was done on other jobs, is that alright?".
 */
const PHOTOS_IN_CHAT_TOLD =
  /^(?=.*\b(?:photos?|pics?|pictures?|snaps?|images?|videos?)\b[^.?!]{0,60}?\b(?:in|on|into|onto|to|over)\s+(?:the|our|a|their)\s+(?:[\w'’-]+\s+){0,2}?(?:group chat|group|whatsapp(?: group)?|chat)\b)(?=.*\b(?:alright|all right|ok|okay|allowed|fine|can (?:we|they|i)|should (?:we|they|i)|is that|are we|are they)\b)/i;

/** A policy sentence never to send photos in WhatsApp or a group chat. */
const NOT_IN_CHAT_SAID = /\bnever\b[^.;]*\b(?:send|share|post|put)\b[^.;]*\b(?:in|on|to|via|into)\s+(?:whatsapp|(?:the |a )?group chats?|(?:the |a )?whatsapp groups?)\b/i;

export function photosInChatAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!PHOTOS_IN_CHAT_TOLD.test(question)) return undefined;
  return theOnly(policiesSaying(ctx, NOT_IN_CHAT_SAID).filter((p) => /\b(?:photos?|pictures?|images?)\b/i.test(`${p.title} ${p.keywords.join(' ')}`)));
}

/**
 * Someone in our care taken ill, and another asking after their health: "Mr Reeve's daughter rang, he's been taken into hospital … Then a
 * woman from his church called asking how he's doing and whether it's serious", "a member asked how edna is doing after her operation".
 */
const HEALTH_ASKED_AFTER_TOLD =
  /^(?!.*\b(?:nurse|doctor|gp|paramedics?|social\s+worker|consultant|physio|hospital)\s+(?:rang|called|phoned|asked|asking|texted|emailed|messaged|wants?|wanted)\b)(?!.*\b(?:is|['’]s)\s+(?:our|the)\s+(?:cook|manager|chef|lead|leader|driver|cleaner|receptionist|coordinator|volunteer|nurse|carer)\b)(?!.*\b(?:runs|manages)\s+the\b)(?!.*(?<!\b(?:another|other|different)\s(?:[\w-]+['’]s\s)?)\b(?:mum|mam|mom|dad|mother|father|parents?|guardian)\s+(?:rang|called|phoned|asked|asking|texted|emailed|messaged)\b)(?=.*\b(?:hospital|ill|poorly|unwell|operation|surgery|stroke|heart attack|fall|fell|died|passed away)\b)(?=.*\b(?:asking|asked|asks|wants? to know|wanting to know|wanted to know)\s+(?:me\s+|us\s+)?(?:how\s+(?:he|she|they)['’]?(?:s| is| are|re)\s+(?:doing|getting on|keeping)|how\s+(?:mrs?\s+|miss\s+|ms\s+)?[a-z]+\s+(?:is\s+)?(?:doing|getting\s+on|keeping)\s+(?:now\s+)?(?:since|after)\s+(?:his|her|their|he|she|they|the\s+(?:fall|operation|op|stroke|surgery|accident|hospital\s+stay))\b|how\s+(?:mrs?\s+|miss\s+|ms\s+)?[a-z]+\s+is\s+(?:now\s+)?(?:after|since)\s+(?:his|her|their|he|she|they|the\s+(?:fall|operation|op|stroke|surgery|accident|hospital\s+stay))\b|how\s+(?:he|she|they)\s+(?:is|are)\b|(?:if|whether)\s+(?:it['’]?s|it is|it was)\s+serious|what['’]?s\s+(?:wrong|up)\s+with\s+(?:him|her|them)))/i;

/** A policy sentence never to discuss someone's health with anyone else, or to talk about it only with those it names. */
const HEALTH_NOT_DISCUSSED_SAID = /\bnever\s+(?:discuss|tell|share|mention|talk\s+about)\b[^.;]*\b(?:health|condition|illness)\b[^.;]*\b(?:anyone|anybody|others?)\b|\bonly\s+(?:talk|speak)\s+about\b[^.;]*\b(?:health|condition|illness)\b[^.;]*\bwith\b/i;

export const healthAskedAfterAnswer = toldThenSaid(HEALTH_ASKED_AFTER_TOLD, HEALTH_NOT_DISCUSSED_SAID);

/**
 * Someone's personal things in the shot of a photo for a job: "doing the survey photos for the landing window at the Pattersons' and there's
 * a windowsill full of family photos and a kid's drawings right in shot. just snap away?".
 */
const PERSONAL_IN_SHOT_TOLD =
  /^(?=.*\b(?:family (?:photos?|pictures?|pics)|photos? of (?:the|their) (?:family|kids|children)|kids?['’]?s? drawings?|children['’]?s drawings?|post|letters|paperwork|bills|screens?|valuables|jewell?ery|medication|certificates?)\b[^.?!]{0,40}?\b(?:(?:right\s+)?in (?:the\s+)?(?:shot|frame|background|picture|photo|pic)|in view)\b)(?=.*\b(?:photos?|pics?|pictures?|snap\w*|shoot\w*|photograph\w*)\b)/i;

/** A policy sentence on what a photo at someone's home must leave out ("…never family photos, post, screens or children"). */
const NOT_IN_PHOTOS_SAID = /\bphotograph\w*\b[^.;]*\b(?:family photos|post|paperwork|valuables|documents)\b|\b(?:move|keep)\b[^.;]*\bout of (?:the\s+)?shot\b/i;

export const personalInShotAnswer = toldThenSaid(PERSONAL_IN_SHOT_TOLD, NOT_IN_PHOTOS_SAID);

/**
 * One under 18 to be photographed, with their leave told: "lovely piece from the saturday workshop, the maker is 17 and happy to be in the
 * photo holding it for the newsletter".
 */
const YOUNG_PHOTOGRAPHED_TOLD =
  /^(?=.*(?:\b(?:is|aged|he['’]s|she['’]s|they['’]re|who['’]s)\s+1[0-7]\b(?!\s*(?:feet|foot|ft|inches|in\b|metres|meters|m\b|cm|weeks?|days?|months?|minutes?|mins?|hours?|hrs?|miles?|kg|pounds?|lbs?|quid|%|percent|th\b|st\b|per\s?cent))|\b1[0-7]\s*(?:yo|y\/o|years? old|yr old|-year-old)\b|\bunder[- ]?18s?\b))(?=.*\b(?:in the (?:photo|pic|picture|shot|video)|photograph\w*|(?:take|taking|get|getting) (?:a |his |her |their )?(?:photo|pic|picture)s?)\b)/i;

/** A policy sentence that no one under 18 is photographed. */
const UNDER_18_NOT_PHOTOGRAPHED_SAID = /\bunder[- ]?18\b[^.;]*\b(?:is|are)\s+(?:never\s+)?photographed\b|\b(?:never|do not|don['’]t)\s+photograph\b[^.;]*\bunder[- ]?18\b/i;

export const youngPhotographedAnswer = toldThenSaid(YOUNG_PHOTOGRAPHED_TOLD, UNDER_18_NOT_PHOTOGRAPHED_SAID);

/**
 * A child giving us their own details for a form, an adult with them: "two kids (maybe 10 and 12?) just walked in with a hog in a shoebox,
 * their mum is waiting in the car. the older one is giving me their address and his mobile number for the form".
 */
const CHILD_GIVES_DETAILS_TOLD =
  /^(?=.*\b(?:kids?|child(?:ren)?|little (?:boy|girl|lad)|(?:[5-9]|1[0-5])\s*(?:yo|y\/o|years? old|yr old|-year-old)|(?:maybe|about|around)\s+(?:[5-9]|1[0-5])\b)\b)(?=.*\b(?:the\s+(?:older|younger|elder|eldest|youngest|other|little|big)\s+one|the\s+(?:kid|child|boy|girl|lad|lass)|one of (?:them|the kids|the children)|the kids|the children)\s+(?:is\s+|was\s+|are\s+|were\s+|has\s+|have\s+)?(?:just\s+)?(?:giving|gave|given|telling|told|writing|wrote|putting|put|filling)\s+(?:me\s+|us\s+)?(?:in\s+)?(?:their|his|her|the)\s+(?:home\s+|own\s+)?(?:address|mobile|number|phone number|details|email|name and address)\b)/i;

/** A policy sentence that a child's details are not taken, the adult's are. */
const ADULTS_DETAILS_SAID = /\b(?:details|name|address|number)\s+of\s+the\s+(?:adult|parent|grown-?up)\b|\bif a child\b[^.;]*\b(?:adult|parent)['’]?s?\b[^.;]*\b(?:details|address|number)\b/i;

export const childGivesDetailsAnswer = toldThenSaid(CHILD_GIVES_DETAILS_TOLD, ADULTS_DETAILS_SAID);

/**
 * A photo to be posted that shows where someone lives: "a pic of her going under the hedge, you can just about see the house number on the
 * gatepost. ok to send to Jonty?".
 */
const ADDRESS_IN_PHOTO_TOLD =
  /\b(?:see|seen|spot|make out|read|visible|shows?|showing)\b[^.?!]{0,30}?\b(?:the\s+)?(?:house|door)\s+numbers?\b|\b(?:house|door)\s+numbers?\b[^.?!]{0,30}?\b(?:visible|in (?:the\s+)?(?:shot|pic|photo|picture|background))\b|\b(?:street (?:sign|name)|number ?plates?|reg(?:istration)? plates?)\b[^.?!]{0,30}?\b(?:visible|in (?:the\s+)?(?:shot|pic|photo|picture|background))\b/i;

/** A policy sentence that a photo shows no house number. */
const NO_HOUSE_NUMBER_SAID = /\b(?:no|never|not|without)\b[^.;]*\bhouse numbers?\b|\bhouse numbers?\b[^.;]*\b(?:blur\w*|hid\w*|cover\w*|remov\w*|crop\w*)\b/i;

/** Of several (a breach policy's "a photo with a house number in it"), the one on photos, which says what to check before one goes out. */
export function addressInPhotoAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!ADDRESS_IN_PHOTO_TOLD.test(question)) return undefined;
  return theOnlyPreferring(policiesSaying(ctx, NO_HOUSE_NUMBER_SAID), (p) => /\b(?:photos?|pictures?|social media)\b/i.test(p.title));
}

/**
 * The police asking for footage or records in an emergency: "police at the Bentley site - 13 yr old girl missing … they want the bodycam
 * footage from my shift right now". The one sentence on what to do in an emergency ("a threat to life, a missing child").
 */
const EMERGENCY_POLICE_TOLD = new RegExp(
  String.raw`^(?=.*${POLICE_SAID})(?=.*(?:\b(?:child|girl|boy|kid|man|woman|person|teenager|teen|resident|patient|pupil|guest|lad|lass|toddler|daughter|son)\b[^.?!]{0,20}?\b(?:is |has gone |gone |went |been )?missing\b|\bmissing\s+(?:child|girl|boy|kid|man|woman|person|teenager|resident|patient|pupil)\b|\bthreat to life\b|\blife at risk\b|\bkidnap\w*|\babduct\w*))(?=.*\b(?:footage|cctv|video|bodycam|body ?cam\w*|records?|logs?)\b)`,
  'i',
);
const IN_AN_EMERGENCY_SAID = /\b(?:in an emergency|missing child|threat to life)\b[^.]*\b(?:ring|call|phone)\b/i;

/** Of the policies with such a sentence, the one on the police asking (not one on paramedics or a care team in an emergency). */
export function emergencyPoliceAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!EMERGENCY_POLICE_TOLD.test(question)) return undefined;
  return theOnly(policiesSaying(ctx, IN_AN_EMERGENCY_SAID).filter((p) => /\bpolice\b/i.test(`${p.title} ${p.keywords.join(' ')}`)));
}

/**
 * One of our own staff behaving so with a child that it worries: "one of the other play workers keeps taking the same girl off on her own to
 * the changing rooms and giving her sweets". The sentence on concerns about a member of staff.
 */
const STAFF_WITH_CHILD_TOLD =
  /^(?=.*\b(?:one of (?:the|our) (?:other\s+)?(?:play ?workers?|staff|coaches|leaders|helpers|volunteers|instructors|teachers|carers|team)|a (?:colleague|member of staff|coach|leader|volunteer|helper|play ?worker))\b)(?=.*\b(?:girls?|boys?|child|children|kids?|little ones?|pupils?)\b)(?=.*\b(?:on (?:her|his|their) own|alone|sweets|gifts|presents|secrets?|private messages?|snapchat|lifts? home|favourite)\b)/i;
const CONCERN_ABOUT_STAFF_SAID = /\b(?:concerns?|worr(?:y|ies))\s+about\s+(?:a member of staff|staff|a colleague|an adult|a volunteer|another adult)\b/i;

export const staffWithChildAnswer = toldThenSaid(STAFF_WITH_CHILD_TOLD, CONCERN_ABOUT_STAFF_SAID);

/**
 * One parent telling us the other must not know: "mum of the twins said quietly at drop off that their dad mustn't find out they come to us".
 */
const PARENT_KEPT_FROM_TOLD =
  /\b(?:dad|father|mum|mother|other parent|ex|(?:her|his|their) ex)\b[^.?!]{0,20}?\b(?:mustn['’]?t|must not|can['’]?t|cannot|shouldn['’]?t|isn['’]?t (?:allowed|to)|is not (?:allowed|to))\s+(?:find out|know|be told)\s+(?:that\s+)?(?:(?:they|the (?:kids|children|twins|boys|girls)|she|he)\s+(?:come|comes|go|goes|are (?:here|booked|coming|with us)|attend|attends|(?:have|has) been coming)\b|where\b|about (?:us|the club|this place|the booking)\b)/i;
const OTHER_PARENT_MUST_NOT_KNOW_SAID = /\b(?:must not|mustn['’]t|should not)\s+know\b/i;

export const parentKeptFromAnswer = toldThenSaid(PARENT_KEPT_FROM_TOLD, OTHER_PARENT_MUST_NOT_KNOW_SAID);

/**
 * A relative's address or number asked by one who is family: "lady in Australia … wants the address of her second cousin in Gainsborough who
 * came up in the tree. she's family so I can tell her, right?".
 */
const RELATIVES_ADDRESS_TOLD =
  /\b(?:address|phone number|number|e-?mail(?: address)?|contact details|where (?:he|she|they) lives?)\b[^.?!]{0,20}?\bof\s+(?:her|his|their|a|an)\s+(?:second\s+|third\s+|distant\s+|long[- ]lost\s+|half[- ])?(?:cousin|relative|aunt|uncle|niece|nephew|brother|sister|grand\w+|great[- ]\w+)\b(?!['’]s)/i;
/** Of a living person, whom the story's relative is: "Never tell an enquirer where a living person lives or how to reach them". */
const WHERE_THEY_LIVE_NEVER_SAID = /\bnever tell\b[^.;]*\bwhere\s+(?:a\s+)?living\s+(?:person|people|relatives?)\s+lives?\b/i;

export const relativesAddressAnswer = toldThenSaid(RELATIVES_ADDRESS_TOLD, WHERE_THEY_LIVE_NEVER_SAID);

/**
 * A photo already posted of someone who had not agreed, told: "oh no priyanka put up a pic on insta and one of the kids is on the no-photo
 * list", "uploaded the wrong pics to the tuesday gallery including a no consent kid". Posted, not asked leave to post ("can i put up a pic
 * of the kids?" is the photo rule's), a picture, and without consent (not minutes uploaded while two members opted out of emails).
 */
const UNCONSENTED_POSTED_TOLD =
  /^(?=.{0,300}?\b(?:pics?|photos?|pictures?|videos?|images?|reels?|clips?|galler(?:y|ies))\b)(?=.{0,300}?(?:\b(?:posted|uploaded|shared|went up|gone up)\b|(?<!\b(?:can|could|should|shall|may|to|ok to|i['’]ll|we['’]ll)\s+(?:i\s+|we\s+)?(?:just\s+)?)\bput up\b))(?=.{0,300}?\b(?:no-photo|no photo|no-consent|no consent|not consented|without (?:consent|permission)|(?:didn['’]?t|hasn['’]?t|haven['’]?t|did not|has not|have not)\s+(?:consent(?:ed)?|give consent|agree(?:d)?)|opted out)\b)/i;

/**
 * A policy sentence on a photo posted without consent: "…an unconsented photo of a child posted online", "a before-and-after photo posted
 * without consent", "a photo of a no-consent child uploaded", "If it involves a child's photo, take the post down first".
 */
const UNCONSENTED_POSTED_SAID =
  /\b(?:unconsented|without (?:consent|permission))\b[^.]*\b(?:photos?|pictures?|images?|posts?|videos?)\b[^.]*\b(?:posted|put up|online|uploaded|published)\b|\b(?:photos?|pictures?|images?|videos?)\s+of\s+(?:a|an|the)\s+(?:no-consent|no consent|no-photo|unconsented)\s+(?:[\w-]+\s+)?(?:posted|put up|uploaded|published|online)\b|\b(?:photos?|pictures?|images?|videos?)\b[^.]*\b(?:posted|put up|uploaded|published)\s+(?:online\s+)?(?:without (?:consent|permission))\b|\b(?:child['’]s|a|the)\s+photo\b[^.]*\btake the post down\b/i;

/** A photo posted of someone who had not agreed: the one policy saying so (most often the breach policy's list of what a breach is). */
export const unconsentedPostedAnswer = toldThenSaid(UNCONSENTED_POSTED_TOLD, UNCONSENTED_POSTED_SAID);

/**
 * A picture to go out with the names of all in it, one under 18 among them: "sending it to the ringing world with everyone's full name
 * underneath including our 13 yr old", "posting the team photo with all their names on, the u12s too", "want to caption the photo 'Amelia
 * Jones, age 7, our top reader!'".
 */
const YOUNG_NAMED_UNDER_PHOTO_TOLD = new RegExp(
  String.raw`^(?=.*(?:${YOUNG_ONE.source}|\b(?:[1-9]|1[0-7])\s*(?:yrs?|years?)[- ]?olds?\b|\bage[d]?\s*(?:[1-9]|1[0-7])\b))(?=.*\b(?:photos?|pics?|pictures?|snaps?)\b)(?!.*\bno\s+(?:photos?|pics?|pictures?)\b)` +
    String.raw`.*(?:\b(?:(?:full\s+)?names?|surnames?)\s+(?:underneath|under\s+it|below|on\s+it|on(?=\s*(?:[,.!?]|$))|as\s+(?:a|the)\s+caption|in\s+the\s+caption)\b` +
    // A caption that gives a first name and surname: "caption the photo 'Amelia Jones, age 7, our top reader!'".
    String.raw`|\bcaption\w*\b[^'"‘“]{0,30}['"‘“]\s*[a-z]+(?:-[a-z]+)?\s+[a-z]+(?:-[a-z]+)?\s*,)`,
  'i',
);

/**
 * A policy sentence that a young one is never named in full with a picture: "never name a young ringer in full", "never put a child's full
 * name with a photo".
 */
const NEVER_NAMED_IN_FULL_SAID = /\bnever\s+(?:name|names|named)\s+(?:a|an|any)\s+(?:[\w-]+\s+)?(?:child|children|junior|pupil|ringer|player|member|swimmer|dancer|young person|under[- ]?18)s?\s+in full\b|\b(?:never|not|don['’]t)\b[^.]*\b(?:child|children|pupil|junior|young person)['’]?s?\s+full\s+names?\b/i;

export const youngNamedUnderPhotoAnswer = toldThenSaid(YOUNG_NAMED_UNDER_PHOTO_TOLD, NEVER_NAMED_IN_FULL_SAID);

/**
 * One under 18 to be named in a post, told: "writing the concert post - want to say 'well done to Maya, 12, on her solo!' ok?" (read in
 * the eighty-ninth round). A post and a young age, then words said of them by name.
 */
const YOUNG_NAMED_IN_POST_TOLD = new RegExp(
  String.raw`^(?=.*\b(?:posts?|posting|caption\w*|insta\w*|facebook|fb|socials?|newsletter|website)\b)` +
    String.raw`(?=.*(?:${YOUNG_ONE.source}|\b(?:[1-9]|1[0-7])\s*(?:yrs?|years?)[- ]?olds?\b|,\s*(?:[1-9]|1[0-7])\s*,|\bage[d]?\s*(?:[1-9]|1[0-7])\b))` +
    String.raw`.*(?:\b(?:say|write|mention|name|naming|shout[- ]?out)\b[^.?!]{0,15}?['"‘“]|\b(?:well done|congrats|congratulations|shout[- ]?out)\s+to\s+[a-z]+)`,
  'i',
);

/** A policy sentence that young ones are never named in posts: "Children are never named in posts". */
const NEVER_NAMED_IN_POSTS_SAID = /\b(?:children|child|juniors?|players|pupils|kids|under[- ]?18s?|young people)\s+(?:are\s+)?never\s+named\b|\bnever\s+name\s+(?:a|any)\s+(?:child|junior|player|pupil)\b[^.]*\b(?:posts?|online|social media)\b/i;

export const youngNamedInPostAnswer = toldThenSaid(YOUNG_NAMED_IN_POST_TOLD, NEVER_NAMED_IN_POSTS_SAID);

/**
 * Someone's condition to be told in a post: "Writing a celebration post for Instagram about Ahmed passing Level 3 - he's profoundly deaf which
 * makes it extra amazing, can I say that?" (read in the eighty-ninth round).
 */
const CONDITION_IN_POST_TOLD =
  /^(?=.*\b(?:posts?|posting|insta\w*|facebook|fb|socials?|social media|newsletter|tiktok)\b)(?=.*\b(?:deaf\w*|hard of hearing|hearing loss|blind|partially sighted|disab\w*|autis\w*|adhd|dyslexi\w*|diagnos\w*|cancer|chemo\w*|epilep\w*|dementia|wheelchair|illness|condition)\b).*\b(?:say|mention|include|put|write|share|post)\b/i;

/** A policy sentence never to tell someone's condition on social media: "Never mention a learner's deafness or hearing loss … on social media". */
const CONDITION_NOT_POSTED_SAID =
  /^(?=.*\b(?:deaf\w*|hearing|health|medical|condition|disabilit\w*|diagnos\w*|illness|access needs)\b)(?=.*\b(?:social media|online|posts?|instagram|facebook)\b).*\b(?:never|do not|don['’]t)\s+(?:mention|name|say|share|post|disclose|tell)\b/i;

export const conditionInPostAnswer = toldThenSaid(CONDITION_IN_POST_TOLD, CONDITION_NOT_POSTED_SAID);

/**
 * A photo of people met out on the street asked: "got chatting to a group by the shops, ok if i take a quick pic of them for the funding
 * report?" (read in the ninety-first round). The photo is of people, and where they were is a public place.
 */
const STREET_PHOTO_ASKED =
  /^(?=.*\b(?:by|outside|near|at|on|round|in)\s+(?:the\s+)?(?:shops|street|bus stop|park|estate|corner|chippy|rec|precinct|underpass|high street|town centre)\b)(?=.*\b(?:take|taking|snap|snapping|grab|grabbing|get|getting)\s+(?:a\s+)?(?:quick\s+)?(?:pic|photo|picture|snap|selfie|shot)s?\s+(?:of|with)\s+(?:them|him|her|the (?:group|lads|girls|kids|young people|lot of them))\b)/i;

/** A policy sentence that people are never photographed out in public: "never photograph young people on the street". */
const NEVER_PHOTOGRAPHED_IN_PUBLIC_SAID = /\b(?:never|do not|don['’]t)\s+(?:photograph|film|take (?:photos?|pictures?) of)\b[^.;]*\b(?:on the streets?|in the street|in public|on the estates?|outdoors)\b/i;

export const streetPhotoAnswer = toldThenSaid(STREET_PHOTO_ASKED, NEVER_PHOTOGRAPHED_IN_PUBLIC_SAID);

/**
 * Leave for photos given by word of mouth, the form not filled in: "dad at story time said yeah go ahead take photos of his daughter but he
 * didnt fill in anything. is a verbal ok good enough?" (read in the ninety-first round).
 */
const SPOKEN_PHOTO_LEAVE_TOLD =
  /^(?=.*\b(?:photos?|pics?|pictures?|photograph\w*|filming|film|videos?)\b)(?=.*\b(?:verbal(?:ly)?|said (?:yes|yeah|yep|it['’]?s (?:fine|ok|okay))|go ahead|told me (?:it['’]?s )?(?:fine|ok|okay))\b)(?=.*\b(?:verbal|(?:didn['’]?t|did not|hasn['’]?t|has not|haven['’]?t|not|never)\s+(?:fill(?:ed)?\s+(?:in|out)|sign(?:ed)?)\b))/i;

/** A policy sentence that photos need a signed or written form: "whose parent or carer has signed the photo consent form that day". */
const SIGNED_PHOTO_LEAVE_SAID = /^(?=.*\b(?:photo\w*|pictures?|images?|film\w*)\b).*\b(?:signed|written)\s+(?:[\w-]+\s+){0,2}?(?:consent|forms?|permission|slips?)\b/i;

export const spokenPhotoLeaveAnswer = toldThenSaid(SPOKEN_PHOTO_LEAVE_TOLD, SIGNED_PHOTO_LEAVE_SAID);
