// Requests told about someone's data: to erase it, see it, correct it, hear of someone else, be put on a list, or be handed something.
import type { Policy, VigilConfig } from '../../config/schema.ts';
import { policyAnswer } from '../policy-answer.ts';
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { policiesByTitle, policiesKeyed, policiesQuoted, policiesSaying, policiesTitled, quoted, quotedWith, sentenceNamesAsked, theMostKeyed, theOneTitled, theOnly, theOnlyPreferring, theOnlySaying, toldOfThingThenSaid, toldThenSaid } from '../quoted-policies.ts';
import { words } from '../text.ts';
import { claimTold } from './claims.ts';
import { sentToWrongPerson } from './breaches.ts';
import { HEALTH_NAMED } from './daily-work.ts';

/**
 * Someone asking for their own data to go: "customer phoned asking us to wipe all her details", "she emailed saying remove her
 * details", "wants us to delete her loyalty card account"; told the other way round, "wants all his details wiped", "wants his
 * account deleted"; or as all we have on them, "wants us to wipe everything we have on him", "a client says wipe everything".
 */
const ERASURE_ASKED = new RegExp(
  [
    /\b(?:delete|erase|wipe|remove|get rid of)\s+(?:all\s+(?:of\s+)?)?(?:my|her|his|their)\s+(?:(?:personal|[\w-]+\s+card|loyalty|online|customer|member(?:ship)?)\s+)?(?:details|data|info|information|records|account)\b/,
    // Records of a trade's own kind, told by the one they are of: "rang saying delete all my hearing tests".
    /\b(?:delete|erase|wipe|get rid of)\s+all\s+(?:of\s+)?(?:my|her|his|their)\s+(?:[\w-]+\s+){1,2}?(?:tests|results|records|notes|files|reports|forms|history)\b/,
    // A way to reach them: "wants us to wipe his number", "asked us to delete her email address"; not taken off one group, list or
    // newsletter ("remove their email address from the newsletter" is an unsubscribe).
    /\b(?:delete|erase|wipe|remove|get rid of)\s+(?:my|her|his|their)\s+(?:(?:phone|mobile|contact)\s+)?(?:numbers?|e-?mail address(?:es)?|contact details)\b(?!\s+(?:from|off)\s+(?:the|our|a)\s+(?:[\w-]+\s+){0,2}?(?:groups?|chats?|lists?|rotas?|newsletters?|mailings?|mailshots?|marketing|e-?mails?)\b)/,
    // Or two of them: "wants her name and address wiped from everything".
    /\b(?:all\s+(?:of\s+)?)?(?:my|her|his|their)\s+(?:personal\s+)?(?:details|data|info|information|records|account|(?:name|address|(?:phone\s+)?number|e-?mail(?:\s+address)?)\s+(?:and|&)\s+(?:(?:my|her|his|their)\s+)?(?:name|address|(?:phone\s+)?number|e-?mail(?:\s+address)?|details))\s+(?:wiped|deleted|erased|removed|gone)\b(?!\s+(?:from|off)\s+(?:the|our|a)\s+(?:[\w-]+\s+){0,2}?(?:groups?|chats?|lists?|rotas?|newsletters?|mailings?|mailshots?|marketing|e-?mails?|texts?)\b)/,
    // Their pictures asked gone: "a couple wants all their wedding photos deleted", "she wants her videos taken down".
    /\b(?:all\s+(?:of\s+)?)?(?:my|her|his|their)\s+(?:[\w-]+\s+)?(?:photos|pictures|pics|videos|recordings|footage)\s+(?:wiped|deleted|erased|removed)\b/,
    // Taken off our system, as a parent or the person says it: "take her son off the system completely", "wants taking off your records".
    /\b(?:take|taking|took|taken|get|getting)\s+(?:him|her|them|me|(?:my|her|his|their)\s+(?:son|daughter|child|kid|little one|boy|girl|name|details))\s+off\s+(?:the|your|our)\s+(?:system|systems|books|records|database|files)\b/,
    // Said by them, of themselves: "emailed saying take all our details off your system please".
    /\b(?:take|get|remove|delete|wipe)\s+(?:all\s+(?:of\s+)?)?(?:our|my)\s+(?:personal\s+)?(?:details|data|info|information|records|account)\s+(?:off|from|out of)\s+(?:your|the)\s+(?:system|systems|books|records|database|files|list)\b/,
    // Them and their family: "wants me to delete her and the kids details off the system right now".
    /\b(?:delete|erase|wipe|remove|get rid of)\s+(?:him|her|them|me)\s+and\s+(?:(?:the|her|his|their|my)\s+)?(?:kids|children|son|daughter|family|wife|husband|partner)['’]?s?\s+(?:personal\s+)?(?:details|data|info|information|records|accounts?)\b/,
    // Their details taken off our system: "wants his details taken off our system completely".
    /\b(?:my|her|his|their)\s+(?:personal\s+)?(?:details|data|info|information|records|account|name)\s+(?:taken|removed|wiped|deleted)\s+(?:off|from|out of)\s+(?:the|your|our)\s+(?:system|systems|books|records|database|files)\b/,
    // Our copy of their paper: "wants us to delete the copy of his passport and the power of attorney we kept".
    /\b(?:delete|erase|wipe|remove|destroy|shred|get rid of)\s+(?:the\s+|our\s+)?(?:cop(?:y|ies)|scans?|photocop(?:y|ies))\s+(?:we\s+(?:kept|keep|have|hold|took)\s+)?of\s+(?:my|her|his|their)\b/,
    // Every trace of them: "now wants all trace of him wiped", "asked us to remove every trace of her".
    /\b(?:all|every|any)\s+traces?\s+of\s+(?:him|her|them|me)\s+(?:wiped|deleted|erased|removed|gone)\b|\b(?:delete|erase|wipe|remove|get rid of)\s+(?:all|every|any)\s+traces?\s+of\s+(?:him|her|them|me)\b/,
    // Wiped off everything we have: "wants us to wipe him off everything", "delete her from all your systems".
    /\b(?:delete|erase|wipe|remove|take|get)\s+(?:him|her|them|me)\s+(?:off|from)\s+(?:everything|every system|all (?:your|our|the) (?:systems|records|lists|files)|all of it)\b/,
    /\b(?:delete|erase|wipe|remove|get rid of)\s+(?:all|everything|anything|every (?:record|file|detail|bit of (?:data|info)))\s+(?:(?:that\s+)?(?:we|you)\s+(?:have|hold|keep|['’]ve got|have got|got)\s+)?(?:on|about|of)\s+(?:him|her|them|me)\b/,
    // Told the other way round: "asked for all we hold on him erased", "wants anything we keep about her removed", "every record about her deleted".
    /\b(?:everything|all|anything|every (?:record|file|detail|bit of (?:data|info))|all (?:the|of the) (?:stuff|info|information|data|details|records))\s+(?:(?:that\s+)?(?:we|you)\s+(?:have|hold|keep|['’]ve got|have got|got)\s+)?(?:on|about)\s+(?:him|her|them|me)\s+(?:deleted|wiped|erased|removed|gone|destroyed)\b/,
    // Themselves asked gone: "a donor wants to be totally wiped", "asked to be deleted from everything".
    /\b(?:wants?|wanted|wanting|asked|asking|asks)\s+(?:us\s+)?to\s+be\s+(?:totally\s+|completely\s+|fully\s+|entirely\s+|properly\s+)?(?:wiped|deleted|erased|forgotten)\b/,
    // One of our people telling us to wipe everything: "ex customer says wipe everything incl the accident form".
    /\b(?:customers?|clients?|patients?|guests?|members?|tenants?|parents?|students?|pupils?|residents?|owners?)\b[^.?!]{0,30}?\b(?:says|said|wants|wanted|asked|asking|asks|emailed|rang|texted|messaged)\s+(?:(?:us|me)\s+)?(?:to\s+)?(?:wipe|delete|erase|remove|get rid of)\s+(?:everything|all of it|all (?:her|his|their) (?:stuff|things))\b/,
  ]
    .map((r) => r.source)
    .join('|'),
  'i',
);

/** A request told: someone rang, asked, wants. A staff member's own "can I delete my account?" is not one. */
const REQUEST_TOLD = /\b(?:rang|called|phoned|emailed|texted|messaged|wrote|said|says|saying|asked|asks|asking|wants?|wanted|wanting|request(?:s|ed|ing)?|demand(?:s|ed|ing)?)\b/i;

/** Whoever may ask for their data: our customers and the like, or anyone. */
const ASKER = String.raw`(?:customers?|clients?|patients?|guests?|members?|tenants?|parents?|students?|pupils?|residents?|owners?|someone|somebody|anyone|anybody|people|they|he|she)`;

/** The right asked after rather than a request told: "can a customer ask for a copy of their data?", "can clients ask for…". */
const RIGHT_ASKED = new RegExp(String.raw`\b(?:can|could|may|do|does)\s+(?:a |an |the |our )?${ASKER}\s+(?:ask|request|make us|get us to|force us to|insist)\b|\b${ASKER}\s+(?:can|could|may|is allowed to|are allowed to|has the right to|have the right to)\s+(?:ask|request)\b`, 'i');

/** The asker's own wish to remove their own things: "I want to delete my account on the booking app". */
const OWN_ERASURE = /\b(?:i|i'd|i'm)\s+(?:(?:really|just)\s+)?(?:want|wanted|need|would like|'d like)\s+to\s+(?:delete|erase|wipe|remove|get rid of)\s+(?:all\s+(?:of\s+)?)?my\b/i;

/** Someone else's words passed on: "a client rang: I want to delete my data" is still their request. */
const PASSED_ON = /\b(?:rang|called|phoned|emailed|texted|messaged|wrote|said|says|saying)\b/i;

/** True when a member of staff asks to remove their own account or details, which tells no one's request to us. */
function asksOwnErasure(question: string): boolean {
  return OWN_ERASURE.test(question) && !PASSED_ON.test(question);
}

/** A policy keyword that names erasure: "erasure", "delete my data", "right to be forgotten". */
const ERASURE_KEYWORD = /\beras(?:e|ure)\b|\bright to be forgotten\b|\bforget (?:me|us|them)\b|\bdelete (?:my|their|your) (?:data|details)\b/i;

/** A policy keyword on someone's own request for their data: "delete my details", "subject access", "right to be forgotten". */
const REQUEST_KEYWORD = /\b(?:delete|erase|remove)\s+(?:my|their|your)\b|\bsubject access\b|\bsar\b|\bright to be forgotten\b|\bforget (?:me|us|them)\b/i;

/**
 * "Customer phoned asking us to wipe all her details": a request to erase someone's data is the firm's
 * one policy whose keywords name erasure (whom to pass it to, how fast), not one meeting "wipe" or "details".
 */
export function erasureAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!ERASURE_ASKED.test(question) || !(REQUEST_TOLD.test(question) || RIGHT_ASKED.test(question)) || asksOwnErasure(question)) return undefined;
  // Of several ("data erasure" of the drives a shredder destroys), the one keyed on someone's own request; where none is keyed so,
  // the one sentence that says such a record is marked, not deleted ("Donors who ask to stop hearing from us are marked … not deleted").
  // Where no policy is keyed so either, the one sentence on such a request ("A customer who leaves can ask us to delete their details sooner").
  return theOnlyPreferring(policiesKeyed(ctx, ERASURE_KEYWORD), (p) => p.keywords.some((k) => REQUEST_KEYWORD.test(k))) ?? markedNotDeleted(ctx, question) ?? theOnlySaying(ctx, ERASURE_SAID);
}

/** A policy sentence on someone asking us to delete their data: "can ask us to delete their details sooner", "the right to erasure". */
const ERASURE_SAID = /\b(?:ask|asks|asked|request|requests)\s+(?:us\s+)?to\s+(?:delete|erase|remove|wipe)\s+(?:their|his|her|your)\s+(?:personal\s+)?(?:details|data|information|records?|account)\b|\bright to (?:erasure|be forgotten)\b/i;

/** Those whose records a sentence may say are kept marked: donors, members, customers… */
const WHOSE_RECORD = /\b(donors?|supporters?|members?|customers?|clients?|volunteers?|parents?|patients?|tenants?|guests?|subscribers?|finders?)\b/i;

/** A policy sentence that a record asked gone is kept marked instead: "…marked "no contact" in Donorfy the same day, not deleted". */
const MARKED_NOT_DELETED_SAID = /\b(?:marked|flagged|suppressed)\b[^.;]*\bnot deleted\b|\b(?:marked|flagged|suppressed)\b[^.;]*\b(?:rather than|instead of)\s+(?:being\s+)?deleted\b/i;

/**
 * The one sentence that says such a record is marked, not deleted, of the people the story names ("a regular donor": "Donors who ask
 * to stop hearing from us are marked … not deleted"), not of others (a volunteer asking to be deleted).
 */
const markedNotDeleted = toldOfThingThenSaid(WHOSE_RECORD, MARKED_NOT_DELETED_SAID);

/**
 * Someone asking to see our camera footage of something that happened: "a passenger wants to see the
 * dashcam footage". A copy of footage of themselves ("a copy of the cctv of herself") is an access
 * request, which the matched policies already tell apart.
 */
const FOOTAGE_ASKED = /\b(?:asking|asked|asks|wants?|wanted|wanting|request(?:s|ed|ing)?)\s+(?:for\s+)?(?:the|our|any|some)\s+(?:[\w-]+\s+){0,2}?(?:camera|cctv|dash ?cam|bus|van|vehicle)\s+footage\b|\b(?:wants?|wanted|asking|asked|asks|demand(?:s|ed|ing)?|request(?:s|ed|ing)?|insist(?:s|ed|ing)?)\b.*\b(?:see|view|watch|look at|check|scroll (?:back )?through|look back through|go (?:back )?through|rewind|send (?:her|him|them|me|us|over)|email (?:her|him|them))\b(?:(?!\b(?:copy|of (?:her|him|them)sel(?:f|ves)|of (?:me|myself)\b)).)*\b(?:footage|cctv|dash ?cam\w*|body ?cam\w*|(?:shop|door|car park|yard|security|site|workshop|front|back)\s+cams?|the recordings?(?!\s+of\s+(?:the|our|my|his|her|their)\s+(?:call|meeting|session|lesson|song|track|show|class))|camera (?:vids?|videos?|recordings?|clips?))\b/i;

/** A clip or video from one of our cameras asked for: "a mum is asking for the video from the saloon camera from when her son got hurt". */
const CAMERA_CLIP_ASKED = /\b(?:wants?|wanted|asking|asked|asks|request(?:s|ed|ing)?)\s+(?:(?:me|us)\s+)?(?:for\s+)?(?:a copy of\s+)?(?:the|a|that)\s+(?:video|clip|recording|footage)\s+(?:from|off|of)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:cameras?|cams?|cctv|dash ?cams?|body ?cams?)\b|\b(?:wants?|wanted|asking|asked|asks|request(?:s|ed|ing)?)\s+(?:(?:me|us)\s+)?(?:for\s+)?(?:a copy of\s+|copies of\s+)?(?:all\s+)?(?:the\s+)?(?:camera|cctv|dash ?cam)\s+(?:recordings?|footage|videos?|clips?)\s+of\s+(?:him|her|them|me|it happening|the (?:fall|accident|incident|crash))\b/i;

/**
 * The police by name, rank or what staff call them: "police", "a PCSO", "the coppers", "copper's turned up on site" (read in the eighty-ninth round), "DC Hughes from Bridgend rang", "a DC from West Mercia phoned", and a PC only
 * where one comes, rings or asks ("pc from northallerton rang"), never "the pc" that is a computer. Every story of the police asking
 * (for footage, for someone's details, for anything) reads this one list.
 */
export const POLICE_SAID = String.raw`(?:\b(?:police|policeman|policewoman|police officers?|detectives?|cops?|pcsos?|cid)\b|\b(?:gmp|btp|psni|wmp|the met)\s+(?:officers?|detectives?)\b|\b(?:(?:a|an)\s+(?:dc|ds|di|dci|pc)|the\s+(?:dc|ds|di|dci))\s+(?=(?:from|at|rang|called|phoned|came|turned up)\b)|\b(?:a|the)\s+coppers?\b(?!\s+(?:pipes?|pipework|wire|wiring|cables?|tanks?|cylinders?|pots?|pans?|kettles?|roof|bath|sinks?|gutters?|boilers?|coils?|tubes?|fittings?|beech|colou?r))|\bcoppers?(?:['’]s)?(?=\s+(?:just\s+)?(?:rang|called|phoned|came|popped|turned up|asked|asking|wants?|wanting)\b)|\b(?:dc|ds|di|dci|dsi|pc)\s+(?!(?:world|keeps?|is|was|has|won|in|on|at|and|or|for|to|the)\b)[a-z]+(?=\s+(?:from|at|of|on|rang|called|phoned|asked|asking|says|said|wants?|wanting|came)\b)|\bpc\b(?=\s+(?:from|rang|called|phoned|came|turned up|here|asked|asking|wants?|wanted|wanting)\b)|\bpc\b(?=\s+(?:at|on)\s+(?:the\s+)?(?:reception|front desk|desk|door|counter|phone|line)\s+(?:asking|wanting|wants?)\s+(?:who|whose|where|what|for\s+(?:details|the\s+name|names|an?\s+address|the\s+address|information|info|records|footage|cctv))\b))`;

/**
 * The police (or an insurer) asking us for footage: "a policeman is in the shop wanting the cctv of a
 * shoplifter", "pc from northallerton rang, wants the clip of the gate from tuesday night", "a copper popped in asking for the recordings
 * from last tuesday", "wants whatever our kit recorded of the lane", "asking for the car park video". Who may hand footage over is the camera
 * policy's, whatever theft or crash the story tells.
 */
const AUTHORITY_FOOTAGE_ASKED = new RegExp(
  String.raw`(?:${POLICE_SAID}|\b(?<!\b(?:protection|compliance|safeguarding|welfare) )officers?\b|\b(?:insurers?|insurance company)\b)` +
    String.raw`.*\b(?:footage|cctv|dash ?cam\w*|camera (?:recordings?|screen|monitor)|(?:clips?|videos?|recordings?)\s+(?:of|from)\s+(?:the|our)\s+(?:gate|yard|door|entrance|car park|shop|forecourt|camera|fight|incident|theft|break-?in|assault|scuffle|crash|accident)|recordings?\s+(?:from|of|for)\s+(?:last|yesterday|this|the other|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:kit|cameras?|system)\s+(?:recorded|caught|picked up|filmed)|(?:car park|gate|yard|door|entrance|forecourt|camera)\s+(?:videos?|clips?|recordings?))\b`,
  'i',
);

/**
 * The police or an insurer asking us a question about our footage ("asked if our cctv is stored in the UK", "wants to
 * know how long we keep it"): the register's answer for them, not a request to hand footage over.
 */
const AUTHORITY_ASKS_ABOUT = /\b(?:asked|asks|asking|wants? to know|wanted to know|wanting to know|would like to know)\s+(?:us\s+|me\s+)?(?:if|whether|where|how|what|when|who|which)\b/i;

/** Footage got out for the police, asked leave to: "police popped in, can i just film the camera screen on my phone for them". */
const DONE_FOR_THEM = /\b(?:can|could|shall|should)\s+(?:i|we)\b[^.?!]*\bfor\s+(?:them|him|her|the police|the officers?)\b/i;

/** A policy keyword that names camera footage. */
const FOOTAGE_KEYWORD = /^\s*(?:footage|cctv|dash ?cams?|body ?cams?(?: footage| video)?)\s*$/i;

/**
 * Whether our cameras caught something, asked by someone, or what they got asked to be seen: "a copper came to the gate asking if our
 * cameras caught whoever broke in next door", "policeman came in … wants to see what our cameras got".
 */
const CAMERAS_CAUGHT_ASKED = /\b(?:(?:asking|asked|asks|wants? to know|wanted to know|wanting to know)\s+(?:us\s+|me\s+)?(?:if|whether)|(?:wants?|wanting|wanted|asking|asked)\s+to\s+(?:see|watch|look at|view)\s+what)\s+(?:our|the|your)\s+(?:[\w-]+\s+)?(?:cameras?|cctv|cams?)\s+(?:caught|picked up|got|recorded|saw|show(?:ed|s)?|captured)\b/i;

/**
 * "His phone was stolen in the taproom and he wants to watch the cctv", "an officer is asking for
 * the car park footage": a request for footage is the firm's one camera policy's (who handles footage
 * requests), before the theft its story tells (a loss policy) or a supplier whose engineers can view
 * the footage.
 */
export function footageRequestAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const byAuthority = AUTHORITY_FOOTAGE_ASKED.test(question) && (REQUEST_TOLD.test(question) || DONE_FOR_THEM.test(question)) && !AUTHORITY_ASKS_ABOUT.test(question);
  if (!FOOTAGE_ASKED.test(question) && !CAMERA_CLIP_ASKED.test(question) && !CAMERAS_CAUGHT_ASKED.test(question) && !byAuthority) return undefined;
  const cameras = cameraPolicies(ctx, question);
  // Footage of the asker, where no one policy is on the cameras (none, or several that only name them): the policy on requests for
  // one's own data, which counts footage too.
  const oneOnCameras = cameras.length === 1 || cameras.filter((p) => CAMERA_TITLE.test(p.title)).length === 1;
  if (!oneOnCameras && !byAuthority && FOOTAGE_OF_THEIR_OWN.test(question)) return theOnly(accessPolicies(ctx));
  if (cameras.length !== 1) return undefined;
  // Footage of the asker or their child is their own data: the policy on such requests too, where it is another.
  const access = !byAuthority && FOOTAGE_OF_THEIR_OWN.test(question) ? accessPolicies(ctx).filter((p) => p !== cameras[0]) : [];
  return quoted(access.length === 1 ? [cameras[0]!, access[0]!] : cameras);
}

/**
 * A still or clip off our cameras put up or shared: "can we stick a still off the cameras in the front window so folk know his face?",
 * "grab a screenshot off the cameras and stick it in the village group".
 */
const CAMERA_STILL_SHOWN = /\b(?:put|putting|stick|sticking|post|posting|share|sharing|show|showing|pin|pinning|display|displaying|upload|uploading)\b[^.?!]{0,30}?\b(?:stills?|screenshots?|screen ?grabs?|pics?|photos?|pictures?|images?|clips?)\s+(?:off|from|of)\s+(?:the\s+|our\s+)?(?:cctv|cameras?|footage|shop cams?)\b|\b(?:stills?|screenshots?|screen ?grabs?|pics?|photos?|pictures?|images?|clips?)\s+(?:off|from)\s+(?:the\s+|our\s+)?(?:cctv|cameras?|footage|shop cams?)\b[^.?!]{0,40}?\b(?:stick|post|share|put|pop|upload)\b/i;

/** A still or clip off our cameras put up or shared: the firm's one camera policy (who may see footage, and where it never goes). */
export function cameraStillShownAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!CAMERA_STILL_SHOWN.test(question)) return undefined;
  const cameras = cameraPolicies(ctx, question);
  return cameras.length === 1 ? quoted(cameras) : undefined;
}

/** Footage said to be of the one asking, their family or their car: "of his lad falling", "of herself", "of my daughter", "of his car being dropped off". */
const FOOTAGE_OF_THEIR_OWN = /(?:of|showing)\s+(?:him|her|them|me|himself|herself|themselves|(?:his|her|their|my)\s+(?:own\s+)?(?:lad|son|daughter|kids?|child|children|boy|girl|little one|wife|husband|partner|mum|dad|car|van|vehicle|motorbike))/i;

/** A policy titled for cameras, not one that only keeps footage among other things (the retention schedule). */
const CAMERA_TITLE = /\b(?:cctv|cameras?|footage|dash ?cams?|body ?cams?)\b/i;

/**
 * The firm's policies on camera footage; where it has two (the yard's CCTV and the lorries'
 * dashcams, both with the keyword "footage"), the one whose own camera word the question says.
 */
function cameraPolicies(ctx: QaContext, question: string): Policy[] {
  const cameras = policiesKeyed(ctx, FOOTAGE_KEYWORD);
  if (cameras.length < 2) return cameras;
  const said = ` ${words(question).join(' ')} `;
  const camerasSaid = (p: Policy) => p.keywords.some((k) => FOOTAGE_KEYWORD.test(k) && !/footage/i.test(k) && said.includes(` ${words(k).join(' ')} `));
  const bySaid = cameras.filter(camerasSaid);
  return bySaid.length ? bySaid : cameras.filter((p) => CAMERA_TITLE.test(p.title));
}

/**
 * Someone asking what we hold about them: "wanting to know what data we have on him", "asked what
 * information we keep about her", "one of the drivers wants to see what's on his file", "wants to know everything we have got on her",
 * "said he wants everything the club has got on him". The person's pronoun says the data is theirs: "what info do we
 * hold on Spond?" asks after a supplier's entry. The holding may be said
 * with more words ("what we've still got on her", "what we have stored about him"); what we have written about them, asked by one we serve
 * ("a 13 year old i tutor asked what weve got written about her"), not by the police, a GP or an ex-husband. Their own words quoted
 * count: "'what info have you lot actually got on me?'", "'what do u actually keep about me??'".
 */
const OWN_DATA_ASKED = /\bwhat\s+(?:(?:info|information|data|details|stuff)\s+)?(?:have|do)\s+(?:you|u|we)(?:\s+(?:lot|guys|people))?\s+(?:actually\s+|really\s+|even\s+)?(?:got|have|hold|keep|store)\s+(?:on|about)\s+(?:me|him|her|them)\b|\b(?:a|an|the|one of (?:our|the)|our)\s+(?:\d+\s*(?:year|yr)\s*old|pupil|student|client|customer|patient|member|young person|yp|lad|girl|boy|kid|child|resident|tenant|learner|tutee)s?\b[^?.]{0,30}?\b(?:asked|asking|asks|wants? to know|wanted to know)\s+what\s+(?:we|you)(?:['’]?ve|\s+have)\s+(?:got\s+)?(?:written|recorded|down|on file)\s+(?:on|about)\s+(?:me|him|her|them)\b|\beverything\s+(?:we|you)['’]?ve\s+got\s+written\s+(?:about|on)\s+(?:me|him|her|them)\b|\b(?:we|you)\s+(?:still\s+)?(?:hold|have|keep|store|have got|got)\s+(?:anything|any (?:info|information|data|details|records?))\s+(?:on|about)\s+(?:him|her|them|me|himself|herself|themselves)\b|\b(?:see|have|get|read|look at|a copy of)\s+(?:what['’]?s|what is|everything)\s+(?:on|in)\s+(?:his|her|their)\s+(?:own\s+)?(?:file|record|records|notes|account)\b|\b(?:what|whatever|everything|all|all the|anything)\s+(?:(?:personal\s+)?(?:info|information|data|details|stuff|records?)\s+)?(?:(?:do|that)\s+)?(?:(?:we|you)(?:\s+(?:still\s+|currently\s+|actually\s+|already\s+)?(?:hold|have|keep|store|have got|got)|['’]ve (?:still |currently |actually |already )?got)|(?:the|this)\s+[a-z]+\s+(?:still\s+)?(?:holds|has|keeps|stores|has got|['’]s got|has written(?: down)?))(?:\s+(?:stored|kept|held|saved|recorded|on (?:file|record|the system)))?\s+(?:on|about|(?<!\b(?:has|have|got)\s+)for)\s+(?:him|her|them|me|himself|herself|themselves|(?:his|her|their|my)\s+(?:kids?|child|children|son|daughter|little one))\b/i;

/** Kinds of someone's records, in everyday words. */
const THEIR_KIND = String.raw`(?:pics|pictures|photos|images|notes|records|files|data|details|info|information|forms|emails|messages|videos)\b`;

/**
 * Someone asking for copies of what we recorded or hold of them: "copies of all the recordings we have of him", "all the
 * footage we took of his house". The pronoun after "of" says whose (a "copy of the footage we have of the car park" is no one's; photos "of their mum" are a parent's, not the asker's own).
 * Or a copy of their own notes or records asked outright: "can she have a copy of her treatment notes" (a trade's own kind of record,
 * "his tacho records", has a policy of its own and is left to it).
 */
const OWN_COPIES_ASKED = /\b(?:copy|copies|all)\s+(?:of\s+)?(?:all\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}(?:recordings?|footage|videos?|photos?|pictures?|images?|records?|notes|files?|data|info|information)\s+(?:that\s+)?(?:we|you)\s+(?:have|hold|took|take|keep|kept|made|shot|filmed|recorded|got|have got)\s+(?:\w+\s+)?(?:of|on|about)\s+(?:him|her|them|himself|herself|themselves|(?:his|her|their)\s+(?!(?:mum|mom|mother|dad|father|nan|gran|grandma|grandad)\b)\w+)\b|\bcop(?:y|ies)\s+of\s+(?:all\s+(?:of\s+)?)?(?:his|her|their)\s+(?:own\s+)?(?:(?:treatment|medical|clinical|health|personal|case|care|dental|therapy|counselling|session|journal|learning|school|progress)\s+)?(?:notes|records|file|files|data|details|information|info|stuff|reports?)\b/i;

/**
 * A solicitor or lawyer asking for someone's records, notes or forms for a claim: a request for personal information, made for the person.
 * The firm's own solicitor ("our solicitor wants the tenancy records for the hearing") acts for us, so asks no one's request.
 */
const SOLICITOR_ASKS_RECORDS = /(?<!\b(?:our|my|the firm['’]s|the practice['’]s)\s+)\b(?:solicitors?|lawyers?)['’]?s?\b.*\b(?:records?|notes|files?|data|details|information|footage|reports?|forms?|everything (?:we|you)(?:['’]?ve| have| hold| keep)?\s*(?:got\s+)?(?:on|about))\b/i;

/**
 * What our people wrote of someone, asked to be seen by them: "he wants to see everything the carers have written about him",
 * "she asked to read what the tutors put about her", "client asked if she can see what i write about her after each session". Their
 * own records, in the words of those who kept them.
 */
const WRITTEN_ABOUT_ASKED = /\b(?:see|read|look at|have|get)\s+(?:the|a copy of the)\s+notes\s+(?:we['’]?ve|we have|you['’]?ve|you have|i['’]?ve|i have)?\s*(?:written|made|kept|got)?\s*(?:on|about)\s+(?:her|his|their)\s+(?:case|file)\b|\b(?:see|read|look at|have|get|a copy of)\s+(?:everything|all|what|whatever|anything)\s+(?:that\s+)?(?:the\s+|our\s+)?(?:[\w'’-]+\s+){0,2}?(?:(?:have|has|had|'ve)\s+(?:ever\s+)?(?:written|wrote|recorded|noted|put|said|logged)|(?<=\b(?:you|we)(?:['’]?ve)?\s+)(?:written|recorded|noted)|write|writes|wrote|record|records|note|notes|put|puts|keep|keeps)\s+(?:down\s+)?(?:about|on|of)\s+(?:him|her|them|himself|herself|themselves|me)\b/i;

/**
 * Someone's whole file asked to go elsewhere: "she's gone to another firm and wants her whole file sent over to them", "wants
 * his full records passed to his new physio". A request about their own data.
 */
const WHOLE_FILE_ASKED = /\bwants?\s+(?:his|her|their)\s+(?:whole|full|entire|complete)\s+(?:[\w-]+\s+)?(?:file|files|records?|notes)\s+(?:sent|passed|transferred|forwarded|moved|copied|handed)\b/i;

/**
 * Everything we hold on someone, asked for as a thing to hand over: "asking for a printout of everything the club has on his son"
 * ("a copy of everything the club's got on his 14 yr old"),
 * "wants all his old fight records and medicals off us for a job thing", and a whole file asked by the firm the person moved to
 * ("mr ali has moved to them and they want his whole file").
 */
const EVERYTHING_HANDED_OVER = /\b(?:printout|print-?out|copy|copies|list)\s+of\s+(?:everything|all|whatever)\s+(?:(?:the|our)\s+)?[\w-]+(?:['’]s)?\s+(?:has|have|holds?|keeps?|has got|have got|got)\s+(?:on|about)\s+(?:him|her|them|(?:his|her|their)\s+\w+)\b|^(?!.*\b(?:insurers?|insurance|solicitors?|lawyers?|council|police|agents?|employers?|school|court)\b).*\b(?:wants?|wanting|wanted)\s+(?:all|copies|a copy)\s+(?:of\s+)?(?:all\s+(?:of\s+)?)?(?:his|her|their)\s+(?:old\s+)?(?:[\w-]+\s+){0,2}?(?:records?|notes|files?|medicals|results|reports?|paperwork|forms?)\b[^.?!]{0,40}?\b(?:off|from)\s+(?:us|the club|the firm|the practice|the company)\b|\b(?:moved|gone|switched|transferred)\s+to\b[^.?!]{0,40}?\bwants?\s+(?:his|her|their)\s+(?:whole|full|entire|complete)\s+(?:[\w-]+\s+)?(?:file|files|records?|notes)\b/i;

/**
 * Everything of a kind we have of someone, or of their child, car or home, asked for: "a lady emailed asking for every photo we've ever
 * taken of her", "send me every photo you've got of my car", "asking for every photo and bit of info we've got on her little girl".
 */
const ALL_TAKEN_OF_THEM = /^(?!.*\b(?:put|post|upload|share|dig out)\b[^.?!]{0,80}?\b(?:on|to|for)\s+(?:insta\w*|facebook|fb|tiktok|the website|our website|socials|the (?:new )?listing)\b).*?\b(?:every|all (?:the )?|any)\s*(?:photos?|pictures?|pics?|recordings?|footage|videos?|records?|e-?mails?|notes)(?:\s+(?:and|&|n|\+)\s+(?:(?:every|any|all the)\s+)?(?:bit of\s+|piece of\s+|(?:phone|call|audio|video|cctv|camera)\s+)?(?:info|information|details|data|notes|records?|paperwork|recordings?|photos?|videos?|footage|e-?mails?))?\s+(?:that\s+)?(?:we['’]?ve|we have|we|you['’]?ve|you have|you)\s+(?:ever\s+)?(?:taken|got|hold|held|kept|have|made|recorded)\s+(?:of|on|about)\s+(?:her|him|them|me|(?:my|his|her|their)\s+(?:car|van|vehicle|motor|bike|house|home|garden|property|flat|dog|horse|(?:little\s+|young\s+)?(?:girl|boy|son|daughter|child|kid|lad|lass|baby)))\b/i;

/**
 * All of someone's records of two kinds, or all we have of them, asked for by them: "a client emailed asking for all her pics and
 * notes we have on her", "messaged us asking for all her before n after pics and notes". Two kinds at once, or "we have", make it
 * the whole of what we hold ("wants all his details changed" is an update, not a request).
 */
const ALL_THEIRS_ASKED = new RegExp(
  String.raw`\b(?:asking for|asked for|asks for|wants|wanting|wanted|requesting|requested)\s+(?:copies of\s+|a copy of\s+)?all\s+(?:of\s+)?(?:her|his|their)\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?${THEIR_KIND}` +
    String.raw`(?:\s+(?:and|&|n|\+)\s+(?:[\w-]+\s+){0,2}?${THEIR_KIND}|\s+(?:that\s+)?(?:we|you)\s+(?:have|hold|keep|['’]ve got|have got|got))`,
  'i',
);

/** Someone other than the person asking for what we hold on them: the police, their family, a solicitor, an insurer, an employer. */
const ASKED_FOR_BY_ANOTHER = String.raw`.*\b(?:police|officers?|detectives?|daughter|son|wife|husband|partner|mum|dad|mother|father|sister|brother|family|solicitors?|lawyers?|insurers?|council|employers?|social workers?)\b`;

/**
 * All the messages or chats we hold on someone, asked for by them (not by the police or their family): "ex-nurse messaged the office asking
 * for all the chats and notes we've got about her".
 */
const ALL_MESSAGES_OF_THEM = new RegExp(String.raw`^(?!${ASKED_FOR_BY_ANOTHER}).*\ball\s+(?:the\s+)?(?:chats|messages|texts|whatsapps)(?:\s+(?:and|&|n|\+)\s+(?:[\w-]+\s+)?(?:notes|e-?mails|records|messages|details))?\s+(?:that\s+)?(?:we['’]?ve|we have|we|you['’]?ve|you have)\s+(?:ever\s+)?(?:got|hold|held|kept|have)\s+(?:of|on|about)\s+(?:her|him|them|me)\b`, 'i');

/** All we hold with someone's name on it, asked for: "messaged asking for all the tracker data and timesheets we've got with his name on". */
const ALL_WITH_NAME_ON = new RegExp(String.raw`^(?!${ASKED_FOR_BY_ANOTHER}).*\b(?:asking for|asked for|asks for|wants?|wanting|wanted|requesting|requested)\s+(?:copies of\s+|a copy of\s+)?(?:all|everything|anything|every\s+[\w-]+)\s+(?:(?:of\s+)?the\s+)?(?:[\w-]+\s+){0,5}?(?:that\s+)?(?:we['’]?ve got|we have|we hold|we keep|we['’]ve|we got|you['’]ve got|you have|you hold)\s+(?:got\s+)?(?:with|that has|that have|which has|which have)\s+(?:his|her|their|my)\s+name\s+on\b`, 'i');

/** What kind of records of one's own, said in everyday words: a trade's own kind ("his tacho data") has a policy of its own. */
const OWN_RECORDS_KIND = String.raw`(?:personnel|hr|staff|employee|employment|personal|work|training|appraisal|sickness|payroll|pay|account|case|treatment|medical|health|care|membership|customer|client|patient)`;

/**
 * One of those whose data we hold asking for their own records, told of them: "a former employee asked for their personnel file",
 * "a member of staff wants to see their HR records", "an ex-employee wants a copy of their emails". Whose records is the asker's
 * ("their"), not another's ("their child's" is a parent's request, which the patterns above read).
 */
const SUBJECT_ASKS_OWN = new RegExp(
  String.raw`^\s*(?:an?|one of (?:our|the)|our|the|this|that)\s+(?:(?:former|ex|old|previous|past|current)[- ]\s*)?(?:employee|member of staff|staff member|worker|colleague|customer|client|patient|tenant|member|guest|pupil|student|volunteer|applicant|candidate|resident|driver|leaver)s?\s+(?:has\s+|have\s+|just\s+)?` +
    String.raw`(?:asked|asks|asking|wants?|wanted|requested|requests|emailed|rang|phoned|wrote)\b[^.?!]{0,30}?\b(?:for|to see|to have|to get|a copy of|copies of)\s+(?:a copy of\s+|copies of\s+|all\s+(?:of\s+)?)?(?:his|her|their)\s+(?:own\s+)?(?:${OWN_RECORDS_KIND}\s+)?(?:records?|file|files|data|details|information|info|notes|e-?mails?|paperwork)\b`,
  'i',
);

/** The asker's own records asked for: "can i see my own personnel file", "can I get a copy of my HR records?". */
const ASKER_WANTS_OWN = new RegExp(
  String.raw`\b(?:can|could|may|how do|how can)\s+i\s+(?:see|have|get|read|look at|view|request|ask for)\s+(?:a copy of\s+|copies of\s+|what(?:['’]s| is) (?:in|on)\s+)?my\s+(?:own\s+)?(?:${OWN_RECORDS_KIND}\s+)?(?:records?|file|files|notes)\b`,
  'i',
);

/**
 * A parent asking for a copy of their child's records: "dad wants a copy of his daughter's lesson notes, she's 13", "mum asked for copies of
 * her son's reports", "dad (divorced, doesnt pay fees) wants to see his sons reports". A request for a child's data, made by one with
 * parental responsibility.
 */
const CHILDS_RECORDS_ASKED =
  /\b(?:mum|mom|dad|parent|mother|father)\b[^.?!]{0,30}?\b(?:wants?|wanted|wanting|asked for|asking for|asks for|requested|requesting)\s+(?:(?:a\s+copy|copies)\s+of|to\s+see)\s+(?:his|her|their)\s+(?:son|daughter|child|kid|boy|girl|lad|little one)['’]?s\s+(?:[\w-]+\s+){0,2}?(?:records?|notes|reports?|files?|data|details|info|information)\b/i;

/** A policy keyword that names a request for one's own data: "subject access", "sar", "copy of my data", "what data". */
const ACCESS_KEYWORD = /\bsubject access\b|^\s*sars?\s*$|\bcopy of (?:my |our |their )?data\b|^\s*what (?:data|do you hold|we hold)\s*$/i;

/**
 * A policy sentence on a request for one's own data: "can ask Ruth for a copy of everything we hold about them". Not one that names "a
 * subject access request" in passing: a camera policy's footage of themselves is one, and a personnel file asked is not its matter.
 */
const ACCESS_SAID = /\b(?:a copy of|copies of|see)\s+(?:everything|all|what|the (?:data|information|details))\s+(?:that\s+)?we\s+(?:hold|have|keep)\s+(?:about|on)\s+(?:them|you|him|her)\b/i;

/**
 * Someone asking for our camera's footage of themselves, which the rules on footage did not read: "the lad we stopped for shoplifting …
 * has emailed the office asking for all the bodycam video of himself". The sentence that says such a request is one for their own data,
 * with the policy on those requests where it is another (whom to pass it to, by when).
 */
const OWN_FOOTAGE_ASKED_TOLD =
  /\b(?:asking|asked|asks|wants?|wanting|wanted|request\w*)\s+(?:us\s+)?(?:for\s+)?(?:all\s+|a copy of\s+|copies of\s+)?(?:the\s+|any\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:footage|videos?|recordings?|clips?|cctv)\s+of\s+(?:himself|herself|themselves)\b/i;
const OWN_FOOTAGE_SAID = /\b(?:footage|videos?|recordings?)\s+of\s+(?:themselves|himself|herself)\b/i;

export function ownFootageAskedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!OWN_FOOTAGE_ASKED_TOLD.test(question)) return undefined;
  const saying = policiesSaying(ctx, OWN_FOOTAGE_SAID);
  if (saying.length !== 1) return undefined;
  const access = accessPolicies(ctx).filter((p) => p !== saying[0]);
  return quoted(access.length === 1 ? [saying[0]!, access[0]!] : saying);
}

/**
 * The policies keyed on a request for one's own data; of several, those keyed "subject access" in words: a bare "sar" is also the
 * suspicious activity report of a pawnbroker's policy on money laundering. Keyed on none, those whose sentences say such a request.
 */
function accessPolicies(ctx: QaContext): Policy[] {
  const keyed = policiesKeyed(ctx, ACCESS_KEYWORD);
  if (keyed.length === 0) return policiesSaying(ctx, ACCESS_SAID);
  const inWords = keyed.filter((p) => p.keywords.some((k) => /\bsubject access\b/i.test(k)));
  return keyed.length > 1 && inWords.length > 0 ? inWords : keyed;
}

/** A solicitor or insurer, not our own. */
const CLAIM_ASKER = /(?<!\b(?:our|my)\s+)\b(?:solicitors?|lawyers?|insurers?|insurance company)\b/i;

/** Someone hurt, told: "the woman who did her knee on the aqua park", "after he fell", "her accident in june". */
const INJURY_TOLD = /\bdid\s+(?:her|his|their)\s+(?:knee|back|ankle|wrist|shoulder|neck|leg|arm)\b|\b(?:hurt|injur\w*|accident|fell|slipped|tripped|broke|broken|crashed|collided)\b/i;

/** A policy sentence on where a solicitor's or insurer's letters go: "Insurer or solicitor requests go to Becky", "Solicitors' letters and insurers' questions go to Lorraine". */
const CLAIM_LETTERS_SAID = /\b(?:insurer|solicitor)s?['’]?\s+(?:or\s+(?:an?\s+)?(?:insurer|solicitor)s?['’]?\s+)?(?:requests?|letters?|enquir\w+)\b/i;

/**
 * "A dad messaged the club Instagram wanting to know what data we have on him": a request for one's own
 * data, however it arrived, is the firm's one policy on such requests (whom to pass it to, within
 * a month), not the entry of the supplier it came through.
 */
export function accessRequestAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (ASKER_WANTS_OWN.test(question)) return theOnly(accessPolicies(ctx));
  // A solicitor or insurer after our records of someone hurt is a claim: the one sentence on where their letters go ("Insurer or solicitor
  // requests go to Becky", in the policy on accidents), before the policy on requests for one's own data.
  const claim = CLAIM_ASKER.test(question) && INJURY_TOLD.test(question) ? theOnly(policiesSaying(ctx, CLAIM_LETTERS_SAID)) : undefined;
  if (claim) return claim;
  const asked = [OWN_DATA_ASKED, OWN_COPIES_ASKED, ALL_THEIRS_ASKED, SOLICITOR_ASKS_RECORDS, ALL_TAKEN_OF_THEM, SUBJECT_ASKS_OWN, WRITTEN_ABOUT_ASKED, WHOLE_FILE_ASKED, EVERYTHING_HANDED_OVER, ALL_WITH_NAME_ON, ALL_MESSAGES_OF_THEM, CHILDS_RECORDS_ASKED].some((request) => request.test(question));
  // "Wants us to erase everything we have on her" asks the data gone, which the policy on erasure answers.
  if (!asked || !(REQUEST_TOLD.test(question) || RIGHT_ASKED.test(question)) || ERASURE_ASKED.test(question)) return undefined;
  return theOnly(accessPolicies(ctx));
}

/**
 * A caller saying who they are and asking us to read their own details back: "a man rang, said he was a tenant, and wanted
 * me to read back the mobile number we have for him", "she claims to be the owner and asked me to tell her her address".
 * Who they say they are is not yet checked; the policy on requests for one's own data says how.
 */
const CLAIMED_SELF = claimTold(String.raw`(?:mr|mrs|ms|miss|dr|a|an|the|one of)\b`, { bare: true });

const OWN_DETAILS_READ_BACK = ownDetailsReadBack();

/** Built from its parts: a detail read back, said as what we hold for them ("the mobile we have for him") or as theirs ("her address"). */
function ownDetailsReadBack(): RegExp {
  const readBack = String.raw`(?:read (?:out|back)|confirm|tell (?:him|her|them)|give (?:him|her|them))`;
  const detail = String.raw`(?:(?:home|e-?mail|phone|mobile|contact)\s+)?(?:address(?:es)?|phone numbers?|numbers?|e-?mail(?: address)?|details|date of birth|dob)\b`;
  const weHold = String.raw`(?:(?:we|you)(?:\s+(?:have|hold|keep|have got|got)|['’]ve got)|on (?:file|the system|record))`;
  const heldFor = String.raw`\b(?:${readBack.slice(3, -1)}|go through|check)\s+(?:(?:him|her|them)\s+)?(?:(?:the|his|her|their)\s+)?${detail}[^.?!]{0,50}?\b${weHold}\b[^.?!]{0,20}?\b(?:for|on|about)\s+(?:him|her|them)\b`;
  // Theirs by a pronoun that agrees ("tell him his address"): "tell him her address" is another's.
  const agree = String.raw`(?:him\s+his|her\s+her|them\s+their)`;
  const theirs = String.raw`\b(?:(?:tell|give)\s+${agree}|(?:read (?:out|back)|confirm)\s+(?:${agree}|his|her|their))\s+(?:own\s+)?${detail}`;
  return new RegExp(`${heldFor}|${theirs}`, 'i');
}

/** A caller claiming to be someone, asking their own details read back: the firm's one policy on requests for one's own data. */
export function ownDetailsReadBackAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!CLAIMED_SELF.test(question) || !OWN_DETAILS_READ_BACK.test(question) || !PASSED_ON.test(question)) return undefined;
  return theOnly(accessPolicies(ctx));
}

/**
 * People put on our mailing list: "can I add everyone from the presentation night photos to the
 * newsletter?", "put everyone on the slate book onto the mailing list", "shall I add all the parents to the valentine's send?" (read in
 * the eighty-eighth round). Whether they may be is a matter of their consent.
 */
const ADDED_TO_MAILING_LIST = /\b(?:add|adding|added|put|putting|stick|sticking|pop|popping|sign|signing|signed|subscribe|subscribing|import|importing|upload|uploading)\b(?:\s+[\w'’-]+){0,8}?\s+(?:to|on|onto|into|up to|up for|in)\s+(?:the|our|my)\s+(?:(?:e-?mail|monthly|weekly|marketing)\s+)?(?:newsletters?|mailing list|e-?mail list|marketing list|offers? list|promo list|mailshots?|marketing e-?mails?)\b|\b(?:add|adding|put|putting)\s+(?:all\s+)?(?:the|our|those|these)\s+(?:[\w'’-]+\s+){0,2}?(?:parents|customers|clients|families|guests|members|bookers)\s+(?:to|on|onto|into)\s+(?:the|our)\s+(?:[\w'’-]+\s+){0,2}?(?:send|mail-?out|e-?mail blast|campaign)\b/i;

/** A policy sentence on who may be put on our list: "we never add guests' email addresses or numbers to our own mailing list". */
const LIST_ADDING_SAID = /\b(?:add|adds|added|put|sign)\w*\b[^.]*\b(?:mailing list|newsletter|marketing list|offers? list)\b/i;

/** The story's own words, which every sentence on the list shares: adding, the list, its emails. */
const LIST_STORY_WORD = /^(?:add\w*|put\w*|pop\w*|list|lists|mailing|newsletters?|offers?|promo|e-?mails?|emailing|addresses|numbers?|typed|type|them|their|they)$/i;

/**
 * A thing put in the newsletter, not people put on it: "add a photo of the under 9s to the newsletter" is the photo
 * policy's; "everyone from the presentation night photos" are people, named before "from".
 */
const THING_ADDED = /^\S+\s+(?:(?!\b(?:from|on|in|at|who|that|off)\b)[\w'’-]+\s+)*?(?:photos?|pics?|pictures?|images?|videos?|clips?|reports?|articles?|stor(?:y|ies)|posts?|links?|logos?|adverts?|posters?|flyers?|recipes?|timetables?|hours|dates|news|results|fixtures|menus?|prices)\b/i;

/** A policy title or keyword that names marketing to a list: "marketing", "newsletter", "mailing list". */
const MARKETING_POLICY = /^\s*(?:marketing|newsletters?|mailing list|marketing consent|marketing emails?)\s*$|\bmarketing\b.*\b(?:consent|mailing list|newsletter)\b|\bnewsletter\b/i;

/**
 * A public review asked to be answered: "someone left a 1 star saying our paternity result was wrong, can i reply and explain?",
 * "should I respond to that google review". The firm's one policy sentence on replying to reviews; a review asked to be posted
 * ("can we share her review on our facebook") is another matter. So is a complaint left as a comment on our page ("someone's commented on
 * our insta saying she came out in a rash after the drip, can i reply under it?"); not a comment asking prices.
 */
const PUBLIC_REVIEW = String.raw`(?:(?:1|one|2|two|3|three)[- ]?stars?(?:\s+reviews?)?|(?:bad|negative|poor|nasty|horrible|terrible|awful|angry|stinker of a|google|trustpilot|facebook|tripadvisor|public|online)\s+reviews?|left\s+(?:us\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,2}?reviews?|commented\s+(?:on|under)\s+(?:our|the)\s+(?:[\w-]+\s+)?(?:insta(?:gram)?|facebook|fb|tiktok|page|post|reel|google)\b(?=[^?]*\b(?:complain\w*|ill|sick|rash|reaction|bad|angry|unhappy|awful|terrible|horrible|upset|hurt|injur\w*|burn\w*|swollen|worse|ruined|rip-?off|scam)\b))`;
const REVIEW_REPLY_ASKED = new RegExp(String.raw`\b(?:reply|replying|respond|responding|answer|answering)\b[^?]*\b${PUBLIC_REVIEW}\b|\b${PUBLIC_REVIEW}\b[^?]*\b(?:reply|respond|answer (?:it|her|him|them)|explain)\b`, 'i');
const REVIEW_REPLY_SAID = /^(?!.*\b(?:ai|chatgpt|apps?|tools?|software|websites?)\b).*(?:\b(?:reply|replies|replying|respond\w*)\b[^.]*\breviews?\b|\breviews?\b[^.]*\b(?:reply|replies|replying|respond\w*)\b)/i;
export const reviewReplyAnswer = toldThenSaid(REVIEW_REPLY_ASKED, REVIEW_REPLY_SAID);

/**
 * Our people rung or texted to sell to: "gaz wants us to ring round old customers to push the new scooters", "can we phone past
 * clients to offer the winter deal". Whether we may is a matter of their consent, as for the mailing list; not a call about their job.
 */
const SALES_CALLS = /\b(?:ring|ringing|phone|phoning|call|calling|cold[- ]?call(?:ing)?|text|texting|door[- ]?knock(?:ing)?)\s+(?:round\s+|around\s+)?(?:all\s+)?(?:(?:our|the|some|old|past|previous|former|existing|lapsed|regular)\s+)*(?:customers?|clients?|members|patients|families|people|households)\b(?:\s+[\w'’-]+){0,6}?\s+(?:(?:to\s+)?(?:sell|push|promote|flog|plug|market|upsell|pitch)\b|(?:to\s+)?offer\s+(?:them\s+|her\s+|him\s+)?(?:the\s+|our\s+|a\s+|an\s+)?(?:latest|deal|discount|offer|promo\w*|sale|special|upgrade)|about\s+(?:the\s+|our\s+)?(?:new|latest|offer|sale|deal|promo\w*)\b)/i;

/**
 * People put on the mailing list: the firm's one sentence on who goes on the list naming those told of, else its one marketing policy
 * (only those who opted in); not a policy on the event they came from nor the newsletter's supplier.
 */
export function mailingListAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (SALES_CALLS.test(question)) return theOneTitled(ctx, MARKETING_POLICY);
  const added = ADDED_TO_MAILING_LIST.exec(question);
  if (!added || THING_ADDED.test(added[0])) return undefined;
  // The one sentence on who goes on the list that names the people told of ("we never add guests' email addresses … to our own mailing
  // list", in the policy on galleries, beside one on using photos in marketing); else the policy on marketing; else the one such sentence.
  const saying = policiesSaying(ctx, LIST_ADDING_SAID);
  const naming = sentenceNamesAsked(LIST_ADDING_SAID, question, { storyWord: LIST_STORY_WORD });
  return theOnly(saying.filter(naming)) ?? theOneTitled(ctx, MARKETING_POLICY) ?? theOnly(saying);
}

/**
 * Someone asking to come off our marketing: "someone replied to the newsletter asking to be taken off, how fast do I need to do
 * it?", "a member wants to stop getting our offers emails", "she opted out", "never signed up for our newsletter and wants off it",
 * "replied 'please stop the newsletter'" (her own words: "asked us to stop the texts" may be a manager's order, or a service
 * message's), "she's fed up of our promo texts and wants them to stop", "replied to this month's newsletter just saying 'please take me
 * off this'", "just said 'take me off, and stop all your charity emails as well'" (her words, however far into the quote); read in the eighty-eighth round, "said pls stop sending her the thursday what's-in-the-box
 * emails", "texted back 'stop texting me'"; in the eighty-ninth, "wants to take her details off the offers emails"; in the ninety-second, "got a
 * reply saying STOP to this week's 2 for 1 deals message". A staff member's own "I want to unsubscribe from
 * the supplier's emails" tells no one's request.
 */
const UNSUBSCRIBE_ASKED = /\bunsubscrib\w*|\brepl(?:y|ied|ies)\s+(?:saying|that said|with|just saying)\s+['"‘“]?stop\b(?!\s+(?:by|in|at|calling|ringing|coming)\b)|\b(?:said|says|asked|asking|asks|wants?)\s+(?:us\s+)?(?:to\s+)?(?:pls\s+|please\s+)?stop\s+sending\s+(?:her|him|them|me)\s+(?:the\s+|our\s+|your\s+|all the\s+)?(?:[\w'’-]+\s+){0,3}?(?:newsletters?|marketing|e-?mails|texts|offers|mailshots?)\b|['"‘“]\s*(?:please\s+|pls\s+)?stop\s+(?:texting|emailing|messaging)\s+(?:me|us)\b|['"‘“][^'"‘“’”]{0,80}?\bstop\s+(?:all\s+)?(?:the|your)\s+(?:[\w-]+\s+){0,2}?(?:newsletters?|marketing|e-?mails|offers|mailshots?|mailings?)\b|['"‘“]\s*(?:please\s+)?stop\s+(?:the|your|sending (?:me|us)(?: the)?)\s+(?:[\w-]+\s+){0,2}?(?:newsletters?|marketing|e-?mails|offers|mailshots?)\b|\bopt(?:ed|s|ing)?[- ]out\b|\b(?:taken|(?:take|get|got|getting) (?:me|him|her|them|(?:my|his|her|their)\s+(?:details|name|e-?mail(?: address)?|number))|removed?|come|came)\s+off\s+(?:the|our|your|my|this|that)\s+(?:[\w-]+\s+){0,2}?(?:mailing list|newsletters?|e-?mail list|e-?mails|texts|marketing|mailshots?|list)\b|\bstop\s+(?:getting|receiving|being sent)\s+(?:the|our|your)?\s*(?:[\w-]+\s+){0,2}?(?:newsletters?|marketing|e-?mails?|texts?|offers|mailshots?)\b|\b(?:newsletters?|mailing list|mailshots?|marketing e-?mails?|e-?mail list)\b[^.?!]*\b(?:wants?|wanted|asked|asking|asks)\s+(?:to\s+(?:be|come|get)\s+)?(?:taken\s+)?off\b|\breplied to (?:the|our)\b[^.?!]{0,40}?\b(?:asking|asked|wants?|wanting) to be (?:taken|removed) off\b|\breplied to\b[^.?!]{0,40}?\b(?:newsletters?|mailshots?|offers?|marketing|promo)\b.*\btake (?:me|us) off\b|\b(?:our|the|your|all the|all our)\s+(?:[\w-]+\s+){0,2}?(?:promo|promotional|offers?|marketing|sales|deals?|newsletter)\s+(?:texts?|e-?mails?|messages?|mailshots?)\b[^.?!]{0,40}?\b(?:wants?|wanted|asked|asking)\s+(?:us\s+)?(?:to\s+stop\s+(?:them|it|sending)|(?:them|it)\s+(?:to\s+)?stop(?:ped)?)\b(?!\s+[a-z]+ing\b)/i;

/** The asker's own wish to be off someone's list: "I want to unsubscribe from the Xero emails". */
const OWN_UNSUBSCRIBE = /\b(?:i|i'd|i'm|we)\s+(?:just\s+)?(?:want|need|would like|'d like|am trying)\s+to\s+(?:unsubscribe|opt out|stop getting|come off)\b/i;

/** A policy keyword that names leaving our marketing: "unsubscribe", "opt out", "stop emails". */
const UNSUBSCRIBE_KEYWORD = /^\s*(?:unsubscribe|opt[- ]?out|stop (?:e-?mails|emailing|texts|marketing))\s*$/i;

/** An opt-out of the workplace pension ("tom's asking about opting out" of NEST, "auto-enrolment opt out"), said without marketing's words. */
const PENSION_OPT_OUT = /^(?!.*\b(?:newsletters?|marketing|mailing list|mailings?|e-?mails|texts|offers|promotions?|updates|bulletins?|communications|unsubscrib\w*)\b)(?=.*\bopt(?:ed|s|ing)?[- ]out\b).*\b(?:pensions?|nest|auto-?enrol\w*)\b/i;

/**
 * Someone asking to come off our marketing, and how fast: the firm's one marketing policy (how soon to take them off), by a
 * keyword that names unsubscribing or else its title; not the policy on requests to delete all their data.
 */
export function unsubscribeAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  // A reply to our mailing is how such a request comes ("replied 'please stop the newsletter'").
  if (!UNSUBSCRIBE_ASKED.test(question) || !(REQUEST_TOLD.test(question) || /\brepl(?:ied|ies|ying)\b/i.test(question)) || OWN_UNSUBSCRIBE.test(question)) return undefined;
  // Opting out of the workplace pension is no one leaving our mailing list.
  if (PENSION_OPT_OUT.test(question)) return undefined;
  const marketing = theOnly(policiesKeyed(ctx, UNSUBSCRIBE_KEYWORD)) ?? theOneTitled(ctx, MARKETING_POLICY);
  return marketing && OFF_MAILINGS_AS_WELL.test(question) ? withTheRestOfTheStory(ctx, question, marketing) : marketing;
}

/** Coming off our mailings asked beside something else: "take me off, and stop all your charity emails as well". */
const OFF_MAILINGS_AS_WELL = /\b(?:newsletters?|marketing|e-?mails|offers|mailshots?|mailings?|texts)\s+(?:as well|too)\b/i;

/** The policy the rest of the story is about (the words' best), before the one on our mailings, where it is another. */
function withTheRestOfTheStory(ctx: QaContext, question: string, marketing: QaAnswer): QaAnswer {
  const told = policyAnswer(ctx, question);
  const mailing = policiesQuoted(ctx, marketing);
  const rest = told ? policiesQuoted(ctx, told).filter((p) => !mailing.includes(p)) : [];
  return rest.length === 1 ? quotedWith(ctx, marketing, rest[0]!, 'before') : marketing;
}

/**
 * Someone other than the person asking where they are or how to reach them: "a hirer's girlfriend rang asking where he rode",
 * "flat 9 wants the number of the guy upstairs", "a neighbour wants the daughter's number", "a son rang asking when his dad's next appointment is". Only a third party by who they are to someone (a partner, a relative, a
 * neighbour, another home), asking where a person is: a mum asking where her order is, or the police, are other matters.
 */
const THIRD_PARTY_ASKS = /\b(?:girlfriend|boyfriend|wife|husband|partner|ex|ex-partner|ex-wife|ex-husband|mum|mom|mother|dad|father|sister|brother|son|daughter|nephew|niece|aunt|uncle|cousin|relative|friend|neighbou?r|flat \d+[a-z]?|number \d+[a-z]?|next door)\b[^.?!]{0,40}?\b(?:rang|called|phoned|emailed|texted|messaged|asked|asking|asks|wants?|wanted|wanting|after)\b[^.?!]{0,30}?\b(?:where (?:he|she|they|(?:his|her|their) (?:mum|mom|mother|dad|father|son|daughter|wife|husband|partner|girlfriend|boyfriend|sister|brother|nan|gran|grandad|grandma|aunt|uncle))\b|(?:his|her|their) (?:new )?(?:address|number|phone number|mobile(?: number)?|e-?mail(?: address)?|contact details|whereabouts)\b|the (?:phone |mobile )?(?:number|address|e-?mail|contact details) (?:of|for) |(?:the|a|an)\s+[\w-]+(?:['’]s|s['’]?)\s+(?:new\s+)?(?:phone\s+|mobile\s+|home\s+)?(?:number|address|e-?mail(?: address)?|contact details|whereabouts)\b|(?:his|her|their)\s+(?:mum|mom|mother|dad|father|son|daughter|wife|husband|partner|nan|gran|grandad|grandma|sister|brother)(?:['’]?s)?\s+(?:next\s+|last\s+)?(?:appts?|appointments?|visits?|bookings?|sessions?|treatments?|notes|results)\b)/i;

/**
 * Someone other than our customer asking a detail of a job, and whether to tell them: "funeral director's on the phone asking when
 * the stone is going in, can I tell him?", "a woman rang asking where we dropped her husband off, can I tell her". The caller is
 * a third party by who they are (a trade that works beside us, a relative, or a stranger asking after her husband), and the
 * asker's question is whether to tell. A customer asking after their own order, a parent after their child, a man asking when
 * we open, and the police (whose requests have a form of
 * their own), are other matters.
 */
const THIRD_PARTY_CALLER = new RegExp(
  [
    // One who works beside us, a client's coach or boss, or another customer or a neighbour: "the vicar's on the phone asking what
    // time the service is", "the coach messaged asking if one of his lads is fit to race".
    /\b(?:funeral directors?|undertakers?|vicars?|priests?|ministers?|celebrants?|(?:his|her|their|the club['’]?s?|a club) coach|coach(?:es)? from|(?:his|her|their) (?:boss|employer|manager)|another (?:customer|client|parent|guest|patient|tenant|member)|neighbou?r|(?:a|his|her|their) friend)(?:['’]s)?\b(?!\s+(?:said|says)\b)[^.?!]{0,40}?\b(?:rang|called|phoned|emailed|texted|messaged|on the (?:phone|line)|asking|asked|asks|wants? to know|wanting to know)\b/,
    // A stranger or a spouse asking after their partner: "a woman rang asking where we dropped her husband off".
    /\b(?:(?:a|the|some)\s+(?:woman|man|bloke|guy|lady|fella|caller|stranger)|someone|somebody|wife|husband|partner|girlfriend|boyfriend)\b[^.?!]{0,40}?\b(?:rang|called|phoned|emailed|texted|messaged|on the (?:phone|line)|asking|asked|asks|wants? to know|wanting to know)\b[^.?!]{0,40}?\b(?:her|his|their)\s+(?:husband|wife|partner|boyfriend|girlfriend|ex)\b/,
  ]
    .map((r) => `(?:${r.source})`)
    .join('|') + /.*\b(?:can|could|should|may|am i allowed to|do i)\s+(?:i|we)?\s*(?:tell|say|confirm|give|let (?:him|her|them) know|pass (?:it|that) on)\b/.source,
  'i',
);

/** A policy on telling others about someone: "Giving out information about…", "Sharing information about patients", "Callers and third parties asking about a case", "Talking to relatives", "Who we can discuss an order with", "Clients or families asking for their data". */
const THIRD_PARTY_POLICY = /\bthird[- ]part(?:y|ies)\b|\bdisclosure\b|\bgiving out\b|\bsharing (?:information|info|details) about\b|\basking about\b|\benquir(?:y|ies) about\b|\bsomeone asking\b|\bwho can we tell\b|\brelatives\b|\bfamily members?\b|\bfamil(?:y|ies) asking\b|\bwho (?:we )?can (?:we |i )?(?:discuss|talk|speak|tell)\b|(?<!\bcold )\bcallers\b|\bquestions from\b|\bwho we tell\b|\bwho we (?:send|give|pass|share) (?:reports?|records?|information|info|details|data|evidence)\b|\binformation about (?:our )?(?:clients?|customers?|patients?|guests?|members?|students?|pupils?|tenants?|residents?)\b/i;

/**
 * Titles that name something else a third-party keyword also meets: a child at risk (keyed "disclosure", a child's, and titled
 * "Safeguarding…" or "Worries about a child…"), camera footage, the firm's software, and someone asking for their own records ("Someone
 * asking for their own records", which "someone asking" meets).
 */
const NOT_THIRD_PARTY_TITLE = /\b(?:their|his|her|your) own (?:records|data|information|info|details)\b|\bdbs\b|\bvetting\b|\bsafeguarding\b|\bworr(?:y|ies)\b.*\bchild\b|\bcctv\b|\bfootage\b|\bcameras?\b|\bsoftware\b|\bsuppliers?\b/i;

/** The police, whose requests for information have a policy or form of their own. */
const POLICE = new RegExp(String.raw`${POLICE_SAID}|\bofficers?\b`, 'i');

/** Who owns a vehicle, asked by someone else: "fella at reception wants to know who owns the silver golf blocking our entrance". */
const VEHICLE_OWNER_ASKED = /\b(?:car|van|vehicle|motor|golf|corsa|fiesta|polo|reg|number plate)\b[^.?!]{0,80}?\b(?:wants?|asked|asking)\s+(?:us|me)\s+to\s+(?:tell|say to)\s+(?:him|her|them)\s+whose\b|\b(?:wants? to know|wanting to know|asking|asked|asks)\s+(?:me\s+|us\s+)?(?:who owns|whose|who the owner (?:is )?of)\s+(?:the|that|this|a)\s+(?:[\w-]+\s+){0,2}?(?:car|van|vehicle|motor|golf|corsa|fiesta|polo|bike|motorbike|truck|lorry|4x4|suv|reg)\b/i;

/** A third party asking where someone is, how to reach them, or a detail of their job: the firm's one policy on giving out information about people. */
export function thirdPartyAsksAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!THIRD_PARTY_ASKS.test(question) && !VEHICLE_OWNER_ASKED.test(question)) return undefined;
  return theOnlyThirdPartyPolicy(ctx);
}

/**
 * A third party asking a detail of someone's job, and whether to tell them: the policy on giving out information, even where the
 * caller is one we pass some data to ("funeral directors" in the register), since whether this caller may hear it is the policy's.
 */
export function thirdPartyCallerAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  // One who rings about something of ours sent to them by mistake is telling of our slip ("the neighbour rang, she'll drop it back").
  if (!THIRD_PARTY_CALLER.test(question) || POLICE.test(question) || sentToWrongPerson(question)) return undefined;
  // Whether to tell a caller a detail of someone's job is what a policy titled on who we tell says, before one a keyword meets.
  return healthKeptAnswer(ctx, question) ?? theOnlyThirdPartyPolicy(ctx, question);
}

/** The one asking is on the person's work side: their manager, employer, HR or agency (not a husband asking after a scan). */
const WORK_SIDE_ASKS = /\b(?:employers?|manager|boss|hr|line manager|supervisor|agency|company|workplace|contractors?|booker)\b/i;

/** A sentence that keeps someone's health from others: "Never tell the employer or other learners what the condition is". */
const HEALTH_KEPT_SAID = /^(?=.*\b(?:never|not|don['’]t|do not)\s+(?:tell|share|pass|give|discuss|mention|say)\b)(?=.*\b(?:conditions?|health|medical|pregnan\w*|injur\w*|diagnos\w*)\b)/i;

/**
 * A health matter named in the story ("she's 5 months pregnant, and now her manager … what can I tell him"): the one policy that
 * keeps such a matter from others and names it ("Learners' medical conditions, injuries and pregnancy"), before one on telling
 * others at large; of several that keep health from others, the one whose words name the matter told.
 */
function healthKeptAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const named = HEALTH_NAMED.exec(question)?.[0].toLowerCase();
  if (!named || !WORK_SIDE_ASKS.test(question)) return undefined;
  const stem = named.slice(0, Math.max(5, named.length - 3));
  return theOnly(policiesSaying(ctx, HEALTH_KEPT_SAID).filter((p) => `${p.title} ${p.text} ${p.keywords.join(' ')}`.toLowerCase().includes(stem)));
}

/**
 * A body with no right of its own to someone's data, asking for it or about them: "a detective came in asking for the phone
 * number of one of our customers", "her boss rang to check if she was really booked in on Friday", "the council asked for
 * the address of one of our members". Footage asked for is the camera policy's; the police asking how we keep something asks the register.
 */
const OUTSIDE_BODY = new RegExp(
  String.raw`${POLICE_SAID}|\b(?:officers?|employers?|(?:his|her|their) (?:boss|work|manager|company)|insurers?|insurance (?:company|firm)|council|social services|journalists?|reporters?|newspapers?|the press|dvla|hmrc|benefits? office|jobcentre)\b`,
  'i',
);

/** What such a body asks after: someone's records or details, or whether they came to us. */
const ASKS_AFTER_SOMEONE = /\b(?:asking|asked|asks|wants?|wanted|wanting|requesting|requested|after)\s+(?:(?:us|me)\s+)?(?:for\s+)?(?:(?:a copy of|copies of|to see)\s+)?(?:the\s+|his\s+|her\s+|their\s+)?(?:(?:contact|home|medical|treatment|clinical)\s+)?(?:notes|records?|file|details|address|phone number|number|e-?mail|information|info|photos?|pictures?|reports?)\b[^.?!]{0,40}?\b(?:of|for|on|about)?\s*(?:a|an|one of (?:our|the)|our|the|his|her|their|him|them)?\b|\b(?:asking|asked|asks|wants? to know|wanted to know|wanting to know|to (?:check|confirm))\s+(?:(?:us|me)\s+)?(?:whether|if)\s+(?:he|she|they|a|an|the|one of|our|his|her|their|mr|mrs|ms|miss)\b[^.?!]{0,40}?\b(?:really\s+)?(?:had|was|were|came|attended|has been|had been|is|booked|visited|been)\b|\b(?:asking|asked|asks|wants? to know|wanted to know|wanting to know)\s+(?:(?:us|me)\s+)?who\s+(?:rents|hires|owns|lives|stays|booked|uses|has)\b/i;

/** What is asked of our keeping, not of someone: "asked how long we keep the cctv", "wants to know where the data is stored". */
const ASKS_HOW_WE_KEEP = /\b(?:how long|where|how)\s+(?:we|do we|is|are|it|the)\b/i;

/** A body with no right of its own asking after someone: the firm's one policy on telling others about someone. */
export function outsideBodyAsksAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!OUTSIDE_BODY.test(question) || !ASKS_AFTER_SOMEONE.test(question) || ASKS_HOW_WE_KEEP.test(question) || /\b(?:footage|cctv|dash ?cam\w*|body ?cam\w*)\b/i.test(question)) return undefined;
  // A policy titled on relatives alone says nothing of a body with no tie to the person.
  const policy = theOnly(policiesTitled(ctx, THIRD_PARTY_POLICY).filter((p) => !NOT_THIRD_PARTY_TITLE.test(p.title) && !FAMILY_TITLE.test(p.title)));
  // The police asking, where no policy is on third parties: the firm's one policy titled on the police ("Police, suspicious units and welfare concerns"),
  // else the one with a sentence on the police asking ("if the police, the council or a solicitor ask for a report or photos…").
  return policy ?? (POLICE.test(question) ? theOnly(policiesByTitle(ctx, /\bpolice\b/i)) ?? theOnly(policiesSaying(ctx, POLICE_ASKING_SAID)) : undefined);
}

/** A policy's sentence on the police asking us for something: "if the police … ask for a report", "police requests go to Rachel". */
const POLICE_ASKING_SAID = /\bpolice\b[^.]*\b(?:ask|asks|asking|asked|request|requests|want|wants)\b|\b(?:ask|asks|asking|asked|requests?|enquir(?:y|ies))\b[^.]*\bpolice\b/i;

/** A policy's title on telling relatives alone: "Sharing information with family members", not "Relatives and other callers". */
const FAMILY_TITLE = /^(?!.*\b(?:callers?|others?|third|anyone|people|outside|police)\b).*\b(?:family|families|relatives|next of kin)\b/i;

/**
 * The firm's one policy on telling others about someone, by its title or keywords. Not its title first, as elsewhere: where
 * another policy has such a keyword, the story's other words decide better (an unseen firm's case was lost that way).
 */
export function theOnlyThirdPartyPolicy(ctx: QaContext, question?: string): QaAnswer | undefined {
  const onIt = policiesTitled(ctx, THIRD_PARTY_POLICY).filter((p) => !NOT_THIRD_PARTY_TITLE.test(p.title));
  // With the question, of two the one whose keywords it meets most ("funeral director" of "Who we can discuss an order with", not
  // "relatives" of who may order a memorial).
  return onIt.length > 1 && question ? theMostKeyed(onIt, question) : theOnly(onIt);
}

/**
 * Someone claiming to be who would be entitled, and wanting something: "bloke on the phone says he's renting flat 4 and wants
 * a fob", "a woman says she's his wife and wants his appointment time". What they claim cannot be checked from the register,
 * so the policy on what they want says whom it may go to. The claim is told ("says he's"), then the want.
 */
const CLAIMS_AND_WANTS = claimTold(String.raw`(?:renting|living|staying|the|a|an|his|her|their|from)\b.*\b(?:wants?|wanting|asking for|asked for|after)\s+(?:a|an|the|his|her|their|some)\b`);

/** How a caller reached us ("on the phone"), which names the phone system's entry, not what they want. */
const HOW_THEY_REACHED_US = /\s+(?:on|over) the (?:phone|line)\b/i;

/** Someone claiming to be entitled and wanting something: the policy that best covers what they want, where one does. */
export function claimsAndWantsAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return CLAIMS_AND_WANTS.test(question) ? policyAnswer(ctx, question.replace(HOW_THEY_REACHED_US, '')) : undefined;
}

/**
 * Someone telling us their details are wrong and wanting them put right: "a parent says we've got her phone number wrong and
 * wants it changed", "client emailed, her surname is spelt wrong on everything". A request about their own data.
 */
const CORRECTION_ASKED = /\b(?:his|her|their|(?:got|have|has)\s+(?:his|her|their))\s+(?:[\w-]+\s+){0,2}?(?:address|name|surname|e-?mail(?: address)?|phone number|number|mobile(?: number)?|phone|details|date of birth|dob|postcode|record|records)\b[^.?!]{0,25}?\b(?:wrong|incorrect|out of date|misspel\w+|spelt wrong|spelled wrong)\b/i;

/**
 * One of those whose data we hold found with a detail wrong in our records: "clients address is wrong on the system", "the
 * customer's email on the booking is out of date". Found by us, not told by them; asked how to put right ({@link FIX_ASKED}).
 */
const DETAILS_WRONG_HELD = /\b(?:clients?|customers?|patients?|members?|guests?|tenants?|parents?|pupils?|students?|owners?|residents?|volunteers?|service users?|learners?)['’]?s?\s+(?:[\w-]+\s+){0,2}?(?:address|name|surname|e-?mail(?: address)?|phone number|number|mobile(?: number)?|phone|details|date of birth|dob|postcode|next of kin)\s+(?:is|are|was|were|'s)\s+(?:\w+\s+)?(?:wrong|incorrect|out of date)\b/i;

/** Our own slip in someone's record, told: "realised i put the wrong date of birth on a patient", "we entered the wrong address for her". */
const OUR_SLIP_IN_RECORD = /\b(?:i|we|i['’]?ve|we['’]?ve|i have|we have)\s+(?:\w+\s+)?(?:put|entered|typed|wrote|written|recorded|logged|got)\s+(?:in\s+|down\s+)?(?:the\s+|a\s+)?wrong\s+(?:date of birth|dob|name|surname|address|number|phone number|postcode|e-?mail(?: address)?|details|nhs number|age|weight|allergy|next of kin)\b/i;

/** How to put a record right, asked: "who fixes it", "can i just change it", "how do i update that". */
const FIX_ASKED = /\bwho\s+(?:fixes|changes|updates|sorts|corrects|amends|can (?:fix|change|update|sort|correct))\b|\b(?:can|could|should|shall|do|may)\s+(?:i|we)\s+(?:just\s+)?(?:fix|change|update|correct|amend|edit|sort)\b|\bhow\s+(?:do|can|should)\s+(?:i|we)\s+(?:fix|change|update|correct|amend|edit|sort)\b/i;

/** A policy keyword that names putting someone's data right: "correction", "rectification", "update my details". */
const CORRECTION_KEYWORD = /\bcorrect\w*\b|\brectif\w*|\bamend\w*\b|\bupdate (?:my|their|your) (?:details|data)\b/i;

/**
 * Someone's details changed, told of them: "she's moved house and got a new mobile", "Lucy's got married and has a new surname",
 * "he's changed his email". Not ours ("we've got a new number", "our new address"): the firm's own details are no one's record.
 */
const DETAILS_CHANGED = /\b(?:she|he|they|[a-z]+['’]s|[a-z]+ (?:has|have))\s+(?:(?:just|recently|now)\s+)?(?:moved (?:house|home|address|flats?)\b|got married\b|(?:got|has|have|'s)\s+(?:got\s+)?a\s+new\s+(?:(?:mobile|phone|e-?mail|home)\s+)?(?:number|mobile|e-?mail(?: address)?|address|surname|name|postcode)\b(?!\s+(?:badge|tag|plate|sign|card))|changed\s+(?:his|her|their)\s+(?:name|surname|number|mobile|phone number|e-?mail(?: address)?|address)\b)/i;

/**
 * Asked to put the record right: "where do i update it", "can i just change it myself", "how do i amend her details"; not
 * something else the change touches ("change the whatsapp settings", "change her password", "update the risk assessment").
 */
const UPDATE_ASKED = /\b(?:update|change|amend|edit|correct)\s+(?:it|them|that|this|(?:her|his|their|the)\s+(?:details|record|records|entry|address|number|surname|name|e-?mail))\b/i;

/** Someone's details wrong and asked put right: the firm's one policy on such requests, by a correction keyword or else an access one that says so. */
export function correctionAskedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const wrong = (CORRECTION_ASKED.test(question) && REQUEST_TOLD.test(question)) || ((DETAILS_WRONG_HELD.test(question) || OUR_SLIP_IN_RECORD.test(question)) && FIX_ASKED.test(question));
  // The update asked is the rarer, narrower test, so it is asked first.
  if (!wrong && !(UPDATE_ASKED.test(question) && DETAILS_CHANGED.test(question))) return undefined;
  // Else the one policy on requests for one's data whose words say it covers putting data right: one that only gives copies does not.
  return theOnly(policiesKeyed(ctx, CORRECTION_KEYWORD)) ?? theOnly(accessPolicies(ctx).filter((p) => CORRECTION_SAID.test(`${p.title} ${p.text}`)));
}

/** Words of a policy that say it covers putting someone's data right: "asks us to correct it", "rectification". */
const CORRECTION_SAID = /\bcorrect(?:s|ed|ing|ion|ions)?\b|\brectif\w*|\bamend\w*|\bput (?:it|them) right\b/i;

/**
 * Family members at odds over a decision: "two brothers are arguing over what goes on their mum's stone", "the kids can't agree
 * who collects dad's things from storage", "the widow and her son disagree about the wording". Relatives, and a quarrel between them.
 */
const FAMILY_DISAGREE = new RegExp(
  [
    /\b(?:brothers?|sisters?|siblings?|sons?|daughters?|family|relatives|parents|children|kids|widow(?:er)?|wife|husband|mum and dad)\b.*\b(?:arguing|argue|argued|disagree(?:s|d|ing)?|falling out|fallen out|fell out|rowing|fighting|squabbling|can['’]?t agree|don['’]?t agree|won['’]?t agree|at loggerheads)\b/,
    /\b(?:arguing|argue|argued|disagree(?:s|d|ing)?|falling out|fallen out|fell out|rowing|fighting|squabbling)\b.*\b(?:brothers?|sisters?|siblings?|family|relatives)\b/,
  ]
    .map((r) => r.source)
    .join('|'),
  'i',
);

/** A policy titled by who alone may decide: "Only the grave owner can order or change a memorial", "Who can collect goods in storage". */
const WHO_DECIDES_POLICY = /\bonly\b.*\bcan\b|\bwho can\b|\bwho decides\b/i;

/** Family members at odds: the firm's one policy on who alone may decide, where it has one; else the story's other words answer. */
export function familyDisagreeAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!FAMILY_DISAGREE.test(question)) return undefined;
  return theOnly(policiesByTitle(ctx, WHO_DECIDES_POLICY)) ?? theOneTitled(ctx, WHO_DECIDES_POLICY);
}

/**
 * One we work with wanting more of a client's details than the job needs: "the courier needs the customer's phone number
 * too", "the fitters are asking for the homeowner's email as well as the address". Whether to give it is the policy on sharing clients'
 * details, not the entry of the firm that asks (which says what it gets already).
 */
const MORE_DETAILS_WANTED = /\b(?:wants?|wanted|wanting|asking for|asked for|asks for|needs?|after)\s+(?:the|a|our|their)\s+(?:clients?|customers?|homeowners?|owners?|tenants?|leaseholders?|guests?|members?)['’]?s?\s+(?:(?:home|personal|private|mobile|e-?mail|phone)\s+)?(?:e-?mail(?: address)?|phone(?: number)?|mobile(?: number)?|number|address|details|contact details)\b[^.?!]{0,60}?\b(?:as well|too|also|aswell|and (?:the|their|his|her) (?:e-?mail|phone|mobile|number|address))\b/i;

/** A policy titled on sharing or giving out the details of those we serve, not with their family or in an emergency. */
const SHARING_DETAILS_POLICY = /^(?=.*\b(?:sharing|giving out|passing on)\b.*\b(?:details|information|info)\b)(?!.*\b(?:family|families|parents|carers|relatives|emergency|office)\b)/i;

/** One we work with wanting more of a client's details: the firm's one policy titled on sharing them. */
export function moreDetailsWantedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return MORE_DETAILS_WANTED.test(question) ? theOnly(policiesByTitle(ctx, SHARING_DETAILS_POLICY)) : undefined;
}

/**
 * The police asking us for something, however it is said: "police want to know where van 4 was", "when can the police get a hirer's
 * name and address off us", "officer on the phone wants to know if a tom hartley lives here" (not an officer from the council).
 */
const POLICE_ASK = new RegExp(
  String.raw`(?:${POLICE_SAID}|(?:^\s*|\b(?:a|an|the)\s+)officer\b(?=\s+(?:from|at|on|in|here|rang|called|phoned|came|turned|is|was|asking|wants?|wanting)\b)(?!\s+from\s+(?:the\s+)?(?:council|ico|hmrc|dvla|environment|trading|licensing|fire|local authority)\b))` +
    // Up to a long clause on, where no one else comes in between ("the police came by last month … and now the landlord is asking").
    String.raw`(?:(?!\b(?:now|landlord|landlady|customer|client|neighbou?r|owner|tenant|manager|boss|insurer|council)\b)[^.?!]){0,100}?\b(?:wants?|wanting|wanted|asking|asked|asks|request(?:s|ed|ing)?|(?:get|have|see)\s+(?:a|an|the|his|her|their|our|someone['’]s|[a-z]+['’]s)\s)`,
  'i',
);

/**
 * Something of someone's, or where someone or something was ("asking if a participant was in today"), or a clip put on a stick for
 * them: not a poster put up or our car park borrowed.
 */
/** Whether we served someone, asked: "asking if we took a certain lady to hospital yesterday" (not whether we saw an accident or had a car near one). */
const WHETHER_WE_SERVED = /(?:if|whether)\s+we\s+(?:took|collected|picked up|dropped off|drove|carried|transported|served|treated|had)\s+(?:a|an|the|this|that|one)\s+(?:[\w-]+\s+)?(?:lady|woman|man|gentleman|guy|bloke|person|patient|client|customer|guest|girl|boy|lad|child|kid|passenger|resident|member|pupil|student|tenant)\b/i;

/** A policy sentence on the police asking about one we serve: "If the police ask about a patient, take the officer's name…". */
const POLICE_ASK_ABOUT_SOMEONE_SAID = /\bpolice\b[^.;]*\bask\w*\s+about\s+(?:a|an|the)\s+(?:patient|client|customer|member|passenger|guest|resident|pupil|child|person|tenant)\b/i;

const SOMEONES_ASKED = new RegExp(String.raw`\b(?:details|name|names|address|addresses|booking|bookings|records?|(?:[\w-]+\s+)?sheets|logs?|log ?books?|footage|cctv|usb(?: stick)?|memory stick|(?:sd\s+|memory\s+)?cards?\s+(?:out of|from)\s+(?:the|our)\s+(?:drone|camera|dash ?cam)|(?:on|onto) a (?:disc|dvd|stick)|recordings?|data|report|information|info|number|phone|copy|statement|hirer['’]?s?|customer['’]?s?|client['’]?s?|passenger['’]?s?|patient['’]?s?|journey|journeys|tracker|where\s+(?:he|she|they|van|the|our|a|his|her|their|[a-z]+\s+\d)|who|whether we act|if we act|(?:if|whether)\s+(?:a|an|the|one of (?:our|the))\s+[a-z]+\s+(?:was|is|were|had been|has been)\s+(?:in|here|on site|with us|booked|at)|${WHETHER_WE_SERVED.source})\b`, 'i');

/** Where or how long something is kept, asked on the police's behalf: "the police asked where soar valley security keeps the footage". */
const ASKS_WHERE_KEPT = /\b(?:where|how long|how)\b[^.?!]{0,40}?\b(?:keeps?|kept|stores?|stored|holds?|held)\b/i;

/**
 * The police asking for something of ours, where no rule on outside bodies read what they want: the one policy with a sentence
 * on the police asking ("anyone else who asks, the police included, goes to Fiona MacAulay"), else the one titled on the police.
 */
export function policeAskAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  question = bodiesAsPolice(ctx, question);
  if (!POLICE_ASK.test(question) || !SOMEONES_ASKED.test(question) || ASKS_HOW_WE_KEEP.test(question) || ASKS_WHERE_KEPT.test(question)) return undefined;
  // Of several ("kept until a police request is closed" in the retention policy), the one keyed on the police.
  const keyedOnPolice = (p: Policy) => p.keywords.some((k) => /\bpolice\b/i.test(k));
  const aboutSomeone = WHETHER_WE_SERVED.test(question) ? theOnly(policiesSaying(ctx, POLICE_ASK_ABOUT_SOMEONE_SAID)) : undefined;
  return aboutSomeone ?? theOnlyPreferring(policiesSaying(ctx, POLICE_ASKING_SAID), keyedOnPolice) ?? theOnly(policiesByTitle(ctx, /\bpolice\b/i));
}

/**
 * A body the firm's policy on the police names beside them, by its letters ("The police, the CAA, the AAIB and journalists"), said as
 * the police: "someone from the AAIB turned up at the office wanting sunday's load sheets" asks what the police would.
 */
function bodiesAsPolice(ctx: QaContext, question: string): string {
  const bodies = policeBodiesOf(ctx.config);
  return bodies ? question.replace(bodies, 'police') : question;
}

/** The bodies a firm's police policy names by their letters, as one pattern, made once for each config (this runs on every question). */
const POLICE_BODIES = new WeakMap<VigilConfig, RegExp | null>();
function policeBodiesOf(config: VigilConfig): RegExp | null {
  let bodies = POLICE_BODIES.get(config);
  if (bodies === undefined) {
    const letters = config.policies.filter((p) => /\bpolice\b/i.test(p.title)).flatMap((p) => p.title.match(/\b[A-Z]{3,5}\b/g) ?? []).filter((b) => !NOT_A_BODY.test(b));
    bodies = letters.length ? new RegExp(String.raw`\b(?:${letters.join('|')})\b`, 'gi') : null;
    POLICE_BODIES.set(config, bodies);
  }
  return bodies;
}

/** Letters in a title that name no body asking: the cameras, a check, the law. */
const NOT_A_BODY = /^(?:CCTV|GDPR|DBS|ANPR|DPA|SAR|SARS|FAQ|NHS)$/;

/**
 * Someone asking to come off a loyalty scheme or our reminder texts: "customer wants us to take her off the points card thing and
 * stop the texts". Their account with us, which a policy may say can go at once, unlike the records the law keeps.
 */
const LOYALTY_LEFT = /\b(?:take|taken|taking|get|getting|remove|removed|removing|delete|deleted|deleting)\s+(?:me|him|her|them)\s+off\s+(?:the|our|your|that)\s+(?:[\w-]+\s+){0,2}?(?:points?(?: card)?|loyalty(?: card| scheme| app)?|rewards?(?: card| scheme)?|club ?card|stamp card|text reminders?|reminder texts?)\b/i;

/** A policy sentence that a loyalty account or reminder texts can go: "a loyalty account or text reminders can be removed at once". */
const LOYALTY_REMOVED_SAID = /\b(?:loyalty|points card|rewards?|text reminders?|reminder texts?)\b[^.]*\b(?:remov\w*|delet\w*|taken off|closed)\b/i;

/** Someone asking off a loyalty scheme ({@link LOYALTY_LEFT}): the one policy sentence saying such an account can go. */
export function loyaltyLeftAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return LOYALTY_LEFT.test(question) ? theOnly(policiesSaying(ctx, LOYALTY_REMOVED_SAID)) : undefined;
}

/**
 * Something of a customer's asked to go to another address: "customer rang asking us to send her watch back to her daughter's in
 * Leeds instead of her own house", "wants the report posted to a different address". Whoever asks may not be who they say.
 */
const OTHER_ADDRESS_ASKED = /\b(?:asked|asking|asks|wants?|wanted|rang|phoned|called|emailed|messaged)\b[^.?!]{0,40}?\b(?:send|sending|sent|post|posting|posted|deliver|delivering|return|returning|ship|shipping|courier|e-?mail|e-?mailed|e-?mailing)\b[^.?!]{0,50}?\bto\s+(?:(?:her|his|their)\s+(?:daughter|son|mum|mother|dad|father|sister|brother|friend|neighbou?r|partner|niece|nephew|work|office|boss)(?:['’]s)?\b[^.?!]{0,40}?\b(?:instead of|rather than|not (?:her|his|their|the))\b|(?:a|another|a different|a new|an? other)\s+address\b)/i;

/** A policy sentence on sending to an address other than the one we hold. */
const OTHER_ADDRESS_SAID = /\b(?:another|a different|a new|an other|any other) address\b|\ban address given (?:in|on|by|over)\b|\baddress (?:on|in) the (?:[\w-]+ )?(?:ticket|order|booking|account|record|file)\b/i;

/** Another address asked for something of a customer's: the one policy sentence on where things may be sent. */
export function otherAddressAskedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return OTHER_ADDRESS_ASKED.test(question) ? theOnly(policiesSaying(ctx, OTHER_ADDRESS_SAID)) : undefined;
}

/** Everything we hold on one of theirs, asked by someone else: "agent in japan wants all the data we hold on one of their students sent over". */
const ALL_HELD_ON_ANOTHER = /\b(?:wants?|wanted|wanting|asking for|asked for|asks for|requested|requesting)\s+(?:a copy of\s+)?(?:all\s+)?(?:the\s+)?(?:data|information|info|details|records|everything)\s+(?:that\s+)?(?:we\s+)?(?:hold|have|keep|['’]ve got|got)\s+(?:on|about)\s+(?:one of (?:their|his|her)|their|his|her)\b/i;

/** A policy sentence on someone asking for another's data, and the authority they need: "check who is asking: an agent needs the student's written authority". */
const ANOTHERS_AUTHORITY_SAID = /\b(?:written|signed) (?:authority|consent|permission)\b(?=[^.]*\b(?:ask\w*|request\w*|send|sent|copy|hold|data)\b)|\b(?:ask\w*|request\w*|send|sent|copy|hold|data)\b[^.]*\b(?:written|signed) (?:authority|consent|permission)\b/i;

/** Everything held on one of theirs asked for by someone else: the one policy sentence on the authority they need. */
export const allHeldOnAnotherAnswer = toldThenSaid(ALL_HELD_ON_ANOTHER, ANOTHERS_AUTHORITY_SAID);

/** Everything written or held on someone, demanded by one of their family: "Ella's mum emailed demanding everything we've written about Ella". */
const ALL_HELD_ASKED_BY_KIN = /\b(?:mum|mam|mother|dad|father|son|daughter|wife|husband|sister|brother|family|relatives?|parents?)\b[^.?!]{0,80}?\b(?:demand\w*|wants?|wanted|asking for|asked for|asks for|requested|requesting)\s+(?:a copy of\s+|copies of\s+)?(?:everything|all|whatever)\s+(?:that\s+)?we(?:['’]ve|\s+have)?\s+(?:written|hold|have|got|keep|kept|recorded|noted)\s+(?:on|about)\b/i;

/** A policy sentence that family are not entitled to someone's records: "A family member is not entitled to a tenant's records just because they ask". */
const KIN_NOT_ENTITLED_SAID = /\b(?:family|relatives?|parents?|next of kin)\b[^.]*\bnot entitled\b/i;

/**
 * Everything held on someone asked for by their family: the one policy sentence that family are not entitled to it. Only on someone, by
 * name or as her or him ("everything we have on the funeral costs" asks for papers, not a person's records).
 */
export function allHeldAskedByKinAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const asked = ALL_HELD_ASKED_BY_KIN.exec(question);
  const whom = asked ? (question.slice(asked.index + asked[0].length).trim().split(/\s+/)[0] ?? '') : '';
  if (!asked || !(/^[A-Z]/.test(whom) || /^(?:her|him|them)\b/i.test(whom))) return undefined;
  return theOnly(policiesSaying(ctx, KIN_NOT_ENTITLED_SAID));
}
