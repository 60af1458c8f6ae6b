// A tool named in the story and then asked leave for as "that" or "there": "the client's laptop only has microsoft teams,
// can i do her sessions on that instead?", "guests keep messaging us on facebook messenger, is it ok to send them their
// booking details on there?". The story says where the tool came from (someone else has it, people reach us on it); the
// leave asked after it is leave to use it ourselves, so it is a tool we do not hold, asked after.
import type { QaContext } from './qa-context.ts';
import { holdsNamed, leaveAsked } from './unknown.ts';

/** The tool said back after the leave: "on that", "through it", "on there", "that way". */
const SAID_BACK = /\b(?:on|in|with|through|via|using|use|over) (?:that|it|there|them)\b|\bthat way\b/;

/** A big company's product named in the story: "microsoft teams", "apple notes", "google chat"; not its devices ("an apple watch"). */
const BRAND_PRODUCT = /\b((?:google|microsoft|apple|amazon) (?!(?:pay|account|store|id|watch|tv|airpods|airtag|laptop|phone|tablet|macbook|pixel|surface|echo|alexa|kindle|firestick|fire|voucher|gift|card)\b)[a-z][a-z0-9-]+)\b/;

/**
 * A tool people reach us on, told: "messaging us on facebook messenger", "keep texting me on signal". The name is the one or
 * two words after, up to the comma or the leave asked.
 */
const REACHED_ON = /\b(?:messag\w*|text\w*|contact\w*|dm\w*|chat\w*|writ\w*) (?:us|me|the \w+) (?:on|over|via|through) ([a-z][a-z0-9]*(?: [a-z][a-z0-9]*)?)(?=\s*[,;.?!]|\s+(?:is|can|could|should|and|so)\b)/;

/** Everyday ways people reach us, which are no tool of anyone's: "texting me on my phone", "on email". */
const EVERYDAY_REACH = /^(?:my|our|the|your|their|his|her|a|an|phone|mobile|email|e-mail|text|sms|here|there|it|that|this)\b/;

/** The tool a question names in its story and then asks leave to use as "that" or "there", as typed, when none of ours. */
export function toolSaidBack(ctx: QaContext, question: string): string | undefined {
  const text = question.toLowerCase().replace(/[’']/g, '').replace(/\s+/g, ' ');
  if (!leaveAsked(question)) return undefined;
  const back = SAID_BACK.exec(text);
  if (!back) return undefined;
  const brand = BRAND_PRODUCT.exec(text);
  if (brand && brand.index < back.index && !holdsNamed(ctx, brand[1]!.split(' ')[0]!) && !ctx.index.policyWrites(brand[1]!)) return brand[1];
  const reached = REACHED_ON.exec(text);
  const tool = reached?.[1];
  if (!reached || !tool || reached.index > back.index || EVERYDAY_REACH.test(tool)) return undefined;
  // A tool one of our policies writes ("never by WhatsApp or Facebook Messenger") is that policy's to answer.
  return tool.split(' ').some((w) => holdsNamed(ctx, w) || ctx.index.policyWrites(w)) ? undefined : tool;
}
