// One message to many people at once, asked before it is sent: the policy sentence on BCC says how.
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { policiesSaying, theOnly } from '../quoted-policies.ts';

/**
 * "Can I just put them all in the To box?", "ok to email all the parents in one go?", "send one email to all 9 hirers": several
 * people's addresses in one message, asked ahead (a slip already made, "forgot to bcc", is a breach told, answered before this).
 */
const GROUP_EMAIL_ASKED = new RegExp(
  String.raw`\b(?:in|into)\s+(?:the\s+)?(?:to|cc)\s+(?:box|field|line|bit|section)\b` +
    String.raw`|\b(?:put|stick|pop|add)\s+(?:them|everyone|everybody|all)\b[^.?!]{0,30}?\b(?:in|into)\s+(?:the\s+)?(?:to|cc)\b` +
    String.raw`|\b(?:e-?mail|message|text)(?:ing)?\s+(?:all|everyone|everybody|the whole|every|\d+)\b[^.?!]{0,40}?\b(?:at once|in one go|all together|in (?:one|a single|the same) (?:e-?mail|message|text))\b` +
    String.raw`|\b(?:one|a single|the same)\s+(?:e-?mail|message)\s+to\s+(?:all|everyone|everybody|every|\d+)\b` +
    // "Can i bcc all the customers about the price change": several people's addresses, asked ahead.
    String.raw`|\b(?:bcc|cc|copy in)\s+(?:all|everyone|everybody|every|the whole)\b` +
    // "About to email all the volunteers about the xmas social, anything i need to watch out for when i send it?": what to mind, asked ahead.
    String.raw`|\b(?:about to|going to|gonna|want to|need to)\s+(?:e-?mail|message)\s+(?:all|everyone|everybody|the whole)\b[^?]{0,80}?\b(?:anything|what)\b[^?]{0,40}?\b(?:watch out for|be careful|remember|bear in mind|think about)\b`,
  'i',
);

/** A policy sentence on addressing several people: "put their addresses in BCC, never To or CC". */
const BCC_SAID = /\bbcc\b|\bblind (?:carbon )?copy\b/i;

/** Several people's addresses in one message, asked ahead: the firm's one policy that says to use BCC, or has it as a keyword. */
export function groupEmailAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!GROUP_EMAIL_ASKED.test(question)) return undefined;
  const said = new Set(policiesSaying(ctx, BCC_SAID));
  const saying = ctx.config.policies.filter((p) => said.has(p) || p.keywords.some((k) => BCC_SAID.test(k)));
  // A breach policy names a slip of CC among its examples; the rule for sending is another policy's, where there is one.
  return theOnly(saying.filter((p) => !ctx.index.namesBreach(p))) ?? theOnly(saying);
}

/** Sending told as still ahead: "about to send", "just popping all their addresses in the To line". */
const STILL_AHEAD = /\b(?:about to|going to|gonna|planning to|just popping|popping|i['’]?ll (?:put|pop|stick|send))\b/i;

/** One already sent, told: "Just sent the sheep entries update … I'm going to send another one now" is a slip to mend, not a send ahead. */
const SENT_ALREADY = /\b(?:sent|went out|gone out)\b/i;

/**
 * The same told still ahead, whatever tool it goes from ("about to send the winter talks reminder to the whole beginners group from outlook,
 * just popping all their addresses in the To line"): how to send is the policy's, not the mail tool's entry.
 */
export function groupEmailAheadAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return STILL_AHEAD.test(question) && !SENT_ALREADY.test(question) ? groupEmailAnswer(ctx, question) : undefined;
}
