// The scams every small firm is sent, told as they happen rather than called scams: the boss by email asking for gift cards,
// a caller "from the bank" asking for our details, an urgent payment asked by message. The firm's policy on scams says what to
// do; a breach policy that names phishing does where it is the only one.
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { policiesByTitle, policiesKeyed, policiesSaying, theOnly, toldThenSaid } from '../quoted-policies.ts';

/** Someone asking staff to buy gift cards or vouchers: "an email from the boss asking me to buy gift cards". */
const GIFT_CARDS_ASKED = /\b(?:ask(?:ed|ing|s)?|want(?:ed|s)?|told|telling)\s+(?:me|us|her|him|them)\s+to\s+(?:urgently\s+|quickly\s+)?(?:buy|get|purchase|pick up|grab|send)\s+(?:(?:some|a few|a couple of|several|\d+|£?\d+)\s+)?(?:(?:apple|itunes|google play|amazon|steam)\s+)?(?:gift ?cards?|gift vouchers?|vouchers?)\b/i;

/** Branded vouchers asked for by message ("got a text from dean asking for itunes vouchers urgently"): never a customer's order. */
const BRANDED_VOUCHERS_ASKED = /\b(?:asking|asked|asks|wants?|wanted)\s+(?:me\s+|us\s+)?(?:for|to get|to buy)\s+(?:some\s+|a few\s+|\d+\s+|£?\d+\s+(?:of\s+)?)?(?:apple|itunes|google play|amazon|steam)\s+(?:gift\s*)?(?:cards?|vouchers?)\b/i;

/** A message claiming our account is suspended or locked: "got an email from "paypal" saying our account is suspended". */
const ACCOUNT_SUSPENDED_CLAIMED = /\b(?:e-?mail|text|message|dm|call)\b[^.?!]{0,80}?\b(?:account|mailbox|payments?|listing|page)\b[^.?!]{0,20}?\b(?:is |has been |will be |was |are )?(?:suspended|locked|closed|frozen|on hold|disabled|deactivated|restricted)\b/i;

/** Who a caller or sender pretends to be, said as a claim: "claiming to be from the bank", "said they were from HMRC". */
export const CLAIMS_TO_BE = /\b(?:claim(?:ing|ed|s)?|pretend(?:ing|ed|s)?|purport(?:ing|ed|s)?|posing|making out|made out|said (?:they|he|she) (?:were|was)|saying (?:they|he|she) (?:were|was|are|is)|saying (?:they['’]re|he['’]s|she['’]s)|says (?:they['’]re|he['’]s|she['’]s))\s+(?:to be\s+|as\s+|they were\s+)?(?:from|with|calling from)\b/i;

/** Our own means of paying or signing in asked for: "asking for our account details", "wanted the code from my phone". */
const OURS_ASKED = /\b(?:ask(?:ed|ing|s)?|want(?:ed|s)?|need(?:ed|s)?|wanting|requesting)\s+(?:me\s+|us\s+)?(?:for\s+|to (?:give|read out|confirm|tell them)\s+)?(?:our|my|the (?:company|business|firm|shop)['’]?s?|the)\s+(?:bank|account|card|login|log-?in|password|security|pin|one[- ]time|verification|sign[- ]in|2fa|two[- ]factor|remote)\b/i;

/** A payment asked by message in a hurry: "the director emailed asking me to pay an invoice urgently", "an urgent transfer". */
const URGENT_PAYMENT_ASKED = /\b(?:e-?mail(?:ed)?|text(?:ed)?|message[ds]?|whatsapp(?:ed)?)\b[^.?!]{0,100}?\b(?:urgent(?:ly)?|asap|right away|straight away|today)\b[^.?!]{0,60}?\b(?:pay|payment|transfer|invoice|bank)\b|\b(?:pay|payment|transfer)\b[^.?!]{0,40}?\burgent(?:ly)?\b[^.?!]{0,60}?\b(?:e-?mail|text|message|whatsapp)\b/i;

/** A policy titled for scams: "Suspicious emails and fake invoices", "Dodgy emails and messages", "Fake Booking.com messages and other scams". */
const SCAMS_TITLE = /\b(?:phishing|scams?|suspicious (?:e-?mails?|texts?|calls?|messages?)|fake (?:[\w.]+ )?(?:e-?mails?|invoices?|messages?)|dodgy (?:e-?mails?|messages?))\b/i;

/** A policy titled for fraud: "Bank details and payment fraud" (not "a suspected fraud" beside a breach). */
const PAYMENT_FRAUD_TITLE = /\b(?:payment|invoice|bank|payroll) fraud\b/i;
/** Not a body named for fraud ("NHS counter-fraud asking for records"), which asks us; no fraud on us. */
const FRAUD_TITLE = /\b(?:payment|invoice|bank|payroll) fraud\b|(?<!\bcounter[- ])\bfraud\b(?! checks)/i;

/**
 * Bank details said to have changed: "an invoice came in with new bank details", "their bank account has changed", "an email saying pay
 * his loan into his new account, different sort code and all", "a message from us with a different account number for the balance".
 */
const BANK_DETAILS_CHANGED = /\bnew bank (?:details|account)\b|\bbank (?:details|account)\s+(?:\w+\s+)?(?:has |have |had )?(?:changed|change|updated)\b|\bchang(?:ed|ing|e) (?:of )?(?:their|its|his|her|the) bank (?:details|account)\b|\b(?:different|new|changed)\s+(?:bank\s+)?(?:account numbers?|account details|sort codes?)\b|\binto\s+(?:his|her|their)\s+new\s+(?:bank\s+)?account\b/i;

/** A policy sentence on a change of bank details: "Any request to change an employee's bank details … is checked by phoning the employer". */
const BANK_CHANGE_SAID = /\bchang\w*\b[^.]*\bbank (?:details|accounts?)\b|\bbank (?:details|accounts?)\b[^.]*\bchang\w*|\b(?:their|the|his|her) bank (?:has )?changed\b|\bpaid (?:to|into) a (?:different|new) account\b/i;

/** The asker's own bank details ("my bank details have changed, how do i update payroll"): a payroll matter, no scam. */
const OWN_BANK = /\bmy (?:new )?bank\b/i;

/** Remote access to our computers asked by a caller: "wanted remote access to my pc", "asked me to install anydesk". */
const REMOTE_ACCESS_ASKED = /\b(?:wanted|wants|asked|asking|needed|needs)\b[^.?!]{0,30}\b(?:remote(?:ly)? (?:access|control|in)|access to (?:my|our|the) (?:pc|computer|laptop|screen))\b/i;

/** Whether a question tells one of the scams every firm is sent, told as it happens. */
export function scamTold(question: string): boolean {
  return (
    GIFT_CARDS_ASKED.test(question) ||
    BRANDED_VOUCHERS_ASKED.test(question) ||
    ACCOUNT_SUSPENDED_CLAIMED.test(question) ||
    (CLAIMS_TO_BE.test(question) && (OURS_ASKED.test(question) || REMOTE_ACCESS_ASKED.test(question))) ||
    URGENT_PAYMENT_ASKED.test(question) ||
    (BANK_DETAILS_CHANGED.test(question) && !OWN_BANK.test(question))
  );
}

/**
 * A scam told: the firm's one policy titled for scams, else for fraud, else the one keyed "phishing" (often the breach policy).
 * Not a policy that only touches on a suspicion of another kind ("suspicious purchase" of chemicals, "fake ID" at the door).
 */
export function scamToldAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!scamTold(question)) return undefined;
  // A title on payment fraud before one that names a fraud beside breaches ("Reporting a data breach or a suspected fraud").
  // Bank details said changed, where no policy is titled for scams or payment fraud: the one sentence on checking such a change
  // ("Any request to change an employee's bank details … is checked by phoning", in a payroll policy), before a breach policy's.
  const bankChange = () => (BANK_DETAILS_CHANGED.test(question) ? theOnly(policiesSaying(ctx, BANK_CHANGE_SAID)) : undefined);
  return theOnly(policiesByTitle(ctx, SCAMS_TITLE)) ?? theOnly(policiesByTitle(ctx, PAYMENT_FRAUD_TITLE)) ?? bankChange() ?? theOnly(policiesByTitle(ctx, FRAUD_TITLE)) ?? theOnly(policiesKeyed(ctx, /\bphishing\b/i));
}

/**
 * A sign-in code that just came to a phone, asked for by a caller or sender: "need the 6 digit number that just came to my phone",
 * "wanted the code they'd texted me". Whoever they claim to be, our supplier by name included, it is the rule on codes.
 */
const CODE_ASKED = /\b(?:ask(?:ed|ing|s)?|want(?:ed|s)?|need(?:ed|s)?|wanting|needing)\s+(?:me\s+|us\s+)?(?:for\s+|to (?:give|read out|tell|send)\s+(?:them\s+)?)?(?:the|a|that|my)\s+(?:\d+[- ]?digit\s+|one[- ]time\s+|verification\s+|security\s+|sign[- ]?in\s+|login\s+)?(?:numbers?|codes?|pins?)\s+(?:that\s+|which\s+|they\s+)?(?:just\s+|had\s+|have\s+|['’]d\s+)?(?:came|come|arrived|popped up|sent|texted)\b/i;

/** A policy sentence that no one genuine asks for a code: "no genuine supplier will ask for a code", "never share a sign-in code". */
const CODE_NEVER_ASKED_SAID = /\b(?:no genuine|never|will not|won['’]t|do not|don['’]t)\b[^.]*\b(?:ask|asks|share|give|read|tell)\b[^.]*\b(?:sign-in |verification |security |one-time )?codes?\b/i;

/** A code from one's phone asked for ({@link CODE_ASKED}): the one policy saying no one genuine asks, else a scam's policy. */
export function codeAskedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!CODE_ASKED.test(question)) return undefined;
  return theOnly(policiesSaying(ctx, CODE_NEVER_ASKED_SAID)) ?? theOnly(policiesByTitle(ctx, SCAMS_TITLE));
}

/**
 * A sign-in code come unasked: "just got a text with a 6 digit code i never asked for?? bit weird", "keep getting login codes i didnt
 * request for", "random login code came through on my phone i never requested", "a microsoft sign in code but i wasnt logging in". The code is told come, and not asked for by the asker; not a key safe code given out ("the code i gave her doesnt work, i
 * never asked her to change it").
 */
const CODE_UNASKED_TOLD = /\b(?:got|getting|gets|received|receiving|had|came|come|comes|texted|sent)\b[^.?!]{0,30}?\b(?:codes?|pins?)\s+(?:that\s+)?(?:i|we)\s+(?:never|didn['’]?t|didnt|did not|haven['’]?t|have not)\s+(?:ask(?:ed)?\s+for|request(?:ed)?)\b|\b(?:sign[- ]?in|login|log-?in|verification|security)\s+codes?\s+(?:came|come|comes|popped up|arrived)\b[^.?!]{0,30}?\b(?:i|we)\s+(?:never|didn['’]?t|didnt|did not)\s+(?:ask(?:ed)?\s+for|request(?:ed)?)\b|\b(?:sign[- ]?in|login|log-?in|verification|security)\s+codes?\b[^.?!]{0,20}?\b(?:but|and)\s+(?:i|we)\s+(?:wasn['’]?t|wasnt|was not|weren['’]?t|were not)\s+(?:logging|signing)\s+in\b/i;

/** A policy sentence on a code come unasked: "If you get a code you did not ask for…", "If a code or password is ever texted to you that you did not ask for, do not use it". */
const CODE_UNASKED_SAID = /\bcodes?\b[^.]*\b(?:you|we)\s+(?:did not|didn['’]t|never)\s+(?:ask|request)(?:ed)?\s+for\b/i;

/** A sign-in code come unasked: the one policy sentence on it. */
export const codeUnaskedAnswer = toldThenSaid(CODE_UNASKED_TOLD, CODE_UNASKED_SAID);
