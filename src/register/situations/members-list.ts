// Our list of members or customers asked for by someone else (a candidate, a sponsor, a member after another's address), or kept by one of
// ours in a list of their own.
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { policiesByTitle, policiesSaying, theOnly, theOnlyPreferring, toldThenSaid } from '../quoted-policies.ts';

/**
 * The list, or everyone's details on it, asked for or asked leave to send: "bloke whos standing for the committee has asked me for a
 * printout of everyones addresses", "the estate agents who paid for our new nets want to send our members a special offer, can i send
 * them the email list?", "the bee equipment shop … offered our members 10% off if we send them our member list", "old fella at the bar
 * asking for his mate's address … hes a member too", "the bowls club down the road asked for our members contacts" (read in the ninety-first
 * round).
 */
const LIST_ASKED = /\b(?:asked|asking|asks|wants?|wanted|wanting)\s+(?:me\s+|us\s+)?(?:for\s+)?(?:a\s+(?:printout|print-?out|copy|list)\s+of\s+)?(?:everyone['’]?s|(?:all\s+)?(?:the\s+|our\s+)?members['’]|(?:the\s+|our\s+)members)\s+(?:addresses|e-?mails?|email addresses|phone numbers|numbers|details|contacts?|contact details)\b|\b(?:send|give|pass|share)\s+(?:them|him|her)\s+(?:the|our)\s+(?:e-?mail|mailing|members?(?:hip)?['’]?|customer|client)\s+list\b|\basking\s+(?:me\s+|us\s+)?for\s+(?:his|her|their)\s+(?:mate|friend|pal|old friend)['’]?s\s+(?:address|phone number|number|e-?mail)\b/i;

/** A policy titled on the members' or mailing list: "Using the members' list", "Using the membership list", "Our mailing list". */
const LIST_TITLE = /\b(?:members(?:hip)?['’]?\s+list|mailing list|members['’]? details)\b/i;

/**
 * A policy sentence never to give the list, or a member's details, to others: "Never give it to a sponsor", "Never give a member's address … to
 * another member", "The list of members … is never given to equipment suppliers or other associations".
 */
const LIST_NOT_GIVEN_SAID = /\bnever\s+(?:give|pass|share|hand)\s+(?:it|the list|(?:a|any|one)\s+members?['’]?s?\s+(?:address|details|phone|e-?mail))\b|\b(?:list|details)\b[^.;]*\b(?:is|are)\s+never\s+(?:given|passed|shared|handed|sold)\s+to\b/i;

/** The list asked for by someone else: the firm's one policy titled on it, else the one sentence that says never to give it, of two the one on a list. */
export function listAskedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!LIST_ASKED.test(question)) return undefined;
  // Of two sentences that say never to give details out, the one in a policy titled on a list ("Sharing the member list", beside "Visitors and
  // callers asking about members").
  return theOnly(policiesByTitle(ctx, LIST_TITLE)) ?? theOnlyPreferring(policiesSaying(ctx, LIST_NOT_GIVEN_SAID), (p) => /\blists?\b/i.test(p.title));
}

/**
 * A list of people's details kept by one of ours outside the system: "I keep my own excel list of our tower's ringers with addresses and
 * phone numbers, much quicker than logging into member mojo", "got my own spreadsheet of the parents' numbers", "all the ringers' numbers and
 * addresses saved in a spreadsheet on my laptop". People of ours: not the suppliers' numbers.
 */
const PEOPLE_OF_OURS = String.raw`(?:members|ringers|parents|players|customers|clients|volunteers|band|families|residents|pupils|kids|children|riders|swimmers|dancers|paddlers)`;
const OWN_LIST_KEPT = new RegExp(
  String.raw`\bmy\s+own\s+(?:(?:excel|google|paper|little)\s+)?(?:list|spreadsheet|sheet|copy|excel|database|address book)\s+of\s+(?:[\w'’-]+\s+){0,3}?${PEOPLE_OF_OURS}['’]?\b[^.?!]{0,60}?\b(?:addresses|numbers|details|e-?mails|phones?|postcodes|birthdays|dates of birth)\b` +
    String.raw`|\b(?:all\s+)?(?:the\s+|our\s+)?${PEOPLE_OF_OURS}['’]?\s+(?:[\w-]+\s+){0,4}?(?:numbers|addresses|details|e-?mails)\b[^.?!]{0,40}?\b(?:saved|kept|stored)\s+(?:in|on)\s+(?:a|my)\s+(?:own\s+)?(?:spreadsheet|excel|list|notebook|laptop)\b`,
  'i',
);

/** A policy sentence that people's details are kept in one place only: "Members' details are kept in membermojo and nowhere else". */
const KEPT_NOWHERE_ELSE_SAID = /\bdetails\b[^.;]*\bkept\s+(?:only\s+)?in\b[^.;]*\band nowhere else\b/i;

export const ownListKeptAnswer = toldThenSaid(OWN_LIST_KEPT, KEPT_NOWHERE_ELSE_SAID);

/**
 * Health or allergy notes to be kept somewhere of one's own: "would be handy to keep a spreadsheet of the kids allergies on the shared drive
 * for rehearsals, yeah?", "can I jot the allergy bits for the christmas orders in my own notebook, easier than the computer" (read in the
 * eighty-ninth round).
 */
const HEALTH_KEPT_ELSEWHERE =
  /^(?=.*\b(?:allerg\w*|medical|health|medication|meds|epipens?|asthma|diabet\w*)\b)(?=.*\b(?:keep|kept|jot|write|note|log|store|put|save|track)\w*\b).*\b(?:spreadsheets?|notebook|note ?book|shared drive|google (?:sheets?|docs?|drive)|excel|own\s+(?:list|notes?|notebook|phone|file|copy)|on paper|word doc)\b/i;

/**
 * A policy sentence that health or allergy notes go in one place only, named as a system is: "Medical notes are in Ensemble Hub only", "…in
 * Shopify … and nowhere else" (case-sensitive, for the capital a system's name has).
 */
const HEALTH_KEPT_ONLY_SAID = /^(?=.*\b(?:[Aa]llerg\w*|[Mm]edical|[Hh]ealth|[Mm]edication)\b).*\b(?:in|on)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[\w-]+){0,4}?\s+(?:only|and nowhere else)\b/;

export const healthKeptElsewhereAnswer = toldThenSaid(HEALTH_KEPT_ELSEWHERE, HEALTH_KEPT_ONLY_SAID);

/**
 * A group chat used for other things than the firm set it up for, told or asked: "members are using the session group to sell wetsuits and
 * arrange car shares, is that fine?" (read in the ninetieth round), "can I advertise my cake stall in the parents' whatsapp?".
 */
const GROUP_PUT_TO_OTHER_USE =
  /\b(?:using|use|used|uses)\s+(?:the|our|my|a)\s+(?:[\w'’-]+\s+){0,2}?(?:group(?: chat)?|chat|whatsapp)\s+(?:to|for)\s+(?:sell\w*|advertis\w*|arrang\w*|organis\w*|promot\w*|flog\w*|swap\w*|car ?shar\w*|lifts?|banter|memes|politics|fundrais\w*|raffles?)\b|\b(?:sell\w*|advertis\w*|promot\w*|flog\w*)\b[^.?!]{0,40}?\b(?:in|on|through)\s+(?:the|our|a)\s+(?:[\w'’-]+\s+){0,2}?(?:group(?: chat)?|chat|whatsapp)\b/i;

/** A policy sentence that a group is for some things only: "Groups are for sea conditions and cancellations only", "group is for job updates only". */
const GROUP_FOR_ONLY_SAID = /\b(?:groups?|chats?)\s+(?:is|are)\s+(?:only\s+)?for\b[^.;:]*\bonly\b|\b(?:groups?|chats?)\s+(?:is|are)\s+only\s+for\b/i;

export const groupPutToOtherUseAnswer = toldThenSaid(GROUP_PUT_TO_OTHER_USE, GROUP_FOR_ONLY_SAID);
