import { asksCount, roleIn } from './aggregate.ts';
import { WHAT_TO_DO_THRESHOLD } from './field-index.ts';
import { ownerText } from './fields.ts';
import { policyAnswer, situationAnswer, STORY_BAR } from './policy-answer.ts';
import type { Intent } from './intents.ts';
import { reply, type QaAnswer, type QaContext } from './qa-context.ts';
import { byRole } from './register-answers.ts';
import { regionsIn } from './regions.ts';
import { words } from './text.ts';

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

/** What a "who do I ask about…" question is about, the contact's own subject (data protection, GDPR) left out. */
const ASKED_ABOUT = /\b(?:about|with|regarding|re|for)\b(.*)$/i;
const CONTACT_SUBJECT = /\b(?:data protection|gdpr|privacy|data|questions?|queries|query|issues?|problems?|stuff|things?)\b/gi;

/**
 * "Who do I speak to about a special assistance booking?": the policy on that subject, which may
 * name who handles it, before the data-protection contact.
 */
function policyOnTopic(ctx: QaContext, question: string): QaAnswer | undefined {
  const topic = ASKED_ABOUT.exec(question)?.[1]?.replace(CONTACT_SUBJECT, ' ').trim();
  return (topic ? policyAnswer(ctx, topic, WHAT_TO_DO_THRESHOLD) : undefined) ?? policyOnStory(ctx, question);
}

/** The ask for whom to tell, said beside a story: "…, who do I tell?", "who should we ring about it". */
export const WHOM_TO_TELL = /\bwho(?:m)? (?:do|should|can|could|shall|must|would) (?:i|we) (?:tell|ask|contact|speak to|talk to|go to|turn to|report (?:it|this|that) to|ring|call|phone|email|inform|let know)\b[^,.;!?]*/i;

/** Fewer words than this beside the ask tell no story ("who do I tell?", "who do I ask then?"). */
const STORY_WORDS = 4;

/**
 * "Tom put the wrong label on a box and it's gone off in the post, who do I tell?": what happened is the topic, and the policy
 * whose sentence covers it says whom to tell and what else to do, not the data-protection contact alone. Only a sentence that
 * meets the story well: the contact answers a story no policy is about ("the warning light is on in the van").
 */
function policyOnStory(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!WHOM_TO_TELL.test(question)) return undefined;
  const story = question.replace(WHOM_TO_TELL, ' ').replace(/^[\s,.;!?-]+|[\s,.;!?-]+$/g, '');
  return words(story).length >= STORY_WORDS ? situationAnswer(ctx, story, STORY_BAR) : undefined;
}

/**
 * Questions answered before any supplier is looked for: a greeting, help, who to ask, and the
 * register's joint controllers or recipients.
 */
export function conversational(ctx: QaContext, question: string, intent: Intent, w: string[]): QaAnswer | undefined {
  if (intent === 'greeting') return reply(intent, `Hello! ${examples(ctx)}`);
  if (intent === 'contact') {
    // "My phone got nicked with the rota app on it, who do I tell?": a loss told is an incident, whose policy says whom to tell.
    if (ctx.index.policiesNamingLoss(question)) return undefined;
    // "Who do I ask about Xero?": the person who looks after it, and the data-protection contact.
    const about = ctx.index.suppliersIn(w).filter((m) => m.kind === 'name' || m.kind === 'fuzzy').map((m) => m.supplier);
    const owners = about.map((s) => ownerText(ctx.config, s, ctx.contact)).join(' ');
    const topic = about.length ? undefined : policyOnTopic(ctx, question);
    const text = `${owners ? `${owners} ` : ''}${topic ? `${topic.answer}\n` : ''}For data protection, ask ${ctx.contact}.${phoneAsked(ctx, question)}`;
    return reply(about.length ? 'owner' : topic ? 'policy' : intent, text, [...about.map((s) => `register:${s.id}`), ...(topic?.sources ?? [])]);
  }
  const inRegion = regionsIn(w, question).length > 0;
  // "Are we joint controllers with anyone?" / "do we have any recipients?" ask for the list too.
  const listing = /\b(which|who|what|list|how many|any(one|body)?)\b/i.test(question);
  if (!inRegion && listing && /\bjoint[- ]?controllers?\b/i.test(question)) return byRole(ctx, 'joint-controller', 'joint controllers', asksCount(question));
  // "Details of gift recipients" asks whose data it is, not the role: the role as the register's list questions read it.
  // A role set aside ("processors, not recipients") is not asked for.
  if (!inRegion && listing && roleIn(question) === 'recipient') return byRole(ctx, 'recipient', 'recipients', asksCount(question));
  if (intent === 'help') return reply(intent, help(ctx));
  return undefined;
}
