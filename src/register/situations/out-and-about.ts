// On a visit, a call or out at a match, told in a staff member's words: a body camera that failed partway or whether to say it is recording, someone at the door who may be
// vulnerable, a customer in a debt Breathing Space, one's own arrest, a call on speaker, someone seen at a match to be approached, someone
// asking to be shown what we filmed, only a child at home when we called. The one policy sentence that rules on it answers, found by what it says, never
// by a firm's policy id. Read in the seventy-second round.
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { theOnlySaying, toldOfThingThenSaid, toldThenSaid } from '../quoted-policies.ts';

/** A camera worn or carried that stopped partway: "my cam died halfway thru a doorstep", "bodycam battery ran out on the last visit". */
const CAMERA_FAILED_TOLD =
  /\b(?:(?:my|the|his|her|their)\s+)?(?:body[- ]?(?:worn\s+)?)?(?<!(?:dash|phone|phone's|phones)\s?)(?:cam|camera|bodycam|bwv|head ?cam)(?:['’]s\s+battery|\s+battery)?\s+(?:just\s+)?(?:died|failed|stopped(?:\s+recording)?|cut out|went off|ran out|packed (?:in|up)|conked out|froze|crashed|switched (?:itself )?off)\b/i;

/** A policy sentence on a camera that fails: "if the camera fails, say so on the next recording". */
const CAMERA_FAILS_SAID = /\bif\s+(?:the|your|a)\s+(?:body[- ]worn\s+)?(?:camera|cam|recorder|recording device)\s+(?:fails|stops|dies|runs out|breaks|is faulty)\b/i;

export const cameraFailedAnswer = toldThenSaid(CAMERA_FAILED_TOLD, CAMERA_FAILS_SAID);

/**
 * Whether to tell people one is recording on a worn camera, asked: "do i actually have to tell people when i turn the camera on?", "should
 * i warn him before i switch my bodycam on". Not a camera we fit or a customer's.
 */
const RECORDING_TOLD_ASKED =
  /\b(?:have to|need to|got to|supposed to|should|must|meant to)\s+(?:i\s+|we\s+)?(?:tell|warn|say to|let)\s+(?:people|them|him|her|the person|customers|everyone|folk)\b(?:\s+know)?[^.?!]{0,20}?\b(?:when|before|if|that)\s+(?:i|we)(?:['’]m|\s+am|\s+are|['’]re)?\s+(?:turn\w*|switch\w*|start\w*|record\w*|press\w*|put\w*)\b(?:\s+(?:on|my|the)\b)?[^.?!]{0,20}?\b(?:body[- ]?)?(?:cam|camera|bodycam|recording|recorder)\b/i;

/** A policy sentence that one says aloud one is recording: 'saying clearly "I am recording"', "tell the person you are recording". */
const RECORDING_SAID_ALOUD = /\bi am recording\b|\bi['’]m recording\b|\b(?:tell|telling|say|saying|announce|announcing)\s+(?:the person|them|people|everyone|clearly|out loud|aloud)?\s*(?:that\s+)?(?:you are|you['’]re|it is|it['’]s|they are being)\s+(?:recording|being recorded|filming)\b/i;

export const recordingToldAskedAnswer = toldThenSaid(RECORDING_TOLD_ASKED, RECORDING_SAID_ALOUD);

/**
 * Someone met at the door who may be vulnerable, told: "woman answered and said she's just come out of hospital after a breakdown", "the
 * man at the door said his wife died last week". Met on a visit, so a door or an address is in the story.
 */
const VULNERABLE_AT_DOOR_TOLD =
  /^(?!.*\b(?:postie|postman|colleague|office|accounts|courier|delivery driver)\b)(?=.*\b(?:answered(?: the door)?|came to the door|at the door|on the doorstep|went to (?:a|the) (?:house|flat|address|property)|at the (?:address|property|house|flat))\b)(?=.*\b(?:said|says|told me|tells me|mentioned|explained)\b)(?=.*\b(?:(?:just\s+)?(?:come|came|got)\s+out\s+of\s+(?:hospital|(?:a\s+)?psych\w*|the psych\w* (?:ward|unit))|(?:nervous\s+)?breakdown|(?:wife|husband|partner|son|daughter|mum|mother|dad|father|baby)\s+(?:just\s+)?(?:died|passed away)|bereave\w*|terminal\w*|chemo\w*|cancer|pregnant|sectioned|suicidal|dementia|can(?:['’]?t|not)\s+speak\s+(?:much\s+)?english)\b)/i;

/** A policy sentence on someone at an address who may be vulnerable: "If anyone at the address may be vulnerable (…), stop". */
const MAY_BE_VULNERABLE_SAID = /\bif\s+(?:anyone|someone|the (?:customer|person|debtor|occupant|resident)|a (?:customer|person|debtor|resident))\b[^.]{0,40}?\b(?:may|might|could)\s+be\s+vulnerable\b/i;

export const vulnerableAtDoorAnswer = toldThenSaid(VULNERABLE_AT_DOOR_TOLD, MAY_BE_VULNERABLE_SAID);

/** A debt Breathing Space (the statutory pause on enforcement), one is in: "his debt adviser put him in a breathing space"; not "need a breathing space". */
const BREATHING_SPACE_TOLD = /^(?!.*\b(?:me|i|i['’]m|we|we['’]re|us)\b[^.?!]{0,25}?\bbreathing space\b)(?!.*\bbreathing space\s+(?:between|from|after)\b).*(?:\b(?:in|into|entered|under|on|applied for|granted)\s+(?:a\s+|the\s+)?breathing space\b|\bbreathing space\s+(?:moratorium|scheme|notice)\b)/i;

/** A policy sentence on a customer in a Breathing Space: "If a customer is in a Breathing Space, stop all action at once". */
const BREATHING_SPACE_SAID = /\bbreathing space\b/i;

export const breathingSpaceAnswer = toldThenSaid(BREATHING_SPACE_TOLD, BREATHING_SPACE_SAID);

/** One's own arrest or caution, told: "got arrested in hanley saturday night, nothing came of it tho", "I was cautioned last year". */
const OWN_ARREST_TOLD =
  /(?:(?:^|[.?!,]\s*)(?:been|got|was)\s+|\b(?:i|i['’]ve|i have|i was|i got|i['’]ve been|i have been)\s+(?:been\s+|got\s+)?)(?:arrested|cautioned(?!\s+(?:by|for|about|over)\s+(?!the police\b)))\b/i;

/** A policy sentence to tell someone of an arrest: "Tell Darren Pointon within 24 hours of any arrest". */
const ARREST_TOLD_SAID = /\b(?:tell|inform|let|report\s+(?:it\s+)?to|notify)\b[^.]{0,60}?\b(?:any|an|your|you are|you['’]re|if you are|if you['’]re)\s+(?:arrest(?:ed)?|cautioned|caution)\b|\b(?:any|an)\s+arrest\b[^.]{0,60}?\b(?:tell|inform|report|notify)\b/i;

export const ownArrestAnswer = toldThenSaid(OWN_ARREST_TOLD, ARREST_TOLD_SAID);

/** A call to be taken on speaker: "might have to go on loudspeaker cos my signal's rubbish", "ok to do the call on speakerphone in the car?". */
const ON_SPEAKER_TOLD = /^(?=.*\b(?:call|calls|phone|ring|zoom|teams|facetime|talks?|meeting|negotiat\w*|chat|director|agent|club)\b)(?!.*\b(?:music|playlist|tannoy|announcements?)\b).*\b(?:on|onto|go on|put (?:it|him|her|them) on)\s+(?:the\s+)?(?:loud ?speaker|speaker ?phone|speaker)\b/i;

/** A policy sentence on speakerphone: "Do not discuss deals in public places or on speakerphone". */
const SPEAKER_SAID = /\b(?:loud ?speaker|speaker ?phone)\b/i;

export const onSpeakerAnswer = toldThenSaid(ON_SPEAKER_TOLD, SPEAKER_SAID);

/**
 * Someone seen at a match or event to be approached: "saw a cracking 14 yr old at the u15s game sat, his mum was on the touchline, should i go
 * introduce myself?", "can I go up to the lad's dad after the tournament?".
 */
const APPROACH_AT_MATCH_TOLD =
  /^(?=.*\b(?:saw|seen|spotted|watched|noticed|clocked)\s+(?:a|an|this|that|the)\s+(?:[\w-]+\s+){0,3}?(?:lad|lass|boy|girl|kid|player|keeper|goalie|striker|winger|midfielder|defender|(?:1[0-9]|[5-9])\s*(?:yo|yrs?|years?)(?:[- ]?old)?))(?=.*\b(?:match|game|fixture|tournament|touchline|sidelines?|trials?|u-?\d{1,2}s?|gala|competition|showcase)\b)(?=.*\b(?:introduce (?:myself|ourselves)(?:\s+to\s+(?:him|her|them|the\s+(?:lad|lass|boy|girl|kid|player|mum|dad|parents?|family)|his\s+(?:mum|dad|parents?)|her\s+(?:mum|dad|parents?)))?(?!\s+to\b)|go (?:and |over and )?(?:approach|talk to|speak to|chat to|say hello to) (?:him|her|them|the (?:lad|lass|boy|girl|kid|player|mum|dad|parents?|family)|his|her)\b|approach (?:him|her|them|the (?:lad|lass|boy|girl|kid|player|mum|dad|parents?|family)|his|her)\b|go up to (?:him|her|them|the (?:lad|lass|boy|girl|kid|player|mum|dad|parents?|family)|his|her)\b|have a word with (?:him|her|them|the (?:lad|lass|boy|girl|kid|player|mum|dad|parents?|family)|his|her)\b))/i;

/** A policy sentence never to approach someone at a match: "Scouts must not approach a player or parent at a match". */
const NOT_APPROACHED_SAID = /\b(?:must not|never|do not|don['’]t|should not)\s+approach\b[^.]*\b(?:at|during|after)\s+(?:a|the)\s+(?:match|game|fixture|tournament|event)\b/i;

export const approachAtMatchAnswer = toldThenSaid(APPROACH_AT_MATCH_TOLD, NOT_APPROACHED_SAID);

/** Someone asking to be shown what we filmed: "neighbour asked if i could show her the vid of the car getting clamped". */
const FOOTAGE_SHOWN_ASKED =
  /\b(?:asked|asking|asks|wants?|wanted)\s+(?:(?:me|us)\s+)?(?:if|whether|to)?\s*(?:(?:i|we)\s+(?:could|can|would|will)\s+)?show\s+(?:her|him|them)\s+(?:the\s+|my\s+|our\s+)?(?:(?:vid|vids|video|videos|footage|recording|clip)\s+of\s+(?:the\s+|her\s+|his\s+|my\s+|their\s+)?(?:car|van|vehicle|clamp\w*|incident|accident|fight|visit|arrest|break-?in|theft|row|argument|him|her|them|what happened|(?:[\w-]+\s+)?(?:getting|being)\s+(?:clamped|towed|taken|arrested))|(?:body ?cam|cctv|camera)\s+(?:vid|video|footage|recording|clip))\b/i;

/** A policy sentence never to show footage: "never copy, download or show footage to anyone". */
const FOOTAGE_NOT_SHOWN_SAID = /\b(?:never|do not|don['’]t|must not)\b[^.;]*\bshow\s+(?:the\s+|any\s+)?(?:footage|videos?|recordings?)\b/i;

export const footageShownAnswer = toldThenSaid(FOOTAGE_SHOWN_ASKED, FOOTAGE_NOT_SHOWN_SAID);

/** Only a child at home when we called: "only the 15 yo son is home and says come in", "only the kids were in when i knocked", "only the 14yo was in, parents stuck in traffic". */
const ONLY_CHILD_HOME_TOLD =
  /\bonly\s+(?:the|a|her|his|their|two|2|3)?\s*(?:(?:(?:1[0-7]|[1-9])\s*(?:yo|y\/o|yrs?\s?old|years?\s?old)|teenage|little|young)\s+(?:son|daughter|boy|girl|lad|lass|kids?|child(?:ren)?)|(?:1[0-7]|[1-9])\s*(?:yo|y\/o)|kids?|child(?:ren)?|teenagers?|teens?|young (?:un|one)s?)\s+(?:is|are|was|were)\s+(?:(?:at\s+)?home|in\b(?=\s*[,.;!?]|\s+(?:and|but|so)\b)|in the house|(?:in|there)\s+when\s+(?:i|we)\s+(?:knocked|called|arrived|got there|went|turned up))\b/i;

/** A policy sentence on the only ones at home being children: "if the only people at home are children under 16", "if the only person at home is under 18". */
const ONLY_ONES_HOME_SAID = /\bthe only (?:person|people|ones?) (?:at home|in|there|in the (?:house|property)) (?:is|are) (?:a\s+)?(?:under[- ]?1[0-8]|children|a child|kids)\b/i;

/** Else one that says only children present: "or only children present". */
const ONLY_CHILDREN_PRESENT_SAID = /\bonly (?:a\s+)?(?:child|children|kids)(?: under[- ]?1[0-8])? (?:is |are )?(?:present|at home|in)\b/i;

export function onlyChildHomeAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return ONLY_CHILD_HOME_TOLD.test(question) ? theOnlySaying(ctx, ONLY_ONES_HOME_SAID, ONLY_CHILDREN_PRESENT_SAID) : undefined;
}

/**
 * One without the certificate a vehicle needs, asked to drive it: "roy's off sick, can marcus drive the shopping bus on tuesday? he's got a
 * normal car licence", "marcus only has a car licence, no MiDAS, can he do the minibus run". The one sentence that says who alone drives that
 * vehicle, naming it ("the village minibus" for the shopping bus; not a van to the tip).
 */
const UNCERTIFIED_DRIVER_ASKED = /\b(?:can|could|may)\s+(?!(?:i|we|you|they)\b)[a-z]+\s+(?:drive|take)\s+(?:the\s+)?(?:[\w-]+\s+)?(minibus|bus|coach)\b.{0,80}?\b(?:normal|ordinary|car|standard|regular|full)\s+(?:car\s+)?licen[cs]e\b|\b(?:he|she|they)(?:['’]?s| has| have)\s+(?:only\s+)?got\s+(?:a\s+)?(?:normal|ordinary|standard|regular)\s+(?:car\s+)?licen[cs]e\b[^?]*\b(?:drive|take)\s+(?:the\s+)?(?:[\w-]+\s+)?(minibus|bus|coach)\b|\b(?:only\s+(?:has|got)|has\s+only\s+got|hasn['’]?t\s+got|doesn['’]?t\s+have)\s+(?:a\s+)?(?:normal\s+|ordinary\s+|standard\s+)?(?:car\s+)?licen[cs]e\b[^?]{0,60}?\b(?:drive|do|take)\s+(?:the\s+)?(minibus|bus|coach)\b/i;

/** A policy sentence that only drivers with some certificate drive a vehicle: "Only drivers with a MiDAS certificate drive the village minibus". */
const ONLY_CERTIFIED_DRIVE_SAID = /\bonly\s+(?:drivers|staff|people|volunteers)\s+with\s+(?:a|an)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:certificate|licen[cs]e|permit|qualification|test)\s+(?:may\s+|can\s+)?drive\b/i;

export const uncertifiedDriverAnswer = toldOfThingThenSaid(UNCERTIFIED_DRIVER_ASKED, ONLY_CERTIFIED_DRIVE_SAID);

/**
 * Someone we look after pictured as they are cared for: "lovely moment of mr t laughing while his carer washed his hair, ok for the newsletter?".
 * The one sentence against photographing anyone receiving care.
 */
const PICTURED_IN_CARE_TOLD = /^(?=.*\b(?:photos?|pics?|pictures?|snaps?|shots?|video|newsletter|facebook|insta\w*)\b).*\b(?:while|as|when)\s+(?:his|her|their|the|a)\s+(?:carers?|nurses?|care worker|staff|key ?worker)\s+(?:was\s+|were\s+)?(?:wash(?:ed|ing)|bath(?:ed|ing)|shower(?:ed|ing)|dress(?:ed|ing)|chang(?:ed|ing)|feed(?:ing)?|fed|hoist(?:ed|ing)|help(?:ed|ing)\s+(?:him|her|them)\s+(?:wash|dress|eat|to the toilet))\b/i;

/** A policy sentence never to photograph one receiving care. */
const NEVER_PICTURED_IN_CARE_SAID = /\bnever\s+(?:photograph|film|take\s+(?:a\s+)?(?:photos?|pictures?)\s+of)\b[^.]*\b(?:receiving care|personal care|being (?:washed|bathed|dressed|helped|fed|changed|hoisted))\b/i;

export const picturedInCareAnswer = toldThenSaid(PICTURED_IN_CARE_TOLD, NEVER_PICTURED_IN_CARE_SAID);
