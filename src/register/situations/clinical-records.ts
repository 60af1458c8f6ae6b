// Clinical work told in a staff member's words: a drug signed for by one where two must sign, a test result to be photographed, a partner
// to be told of an infection without the patient named, a risk to a child told in confidence, a record to be sent ahead of a patient
// transferred, and a patient who cannot say who they are known only by their room. The one policy sentence that rules on it answers,
// found by what it says, never by a firm's policy id. Read in the seventy-second round.
import { toldThenSaid } from '../quoted-policies.ts';

/** A dose signed for by one alone: "she just signed it herself", "signed for the methadone herself", "no second signature on todays mar". */
const SIGNED_ALONE_TOLD =
  /^(?!.*\b(?:dropped off|delivered|delivery|parcel|courier|signed for (?:the\s+)?(?:delivery|parcel|box|post))\b)(?!.*\b(?:parent|mum|dad|mother|father|relative|husband|wife)\b[^.?!]{0,40}?\bsigned\b)(?=.*\b(?:dose|meds|medication|medicine|tablets?|controlled drugs?|cds?|librium|methadone|subutex|diazepam|morphine|oramorph|insulin|inhaler|calpol|emar|mar|mar charts?|mar sheets?|cd register|cd book|medication form)\b)(?=.*\b(?:signed|sign(?:ing)?)\s+(?:(?:it|the\s+[\w-]+(?:\s+[\w-]+)?|for\s+(?:it|the\s+[\w-]+(?:\s+[\w-]+)?))\s+)?(?:myself|herself|himself|themselves|on (?:my|her|his|their) own|alone|by (?:my|her|him|them)self)\b|.*\b(?:no\s+|without\s+(?:a\s+)?|(?:didn['’]?t|did not)\s+get\s+(?:a\s+)?)(?:second|2nd|other)\s+(?:signature|signer|witness|person|checker|leader|member of staff)\b)/i;

/** A policy sentence that two sign: "recorded in the … eMAR, signed by two staff", "two members of staff sign". */
const TWO_SIGN_SAID = /\bsigned\s+(?:by|off by)\s+(?:two|2)\s+(?:staff|members of staff|people|nurses|carers|colleagues)\b|\b(?:two|2)\s+(?:staff\s+|leaders?['’]?\s+)?signatures\b|\b(?:two|2)\s+(?:staff|members of staff|people|nurses|carers)\s+(?:must\s+)?sign\b|\bsecond\s+(?:signature|signatory|witness)\b/i;

export const signedAloneAnswer = toldThenSaid(SIGNED_ALONE_TOLD, TWO_SIGN_SAID);

/** A test result or kit to be photographed: "can i snap a pic of the cup for his file", "take a photo of the test strip as proof". */
const TEST_PHOTOGRAPHED_TOLD =
  /^(?!.*\b(?:results? board|quiz|reorder|re-order|order more|stock|delivery note|casing|crack|broken|kettle|insurance|supplier)\b)(?=.*\b(?:(?:came back|tested|is|was)\s+(?:positive|negative)|(?:positive|negative)\s+for|dip(?:stick)?\s+(?:came|was|is|result)|test (?:results?|strips?|kits?)|lateral flow|lft|(?:blew|blown)\s+(?:over|positive)|breathalyser (?:reading|result)|swab)\b)(?=.*\b(?:snap|take|took|get|grab|send)\s+(?:a\s+)?(?:quick\s+)?(?:pic|pics|picture|photo|photos|shot|snap)\s+of\s+(?:the|his|her|their|it|that)\b|.*\bphotograph\s+(?:the|his|her|their|it)\b)/i;

/** A policy sentence never to photograph a test: "Never photograph a test kit or result". */
const TEST_NOT_PHOTOGRAPHED_SAID = /\b(?:never|do not|don['’]t|must not)\s+(?:photograph|take (?:a )?(?:photos?|pictures?) of)\s+(?:a|the|any)\s+(?:[\w-]+\s+)?(?:tests?|test kits?|results?|samples?|kits?|strips?)\b/i;

export const testPhotographedAnswer = toldThenSaid(TEST_PHOTOGRAPHED_TOLD, TEST_NOT_PHOTOGRAPHED_SAID);

/**
 * A partner to be told without the one who told us named: "wants her ex told, but she really doesnt want him knowing it came from her",
 * "he wants his partners contacted anonymously".
 */
const PARTNER_TOLD_UNNAMED =
  /^(?=.*\b(?:tested|positive|results?|chlamydia|gonorrh\w*|syphilis|hiv|stis?|stds?|infection|clap|herpes|warts|trich\w*|hook[- ]?ups?|slept with)\b)(?=.*\b(?:ex|partners?|boyfriend|girlfriend|husband|wife|hook[- ]?ups?|contacts?|(?:the\s+)?(?:girl|guy|man|woman|person|people)\s+(?:he|she|they)\s+slept with)\b)(?=.*\b(?:(?:doesn['’]?t|does not|don['’]?t|do not|won['’]?t)\s+want\s+(?:him|her|them)\s+(?:knowing|to know|finding out|to find out)\s+(?:it|that it)\s+(?:came|was|come)\s+from\b|(?:told|tell|contacted|contact|notified|notify|texted|text|informed|inform|messaged|message|warned|warn)\b[^.?!]{0,40}?\b(?:anonymous(?:ly)?|without (?:her|his|their|my) name(?: on it)?)\b))/i;

/** A policy sentence never to name the patient to a partner: "Never name the patient, or say anything that could identify them, to a partner". */
const PATIENT_UNNAMED_SAID = /\b(?:never|do not|don['’]t|must not)\s+(?:name|identify)\s+(?:the|our)\s+(?:patient|client|person|index patient)\b[^.]*\bpartners?\b/i;

export const partnerToldUnnamedAnswer = toldThenSaid(PARTNER_TOLD_UNNAMED, PATIENT_UNNAMED_SAID);

/**
 * A risk to a child told in confidence: "her ex has her 4 yr old this week and he's back on the gear, she begged me not to say anything".
 * A child in the story, in the care of one using or drinking again, and secrecy asked.
 */
const CHILD_AT_RISK_IN_CONFIDENCE =
  /^(?=.*\b(?:has|have|got|looking after|minding|with)\s+(?:her|his|their|the)\s+(?:kids?|child(?:ren)?|baby|toddler|little one|(?:[1-9]|1[0-7])\s*(?:yr|year)s?\s*old)\b)(?=.*\b(?:back on (?:the )?(?:gear|drugs|heroin|crack|smack|coke|booze|drink|bottle)|using again|drinking again|relapsed(?!\s+on\s+(?:the\s+)?(?:fags|ciggies|cigs|smoking|chocolate|sweets))|off (?:his|her|their) face|drunk)\b)(?=.*\b(?:(?:asked|begged|told)\s+me\s+not\s+to\s+(?:say|tell|mention)|(?:not|don['’]?t)\s+(?:to\s+)?tell\s+(?:anyone|anybody)|keep\s+it\s+(?:a\s+)?secret|between (?:us|you and me))\b)/i;

/** A policy sentence on a risk to a child told without consent: "If there is a risk to a child …, tell Rachel … even without consent". */
const CHILD_RISK_WITHOUT_CONSENT_SAID = /\brisk to (?:a|any) child\b[^.]*\bwithout (?:their |her |his )?consent\b|\bwithout (?:their |her |his )?consent\b[^.]*\brisk to (?:a|any) child\b/i;

export const childAtRiskInConfidenceAnswer = toldThenSaid(CHILD_AT_RISK_IN_CONFIDENCE, CHILD_RISK_WITHOUT_CONSENT_SAID);

/**
 * A record to be sent ahead of one taken to hospital: "blue lighting Mel in to southmead now, should I ping them her record from the ipad",
 * "can I email the ward her notes before we get there".
 */
const RECORD_SENT_AHEAD_TOLD =
  /^(?=.*\b(?:hospital|ward|a ?& ?e|labour ward|maternity (?:unit|ward)|delivery suite|ambulance|paramedics?|999|blue[- ]?light\w*|infirmary)\b)(?=.*\b(?:blue[- ]?light\w*|now|on (?:our|the) way|before (?:we|she|he|they) (?:arrive|get there)|ambulance|transferr?(?:ing)?|999|paramedics?)\b)(?=.*\b(?:send|email|e-mail|ping|forward|whatsapp|text)\s+(?:them|(?:the\s+)?(?:[\w-]+\s+)?(?:ward|hospital|unit|team)|it)?\s*(?:her|his|their|the)\s+(?:notes|records?|file|history|care plan|birth plan)\b)/i;

/** A policy sentence on a transfer by phone, no record emailed: "you give an SBAR handover by phone; do not email the record". */
const RECORD_NOT_EMAILED_SAID = /\b(?:do not|don['’]t|never)\s+e-?mail\s+(?:the|a|her|his|their)\s+(?:record|notes|file)\b/i;

export const recordSentAheadAnswer = toldThenSaid(RECORD_SENT_AHEAD_TOLD, RECORD_NOT_EMAILED_SAID);

/**
 * A patient who cannot say who they are, named only by their room: "lady in room 14 cant tell me her name and the carer just says 'its the
 * lady in 14'. good enough to go ahead?".
 */
const KNOWN_BY_ROOM_TOLD =
  /^(?=.*\b(?:room|bed)\s+(?:no\.?\s*|number\s+)?\d{1,3}\b)(?=.*\b(?:can['’]?t|cant|cannot|couldn['’]?t|doesn['’]?t|does not|won['’]?t)\s+(?:tell|give|say|remember|confirm)\s+(?:me\s+|us\s+)?(?:her|his|their)\s+(?:name|date of birth|dob|details)\b)/i;

/** A policy sentence that a patient is never identified by room number alone. */
const NOT_BY_ROOM_SAID = /\b(?:never|not)\s+(?:identified\s+)?by\s+(?:their\s+|the\s+)?(?:room|bed)\s+number\b/i;

export const knownByRoomAnswer = toldThenSaid(KNOWN_BY_ROOM_TOLD, NOT_BY_ROOM_SAID);
