// A document about a customer's job or home asked for by someone outside, not the customer: whom we may give it to is the
// policy's that names such askers.
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { policiesSaying, theOnly } from '../quoted-policies.ts';
import { words } from '../text.ts';

/** Those outside who ask for a job's papers, by the names staff give them. */
const OUTSIDE_ASKERS = String.raw`(?:estate agents?|solicitors?|conveyancers?|insurers?|insurance compan(?:y|ies)|letting agents?|landlords?|lenders?|mortgage (?:lenders?|compan(?:y|ies))|surveyors?)`;

/**
 * "an estate agent is asking for the stove certificate for a house they're selling", "the buyer's solicitor wants the boiler
 * report": one outside asking for a paper of a job we did. The asker's kind is taken to find the policy that names it.
 */
const DOCUMENT_ASKED_BY_OUTSIDER = new RegExp(
  String.raw`(?<!\b(?:our|my)\s+)\b(${OUTSIDE_ASKERS})\b[^.?!]{0,40}?\b(?:is asking for|asking for|asked for|asks for|wants?|wanting|requested|requesting|after|chasing)\s+(?:a\s+cop(?:y|ies)\s+of\s+)?(?:the|a|our|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:certificates?|certs?|reports?|commissioning records?|paperwork|documents?|warrant(?:y|ies)|guarantees?)\b`,
  'i',
);

/** A document asked for by one outside: the firm's one policy whose sentence names that kind of asker and an agreement or consent first. */
export function documentAskedByOutsiderAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const asker = DOCUMENT_ASKED_BY_OUTSIDER.exec(question)?.[1];
  if (!asker) return undefined;
  const kind = asker.toLowerCase().replace(/s$/, '').replace(/compan(?:y|ie)$/, 'compan');
  const names = new RegExp(String.raw`^(?=.*\b${kind}\w*\b).*\b(?:agreement|consent|permission|authority|say-so|ok)\b`, 'i');
  return theOnly(policiesSaying(ctx, names));
}

/** A copy of one of the trade's papers asked for by someone: "a bloke at the tattoo studio asked for a copy of the con note". */
const COPY_ASKED = /\b(?:asked|asking|asks|wants?|wanted|wanting|requested|requesting)\s+(?:me\s+|us\s+)?(?:for\s+)?(?:a\s+|some\s+)?cop(?:y|ies)\s+of\s+(?:the|a|an|his|her|their|our|that|this)\s+((?:[\w'’-]+\s+){0,2}[\w'’-]+)/i;

/** A policy sentence on whom a copy may go to: "Never give a copy to anyone else who asks at the site", "only send a copy to…". */
const COPIES_RULED = /\b(?:never|don['’]?t|do not|only)\s+(?:give|send|hand|email|pass)\b[^.]*\bcop(?:y|ies)\b/i;

/**
 * A copy of a paper asked for, told: the one policy that keys the paper by name ("con note") and rules whom copies go to, whoever
 * asked (the customer's named contact or anyone else at the site): the policy says which is which.
 */
export function copyAskedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const paper = COPY_ASKED.exec(question)?.[1];
  if (!paper) return undefined;
  const said = ` ${words(paper).join(' ')} `;
  const keyed = policiesSaying(ctx, COPIES_RULED).filter((p) => p.keywords.some((k) => words(k).length > 0 && said.includes(` ${words(k).join(' ')} `)));
  return theOnly(keyed);
}
