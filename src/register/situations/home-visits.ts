// At the homes of those we look after, told in a staff member's words: a relative who keeps us out,
// a professional asking for someone's details over a chat app, the next provider or school asking for someone's records. The one policy sentence
// that rules on it answers, found by what it says, never by a firm's policy id. Read in the seventy-third round. (A work phone lent to a
// relative is read with any work device lent, in house-rules.ts.)
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { theOnlySaying, toldThenSaid } from '../quoted-policies.ts';

/**
 * A relative keeping us from the one we look after, told: "clients son wouldnt let me in, thats the 3rd time this week", "her daughter
 * refused to let us see her". Only another's relative or partner, so a dog, a locked gate or one's own son is no such story.
 */
const KEPT_OUT_BY_RELATIVE_TOLD =
  /\b(?:(?:his|her|their|the)\s+|(?:mrs?|ms|miss)\.?\s+[a-z]+['’]s\s+|(?!my\b)[a-z]+['’]?s\s+)(?:son|daughter|husband|wife|partner|nephew|niece|grandson|granddaughter|brother|sister|family|relative|boyfriend|girlfriend)\b[^.?!]{0,60}?\b(?:wouldn['’]?t|would not|won['’]?t|wont|refused to|refuses to|keeps refusing to|isn['’]?t letting|is not letting|not letting)\s+(?:let\s+)?(?:me|us|the carers?|the carer|staff)\s+(?:in|see (?:her|him|them))\b/i;

/** A policy sentence that names a relative refusing to let us in: "or a relative refusing to let you in, tell your senior". */
const KEPT_OUT_SAID = /\b(?:relatives?|family|someone|anyone)\b[^.;]{0,20}?\b(?:refus\w*|won['’]?t|will not|stopping|prevent\w*)\s+(?:to\s+)?(?:let(?:ting)?\s+)?(?:you|staff|us|carers?)\s+(?:in|from|see)\b/i;

export const keptOutByRelativeAnswer = toldThenSaid(KEPT_OUT_BY_RELATIVE_TOLD, KEPT_OUT_SAID);

/**
 * A professional asking us to send someone's details over a chat app or text: "district nurse asked me to whatsapp her a pic of my
 * clients med list", "the gp wants me to text him her obs", "Sasha from the community LD team asked me to text Kyle's latest sleep chart to her
 * work mobile" (sent to them, not a reminder texted to the client). Whether to is the rule on how
 * professionals get information.
 */
const PROFESSIONAL_WANTS_BY_CHAT_TOLD =
  /\b(?:district nurse|nurse|gp|doctor|pharmacist|pharmacy|social worker|hospital|ward|physio|ot|paramedic|consultant|midwife|health visitor|(?:community|ld|cmht|mental health|crisis|nursing|social work|district)\s+(?:[\w-]+\s+)?team)\b[^.?!]{0,40}?\b(?:asked|asks|asking|wants?|wanted|wanting)\s+(?:me|us|if i could|if we could)\s+(?:to\s+)?(?:whatsapp|text|snapchat|message)\s+(?:(?:him|her|them)\s+(?:a\s+|an\s+|the\s+|his\s+|her\s+|their\s+|my\s+)?(?:[\w'’-]+\s+){0,3}?(?:pic|picture|photo|list|chart|notes|details|results|obs|readings|meds?|medication|records?|plan|letter|report|scan|address|number)\b|(?:[\w'’-]+\s+){1,5}?to\s+(?:his|her|their)\s+(?:work\s+|personal\s+|own\s+)?(?:mobile|phone|number|whatsapp)\b)/i;

/** A policy sentence that professionals get information only by a secure way, never by text or WhatsApp ("by Egress only, never by WhatsApp"). */
const PROFESSIONALS_ONLY_BY_SAID =
  /\b(?:hospitals?|gps?|pharmac\w+|council|nurses?|social workers?|professionals?)\b[^.;]*\b(?:only\s+by|by\s+[\w-]+(?:\s+[\w-]+)?\s+only)\b[^.;]*\b(?:never|not)\b[^.;]*\b(?:whatsapp|text)\b/i;

export const professionalWantsByChatAnswer = toldThenSaid(PROFESSIONAL_WANTS_BY_CHAT_TOLD, PROFESSIONALS_ONLY_BY_SAID);

/**
 * The next provider asking for someone's records as they take over: "new care agency phoned asking for mrs g's care plan before they start
 * monday", "the new school wants his file".
 */
const NEXT_PROVIDER_ASKS_TOLD =
  /\b(?:new|next|receiving)\s+(?:care\s+|home care\s+|domiciliary\s+)?(?:agency|provider|care home|nursing home|school|practice|service)\b[^.?!]{0,60}?\b(?:asking for|asked for|asks for|wants?|wanted|wanting|request\w*)\b[^.?!]{0,30}?\b(?:care plans?|records?|notes|file|plan|details|history|paperwork)\b/i;

/** A policy sentence on handing over to the next provider: "a new agency gets a handover only once the client agrees". */
const HANDOVER_SAID = /\b(?:new|next|receiving)\s+(?:care\s+)?(?:agency|provider|care home|home|school|practice|service)\b[^.;]*\b(?:handover|hand over|handed over)\b[^.;]*\b(?:only|once|agrees?|consent\w*)\b/i;

/** The next school or college asking for a young person's file: "going back to mainstream next week, the new school wants his file". */
const NEXT_SCHOOL_ASKS_TOLD =
  /\b(?:new|next|receiving|mainstream|other)\s+(?:school|college|provider|setting|nursery)\b[^.?!]{0,30}?\b(?:wants?|asked for|asking for|requested|needs?)\s+(?:his|her|their|the|everything|all)\b(?:\s+(?:[\w-]+\s+)?(?:file|records?|notes)\b|\s+we\s+hold\b)|\b(?:moving|going|transferring)\s+to\s+(?:a\s+new|another|the\s+new)\s+(?:school|college)\b[^.?!]{0,40}?\b(?:send|file|records?)\b|\bleaving\b[^.?!]{0,40}?\bchild\s+protection\s+file\b/i;
const LEAVER_FILE_SAID = /\bwhen\s+(?:a|the)\s+(?:young person|pupil|child|student|learner)\s+leaves\b[^.]*\bfile\b/i;

/**
 * The next provider or school asking for someone's records: the sentence on the handover to a new provider, else the one on the file
 * sent on when a young person leaves.
 */
export function nextProviderAsksAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return NEXT_PROVIDER_ASKS_TOLD.test(question) || NEXT_SCHOOL_ASKS_TOLD.test(question) ? theOnlySaying(ctx, HANDOVER_SAID, LEAVER_FILE_SAID) : undefined;
}
