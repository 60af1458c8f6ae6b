// Someone asking us after another person: which room or flat they are in, what a child told us, whether a child was with us, their
// details asked by a message from a number we do not know. The firm's rule on what may be told, and to whom, answers each.
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { policiesSaying, theOnly, theOnlyPreferring, toldThenSaid } from '../quoted-policies.ts';
import { theOnlyThirdPartyPolicy } from './requests.ts';

/**
 * Which room or flat someone is in, or whether they live here, asked by another: "says he's zara's boyfriend and wants to know which
 * flat she's in", "wants to know if a tom hartley lives at hockley house".
 */
const RESIDENCE_ASKED = /\b(?:asked|asking|asks|wants? to know|wanted to know|wanting to know)\s+(?:(?:us|me)\s+)?(?:(?:which|what)\s+(?:flat|room|house|block|floor|unit|cabin|lodge|pitch|caravan|bed|ward)\s+(?:number\s+)?(?:he|she|they|[a-z]+)(?:['’]s|\s+is|\s+are|['’]re)\s+(?:in|staying in|living in|at)\b|(?:if|whether)\s+(?:an?\s+)?(?:(?:mr|mrs|ms|miss|dr)\.?\s+)?(?:[a-z]+\s+){1,2}(?:lives|stays|is staying|is living|is a resident)\s+(?:here|at|in|with)\b)/i;

/** A policy sentence never to confirm where someone lives or stays: "Do not confirm … whether a person lives here, which room they are in". */
const RESIDENCE_TOLD_SAID = /\b(?:never|don['’]t|do not)\s+(?:confirm|say|tell|give out)\b[^.]*\b(?:lives?|living|room|flat|staying)\b/i;

/** Where someone lives or stays, asked by another ({@link RESIDENCE_ASKED}): the one policy saying it is never confirmed, else the one on third parties. */
export function residenceAskedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!RESIDENCE_ASKED.test(question)) return undefined;
  return theOnly(policiesSaying(ctx, RESIDENCE_TOLD_SAID)) ?? theOnlyThirdPartyPolicy(ctx);
}

/** A parent asking what their child told us: "mum ringing wanting to know what her 14 yr old talked to dr mehta about last week". */
const CHILD_CONFIDENCE_ASKED = /\b(?:mum|mom|mother|dad|father|parents?|step-?(?:mum|dad))\b[^.?!]{0,60}?\b(?:wants? to know|wanted to know|wanting to know|asking|asked|asks)\s+(?:(?:us|me)\s+)?what\s+(?:her|his|their)\s+(?:\d+\s*(?:yr|year)s?[- ]?old|son|daughter|kid|child|boy|girl|teen(?:ager)?|lad|lass)\s+(?:talked|spoke|said|told|discussed|was talking|has been talking|has said|has told|mentioned)\b/i;

/** A policy sentence that a child may keep something from their parents: "a young person … may have asked the doctor to keep something from their parents". */
const KEPT_FROM_PARENTS_SAID = /\bkeep\b[^.]*\bfrom\s+(?:their|his|her|the)\s+parents\b|\bparents?\b[^.]*\b(?:confidential|in confidence)\b|\b(?:confidential|in confidence)\b[^.]*\bparents?\b/i;

/** A parent asking what their child told us ({@link CHILD_CONFIDENCE_ASKED}): the one policy on what a child may keep from them. */
export function childConfidenceAskedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return CHILD_CONFIDENCE_ASKED.test(question) ? theOnly(policiesSaying(ctx, KEPT_FROM_PARENTS_SAID)) : undefined;
}

/**
 * Someone's details asked by a message or call from a number we cannot place: "had a text from a number i dont know saying its hartley
 * and sons, asking for the family's home address".
 */
const UNPLACED_ASKS_DETAILS = /\b(?:(?:a\s+)?(?:number|e-?mail(?: address)?)\s+(?:i|we)\s+(?:don['’]?t|dont|do not|didn['’]?t)\s+(?:know|recogni[sz]e|have)|(?:an?\s+)?(?:unknown|withheld|strange|random|new|different)\s+(?:number|e-?mail(?: address)?|mobile))\b[^?]*?\b(?:asking|asks|asked|wants?|wanting)\s+(?:for\s+)?(?:(?:the|a|an|his|her|their|our)\s+)?(?:[\w'’-]+\s+){0,3}?(?:address|addresses|number|details|bank details|postcode|date of birth)\b/i;

/** A policy sentence to ring back on the number we hold: "Phone a funeral director back on the number in our diary". */
const CALL_BACK_SAID = /\b(?:ring|call|phone|contact)\s+(?:them\s+|him\s+|her\s+|it\s+|(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+)?\s+)?back\s+on\s+(?:the|a|their|our)\s+(?:[\w-]+\s+)?number\b/i;

/** Details asked by a number we cannot place ({@link UNPLACED_ASKS_DETAILS}): the one policy saying to ring back on the number we hold. */
export function unplacedAskerAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return UNPLACED_ASKS_DETAILS.test(question) ? theOnly(policiesSaying(ctx, CALL_BACK_SAID)) : undefined;
}

/**
 * Who sent a gift, asked by the one who got it: "shes getting a cheese box every month as a present and wants to know who sent it and
 * how much they paid", "got flowers and wants to know who ordered them". The giver, or what they paid, asked by the recipient.
 */
const GIVER_ASKED = /\b(?:asked|asking|asks|wants? to know|wanted to know|wanting to know|trying to find out)\s+(?:(?:us|me)\s+)?who\s+(?:sent|bought|ordered|paid for|gifted|got)\s+(?:it|them|her|him|the\s+[\w-]+|this|that)\b/i;

/** A gift in the telling: "as a present", "a gift subscription", "a voucher someone bought her". */
const GIFT_SAID = /\b(?:present|gift\w*|voucher|surprise|birthday|anniversary|flowers|hamper)\b/i;

/** A policy sentence keeping a gift's buyer from its recipient: "Never tell a recipient who bought it or what it cost". */
const GIVER_KEPT_SAID = /\brecipients?\b[^.]*\b(?:who (?:bought|sent|ordered|paid)|buyer|giver|purchaser|sender|what it cost|price|how much)\b|\b(?:who (?:bought|sent|ordered|paid)|buyer|giver|purchaser|sender)\b[^.]*\brecipients?\b/i;

/** Who sent a gift, asked by its recipient: the one policy that says what a recipient is told. */
export function giverAskedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return GIVER_ASKED.test(question) && GIFT_SAID.test(question) ? theOnly(policiesSaying(ctx, GIVER_KEPT_SAID)) : undefined;
}

/**
 * A neighbour asking about a client's job: "neighbour came out while i was measuring the drive and started asking what the client is
 * building and why", "the lady next door keeps asking who the work is for".
 */
const NEIGHBOUR_ASKS = /\b(?:neighbou?rs?|next[- ]door|lady next door|man next door|bloke next door)\b[^.?!]{0,80}?\b(?:asking|asked|asks|ask|wants? to know|wanted to know|wanting to know|quizz\w*|nosing)\b[^.?!]{0,30}?\b(?:what|who|why|when|how much|whether|if|about)\b[^.?!]{0,40}?\b(?:client|customer|owner|job|work|building|planning|extension|works|they['’]?re|he['’]?s|she['’]?s|doing)\b/i;

/** A policy sentence keeping a client's business from the neighbours: "be polite to neighbours but do not discuss the client". */
const NEIGHBOURS_TOLD_NOTHING_SAID = /\bneighbou?rs?\b[^.]*\b(?:not|never|don['’]?t)\s+(?:discuss|tell|say|give|share|pass|talk)\b|\b(?:not|never|don['’]?t)\s+(?:discuss|tell|say|give|share|talk)\b[^.]*\bneighbou?rs?\b/i;

/** The neighbours asked by us: "shall i knock next door and ask if she's gone back into hospital?". */
const NEIGHBOURS_ASKED_BY_US = /\b(?:i|we)\s+(?:just\s+)?(?:knock|go|pop|nip|ask|check with|ring|try)\b[^.?!]{0,20}?\b(?:next[- ]door|(?:the\s+)?neighbou?rs?)\b/i;

/** A policy sentence on asking the neighbours: "Never ask neighbours whether the person has been taken back to hospital". */
const NEIGHBOURS_NOT_ASKED_SAID = /\b(?:never|not|don['’]?t)\s+ask\s+(?:the\s+)?neighbou?rs?\b/i;

/**
 * A neighbour asking about a client's job: the one policy that says what neighbours are told, of several the one titled for them.
 * The neighbours asked by us are the policy's that says whether to ask them, where one does.
 */
export function neighbourAsksAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (NEIGHBOURS_ASKED_BY_US.test(question)) return theOnly(policiesSaying(ctx, NEIGHBOURS_NOT_ASKED_SAID));
  if (!NEIGHBOUR_ASKS.test(question)) return undefined;
  return theOnlyPreferring(policiesSaying(ctx, NEIGHBOURS_TOLD_NOTHING_SAID), (p) => /\bneighbou?rs?\b/i.test(p.title));
}

/**
 * A school asking whether a child was with us: "the school office asked if ben was with us yesterday after he got hurt at lunch, can i
 * tell them", "his teacher rang to ask whether maisie came to breakfast club this morning". A child, not "if lunch was in the hall".
 */
const SCHOOL_ASKS_ATTENDANCE =
  /\b(?:the\s+|his\s+|her\s+|their\s+)?(?:school(?: office)?|teacher|head ?teacher|class teacher)\b[^.?!]{0,20}?\b(?:asked|asking|asks|wants? to know|rang to ask)\s+(?:me\s+|us\s+)?(?:if|whether)\s+[a-z]+\s+(?:(?:was|were|is|had been)\s+(?:with us|here|in (?:club|today|yesterday)|at (?:the\s+)?(?:[\w-]+\s+)?(?:club|session|class))|came\s+(?:to\s+)?(?:[\w-]+\s+)?(?:club|session|class))\b/i;

/** A policy sentence on what schools may be told: "Schools can be told about attendance and incidents that affect the school day". */
const SCHOOLS_TOLD_SAID = /\bschools?\s+(?:can|may|are)\s+(?:be\s+)?told\b/i;

/** A school asking after a child's attendance: the one policy sentence on what schools may be told. */
export const schoolAsksAttendanceAnswer = toldThenSaid(SCHOOL_ASKS_ATTENDANCE, SCHOOLS_TOLD_SAID);
