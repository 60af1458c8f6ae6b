// Where a paper belongs, asked: the one policy that names the paper says where it is kept, whatever supplier's data it holds.
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { policiesByTitle, policiesSaying, policiesTitled, theOnly } from '../quoted-policies.ts';

/**
 * Where something goes or is kept, asked: "where are they actually meant to go", "where do I file these", "where should the forms be
 * kept", "what do i do with the paper copies now".
 */
const WHERE_IT_GOES = /\bwhere\s+(?:do|does|should|shall|are|is|must)\s+(?:(?:i|we)\s+(?:put|keep|file|leave|store)\b|[^?]{0,50}?\b(?:go|live|(?:get|be)\s+(?:kept|filed|stored|put|left))\b)|\bwhat\s+(?:do|should|shall)\s+(?:i|we)\s+do\s+with\s+(?:the|these|this|those)\s+(?:[\w-]+\s+){0,2}?(?:papers?|forms?|sheets?|slips?|copies|originals|ones)\b/i;

/**
 * A paper of the trade's, by the word before its kind: "job sheets", "consent forms", "delivery dockets". Notes, lists and
 * registers are as often kept in a system as on paper: where they live is the register's to say.
 */
const PAPER_NAMED = /\b([a-z]+)\s+(sheets?|forms?|slips?|dockets?|folders?|paperwork|papers)\b/gi;

/** Words before a paper's kind that name no kind of paper. */
const NO_KIND = /^(?:the|a|an|my|our|your|his|her|their|these|those|this|that|of|old|new|blank|spare|paper|all|some|any|where|are|is|do|does)$/i;

/** A sentence saying where a paper is kept: "stay in the folder in the glovebox", "is saved in the Owners folder". */
const KEPT = String.raw`(?:stays?|kept|keep|goes|go|saved|filed|stored|put|lives?|belongs?)`;

/** Paper with nothing on it yet ("where do the blank job sheets live?"): stationery, whose place no policy keeps. */
const UNUSED = /\b(?:blank|spare|empty|unused|new)\s+(?:[a-z]+\s+)?(?:sheets?|forms?|slips?|dockets?|folders?|paperwork|papers)\b/i;

/** Where data is stored asked ("is it uk based", "which server"): a supplier's location, not a paper's place. */
const STORED_ASKED = /\b(?:stored|hosted|based|servers?|cloud|uk|eu|us|country|abroad)\b/i;

/** Papers or notes taken out: "while i'm driving about", "in the car", "on a home visit" (not "out of the office", "the car park"). */
const ON_THE_ROAD = /\b(?:notes|papers?|paperwork|forms?|sheets?|files?|folders?|records)\b[^?]*\b(?:while (?:i['’]?m |i am |we['’]?re |we are )?(?:driving|on the road)|in the (?:car|van)\b(?! park)|on (?:a|the) home visit|on home visits)\b|\b(?:home visit|on the road)\b[^?]*\bwhere\b[^?]*\b(?:notes|papers?|paperwork|forms?|sheets?|files?|folders?|records)\b/i;

/**
 * A policy sentence on how papers travel, naming them: "notes travel in the folder in the car boot", "forms go in the glovebox";
 * not where they never go ("files are kept in the locked cabinet, never in the van").
 */
const TRAVEL_SAID = /\b(?:notes|paperwork|forms?|sheets?|files?|folders?|records|documents)\b[^.]*\b(?:travel|travels|carried|carry|go|goes|stay|stays|kept|keep)\s+(?:(?!\b(?:never|not)\b)[^.]){0,40}?\b(?:in|on|inside)\s+(?:the|a|your)\s+(?:[\w-]+\s+)?(?:car|van|boot|glovebox|glove box)\b/i;

/**
 * Where a paper of the trade's goes, asked: "crews keep leaving the job sheets on the dashboard, where are they actually meant to
 * go?". The one policy whose title or keywords name that paper (else the one whose text does) says where it is kept.
 */
export function paperHomeAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!WHERE_IT_GOES.test(question) || UNUSED.test(question) || STORED_ASKED.test(question)) return undefined;
  // "Where should the notes go while i'm driving about?": papers on the road, where the one policy that says where they travel says.
  const travelling = ON_THE_ROAD.test(question) ? theOnly(policiesSaying(ctx, TRAVEL_SAID)) : undefined;
  if (travelling) return travelling;
  for (const [, kind, paper] of question.matchAll(PAPER_NAMED)) {
    if (NO_KIND.test(kind!)) continue;
    const said = new RegExp(String.raw`\b${kind}\s+${paper!.replace(/s$/, '')}s?\b`, 'i');
    const kept = new RegExp(String.raw`${said.source}.*\b${KEPT}\b|\b${KEPT}\b.*${said.source}`, 'i');
    const policy = theOnly(policiesTitled(ctx, said)) ?? theOnly(policiesSaying(ctx, kept));
    if (policy) return policy;
  }
  return paperForAnswer(ctx, question);
}

/** Who a paper is from or about, never what it is for: "a form for a client". */
const PERSON_KIND = /^(?:clients?|customers?|parents?|patients?|members?|guests?|students?|pupils?|tenants?|owners?|families|family|people|person|someone)$/i;

/** A paper by what it is for: "a paper form for the waiting list", "the sign-up sheet for the trip". */
const PAPER_FOR = /\b(?:sheets?|forms?|slips?)\s+for\s+(?:the|a|an|our)\s+([a-z]+(?:\s+[a-z]+)?)/gi;

/**
 * "Someone handed me a paper form for the waiting list, where does it go?": the one policy titled for what the paper is for,
 * or the one with a sentence saying where a form for it goes.
 */
function paperForAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  for (const [, what] of question.matchAll(PAPER_FOR)) {
    // "The waiting list", else its first word alone ("the trip tomorrow": the trip), by a policy's title only; never a person.
    for (const [said, whole] of [[what!, true], [what!.split(/\s+/)[0]!, false]] as const) {
      if (NO_KIND.test(said) || PERSON_KIND.test(said)) continue;
      const named = new RegExp(String.raw`\b${said}\b`, 'i');
      const kept = new RegExp(String.raw`${named.source}.*\b(?:forms?|sheets?|slips?)\b.*\b${KEPT}\b`, 'i');
      const policy = whole ? (theOnly(policiesTitled(ctx, named)) ?? theOnly(policiesSaying(ctx, kept))) : theOnly(policiesByTitle(ctx, named));
      if (policy) return policy;
    }
  }
  return undefined;
}
