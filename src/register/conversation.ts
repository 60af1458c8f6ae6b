import { asksCount } from './aggregate.ts';
import { ownerText } from './fields.ts';
import type { Intent } from './intents.ts';
import { reply, type QaAnswer, type QaContext } from './qa-context.ts';
import { byRole } from './register-answers.ts';
import { regionsIn } from './regions.ts';

/** Example questions built from the workspace's own suppliers and policies. */
export function examples(ctx: QaContext): string {
  const s = ctx.config.suppliers;
  const picks = [
    s[0] && `"Where is ${s[0].name} data stored?"`,
    s[1] && `"How long do we keep ${s[1].name} data?"`,
    s[2] && `"Do we have ${s[2].name}'s GDPR statement?"`,
    '"Which suppliers store data in the US?"',
    ctx.config.policies[0] && `"What is our policy on ${ctx.config.policies[0].title.toLowerCase()}?"`,
  ].filter(Boolean);
  return `Ask me about our suppliers and policies, for example: ${picks.join(', ')}.`;
}

function help(ctx: QaContext): string {
  return `I answer from ${ctx.config.organisation.name}'s register of ${ctx.config.suppliers.length} suppliers and its ${ctx.config.policies.length} policies. ${examples(ctx)} Anything else: ask ${ctx.contact}.`;
}

/** Asks for a number to ring: "what's her phone number?", "how do I call them?". */
const PHONE = /\b(phone|telephone|mobile|number|call|ring|extension)\b/i;

/** The contact's phone number, where the question asks for one and the workspace records it. */
function phoneAsked(ctx: QaContext, question: string): string {
  const contact = ctx.config.organisation.dataProtectionContact;
  return contact.phone && PHONE.test(question) ? ` Their phone number is ${contact.phone}.` : '';
}

/**
 * Questions answered before any supplier is looked for: a greeting, help, who to ask, and the
 * register's joint controllers or recipients.
 */
export function conversational(ctx: QaContext, question: string, intent: Intent, w: string[]): QaAnswer | undefined {
  if (intent === 'greeting') return reply(intent, `Hello! ${examples(ctx)}`);
  if (intent === 'contact') {
    // "Who do I ask about Xero?": the person who looks after it, and the data-protection contact.
    const about = ctx.index.suppliersIn(w).filter((m) => m.kind === 'name' || m.kind === 'fuzzy').map((m) => m.supplier);
    const owners = about.map((s) => ownerText(ctx.config, s, ctx.contact)).join(' ');
    return reply(about.length ? 'owner' : intent, `${owners ? `${owners} ` : ''}For data protection, ask ${ctx.contact}.${phoneAsked(ctx, question)}`, about.map((s) => `register:${s.id}`));
  }
  const inRegion = regionsIn(w, question).length > 0;
  // "Are we joint controllers with anyone?" / "do we have any recipients?" ask for the list too.
  const listing = /\b(which|who|what|list|how many|any(one|body)?)\b/i.test(question);
  if (!inRegion && listing && /\bjoint[- ]?controllers?\b/i.test(question)) return byRole(ctx, 'joint-controller', 'joint controllers', asksCount(question));
  if (!inRegion && listing && /\brecipients?\b/i.test(question)) return byRole(ctx, 'recipient', 'recipients', asksCount(question));
  if (intent === 'help') return reply(intent, help(ctx));
  return undefined;
}
