// A job's photos put online, or a recent call-out posted about: the firm's one policy on photos, not the supplier whose app took or
// holds them.
import type { QaAnswer, QaContext } from '../qa-context.ts';
import type { Policy, Supplier } from '../../config/schema.ts';
import { policiesByTitle, policiesSaying, quoted, sentenceNamesAsked, theMostKeyed, theOnly, theOnlyPreferring, toldThenSaid } from '../quoted-policies.ts';
import { wholeSentencesOf } from '../policy-passages.ts';
import { RETENTION_TITLE } from '../retention-policy.ts';
import { STOPWORDS, words } from '../text.ts';
import { stemWord } from '../thesaurus.ts';

/**
 * Photos of a job put on our socials, told: "can i put the before and afters on insta?", "can i stick the before n after of that
 * club foot on my insta", "ok to post the pics of the finished kitchen on facebook?", "the fitter took photos inside a customer's
 * house and posted them on his facebook", "can i put a before and after up online?", "can i stick a few of the cutest nursery
 * portraits from last week on our insta?". The photos are named (a bare "stick it on
 * insta" may be the opening hours), and where they go is social media or the website.
 */
const JOB_PHOTOS_POSTED = /\b(?:put|stick|post|share|upload|pop|use)\s+(?:up\s+)?(?:(?:the|a|some|my|our|those|these|that|his|her)\s+)?(?:[\w'’-]+\s+){0,5}?(?:before(?:\s+(?:and|n|&)\s+|-and-|\/)afters?|photos?|pics?|pictures?|videos?|portraits?|headshots?|(?:group |class |team )?shots)\b[^.?!]{0,40}?(?:\b(?:on|onto|to)\s+(?:(?:my|our|the)\s+)?(?:own\s+)?(?:insta(?:gram)?|facebook|fb|tiktok|socials|social media|website)|\bonline)\b|\b(?:took|taken|taking|snapped)\s+(?:some\s+|a few\s+|an?\s+)?(?:photos?|pics?|pictures?|videos?)\b[^.?!]{0,60}?\b(?:posted|put|stuck|shared|uploaded)\s+(?:them|it|those)\s+(?:up\s+)?(?:on|onto|to)\s+(?:(?:my|our|the|his|her|their)\s+)?(?:own\s+)?(?:insta(?:gram)?|facebook|fb|tiktok|socials|social media|website)\b/i;

/**
 * A customer's picture put online, by the way it is shared: "sophie wants to put a sneak peek of hannah in her gown on stories",
 * "can i post a clip of the bride on tiktok". A picture of someone, by name or role, and the place it goes. Or work put on one's
 * own page ({@link ON_OWN_PAGE}): "zofia wants to post the chrome set she did on her own page".
 */
/** A child told by who they are: "the little flower girl", "the little page boy", "a toddler" (not "baby's breath", nor a birthday girl of 60). */
const CHILD_TOLD = /\b(?:little|young|small|flower|page)\s+(?:[a-z]+\s+)?(?:girl|boy|one|lad|lass)s?\b|\b(?:kids?|child|children|toddlers?|bab(?:y|ies)(?!['’]?s? breath)|pupils?)\b/i;

/** A sentence that a child's photo is never posted or shared (but with leave). */
const CHILD_NEVER_POSTED_SAID = /\bnever\s+(?:post|share|put)\w*\b[^.]*\b(?:photo\w*|pictures?)\s+of\s+(?:a|any)\s+child\b/i;

/**
 * A picture told of, then "it" put on our socials: "it's a brilliant shot. his grandad brought him, can I stick it on insta?", or put up with
 * no place said: "got a great shot of the whole Harrison party in their morning suits, can I put it up tonight?", "an amazing clip of a
 * couple getting engaged, can we put it up on our page?", "great shots … of the under 10s …, ok if i stick them all on the facebook page" (read in
 * the ninety-first round).
 */
const SHOT_THEN_POSTED = /\b(?:photos?|pics?|pictures?|shots?|snaps?|videos?)\b[^?]{0,80}?\b(?:stick|put|post|share|pop)\s+(?:it|them|that|this|those)\s+(?:all\s+)?(?:up\s+)?(?:on|onto)\s+(?:our\s+|the\s+)?(?:insta(?:gram)?|facebook|fb|tiktok|socials|social media|website)\b|\b(?:photos?|pics?|pictures?|shots?|snaps?|videos?|clips?)\s+of\b(?=[^?]{0,60}?\b(?:party|couple|family|group|bride|groom|kids?|children|clients?|customers?|lads|girls|boys|people|guests?|members?|passengers?|pupils?|students?|mum|dad)\b)[^?]{0,100}?\b(?:can|could|shall|ok to|okay to)\s+(?:i|we\s+)?\s*(?:stick|put|post|pop)\s+(?:it|them|that|this|those)\s+up\s*(?:tonight|today|now|online|on\s+(?:our|the|my)\s+(?:page|site|website|feed|story|stories|account)|[?.!]|$)/i;

/** Pictures put up, with no place said: "want to put pics of the easter bonnet parade up". */
const PICS_PUT_UP = /\b(?:put|stick|pop)\s+(?:up\s+)?(?:the\s+|some\s+|a few\s+)?(?:pics?|photos?|pictures?|videos?)\s+(?:of\s+[^.?!]{0,40}?\s+)?up\b/i;

const ON_OWN_PAGE = /\b(?:post|put|share|upload|stick|take|taking)\w*\b[^.?!]{0,60}?\b(?:on|for)\s+(?:my|her|his|their)\s+own\s+(?:page|account|insta\w*|profile|socials|feed|tiktok|facebook|story|stories|portfolio)\b/i;

const PERSON_PICTURE_POSTED = /\b(?:put|post|share|upload|pop|stick)\w*\s+(?:up\s+)?(?:a|an|some|the|that|this)?\s*(?:sneak peek|teaser|preview|snap|pic|photo|picture|video|clip|reel|shot)s?\s+of\s+[\w'’-]+\b[^.?!]{0,60}?\b(?:on|onto|to)\s+(?:(?:my|our|the|her|his|their|your)\s+)?(?:stories|story|insta\w*|facebook|fb|tiktok|socials|social media|status|website)\b/i;

/** A policy titled on messages, not pictures: "Enquiries by Instagram message", "Facebook DMs". */
const MESSAGES_TITLE = /\b(?:messages?|messaging|dms?|direct messages?|enquir(?:y|ies)|inbox)\b/i;

/** A policy on photos, by its title: "Photos of clients' homes and premises", "Photos of horses and yards on social media". */
export const PHOTOS_POLICY = /\bphotos?\b|\bpictures?\b|\bsocial media\b/i;

/** A photo said to be for the website or the socials, with leave to use that photo asked: "nice photo of the tent for the website … ok to use?". */
const PHOTO_FOR_SITE = /\b(?:photos?|pics?|pictures?|shots?|videos?)\b[^.?!]{0,40}?\bfor\s+(?:the|our|my)\s+(?:website|web ?site|insta(?:gram)?|facebook|socials|social media|page|feed|portfolio)\b(?=[^]*\b(?:(?:ok|okay|alright|fine|allowed) to (?:use|post|put up|share)\b|(?:ok|okay|alright|fine|allowed)\s*\??\s*$|can (?:i|we) (?:use|post|put up|share) (?:it|them|this|that|those)\b))/i;

/** A job's photos put online: the firm's one policy titled on photos, where it has one. */
export function jobPhotosPostedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (![JOB_PHOTOS_POSTED, PERSON_PICTURE_POSTED, ON_OWN_PAGE, PICS_PUT_UP, PHOTO_FOR_SITE, THING_SENT_POSTED, SHOT_THEN_POSTED].some((posted) => posted.test(question))) return undefined;
  // Of two so titled ("How long we keep orders, artwork and photos", "Customers' photos and artwork"), the one that says where they are posted.
  // One titled on where pictures go online ("Posting scans on Instagram and Facebook") before one that only says "posted" of the post.
  // A policy titled on keeping photos for so long ("How long we keep photos and pupil lists") is no rule on posting them.
  // Nor is one titled on messages sent through a platform ("Enquiries by Instagram message", read in the ninetieth round).
  const titled = policiesByTitle(ctx, POSTED_POLICY).filter((p) => !RETENTION_TITLE.test(p.title) && !(MESSAGES_TITLE.test(p.title) && !PHOTOS_POLICY.test(p.title)));
  // Children's pictures are the policy's on photos of children, where one is so titled ("can i put the kids photos on our insta?").
  const ofChildren = CHILDREN_SAID.test(question) ? titled.filter((p) => CHILDREN_SAID.test(p.title)) : [];
  if (ofChildren.length === 1) return theOnly(ofChildren);
  // ...or, of a child told by who they are ("the little flower girl"), the one policy with a sentence that a child's photo is never
  // posted ("Never post or share a photograph of a child…", in "Children, naming ceremonies and vulnerable adults").
  if (CHILD_TOLD.test(question)) {
    const childRule = theOnly(policiesSaying(ctx, CHILD_NEVER_POSTED_SAID));
    if (childRule) return childRule;
  }
  // Where none is so titled, the one policy with a sentence on photos and social media ("Photos are used on our website or social media
  // only with a parent's signed marketing consent"), of several the one whose keywords the question meets most, then whose sentence
  // names a word of it ("prom photos": the one on proms).
  // One policy alone with such a sentence answers though the story says none of its keywords ("a clip of a couple getting engaged",
  // answered by "never post footage with passengers in it on social media without their written consent").
  if (titled.length === 0) {
    // A policy on our cameras ("CCTV and ANPR cameras") says nothing of pictures of people posted, whatever its sentence on footage.
    const saying = policiesSaying(ctx, PHOTOS_ON_PLATFORM_SAID).filter((p) => !CAMERAS_TITLE.test(p.title));
    return saying.length === 1 ? theOnly(saying) : theMostKeyed(saying, question, sentenceNamesAsked(PHOTOS_ON_PLATFORM_SAID, question, { storyWord: PICTURE_OR_POSTING_WORD }));
  }
  return theOnlyPreferring(titled, (p) => PLATFORM_SAID.test(p.title)) ?? theOnlyPreferring(titled, (p) => POSTING_SAID.test(p.text));
}

/** Words of a story about posting a picture that say nothing of what it is of: the picture, the platform, the posting. */
const PICTURE_OR_POSTING_WORD = /^(?:photo|pic|picture|portrait|shot|image|insta|facebook|tiktok|social|media|socials|post|page|online|website|share|stick|some|nicest|cutest|best|them|they|this|that|those|these|with|from|what)/i;

/** A policy titled on our cameras: "CCTV and ANPR cameras", "Dashcam footage and incidents on the road". */
const CAMERAS_TITLE = /\b(?:cctv|cameras?|dash ?cams?|body ?cams?|anpr)\b/i;

/** A sentence on pictures or footage on social media (not our cameras' footage, which is no picture a story of posting is about). */
const PHOTOS_ON_PLATFORM_SAID = /^(?!.*\b(?:cctv|dash ?cams?|body ?cams?|cameras?|anpr)\b)(?=.*\b(?:photos?|pictures?|images?|pics?|portraits?|footage|videos?|clips?)\b)(?=.*\b(?:insta(?:gram)?|facebook|tiktok|social media|socials)\b)/i;

/**
 * The same, where the story names a supplier of ours: one named in passing ("a sneak peek of hannah in her gown on stories", the
 * gown-care firm) leaves the policy to answer. Where the platform itself is the supplier ("can ellie put the twins pic on insta?"),
 * only a policy titled on posting there ("Posting scans on Instagram and Facebook", "Catalogue photos and social media") answers
 * before the platform's entry; a policy on photos at large ("Photos of clients") leaves the entry, which says what consent its posts rest on.
 */
export function postedOnPlatformAnswer(ctx: QaContext, question: string, named: readonly Supplier[]): QaAnswer | undefined {
  const posted = jobPhotosPostedAnswer(ctx, question);
  const policy = posted && ctx.config.policies.find((p) => posted.sources.includes(`policy:${p.id}`));
  if (!policy) return undefined;
  const platformNamed = named.some((s) => PLATFORM_SAID.test(`${s.name} ${s.aliases.join(' ')}`));
  return !platformNamed || PLATFORM_SAID.test(policy.title) ? posted : undefined;
}

/**
 * Something sent to us put on our socials: "the operatic society sent us a thank you card, can i post it on our instagram?", "a
 * customer wrote us a lovely review, can i share it on facebook". What it is, and "it" put up there.
 */
const THING_SENT_POSTED = /\b(?:cards?|letters?|reviews?|notes?|messages?|drawings?|poems?|testimonials?|emails?)\b[^?]*?\b(?:post|put|share|stick|pop|screenshot)\s+(?:it|this|that|them)\s+(?:up\s+)?(?:on|onto|to)\s+(?:(?:our|the|my)\s+)?(?:insta(?:gram)?|facebook|fb|tiktok|socials|social media|page|website)\b/i;

/** Where pictures go online, said in a policy's title: "Posting scans on Instagram and Facebook", "Catalogue photos and social media". */
const PLATFORM_SAID = /\b(?:insta(?:gram)?|facebook|tiktok|social media|socials)\b/i;

/** A policy on pictures put online, by its title: "Photos of clients' homes", "Posting scans on Instagram and Facebook". */
const POSTED_POLICY = new RegExp(`${PHOTOS_POLICY.source}|${PLATFORM_SAID.source}`, 'i');

/** A policy's words on posting pictures online. */
const POSTING_SAID = /\b(?:insta(?:gram)?|facebook|tiktok|social media|socials|post(?:s|ed|ing)?)\b/i;

/**
 * A photo or video asked to come down from where it is online: "the family want the facebook pic of them taken down", "she's
 * asked us to remove the video of her daughter from insta", "asking us to take the insta reel of her spaniel down", "she's in the
 * background of our latest post and wants it gone", "dad doesn't want his daughter on our insta anymore", "she doesn't want Hugo on our instagram any more", "she doesn't want her reel up anymore", "asking us to get rid of the post of her feet". Photos deleted from our own files are an erasure, not this.
 */
const PHOTO_DOWN_ASKED = photoDownAsked();

/** Built from its parts: the picture, where it is online, and its coming down from there. */
function photoDownAsked(): RegExp {
  const photo = String.raw`(?:photos?|pics?|pictures?|images?|videos?|reels?|clips?|posts?)`;
  const online = String.raw`(?:the |our |my )?(?:club\s+|league\s+|team\s+)?(?:online\s+)?(?:insta(?:gram)?|facebook|fb|tiktok|website|site|page|socials|social media|story|stories|gallery|galleries)`;
  const comesDown = String.raw`(?:taken down|took down|take (?:it|them|that|this) down|come down|came down|coming down|wants? (?:it|them) gone|want(?:ed|s)? (?:it|them|hers|his|theirs) (?:off|removed)|(?:removed|deleted|wiped|taken|took|remove|delete|wipe|take) (?:it |them )?(?:from|off) ${online}|off ${online})`;
  // Or no longer wanted online at all: "doesn't want his daughter on our insta anymore".
  const noLongerOn = String.raw`(?:doesn['’]?t|does not|don['’]?t|do not|no longer)\s+want(?:s)?\s+(?:(?:his|her|their)\s+(?:daughter|son|kids?|child|children|boy|girl|little one|baby)|(?:him|her|them)(?:sel(?:f|ves))?|(?!(?:it|this|that|the|a|an|any|anything|us|me|you|to|them|him|her)\b)[a-z]+)\s+on\s+${online}(?:\s+any\s?more)?`;
  // Or the picture itself no longer wanted up: "she doesn't want her reel up anymore", "doesnt want her lad's photo on the league page anymore".
  const noLongerUp = String.raw`(?:doesn['’]?t|does not|don['’]?t|do not|no longer)\s+want(?:s)?\s+(?:her|his|their|the|that)\s+(?:[\w'’-]+\s+)?${photo}(?:\s+(?:from|of)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?\s+(?:up|online|posted|on there|live|showing|on\s+${online})(?:\s+any\s?more)?`;
  return new RegExp(
    String.raw`\b${noLongerOn}\b|\b${noLongerUp}\b|\b${photo}\b[^.?!]{0,60}?\b${comesDown}\b` +
      // Or one's own photo off the wall it hangs on: "lady wants her photo off the wall, she won in january".
      String.raw`|\bwants?\s+(?:her|his|their)\s+${photo}\s+(?:taken\s+)?(?:off|down from)\s+(?:the|our)\s+(?:wall|notice ?board)\b` +
      // Or the consent to pictures taken back, one of them online: "wants to withdraw their photo consent, the pic is on our insta".
      String.raw`|\bwithdraw\w*\s+(?:(?:her|his|their|the)\s+)?(?:photo|picture|image|filming)\s+consent\b(?=[^.?!]*?[.,;]?[^.?!]*\b${photo}\b[^.?!]{0,30}?\bon\s+${online})` + String.raw`|\b(?:take|taking|took)\s+down\s+(?:the|a|that|this|her|his|their)\s+(?:[\w'’-]+\s+){0,2}?${photo}\b` +
      // Or a picture of the asker deleted from a post: "guest dm'd asking us to delete the pic of her from friday's post" (read in the ninetieth round).
      String.raw`|\b(?:delete|deleting|remove|removing|get rid of)\s+(?:the|that|this)\s+(?:[\w'’-]+\s+){0,2}?${photo}\s+of\s+(?:her|him|them|her\s?self|him\s?self|them\s?selves)\s+(?:from|off|on)\s+(?:[\w'’-]+\s+){0,2}?(?:posts?|stor(?:y|ies)|page|insta\w*|facebook|feed|reels?)\b` +
      // Or a picture asked removed, where it is online said after whose it is: "asking us to remove the pic of her at the machine from insta" (read
      // in the ninety-first round).
      String.raw`|\b(?:remove|removing|delete|deleting|take down|taking down|get rid of)\s+(?:the|that|this|a|her|his|their)\s+(?:[\w'’-]+\s+){0,2}?${photo}\b[^.?!]{0,40}?\b(?:from|off)\s+${online}\b` +
      // Or what is shown in a reel or portfolio wanted out of it: "lady whose farmhouse is in the showreel has emailed, she wants it taken off".
      String.raw`|\b(?:is|are|was|were)\s+in\s+(?:the|our)\s+(?:showreel|portfolio|promo\s+(?:video|reel))\b[^.?!]*\bwants?\s+(?:it|them|herself|himself|themselves)\s+(?:taken\s+)?(?:off|out|down|removed)\b` +
      // "Take the insta reel of her spaniel down": the picture, and whose it is, between "take" and "down".
      String.raw`|\b(?:take|taking|took)\s+(?:the|a|that|this|her|his|their|our)\s+(?:[\w'’-]+\s+){0,2}?${photo}\b(?:\s+[\w'’-]+){0,5}?\s+down\s*(?:[,.?!]|$|please|pls|asap|for (?:her|him|them)\b)` +
      // A post got rid of, of someone or on a platform, so online: "asking us to get rid of the post of her feet from last eid"; not the
      // post that comes through the door.
      String.raw`|\b(?:get|getting|got)\s+rid\s+of\s+(?:the|that|this|her|his|their|our)\s+(?:[\w'’-]+\s+){0,2}?(?:posts?|reels?|stor(?:y|ies))\s+(?:of|from|on|with)\s+(?:her|his|their|him|them|insta\w*|facebook|fb|tiktok|our)\b`,
    'i',
  );
}

/** Someone wanting it: "want", "asked", "wants it gone", "can we". */
const WANTED = /\b(?:wants?|wanted|wanting|asked|asking|asks|request\w*|please|can (?:we|you|i)|could (?:we|you|i)|would like|'d like)\b/i;

/**
 * A policy sentence on taking a photo down when asked: "If someone asks for a photo to come down, take it down the same day", "tell Amira so
 * posts can be removed within 48 hours", "Molly deletes any photo within 48 hours if someone asks" (read in the ninety-first round).
 */
const TAKE_DOWN_SAID = /\b(?:(?:posts?|photos?|pictures?)\s+(?:can|will|must|are)\s+be\s+removed|takes? (?:it|them|(?:the|a|any) (?:photo|post|picture)s?) down|(?:must|will) be removed\b|taken down|comes? down|remove (?:it|them|the (?:photo|post|picture)s?)|removes? the (?:posts?|photos?|pictures?)|asks? for (?:a|the) (?:photo|picture|video)s? (?:of (?:them|him|her) )?to be removed|takes? (?:[\w'’-]+\s+){1,2}?(?:photos?|pictures?|posts?) down)\b|\bdeletes?\s+(?:any|the|a|that)\s+(?:photo|post|picture|video|clip|reel)s?\b[^.;]*\bif\s+(?:someone|anyone|they|a (?:customer|guest|parent|client))\s+asks?\b/i;

/** Where online the picture asked down is: "off the gallery", "from our insta", by the stem a policy sentence writes it with. */
const DOWN_FROM = /\b(?:off|from|on|in)\s+(?:the|our|their|its)\s+(?:online\s+|event\s+)?(galler|website|insta|facebook|tiktok|wall)/i;

/**
 * A photo asked to come down: the firm's one policy on photos (by its title or keywords) with a sentence on taking one down; of two, the one
 * whose sentence names the place it is asked off, else the one titled on photos ("Photos of clients' hands and designs", not "How long we keep client details", whose "portfolio photos stay until the
 * client asks us to remove them" is a keeping period).
 */
export function photoTakenDownAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!PHOTO_DOWN_ASKED.test(question) || !WANTED.test(question)) return undefined;
  const saying = policiesSaying(ctx, TAKE_DOWN_SAID).filter(onPhotos);
  // Asked off one place ("off the gallery"), the one policy whose sentence on taking down names it, before the one titled on photos
  // ("take a post down within 24 hours" of our marketing posts, beside "asks for a photo of them to be removed … from the gallery").
  const from = DOWN_FROM.exec(question)?.[1];
  const there = from ? new RegExp(String.raw`\b${from}`, 'i') : undefined;
  const naming = there ? saying.filter((p) => wholeSentencesOf(p.text).some((said) => TAKE_DOWN_SAID.test(said) && there.test(said))) : [];
  return theOnly(naming) ?? theOnlyPreferring(saying, (p) => PHOTOS_POLICY.test(p.title));
}

/**
 * Leave asked to take photos or film on one's own phone: "society phone is flat so ok to take the photos on my own phone?",
 * "want to film a client's squat, fine to do it on my phone?", or told done ("got some sunrise shots of the group on my own phone cos
 * the work one was flat", "I filmed him on my phone and im thinking of sticking it on facebook"), or "my phone camera is miles better than
 * the ipad, can i take the after shots on mine". Photos or filming,
 * and the asker's phone, in one telling.
 */
const SHOT_ON_OWN_PHONE_ASKED = /\b(?:take|taking|film|filmed|filming|shoot|snap|snapping|grab|grabbing|get|getting)\b[^.?!]{0,90}?\b(?:on|with)\s+(?:my\s+(?:own\s+|personal\s+)?|(?:his|her|their)\s+(?:own|personal)\s+)(?:phone|mobile|iphone)\b|\b(?:got|took|taken|snapped|grabbed)\s+(?:some\s+|a few\s+|a couple of\s+|loads of\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}?(?:photos?|pics?|pictures?|shots|snaps|videos?)\b[^.?!]{0,60}?\b(?:on|with|in)\s+my\s+(?:own\s+|personal\s+|normal\s+)?(?:phone|mobile|iphone|camera roll|gallery)\b|^(?=.*\bmy\s+(?:own\s+)?(?:phone|mobile|iphone)\b).*\b(?:take|taking|film|filming|shoot|snap|snapping|grab|grabbing|get|getting)\b[^.?!]{0,60}?\b(?:on|with)\s+mine\b/i;

/** A picture of someone's papers or details: "a photo of their payslips", "a pic of the booking form". */
const DETAILS_PICTURED = /\b(?:photos?|pics?|pictures?|snaps?|screenshots?)\s+of\s+(?:the|their|his|her|a|an|my|our|this|that)?\s*(?:[\w'’-]+\s+){0,2}?(?:payslips?|passports?|licen[cs]es?|details|forms?|cards?|statements?|documents?|addresses|address|numbers?|ids?|sheets?|lists?|notes|records?|bills?|letters?)\b/i;

/**
 * A policy sentence on photos or filming and staff's own phones: "…on the clinic iPad, never on your own phone", "take them on the society
 * phone if you can; if you use your own phone…". Not "never photograph anyone's ID on your own phone", a rule on one thing
 * ({@link OWN_PHONE_PHOTOGRAPHED_SAID}).
 */
const OWN_PHONE_PHOTOS_SAID = /\b(?:photos?|photograph\w*|pictures?)\b[^.]*\b(?:phone['’]s own|your own|own)\s+(?:gallery|camera roll)\b|\b(?:photos?|pictures?|videos?|film\w*|take (?:them|it))\b[^.]*\b(?:(?:your|their|staff's) own|an? personal) (?:phones?|mobiles?)\b|\b(?:your|their) own (?:phones?|mobiles?)\b[^.]*\b(?:photos?|pictures?|videos?|film\w*)\b/i;

/**
 * A policy sentence on photos of children or pupils and staff's phones, said otherwise: "Children are photographed only where photo consent is
 * ticked … and never by a teacher's personal phone", "Photos of pupils or their work are never taken on personal phones". Read only where the
 * question's picture is of children too: it is a rule on them, not on photos at large.
 */
const CHILDREN_OWN_PHONE_PHOTOS_SAID = /\b(?:photos?|photograph\w*|pictures?|videos?|film\w*)\b[^.]*\b(?:an? [\w-]+['’]s personal|on personal) (?:phones?|mobiles?)\b/i;

/** A sentence on photographing some thing on one's own phone: "Do not photograph injuries on your own phone." */
const OWN_PHONE_PHOTOGRAPHED_SAID = /\bphotograph\w*\b[^.]*\b(?:your|their) own (?:phones?|mobiles?)\b/i;

/** A sentence putting our phone before one's own: "Use the trailer phone, not your own", "on the shop phone, never your own". */
const NOT_OWN_PHONE_SAID = /\b(?:phones?|mobiles?|ipads?|tablets?|cameras?)\b[^.]*\b(?:not|never)\s+(?:on\s+)?(?:your|their)\s+own\b/i;

/** Children, in a question or a policy's sentence: "all the kids at the christmas party", "Photos of children are taken only on the hall tablet". */
const CHILDREN_SAID = /\b(?:kids?|child|children|toddlers?|bab(?:y|ies)|pupils?|under[- ]?1[0-8]s?|juniors?)\b/i;

/**
 * The same, told with the app the picture is for ("…on my phone for the insta"): only where a policy on photos (by its title or
 * keywords) is among those quoted, which says whether it may be posted; a devices policy's one sentence on own phones alone says
 * nothing of posting.
 */
export function shotForAppAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const shot = shotOnOwnPhoneAnswer(ctx, question);
  return shot && ctx.config.policies.some((p) => shot.sources.includes(`policy:${p.id}`) && onPhotos(p)) ? shot : undefined;
}

/** Photos or filming on one's own phone, leave asked: the one policy with a sentence on photos and staff's own phones. */
export function shotOnOwnPhoneAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  // Pictures or filming, not a call or a record kept ("video call the client", "record my hours"), nor a picture of someone's
  // papers or details ("snap a photo of their payslips"), whose own policy says where they go.
  if (!SHOT_ON_OWN_PHONE_ASKED.test(question) || !/\b(?:photos?|pics?|pictures?|shots|snaps|shoot|shooting|film|filmed|filming|clips?|videos?(?! call))\b/i.test(question)) return undefined;
  if (DETAILS_PICTURED.test(question)) return undefined;
  // Read by whole sentences, not the parts a semicolon divides: "take them on the society phone if you can; if you use your own phone…".
  // Where no sentence says it of photos, a photos policy's of its phones alone ("Use the trailer phone, not your own"); not where a
  // sentence forbids photographing some one thing on one's own ("Do not photograph injuries on your own phone"), which says the firm
  // has no general rule.
  const sentencesWhere = (says: (p: Policy, said: string) => boolean) => ctx.config.policies.map((p) => ({ p, said: wholeSentencesOf(p.text).filter((said) => says(p, said)) })).filter((s) => s.said.length > 0);
  const ofChildrenAsked = CHILDREN_SAID.test(question);
  const ofPhotos = sentencesWhere((_, said) => OWN_PHONE_PHOTOS_SAID.test(said) || (ofChildrenAsked && CHILDREN_SAID.test(said) && CHILDREN_OWN_PHONE_PHOTOS_SAID.test(said)));
  const ofOneThing = ofPhotos.length === 0 && sentencesWhere((_, said) => OWN_PHONE_PHOTOGRAPHED_SAID.test(said)).length > 0;
  const sentences = ofPhotos.length > 0 || ofOneThing ? ofPhotos : sentencesWhere((p, said) => onPhotos(p) && NOT_OWN_PHONE_SAID.test(said));
  // Of children, where two policies say it, the one whose sentence says children ("Photos of children are taken only on the hall
  // tablet … never on a personal phone"), not the general rule on keeping records off one's own phone.
  const ofChildren = CHILDREN_SAID.test(question) ? sentences.filter((s) => s.said.some((said) => CHILDREN_SAID.test(said))) : [];
  const said = (ofChildren.length === 1 ? ofChildren : sentences).map((s) => s.p);
  // Of two that say it (the devices policy's "photos never go on your own phone" beside the photos policy's "take before/after photos
  // only on the studio iPad, never on your own phone"), the one titled on photos.
  const titledOnPhotos = said.filter((p) => PHOTOS_POLICY.test(p.title));
  const saying = said.length > 1 && titledOnPhotos.length === 1 ? titledOnPhotos : said;
  if (saying.length !== 1) return undefined;
  // Said in a policy on something else (devices, deliveries), the firm's one policy titled for photos too: whether it may be posted.
  const photos = onPhotos(saying[0]!) ? [] : policiesByTitle(ctx, PHOTOS_POLICY);
  return quoted(photos.length === 1 ? [saying[0]!, photos[0]!] : saying);
}

/**
 * Someone or something caught in the background of one's own photos: "loads of cars in the background of my shots", "caught in shot
 * of my pics", "the invoice is kind of in the background of one" (of the pics just said), "got a great group shot but the boy with the
 * purple band is right at the back".
 */
const IN_BACKGROUND = /\bin the (?:back ?ground|corner|edge) of (?:my|the|our|his|her|their|these|those|some) (?:[\w-]+\s+)?(?:shots?|photos?|pics?|pictures?|snaps?|videos?|clips?)\b|\b(?:shots?|photos?|pics?|pictures?|snaps?)\b[^.?!]{0,80}?\b(?:in the (?:back ?ground|corner|edge) of (?:one|them|it|a few|some|two)\b|(?:is|are|['’]s)\s+(?:right\s+)?at the back\b|at the back of (?:it|them|the (?:shot|photo|pic|picture))\b|(?:sat|sitting|standing|stood)\s+in the back ?ground\b)|\bcaught in (?:the )?(?:shot|frame|background) of (?:my|the|our) (?:[\w-]+\s+)?(?:shots?|photos?|pics?|pictures?)\b/i;

/** A policy sentence on what to keep out of a picture: faces, number plates, what is seen through a window. */
const FRAMING_OUT_SAID = /\b(?:fram\w* out|crop\w*|blur\w*|out of (?:the )?(?:shot|frame|picture)|(?:number|registration) plates)\b/i;

/**
 * People or cars caught in the background of one's own photos, told: the one photos policy that says what to keep out of a picture
 * (inspection photos "framing out people's faces, car number plates"), not the camera policy whose words ("car park") the story meets.
 */
export function inBackgroundAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!IN_BACKGROUND.test(question)) return undefined;
  return theOnly(policiesSaying(ctx, FRAMING_OUT_SAID).filter(onPhotos)) ?? theOnly(policiesByTitle(ctx, PHOTOS_POLICY));
}

/** Someone in a group to be filmed or photographed who would rather not be: "two of them said they don't want to be in it". */
const OPTED_OUT_TOLD = /\b(?:film|filming|filmed|video|videoing|photo|photos|pics?|pictures?|record|recording|shoot|shooting|snap|clip|reel)\b[^.?!]*\b(?:doesn['’]?t|does not|don['’]?t|do not|didn['’]?t|did not|won['’]?t|would rather not|['’]d rather not)\s+(?:want to\s+|wanna\s+)?(?:be|appear|being)\s+(?:in|on)\s+(?:it|them|the (?:video|film|photos?|clip|shot|pics?|pictures?|reel)s?)\b/i;

/** A policy sentence on leaving out of the shot whoever does not want to appear. */
const LEFT_OUT_OF_SHOT_SAID = /\b(?:(?:does not|doesn['’]t|do not|don['’]t) want to (?:appear|be (?:in|filmed|photographed))|(?:left|kept|stays?|stand) out of (?:the )?(?:shot|frame|picture)|opts? out)\b/i;

/** Someone who would rather not be filmed, told: the photos policy that says they are left out of the shot. */
export function optedOutOfShotAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!OPTED_OUT_TOLD.test(question)) return undefined;
  return theOnly(policiesSaying(ctx, LEFT_OUT_OF_SHOT_SAID).filter(onPhotos));
}

/** Pictures of people we have barred put up for staff to see: "stick pics of the lads who got banned up behind the bar so the new staff know their faces". */
const BARRED_PICTURED = /\b(?:photos?|pics?|pictures?|mugshots?|stills?)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:who\s+(?:got|were|are|have been)\s+)?(?:banned|barred)\b[^.?!]{0,60}?\b(?:up|behind the bar|on the wall|in the office|on the noticeboard)\b|\b(?:put|stick|pin|display)\s+(?:up\s+)?(?:photos?|pics?|pictures?)\s+of\s+(?:the\s+)?(?:banned|barred)\b/i;

/** A policy sentence on pictures of barred people: "Photos of barred people are never printed, pinned up or put on WhatsApp". */
const BARRED_PICTURES_SAID = /\b(?:photos?|pictures?|images?)\b[^.]*\b(?:barred|banned)\b|\b(?:barred|banned)\b[^.]*\b(?:photos?|pictures?|images?)\b/i;

/** A sentence on where such pictures may be shown: "printed, pinned up", "on the noticeboard". */
const SHOWN_SAID = /\b(?:printed|pinned|put up|displayed|noticeboard|on the wall|behind the bar)\b/i;

/** One sentence saying both: pictures of barred people, and where they may be shown. */
const BARRED_PICTURES_SHOWN_SAID = new RegExp(`^(?=.*(?:${BARRED_PICTURES_SAID.source}))(?=.*(?:${SHOWN_SAID.source}))`, 'i');

/** Pictures of barred people put up: the one policy with a sentence on them; of several, the one whose sentence says where they may be shown. */
export function barredPicturedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!BARRED_PICTURED.test(question)) return undefined;
  const saying = policiesSaying(ctx, BARRED_PICTURES_SAID);
  return theOnly(saying.length > 1 ? policiesSaying(ctx, BARRED_PICTURES_SHOWN_SAID) : saying);
}

/** A policy on photos, by its title or a keyword. */
function onPhotos(policy: Policy): boolean {
  return PHOTOS_POLICY.test(policy.title) || policy.keywords.some((k) => PHOTOS_POLICY.test(k));
}


/**
 * A post that would say where people are found: "put up a post about the juniors medals with which schools they go to", "caption
 * it with their surnames and the village". Where a child goes to school or lives is what the policy on posting keeps out.
 */
const POST_SAYS_WHERE = /\b(?:post|posting|put up|share|sharing|tag|tagging|caption\w*)\b[^.?!]{0,80}?\b(?:with|and|plus|including|saying|naming)\s+(?:which|what|their|his|her)\s+(?:schools?|school they go to|streets?|roads?|home (?:area|town)s?|villages?|estates?|surnames?)\b/i;

/** A sentence on posting that keeps schools or home areas out: "first names only, never a school, home area or training times". */
const WHERE_KEPT_OUT_SAID = /\b(?:never|not|no|without)\b[^.]*\b(?:schools?|home areas?|surnames?|where (?:they|he|she) lives?)\b/i;

/** A post that would say where people are found: the firm's one policy on photos or posting with a sentence keeping that out. */
export function postSaysWhereAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return POST_SAYS_WHERE.test(question) ? theOnly(policiesSaying(ctx, WHERE_KEPT_OUT_SAID).filter(onPhotos)) : undefined;
}

/**
 * A post about a call-out or job just done: "want to post on our facebook that we were busy at the rta in brough yesterday, is that ok".
 */
const RECENT_CALL_POSTED =
  /\b(?:post|put(?: up)?|share|stick)\b[^.?!]{0,20}?\b(?:on|to)\s+(?:our\s+|the\s+)?(?:facebook|fb|insta(?:gram)?|socials?|page|twitter|tiktok)\b[^.?!]{0,20}?\b(?:that\s+)?we\s+(?:were|was|got)\s+(?:busy|called out|called|out)\s+(?:at|to|with)\b/i;

/** A sentence on posting that keeps recent calls out: "it never mentions calls in the last 7 days". */
const RECENT_CALLS_KEPT_OUT_SAID = /\b(?:never|not|no)\b[^.;]*\b(?:calls?|call-?outs?|incidents?|jobs?|shouts?)\s+(?:in|from|within)\s+the\s+(?:last|past)\b/i;

export const recentCallPostedAnswer = toldThenSaid(RECENT_CALL_POSTED, RECENT_CALLS_KEPT_OUT_SAID);

/**
 * Someone's story or words put in our publicity, on leave given by word of mouth: "want to use the jacksons story in the spring
 * appeal leaflet, mum said yeah go for it on the phone", "want to pop a lovely bit from the jenkins book on the blog, his daughter
 * said on the phone it's fine". The policy sentence that asks for it in writing says what is needed.
 */
const STORY_PUBLISHED = /\b(?:use|put|pop|stick|share|publish|print|include|feature)\b[^.?!]{0,50}?\b(?:story|stories|bit|extract|quote|piece|case study|words|testimonial)\b[^.?!]{0,60}?\b(?:on|in|for|into)\s+(?:the|our|a|this|next)\s+(?:[\w'’-]+\s+){0,2}?(?:blog|leaflets?|newsletters?|website|appeal|brochures?|socials|facebook|insta\w*|magazine|annual report|posters?|flyers?)\b/i;

/** A policy sentence that asks for leave in writing: "only with a signed consent form", "only with written permission". */
const IN_WRITING_SAID = /\b(?:signed|written)\s+(?:consent|permission|agreement)\b/i;

/** Someone's story put in our publicity: the firm's one sentence that says leave must be in writing. */
export const storyPublishedAnswer = toldThenSaid(STORY_PUBLISHED, IN_WRITING_SAID);

/**
 * Something recorded or photographed by accident, asked what to do with it: "accidentally recorded 10 mins of the inside of the van lol
 * do i keep it". The firm's one policy sentence on accidental recordings or photos (deleted the same day, or when noticed).
 */
const ACCIDENTAL_RECORDING_TOLD = /\b(?:accidentally|by accident|by mistake)\b[^.?!]{0,20}?\b(?:recorded|filmed|photographed|captured|snapped|took (?:a )?(?:photo|pic|video)s?)\b|\b(?:recorded|filmed|photographed|captured|snapped)\b[^.?!]{0,40}?\b(?:by accident|by mistake|accidentally)\b/i;
const ACCIDENTAL_RECORDING_SAID = /\b(?:accidental\w*|by accident|by mistake)\b[^.]*\b(?:delet\w*|remove\w*|wipe\w*)\b|\b(?:delet\w*|remove\w*|wipe\w*)\b[^.]*\b(?:accidental\w*|by accident|by mistake)\b/i;
export const accidentalRecordingAnswer = toldThenSaid(ACCIDENTAL_RECORDING_TOLD, ACCIDENTAL_RECORDING_SAID);

/** A post to be put up on another's own account by us: "Jordan's asked me to put his new boots pic up on his account myself". Read in the seventy-second round. */
const ON_ANOTHERS_ACCOUNT = /^(?!.*\bto\s+(?:our|my)\s+(?:own\s+)?(?:account|page|feed|story|insta|socials)\b)(?=.*\b(?:pics?|photos?|pictures?|posts?|videos?|reels?|story|stories|caption|selfies?)\b).*\b(?:put|post|upload|stick|pop|share)\w*\b[^.?!]{0,50}?\b(?:on|to)\s+(?:his|her|their|[a-z]+['’]s)\s+(?:own\s+)?(?:account|accounts|insta(?:gram)?|page|feed|socials|twitter|tiktok|story)\b/i;

/** A policy sentence that only one person posts on others' accounts: "Only Zak Hussain posts on a player's accounts". */
const ONLY_ONE_POSTS_SAID = /\b[Oo]nly\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:posts?|uploads?)\s+(?:on|to)\b/;

export const onAnothersAccountAnswer = toldThenSaid(ON_ANOTHERS_ACCOUNT, ONLY_ONE_POSTS_SAID);

/**
 * Someone tagged in a post, asked or told: "posting the junior comp pics tonight, can i tag the winner, shes 11", "ok to tag the couple in
 * the reel?". A person tagged in a post, not a place ("tag the venue"), which the rules on where people are read, nor parcels tagged
 * with labels.
 */
const PERSON_TAGGED_TOLD = /^(?=.*\b(?:post\w*|pics?|photos?|insta\w*|facebook|fb|tiktok|story|stories|reels?|page|socials?|online)\b).*\b(?:tag|tagging|tagged)\s+(?:(?:the\s+|a\s+|our\s+|all\s+the\s+)?(?:[\w'’-]+\s+){0,2}?(?:winners?|her|him|them|kids?|child|children|girls?|boys?|lads?|juniors?|players?|swimmers?|customers?|clients?|guests?|members?|bride|groom|couple|everyone|people|parents?|mum|dad|family|models?|riders?)|little\s+[a-z]+)\b/i;

/** A policy sentence against tagging people: "Never tag or name a child in a post", "Do not tag guests", "youth members are never named or tagged". */
const NO_PERSON_TAGGED_SAID = /\b(?:never|do not|don['’]t)\s+tags?\s+(?:or\s+name\s+)?(?:a|an|the|any)?\s*(?:child|children|young person|guests?|customers?|clients?|people|models?|members?|audience member|hunters?|juniors?|riders?|family|families|them)\b|\bnever\s+(?:named\s+or\s+)?tagged\b/i;

/** Someone tagged in a post: the one policy sentence against tagging people, of several the one naming a word of the story. */
export const personTaggedAnswer = toldThenSaid(PERSON_TAGGED_TOLD, NO_PERSON_TAGGED_SAID, { storyWord: /^(?:tag\w*|post\w*|pics?|photos?|tonight|name|naming)$/i });

/**
 * Results with people's names to go on social media: "going to post the full list of names and new grades on the club facebook page",
 * "sticking the race times on insta" (not the grading times for next term, a timetable), "put who passed their grading on the club
 * instagram". What the results are of is captured ("new grades", "competition results"), and only a sentence on results of that kind
 * answers.
 */
const RESULTS_POSTED_TOLD = /\b(?:post|posting|put|putting|share|sharing|stick|sticking|upload|uploading)\s+(?:up\s+)?(?:the\s+|all\s+the\s+|everyone['’]?s\s+)?((?:[\w'’-]+\s+){0,6}?(?:results|grades|gradings|scores|(?:race|finish|finishing|split|lap)\s+times|marks|placings))\b[^.?!]{0,40}?\b(?:on|to|onto)\s+(?:the\s+|our\s+)?(?:club\s+|team\s+)?(?:facebook|fb|insta(?:gram)?|socials?|social media|twitter|tiktok)\b|\b(?:post|put|share|stick)\s+(?:up\s+)?who\s+(?:passed|failed|won)\s+(?:their|the)\s+((?:[\w-]+\s+)?(?:grading|gradings|exams?|tests?|race|competition|match))\b[^.?!]{0,40}?\b(?:on|to|onto)\s+(?:the\s+|our\s+)?(?:club\s+|team\s+)?(?:facebook|fb|insta(?:gram)?|socials?|social media|twitter|tiktok)\b/i;

/** A policy sentence on where results go, that keeps them off social media: "Grading results are posted on Spond … not on social media". */
const RESULTS_NOT_ON_SOCIAL_SAID = /^(?=.*\b(?:results|grades|gradings?|scores|times|placings)\b)(?=.*\b(?:not|never|only)\b).*\b(?:social media|facebook|instagram)\b/i;

/** Words of the results told that say nothing of which results they are. */
const ANY_RESULTS = new Set(['result', 'list', 'name', 'full', 'new', 'latest', 'everyon', 'their', 'all']);

/**
 * The one sentence that keeps results of that kind off social media: "new grades" meet "Grading results are posted on Spond … not on social
 * media"; "the competition results" do not, where the rule is on gradings alone (the competitions policy says its results are public).
 */
export function resultsPostedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const told = RESULTS_POSTED_TOLD.exec(question)?.slice(1).find(Boolean);
  if (!told) return undefined;
  const kind = new Set(words(told).filter((w) => !STOPWORDS.has(w)).map(stemWord).filter((w) => !ANY_RESULTS.has(w)));
  const sayingOfKind = (said: string) => RESULTS_NOT_ON_SOCIAL_SAID.test(said) && words(said).map(stemWord).some((w) => kind.has(w));
  return theOnly(ctx.config.policies.filter((p) => wholeSentencesOf(p.text).some(sayingOfKind)));
}

/**
 * Photos of damage to be sent on: "red wine on the sofa at Sandpiper, took pics on my phone. send them to rob on whatsapp?" (read in the
 * eighty-ninth round). Damage told, pictures of it, and their sending.
 */
const DAMAGE_PHOTOS_SENT =
  /^(?=.*\b(?:damage[ds]?|stain(?:s|ed)?|broken|broke|smashed|cracked|burn(?:t|ed)?\s+mark|red wine|spilt|spilled|ripped|torn|scratched)\b)(?=.*\b(?:photos?|pics?|pictures?|snaps?)\b).*\b(?:send|sending|sent|whatsapp|text|email|e-mail|forward|share|post)\b/i;

/** A policy sentence on where photos of damage go: "damage photos go in Breezeway only". */
const DAMAGE_PHOTOS_SAID = /\bdamage\s+(?:photos|pictures|pics)\s+(?:go|goes|are\s+(?:uploaded|kept|put|stored|sent))\b/i;

export const damagePhotosSentAnswer = toldThenSaid(DAMAGE_PHOTOS_SENT, DAMAGE_PHOTOS_SAID);

/**
 * A photo with others in it to go to one client: "is it ok to send Mrs Ellis a photo of the whole pack including her Lola, or just Lola?"
 * (read in the eighty-ninth round).
 */
const GROUP_PHOTO_TO_CLIENT =
  /\b(?:send|sending|text|whatsapp|share)\s+(?:(?:mrs?|ms|miss|dr)\.?\s+[a-z]+|(?:a|the|her|his|their)\s+(?:client|customer|owner|parent|mum|dad))\s+(?:a\s+)?(?:photos?|pics?|pictures?|snaps?)\s+of\s+(?:the\s+)?(?:whole\s+)?(?:pack|group|class|team|lot|gang|everyone|all of them)\b/i;

/** A policy sentence that a client is sent photos of their own only: "Photos sent to a client show their own dog". */
const OWN_ONLY_PHOTO_SENT_SAID = /\b(?:photos?|pictures?)\s+sent\s+to\s+(?:a|the)\s+(?:client|customer|owner|parent)s?\s+show\s+(?:only\s+)?their\s+own\b/i;

export const groupPhotoToClientAnswer = toldThenSaid(GROUP_PHOTO_TO_CLIENT, OWN_ONLY_PHOTO_SENT_SAID);

/**
 * Where photos go, asked: "got loads of nice pics from the Cheviot weekend, where should I upload them?", "where do I put the photos from the
 * open day?", "where should the open day photos go?", "where do I send launch photos?" (read in the ninety-second round and its review).
 */
const PHOTOS_WHERE_ASKED =
  /\b(?:photos?|pics?|pictures?|videos?|footage)\b[^?]*\bwhere\s+(?:should|do|shall|can|must)\s+(?:i|we)\s+(?:upload|put|save|store|send|stick|keep|pop)\b|\bwhere\s+(?:should|do|shall|can|must)\s+(?:i|we)\s+(?:upload|put|save|store|send|stick|keep|pop)\s+(?:(?:the|my|our|these|those|all the)\s+)?(?:[\w-]+\s+){0,2}?(?:photos?|pics?|pictures?|videos?)\b|\bwhere\s+(?:should|do|does|shall)\s+(?:the|our|my|all the)\s+(?:[\w-]+\s+){0,2}?(?:photos?|pics?|pictures?|videos?)\s+go\b/i;

/** A policy sentence on where photos go: "Photos go into the Work Party Photos folder on the shared drive", "Photos are uploaded to …". */
const PHOTOS_GO_SAID = /\b(?:photos?|pictures?|videos?|pics?)\b[^.]*\b(?:go|goes|are\s+(?:uploaded|saved|stored|kept|put))\s+(?:in|into|to|on)\b/i;

export const photosWhereAskedAnswer = toldThenSaid(PHOTOS_WHERE_ASKED, PHOTOS_GO_SAID);
