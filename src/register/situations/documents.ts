// Someone's identity papers copied, scanned or sent on: the policy's sentence on copies of that paper answers.
import type { Policy } from '../../config/schema.ts';
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { policiesSaying, policiesSayingWhole, theOnly, toldThenSaid } from '../quoted-policies.ts';
import { sentencesOf } from '../policy-passages.ts';
import { stem, words } from '../text.ts';
import { wellKnownStranger } from '../unknown.ts';
import { sentToWrongPerson } from './breaches.ts';

/** A policy sentence on copies of a paper: keeping, taking, sending or never holding one. */
const COPIES_SAID = String.raw`\b(?:cop(?:y|ies)|scans?|scanned|photocop\w+|photograph\w*|forward\w*|send|sent|receive)\b`;

/** An identity paper as told, and as a policy's title names it and a policy sentence on copies of it says it. */
function idPaper(told: RegExp, said: string): { told: RegExp; titled: RegExp; copiesSaid: RegExp } {
  return { told, titled: new RegExp(String.raw`\b(?:${said})\b`, 'i'), copiesSaid: new RegExp(String.raw`^(?=.*\b(?:${said})\b).*${COPIES_SAID}`, 'i') };
}

/** ID at large: "could we start photocopying IDs of anyone who looks young?", "look at it and hand it back, never photocopy it". */
const PHOTO_ID = idPaper(/\b(?:photo\s+)?ids\b|\b(?:their|his|her|photo|[a-z]+['’]s)\s+id\b(?!\s+cards?\b)|\bid documents?\b/i, String.raw`(?:photo )?id|id documents?|identification`);

const PASSPORT = idPaper(/\bpassports?\b/i, String.raw`passports?`);
// A person's licence is their driving licence ("take a pic of his licence", "showed me his provisional"), however the policy says it ("the photocard licence").
const DRIVING_LICENCE = idPaper(/\bdriving licen[cs]es?\b|\bdriver['’]?s licen[cs]es?\b|\b(?:his|her|their|a|the)\s+provisional(?:\s+licen[cs]e)?\b|\b(?:his|her|their|your|my|(?:the\s+)?customer['’]?s['’]?|people['’]?s['’]?|peoples)\s+(?:photocard\s+)?licen[cs]es?\b/i, String.raw`driving licen[cs]es?|driver['’]?s licen[cs]es?|photocard licen[cs]es?|(?:the|their|his|her|a) licen[cs]e`);

/** Papers that are photo ID ("Check photo ID …; do not photocopy or photograph it"): where no sentence names the paper, the rule on copies of photo ID at large is the rule on it. */
const PHOTO_IDS: ReadonlySet<IdPaper> = new Set([PASSPORT, DRIVING_LICENCE]);

/** Identity papers, each with the words a policy names it by. */
const ID_PAPERS = [
  PASSPORT,
  idPaper(/\bdbs(?:\s+(?:certificates?|certs?|checks?))?\b|\bcriminal record (?:certificates?|checks?)\b/i, String.raw`dbs|criminal record`),
  DRIVING_LICENCE,
  idPaper(/\bbirth certificates?\b/i, String.raw`birth certificates?`),
  idPaper(/\b(?:brps?|biometric residence permits?|visas?|share codes?)\b/i, String.raw`brps?|biometric residence|visas?|share codes?`),
  // ID at large, last.
  PHOTO_ID,
];

/** Whether the question names an identity paper ("showed me his provisional", "her passport"). */
export function idPaperTold(question: string): boolean {
  return ID_PAPERS.some((p) => p.told.test(question));
}

/** A copy asked for, not a photo: "take a copy of his driving licence", "scan it". */
const COPY_ASKED = /\b(?:photocop\w*|cop(?:y|ies|ied)|scan(?:s|ned|ning)?)\b/i;
/** A sentence on copies, not photos alone. */
const COPY_SAID = /\b(?:photocop\w*|cop(?:y|ies)|scan\w*)\b/i;

/** A rule against copies: "never photocopy or scan a certificate", "do not keep a copy". */
const COPIES_RULED = /\b(?:never|not|don['’]t|do not)\s+(?:keep\s+|take\s+|make\s+)?(?:a\s+)?(?:photocop\w+|scan\w*|cop(?:y|ies)|photograph\w*)\b/i;

/** Copying or passing the paper on, asked or told: "can i just scan it and attach it", "wants a copy of her passport", "forward it". */
const COPIED = /\b(?:scan(?:s|ned|ning)?|photocop(?:y|ied|ies|ying)|cop(?:y|ies|ied)|photo(?:graph)?(?:s|ed|ing)?|pics?|picture|forward(?:s|ed|ing)?|attach(?:es|ed|ing)?|upload(?:s|ed|ing)?|whatsapp(?:ed)?|e-?mail(?:ed)? (?:it|them|over|across|on))\b/i;

/** A question of the register, not a situation: "how long are passport scans kept", "where do the DBS copies go". */
const ASKS_REGISTER = /^\s*(?:how long|where|which|who (?:has|holds|keeps|stores))\b|\bhow long\b[^.?!]*\b(?:kept|keep|held|hold|stored)\b/i;

/**
 * Leave asked, or a wish to do it: "can i just forward it", "ok to scan it", "wants a copy", "would it be easier if i just took a pic"; or
 * what was done, asked after: "I took a pic of it on the till iPad. good call?".
 */
const LEAVE_ASKED = /\b(?:can|could|should|shall|may)\s+(?:i|we|he|she|they)\b|\bwould it be (?:easier|ok|okay|alright|fine|better) if (?:i|we)\b|\b(?:do|must)\s+(?:i|we)\s+(?:need|have)\s+to\b|\b(?:ok|okay|fine|alright|allowed)\s+to\b|\bwants?\s+(?:(?:me|us)\s+to\s+(?:take|make|keep)\s+)?(?:a\s+)?cop(?:y|ies)\b|\bgood call\b|\b(?:was|is) (?:that|it|this) (?:ok|okay|alright|right|fine)\b|\bdid i do (?:the )?right\b/i;

/** A copy asked to be deleted, which is a request to erase: "wants us to delete the copy of his passport". */
const COPY_ERASED = /\b(?:delete|deleted|erase|erased|remove|removed|destroy|destroyed|shred|shredded|get rid of)\s+(?:the\s+|his\s+|her\s+|their\s+|any\s+|all\s+)?(?:scans?|cop(?:y|ies)|photocop(?:y|ies))\b/i;

/**
 * The identity paper whose copying is asked leave for, or a copy of it wanted ("could we start photocopying IDs of anyone who looks
 * young?"); not a question about what is kept ("does thirdfort keep a copy of the passport?"), which is the register's. A data matter
 * however sure the model is that the question is small talk.
 */
export function idPaperCopyAsked(question: string): IdPaper | undefined {
  if (!COPIED.test(question) || !LEAVE_ASKED.test(question) || ASKS_REGISTER.test(question) || COPY_ERASED.test(question)) return undefined;
  return ID_PAPERS.find((p) => p.told.test(question));
}

type IdPaper = ReturnType<typeof idPaper>;

/**
 * Someone's identity paper copied, scanned or sent on, asked or told: "host mum wants a copy of her au pair's passport, can i
 * just forward it from zoho?", "nanny brought her dbs certificate in, can i scan it and attach it to her record?". Whatever
 * system the story names, the rule on copies of that paper is the policy's: the one policy with a sentence on both, or of
 * several, the one titled on the paper.
 */
export function idPaperCopiedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const paper = idPaperCopyAsked(question);
  // A tool we do not hold asked after ("can i wetransfer a passport scan to the hotel") is the tool's question (looked for last: it reads
  // every tool's name); a scan sent to the wrong person by a slip ("emailed his passport scan to a different client") is a breach.
  if (!paper || wellKnownStranger(ctx, question) || sentToWrongPerson(question)) return undefined;
  return ruleOnCopiesOf(ctx, paper, question) ?? (PHOTO_IDS.has(paper) ? ruleOnCopiesOf(ctx, PHOTO_ID, question) : undefined);
}

/** The one policy sentence on copies of the paper, by what it says, its title or its keywords. */
function ruleOnCopiesOf(ctx: QaContext, paper: IdPaper, question: string): QaAnswer | undefined {
  // A copy asked ("take a copy of his driving licence") is ruled on by a sentence on copies ("do not photocopy or photograph it") before
  // one on photos alone ("Do not photograph donors, their ID…"), where one says so.
  const sameAct = (said: string) => !COPY_ASKED.test(question) || COPY_SAID.test(said);
  const says = (said: string) => paper.copiesSaid.test(said);
  // By the parts of sentences first; by whole ones where a semicolon parts the paper from the rule on it.
  // Each looked for only where the one before found none.
  const ways = [
    () => policiesSayingWhole(ctx, (whole) => sentencesOf(whole).some((said) => says(said) && sameAct(said))),
    () => policiesSayingWhole(ctx, (said) => says(said) && sameAct(said)),
    () => policiesSaying(ctx, paper.copiesSaid),
    () => policiesSayingWhole(ctx, says),
  ];
  let saying: Policy[] = [];
  for (const way of ways) if ((saying = way()).length > 0) break;
  // Where more than one says it (the breach policy's "a passport scan attached where it shouldn't be"), the one titled on the paper.
  // So where the one that names the paper is another policy and the policy titled on the paper rules on copies in a sentence of its
  // own ("never photocopy or scan a certificate", a sentence after the one that says "DBS").
  const titled = saying.filter((p) => paper.titled.test(p.title));
  const ownRule = titled.length ? [] : ctx.config.policies.filter((p) => paper.titled.test(p.title) && COPIES_RULED.test(p.text));
  const bySentence = ownRule.length === 1 ? theOnly(ownRule) : saying.length > 1 ? theOnly(titled) : theOnly(saying);
  // Where no sentence names the paper, the one policy keyed on it ("driving licence") whose text rules against copies ("never photocopy,
  // photograph or write down the ID number").
  return bySentence ?? theOnly(ctx.config.policies.filter((p) => p.keywords.some((k) => paper.titled.test(k)) && COPIES_RULED.test(p.text)));
}

/** A thing photographed, asked: "can i photo the key card for the new locks", "ok to take a pic of the alarm code". The thing is kept. */
const THING_PHOTOGRAPHED = /\b(?:(?:take|snap|send|grab) (?:a )?(?:quick )?(?:photo|pic|picture|snap) of|photo(?:graph)?|snap)\s+(?:(?:the|a|an|his|her|their|our)\s+)?((?:[a-z]+\s+){0,2}?[a-z]+)(?=\s+(?:for|and|to|on|from|so|with|of)\b|\s*[,.?!]|$)/i;

/** A policy sentence that a thing never goes in a photo: "so it never goes in a photo, a text or an email", "never photograph the code". */
const NEVER_IN_A_PHOTO = /\b(?:never|not|don['’]t|do not)\b[^.]{0,40}?\b(?:photos?|photograph\w*|pictures?|pics?)\b/i;

/**
 * A thing asked to be photographed that a policy says never goes in a photo: "can i photo the key card for the new locks and send it to
 * the office on whatsapp?" where the policy on keys says the key card "never goes in a photo". The policy's sentence on that thing,
 * whatever the app the photo would go by.
 */
export function neverPhotographedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!LEAVE_ASKED.test(question) || ASKS_REGISTER.test(question)) return undefined;
  const thing = THING_PHOTOGRAPHED.exec(question)?.[1]?.toLowerCase();
  if (thing && /^(?:it|them)$/.test(thing)) return namedElsewhere(ctx, question);
  if (!thing || /^(?:this|that|me|us)$/.test(thing) || /\b(?:photos?|pics?|pictures?|snaps?|shots?)$/.test(thing)) return undefined;
  // One sentence names the thing and says it never goes in a photo.
  const namedNever = new RegExp(String.raw`^(?=[\s\S]*\b${thing.replace(/\s+/g, '\\s+')}\b)[\s\S]*(?:${NEVER_IN_A_PHOTO.source})`, 'i');
  return theOnly(policiesSaying(ctx, namedNever));
}

/** What a policy sentence says is never photographed: "Never photograph a voucher on a phone" gives "voucher". */
const NEVER_PHOTOGRAPHED = /\bnever\s+photograph(?:\s+or\s+(?:copy|photocopy|film|scan))?\s+(?:a|an|the|any|their|someone['’]s)?\s*([a-z]{4,})\b/gi;

/**
 * The thing photographed said as "it", named elsewhere in the story: "lady's here with her hospital voucher, can i just take a pic of
 * it on my phone" of "Never photograph a voucher on a phone". The one policy whose sentence forbids photographing a thing the
 * question names.
 */
function namedElsewhere(ctx: QaContext, question: string): QaAnswer | undefined {
  const asked = ` ${words(question).join(' ')} `;
  const names = (policy: Policy) =>
    [...policy.text.matchAll(NEVER_PHOTOGRAPHED)].some((m) => !/^(?:them|people|anyone|anything|inside)$/i.test(m[1]!) && asked.includes(` ${stem(m[1]!.toLowerCase())} `));
  return theOnly(ctx.config.policies.filter(names));
}

/**
 * A paper someone gave us that looks forged, told: "pretty sure this payslip's been doctored, the font on the gross pay is different",
 * "the reference looks fake". What to do (and whom not to tell) is the firm's one policy sentence on papers that look altered.
 */
const FORGED_TOLD = /\b(?:payslips?|pay slips?|references?|bank statements?|statements?|passports?|id|licen[cs]es?|certificates?|documents?|p60s?|utility bills?|bills?)(?:['’]s)?\b[^.?!]{0,30}?\b(?:been |is |are |was |were |looks? |seems? |looking )?(?:doctored|forged|faked?|altered|photoshopped|tampered(?: with)?|fraudulent|not genuine)\b|\b(?:doctored|forged|fake|altered|photoshopped|fraudulent)\s+(?:payslip|pay slip|reference|bank statement|statement|passport|id|licence|license|certificate|document|p60|utility bill)s?\b/i;
const FORGED_SAID = /\b(?:altered|forged|fake|doctored|tampered|fraudulent|not genuine)\b/i;

export const forgedPaperAnswer = toldThenSaid(FORGED_TOLD, FORGED_SAID);

/**
 * Someone's passport or ID asked to be kept by us: "one of the kyrgyz lads wants me to keep his passport in the office safe", "customer
 * offered her passport as a deposit for the costume". Kept, not copied (the rule on copies reads that) nor its number noted.
 */
const ID_KEPT_TOLD =
  /\b(?:keep|hold|look after|mind|store|hang on to|hold on to)\s+(?:his|her|their|[a-z]+['’]s|the)\s+(?:passports?|id cards?|driving licen[cs]es?)\b(?!\s+(?:numbers?|details|cop(?:y|ies)|photos?))|\bpassports?\b[^.?!]{0,40}?\b(?:in the (?:office\s+)?safe|for safe ?keeping|as (?:a )?deposit|as security)\b|\bleave\s+(?:his|her|their|a)\s+passports?\s+with\s+us\b/i;

/** A policy sentence that we never keep someone's passport or ID: "We never keep a worker's passport", "never keep a passport or ID card as a deposit". */
const ID_NEVER_KEPT_SAID = /\b(?:never|do not|don['’]t|not)\s+(?:keep|hold(?: on to)?|retain)\s+(?:a|the|any|their|his|her|[\w'’-]+['’]s)\s+(?:[\w'’-]+['’]s?\s+)?(?:passports?|id cards?|driving licen[cs]es?)\b/i;

export const idKeptAnswer = toldThenSaid(ID_KEPT_TOLD, ID_NEVER_KEPT_SAID);
