// What can hear the work done at home or in a session: a smart speaker in the room, one's own wireless headphones, work audio
// played aloud. The firm's one sentence on them answers, not the policy on work laptops a word of the story meets.
import type { QaAnswer, QaContext } from '../qa-context.ts';
import type { Policy } from '../../config/schema.ts';
import { policiesSaying, theOnly, theOnlyPreferring, toldThenSaid } from '../quoted-policies.ts';
import { sentencesOf } from '../policy-passages.ts';
import { STOPWORDS, stem, words } from '../text.ts';

/** A smart speaker where one works: "we've got an echo dot on the shelf in the box room where i type, does that matter??". */
const SMART_SPEAKER_TOLD = /\b(?:echo dot|echo show|amazon echo|alexa|google (?:home|nest)(?: mini| hub)?|nest (?:mini|hub)|homepod|smart speakers?)\b/i;

/** A policy sentence on smart speakers: "unplug any smart speaker (Alexa, Google Nest)". */
const SMART_SPEAKER_SAID = /\bsmart speakers?\b|\balexa\b|\bgoogle (?:home|nest)\b|\bhomepod\b/i;

/** One's own or wireless headphones asked to be worn: "the big work cans are giving me a headache, ok if i use my own wireless ones". */
const OWN_HEADPHONES_ASKED = /^(?=.*\b(?:headphones?|earphones?|earbuds?|airpods|headsets?|cans)\b)(?=.*\b(?:my own|wireless|bluetooth|airpods|earbuds)\b).*\b(?:use|wear|using|wearing|swap|switch)\b/i;

/** A policy sentence on headphones: "Never use the laptop speakers, Bluetooth headphones…". */
const HEADPHONES_SAID = /\b(?:headphones?|earphones?|earbuds?|headsets?|airpods)\b/i;

/** A smart speaker where one works, or one's own headphones asked: the one policy with a sentence on each. */
export function listeningDeviceAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (SMART_SPEAKER_TOLD.test(question)) return theOnly(policiesSaying(ctx, SMART_SPEAKER_SAID));
  return OWN_HEADPHONES_ASKED.test(question) ? theOnly(policiesSaying(ctx, HEADPHONES_SAID)) : undefined;
}

/**
 * Work audio played aloud where others can hear: "kids are off school and the transcript audio is going out through the laptop
 * speakers", "had the client call on speaker in the kitchen". The sentence on headphones says what to do.
 */
const PLAYED_ALOUD = /\b(?:audio|recordings?|interviews?|calls?|sessions?|tapes?|voicemails?|dictation|transcripts?)\b[^.?!]{0,60}?\b(?:(?:going|coming|playing|blaring)\s+out\s+(?:through|of|on)\s+(?:the\s+|my\s+)?(?:laptop\s+|pc\s+|computer\s+)?speakers?|on\s+(?:loud\s*)?speaker(?:phone)?|out\s+loud)\b/i;

/** Work audio played aloud at home or in company: the firm's one sentence on headphones. */
export const playedAloudAnswer = toldThenSaid(PLAYED_ALOUD, HEADPHONES_SAID);

/**
 * Someone's details asked to be read aloud: "bloke rang asking me to read out the code on a gift voucher his girlfriend lost", "asked how
 * many stamps she's got, do I read it off the screen to her?". The firm's policy sentence on what is not read out loud; of several, the
 * one that shares a word with the story (the voucher, the stamps' screen).
 */
const READ_ALOUD_ASKED = /\bread(?:ing)?\s+(?:out|aloud|back)\b|\bread(?:ing)?\s+(?:it|them|that|this|(?:the|her|his|their)\s+[\w ]{1,25}?)\s+(?:out|off|back|aloud)\b|\bout loud\b|\baloud\b/i;
const READ_ALOUD_SAID = /\bread\b[^.;]{0,40}?\b(?:out|aloud|back)\b|\bout loud\b|\baloud\b/i;

/** The reading asked of us: "asking me to read out…", "do I read it off the screen to her?"; not someone reading theirs out on a voicemail. */
const READING_ASKED_OF_US = /\b(?:ask(?:ing|ed|s)?|wants?|wanted|wanting)\s+(?:me|us)\s+to\s+read\b|\b(?:do|can|should|shall|could)\s+(?:i|we)\s+(?:just\s+)?read\b|\bread\b[^.?!]{0,40}?\bto\s+(?:her|him|them)\b/i;

/** Someone's details, what is read: a code, a number, a balance, their history or points ("how many stamps she's got"); not an aftercare sheet. */
const DETAILS_READ = /\b(?:codes?|numbers?|balances?|details|history|stamps|points|address|results?|vouchers?|pins?|passwords?|how many|how much)\b/i;

export function readAloudAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!READ_ALOUD_ASKED.test(question) || !READING_ASKED_OF_US.test(question) || !DETAILS_READ.test(question) || PLAYED_ALOUD.test(question)) return undefined;
  const told = new Set(words(question).filter((w) => w.length > 3 && !STOPWORDS.has(w)).map(stem));
  const sharesWord = (p: Policy) => sentencesOf(p.text).some((said) => READ_ALOUD_SAID.test(said) && words(said).some((w) => told.has(stem(w))));
  return theOnlyPreferring(policiesSaying(ctx, READ_ALOUD_SAID), sharesWord);
}

/**
 * How to greet or call someone in where others hear, asked: "client just came in for her 2pm, do I say 'Mrs Hollis?' or what's the done
 * thing", "how should we call patients through from the waiting room?" (read in the eighty-ninth round).
 */
const GREETING_ASKED =
  /\b(?:do|should|shall|can)\s+(?:i|we)\s+(?:just\s+)?(?:say|call(?:\s+out)?|use|greet|shout)\b[^?]*(?:['"‘“]\s*(?:mrs?|ms|miss|dr|mx)\.?\s+[a-z]|\b(?:first|full|sur)\s*names?\b)|\bhow\s+(?:do|should|shall)\s+(?:i|we)\s+(?:greet|address|call(?:\s+(?:out|for|through))?)\s+(?:the\s+|our\s+|a\s+)?(?:clients?|customers?|patients?|guests?|people|them|him|her)\b/i;

/** A policy sentence on how people are greeted or called: "Greet clients by first name only", "call patients by first name". */
const GREETING_SAID = /\b(?:greet|call|address|call out|call for|calls?)\w*\b[^.]*\bby\s+(?:their\s+)?(?:first names?|full names?|surnames?|names?|initials|number)\b/i;

/** How to greet or call someone in, asked ({@link GREETING_ASKED}): the firm's one sentence on it. */
export const greetingAskedAnswer = toldThenSaid(GREETING_ASKED, GREETING_SAID);
