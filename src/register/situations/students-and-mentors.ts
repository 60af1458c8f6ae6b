// Those we mentor, tutor or teach, told in a staff member's words: one taken back to a staff member's home, a young student emailed, a
// parent asking after one now 18, work written for them, a note-taking bot on a call, a rule said of one's own role; and our papers and
// copies: an applicant not taken on, recordings still held, copies kept on one's own laptop, a folder of names lost. The one policy sentence
// that rules on it answers, found by what it says, never by a firm's policy id. Read in the seventy-first round.
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { policiesByTitle, policiesSaying, quoted, theOnly, theOnlyPreferring, toldThenSaid } from '../quoted-policies.ts';
import { escapeRegExp } from '../text.ts';
import { theBreachPolicy } from './breaches.ts';
import { LOSS_TITLE } from './keys.ts';

/**
 * One we serve taken to a staff member's home: "can I bring Shannon back to mine for a brew and sort her CV out on my laptop?", "she comes
 * round mine for tea"; someone brought, not a laptop kept there nor a team social.
 */
const TAKEN_TO_OWN_HOME =
  /\b(?:bring|bringing|take|taking|have|having|invite|inviting|drive|driving|meet|meeting)\s+(?!(?:it|this|that|them|these|those|the|my|a|an|our|some|work|stuff|everyone|everybody)\b)[a-z]+\b[^.?!]{0,25}?\b(?:back to|round to|over to|to|at)\s+(?:mine|my (?:place|flat|house|home|gaff))\b|\b(?:she|he|they)\s+(?:comes?|come|came|coming|pops?|popping)\s+(?:back\s+)?(?:round\s+)?(?:to\s+)?(?:mine|my (?:place|flat|house|home|gaff))\b|\b(?:wants?|asking|asked|asks)\s+(?:if\s+(?:she|he|they)\s+can\s+|to\s+)(?:come|stay|sleep|pop)\s+(?:round\s+)?(?:to\s+|at\s+)?(?:mine|my (?:place|flat|house|home|gaff))\b/i;

/** A sentence never to meet at one's own home: "Meet only in public places …, never at your home". */
const NOT_AT_YOUR_HOME_SAID = /\b(?:never|not)\s+(?:at|in|to)\s+your\s+(?:own\s+)?(?:home|house|flat)\b/i;

export const takenToOwnHomeAnswer = toldThenSaid(TAKEN_TO_OWN_HOME, NOT_AT_YOUR_HOME_SAID);

/** A young student emailed, who else is on it asked: "emailing Poppy (she's 15) her feedback …, just her or does someone else need to be on it?". */
const YOUNG_EMAILED =
  /^(?!.*\be-?mail\s+from\b)(?=.*\be-?mail(?:s|ing|ed)?\b)(?=.*(?:\b(?:she|he|they)['’]?(?:s| is| are|re)\s+(?:1[0-7]|[5-9])\b|\baged\s+(?:1[0-7]|[5-9])\b|\b(?:1[0-7]|[5-9])[- ]?(?:yo|yrs?[- ]?old|years?[- ]?old)\b|\(\s*(?:1[0-7]|[5-9])\s*\)))(?=.*\b(?:just (?:her|him|them)|someone else|anyone else|anybody else|cc|copy (?:in|someone|anyone)|(?:copy|cc)\s+(?:in\s+)?(?:his|her|their|the)\s+parents?|on (?:it|the email))\b)/i;

/** A sentence to copy a parent into emails to the young. */
const PARENT_COPIED_SAID = /\b(?:copy|cc)\s+(?:in\s+)?a\s+parent\b|\bparents?\b[^.]*\b(?:copied|cc['’]?d)\s+(?:in|into)\b/i;

export const youngEmailedAnswer = toldThenSaid(YOUNG_EMAILED, PARENT_COPIED_SAID);

/** A parent asking after one who has turned 18: "Olivia turned 18 last month, her dad's asking how her Oxford prep is going". */
const PARENT_ASKS_AFTER_18 =
  /^(?=.*\b(?:turned|turns|just turned|now|is)\s+(?:18|19|20)\b|.*\b(?:18th birthday|had (?:her|his|their) 18th)\b|.*\b(?:she|he|[a-z]+)['’]s\s+(?:18|19|20)\s+now\b)(?=.*\b(?:dad|mum|mam|mom|father|mother|parents?)(?:['’]s)?\b[^.?!]{0,30}?\b(?:asking|asked|asks|wants? to know|rang|called|emailed)\b)(?=.*\b(?:how\s+(?:she|he|they|her|his|their)\b|fill\s+(?:him|her|them)\s+in|update|progress|results?|grades?|marks?|notes|going|getting on|doing)\b)/i;

/** A sentence that once one turns 18, parents are told nothing without consent. */
const NOTHING_AFTER_18_SAID = /\b(?:turns?|turned|reaches?)\s+18\b[^.]*\b(?:nothing|consent|permission)\b|\bparents?\b[^.]*\b(?:over|aged)\s+18\b[^.]*\b(?:nothing|consent)\b|\b(?:over|aged)\s+18\b[^.]*\bparents?\b[^.]*\b(?:nothing|consent)\b|\bparents?\b[^.]*\b18\s+or\s+over\b[^.]*\b(?:nothing|consent)\b/i;

export const parentAsksAfter18Answer = toldThenSaid(PARENT_ASKS_AFTER_18, NOTHING_AFTER_18_SAID);

/** Work written for one we teach: "quicker if I just redo the first paragraph for him", "can I rewrite her intro for her". */
const WRITTEN_FOR_THEM =
  /\b(?:redo|re-?do|rewrite|re-?write|rewriting|write|writing|rework|tweak|tweaking|fix|fixing)\s+(?:up\s+)?(?:the|her|his|their|[a-z]+['’]s)\s+(?:[\w-]+\s+)?(?:paragraph|opening(?:\s+line)?|intro(?:duction)?|personal statement|statement|essay|draft|conclusion|answer)s?\s+for\s+(?:him|her|them)\b/i;

/** A sentence never to write their work for them. */
const NOT_WRITTEN_FOR_THEM_SAID = /\bnever\s+(?:write|rewrite|re-write)\s+(?:sentences|their|a draft|drafts|essays?|statements?|it for them|anything for them)\b|\brewrite\s+a\s+draft\b/i;

export const writtenForThemAnswer = toldThenSaid(WRITTEN_FOR_THEM, NOT_WRITTEN_FOR_THEM_SAID);

/** A note-taking bot on a call: "some AI 'notetaker' thing joined my call with Felix", "Fireflies.ai joined my session"; not a letter's transcription. */
const NOTE_BOT_TOLD = /\b(?:(?:ai\s+)?note-?takers?|note[- ]taking\s+(?:bots?|apps?|things?)|transcri(?:ption|bing)\s+bots?|meeting\s+bots?|otter(?:\.ai)?|fireflies(?:\.ai)?|fathom|read\.ai)\b['’"]?\s*(?:bots?|things?|apps?|tools?)?\b[^.?!]{0,40}?\b(?:joined|joins|join|came into|popped into|turned up in|(?:is|was)\s+in\s+(?:my|our|the)\s+(?:call|session|meeting))\b/i;

/** A sentence on note-taking or transcription bots. */
const NOTE_BOT_SAID = /\bnote[- ]?taking\b[^.]*\bbots?\b|\btranscription\b[^.]*\bbots?\b|\bnote-?takers?\b/i;

/** A note-taking bot on a call: of two policies with such a sentence, the one titled on sessions, recordings or calls, not the one on new tools. */
export function noteBotAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return NOTE_BOT_TOLD.test(question) ? theOnlyPreferring(policiesSaying(ctx, NOTE_BOT_SAID), (p) => /\b(?:sessions?|record\w*|calls?|meetings?|bots?)\b/i.test(p.title)) : undefined;
}

/** An applicant not taken on, whether to delete their details asked: "girl who applied to be a sitter … and didn't get it, can I delete all her stuff now?". */
const APPLICANT_NOT_TAKEN =
  /^(?!.*\b(?:we|i)\s+applied\b|.*\b(?:grant|funding|bid|tender)\b|.*\b(?:wants?|asked|asking)\s+(?:us\s+)?to\s+delete\b)(?=.*\b(?:applied|applicants?|interviewed|candidates?)\b[^.?!]{0,60}?\b(?:didn['’]?t get|did not get|wasn['’]?t (?:successful|taken on|offered)|unsuccessful|turned down|rejected|not successful|didn['’]?t make it|didn['’]?t take (?:him|her|them) on)\b)(?=.*\b(?:delete|deleting|keep|keeping|bin|shred|get rid|clear|hold on)\w*\b)/i;

/** A sentence on how long the details of those not taken on are kept. */
const UNSUCCESSFUL_KEPT_SAID = /\bunsuccessful\s+(?:applicants?|candidates?|applications?)\b/i;

export const applicantNotTakenAnswer = toldThenSaid(APPLICANT_NOT_TAKEN, UNSUCCESSFUL_KEPT_SAID);

/**
 * Recordings still held, whether needed asked: "still got recordings of the Oxford practice interviews from September on my laptop, do I
 * need them", "we've still got footage of the 2023/24 games on the camera account, can it go?".
 */
const RECORDINGS_STILL_HELD =
  /^(?!.*\bwhere\s+(?:are|is|can)\b).*\b(?:still\s+(?:got|have|holding)|still\s+ha(?:ve|s)\s+got|(?:have|'ve)\s+got)\s+(?:the\s+|some\s+|all\s+the\s+)?(?:[\w'’-]+\s+){0,3}?(?:recordings?|videos?|footage)\b[^?]*\b(?:(?:need|delete|keep|bin|get rid)\w*\b|(?:can|could|should|shall)\s+(?:it|they|that|those|these)\s+(?:go|be deleted|be binned)\s*(?:now\s*)?(?:[?.!]|$))/i;

/** A sentence on when recordings are deleted: "Match video is deleted at the end of the following season", "kept for 30 days". */
const RECORDINGS_DELETED_SAID = /\b(?:deleted|erased|wiped|destroyed)\s+(?:after|within|at the end)\b|\bkept\s+(?:for|until)\b/i;

/** Recordings by any of the words staff and policies call them. */
const RECORDINGS_NAMED = /\b(?:recordings?|videos?|footage|film(?:ed|ing)?)\b/i;

/** A sentence on when recordings, by any of their names, are deleted. */
const RECORDINGS_KEPT_SAID = new RegExp(`^(?=.*${RECORDINGS_NAMED.source})(?=.*(?:${RECORDINGS_DELETED_SAID.source}))`, 'i');

/** The same, not of the cameras' footage nor of what is kept for the police or a claim. */
const OTHER_RECORDINGS_KEPT_SAID = new RegExp(String.raw`^(?!.*\b(?:cctv|police|incident|claim|evidence)\b)${RECORDINGS_KEPT_SAID.source.slice(1)}`, 'i');

const CCTV = /\bcctv\b/i;
const CAMERAS_TITLE = /\b(?:cctv|cameras?)\b/i;

/** Recordings still held: the one policy sentence on when they are deleted that names recordings, by whichever word, not the cameras'. */
export function recordingsStillHeldAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!RECORDINGS_STILL_HELD.test(question)) return undefined;
  // The cameras' footage ("Footage is kept for 31 days") is no rule on match or jump videos, unless the cameras are what is asked.
  if (CCTV.test(question)) return theOnly(policiesSaying(ctx, RECORDINGS_KEPT_SAID));
  return theOnly(policiesSaying(ctx, OTHER_RECORDINGS_KEPT_SAID).filter((p) => !CAMERAS_TITLE.test(p.title)));
}

/**
 * Copies of work kept on one's own device or account: "I keep copies of students' statements on my own laptop so I can work offline", "can i
 * keep a copy of the visit log on my phone in case the wifi drops" (one's phone is one's own), or copied to one's own stick ("can i copy a few
 * of the recovered holiday videos onto my own stick", read in the ninety-first round).
 */
const COPIES_ON_OWN_DEVICE =
  /\b(?:keep|kept|keeping|save|saved|saving|store|stored|storing|have|got)\s+(?:copies|cop(?:y|ies)\s+of|a\s+copy\s+of|some|all)?\s*(?:[\w'’-]+\s+){0,3}?(?:copies|files|documents|docs|notes|statements|essays|records|reports|cvs|work|data|details|spreadsheets?|photos of (?:clients|customers|students|patients))\s+(?:[\w'’-]+\s+){0,3}?(?:on|in)\s+my\s+(?:own|personal|home)\s+(?:laptop|computer|pc|mac|phone|ipad|tablet|dropbox|icloud|drive|google drive)\b|\b(?:keep|save|store|have|got)\s+(?:a\s+copy\s+of\s+|copies\s+of\s+)?(?:the|our|a)\s+(?:[\w'’-]+\s+)?(?:logs?|registers?|records|notes|details)\s+(?:[\w'’-]+\s+){0,3}?on\s+my\s+phone\b|\b(?:copy|copying|put|putting|transfer|transferring|move|moving|stick|pop)\b[^.?!]{0,60}?\b(?:onto|on to|to|on)\s+my\s+(?:own\s+|personal\s+)?(?:usb(?:\s+(?:stick|drive))?|stick|memory stick|flash drive|pen drive|thumb drive|external drive|hard drive)\b/i;

/** A sentence never to keep work in one's own folders or accounts, or copy it there ("never copy anything to your own phone or USB stick"). */
const NOT_IN_OWN_SAID = /\bnever\s+(?:keep|save|store|copy|put|transfer|move)\b[^.]*\b(?:your own|personal)\b|\bnothing\b[^.]*\b(?:is\s+)?(?:kept|stored|saved)\s+on\s+(?:a|your)\s+(?:own|personal)\b/i;

export const copiesOnOwnDeviceAnswer = toldThenSaid(COPIES_ON_OWN_DEVICE, NOT_IN_OWN_SAID);

/** The asker's role said, and when or to whom to pass something on asked: "im a mentor … when do i have to pass this on". */
const ROLE_SAID = /\b(?:(?:i['’]?m|i am|im)\s+(?:a|an|one of the)|as\s+an?)\s+([a-z]{4,})\b/i;
const WHEN_TO_PASS_ON = /\b(?:when|who)\s+(?:do|should|shall|must)\s+i\s+(?:have\s+to\s+|need\s+to\s+)?(?:pass|tell|report|flag|let)\b|\bwhen\s+do\s+i\s+have\s+to\b/i;

/** A sentence that says what those of the asker's role do: "Mentors tell their key worker or Maria Santos before the end of the day". */
export function roleRuleAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const role = ROLE_SAID.exec(question)?.[1];
  if (!role || !WHEN_TO_PASS_ON.test(question)) return undefined;
  const stemmed = escapeRegExp(role.replace(/s$/, ''));
  return theOnly(policiesSaying(ctx, new RegExp(String.raw`^\s*(?:all\s+)?${stemmed}s?\s+(?:must\s+|should\s+)?(?:tell|report|pass|let|inform|speak to|ring|call)\b`, 'i')));
}

/** Papers with people's details lost outside: "think I left my folder with thursday's names and phone numbers on the train". */
const PAPERS_LOST =
  /\b(?:left|lost|dropped|mislaid)\s+(?:my|the|our|a)\s+(?:folder|file|papers|paperwork|notebook|note ?pad|list|sheets?|register|diary|clipboard)\b[^.?!]{0,40}?\b(?:names?|(?:phone|mobile|contact)\s+numbers|addresses|details|contact)\b/i;

/** A loss policy's words for papers, not devices alone. */
const PAPERS_WORD = /\b(?:papers?|paperwork|folders?|files|notebooks?|sheets?|registers?|lists?)\b/i;

/** Papers with people's details lost: the one policy on losses that names papers, else the breach policy (a device policy names none). */
export function papersLostAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!PAPERS_LOST.test(question)) return undefined;
  const losses = policiesByTitle(ctx, LOSS_TITLE);
  const naming = losses.filter((p) => PAPERS_WORD.test(`${p.title} ${p.text}`));
  if (naming.length === 1) return quoted(naming);
  const breach = naming.length === 0 ? theBreachPolicy(ctx) : undefined;
  return breach ? quoted([breach]) : undefined;
}
