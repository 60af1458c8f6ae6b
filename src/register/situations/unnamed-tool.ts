// A tool we do not hold, told without its name ("a free app that makes certificates", "one of those AI image generators"),
// with leave asked to use it or put our data in it: the firm's one policy on new tools says whether, and whom to ask.
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { newToolsRule } from '../new-tools-policy.ts';

/** An app, site or tool by what it is, never by a name: "a free app", "one of those AI image generators", "some website", "an online translator", "some fancy route optimiser thing", "a scheduling thing", "a group chat", "that free ai photo editor", "this 3d head scanning app", "those ray-ban smart glasses", "some auto-posting thing", "one of those ai retouch sites". */
const UNNAMED_TOOL = /\b(?:a|an|some|this|that)\s+(?:(?:new|online|free|cheap)\s+)?(?:scheduling|booking|rota|rostering|payroll|invoicing|accounting|ai|route|planning|crm|messaging|survey|signing|note-?taking|transcription|timesheet|stock|ordering|(?:auto|self)-?[a-z]+ing)\s+(?:thing|thingy)\b|\b(?:a|an|one of (?:those|these)|this|that|those|these|some|another)\s+(?:free\s+|new\s+)?(?:ai|online|web)\s+(?:[a-z-]+\s+){0,2}?sites?\b|\b(?:a|an|one of (?:those|these)|this|that|those|these|some|another)\s+(?:(?:free|new|online|ai|cheap|clever|handy|web|little|different)\s+){0,2}(?:(?!(?:the|a|an|of|to|for|on|in|at|outside|from|with|and|or|our|my|your|this|that|his|her|their)\b)[a-z0-9-]+\s+){0,3}?(?:apps?|websites?|group ?chats?|chat groups?|(?:web|booking|online|review|comparison)\s*sites?|tools?|programs?|programmes?|generators?|chatbots?|bots?|translators?|platforms?|plugins?|plug-ins?|extensions?|add[- ]?ons?|software|(?:photo|video|image|picture|pdf) editors?|smart ?(?:glasses|specs|watch(?:es)?|rings?)|gadgets?)\b|\b(?:a|an|some|this|that)\s+(?:[a-z]+\s+){0,3}?(?:online|ai|web|app|software|route|form|forms|planner|planning|optimi[sz]er|optimi[sz]ing|scheduling|scheduler|tracker|tracking|survey|sign-?up)\s+(?:thing|thingy)\b/i;

/** Leave asked to use it or to put something in it, set it up, or its use begun, or who says yes to it: "can I upload…", "who signs off on that?", "can i set one up for them", "wants to load next week's rounds into it. yay or nay", "can I start using it", "can i get my clients on it", "is it ok to try", "I've signed up to". */
const USE_ASKED = /\b(?:get|put|install|download)\s+(?:it|this|that|one)\s+(?:on|onto)\s+(?:the|my|our|a)\b|\b(?:anyone|anybody)\s+(?:object|mind|against it)\b|\b(?:wants?|wanna|wanting|going|planning|thinking of)\s+(?:to\s+)?(?:put|install|download|add|use|get|try)\b|,?\s*allowed\s*\?\s*$|\b(?:uploaded|imported|put|added|loaded|copied)\b[^.?!]{0,40}?\b(?:into|in|onto|to) it\b|\b(?:that['’]?s|thats)\s+(?:ok|okay|fine|alright|allowed)\b|\bwho (?:signs? (?:it |that |this )?off|approves?|okays?|says yes)\b|\b(?:better|cheaper|easier) than (?:ours|what we (?:use|have|['’]ve got))\b|\b(?:can|could|may|should|shall)\s+(?:i|we)\b[^.?!]{0,40}?\b(?:use|using|upload|put|pop|stick|run|feed|try|sign up|install|download|add|accept|join|connect|link|paste|copy|set (?:one|it|them) up|set up)\b|\bget\s+(?:[a-z]+\s+){0,3}?(?:on|onto)\s+(?:it|there)\b|\b(?:is it|is that|would it be|would that be|it'?s)\s+(?:ok|okay|alright|fine|allowed)\b|\b(?:i['’]?d|we['’]?d|i would|we would) like to (?:start|set up|use|try|open)\b|\b(?:ok|okay|allowed) to\b|\b(?:ok|okay|alright|fine)\s+if\s+(?:i|we)\s+(?:start\s+|just\s+)?(?:use|using|try|trying|download|install|put)\b|\bmind if\b|\b(?:i'?ve|we'?ve|i have|we have)\s+(?:started using|signed up|downloaded|installed|been using)\b|\byay or nay\b|\bwants? to (?:load|put|upload|use|try|run)\b[^.?!]{0,60}?\b(?:into|in|on|through) it\b/i;

/** Which tool we use for a job, asked: "is there an app that tells you the grades?", "have we got a site for bookings?" ask the register. */
const OURS_ASKED = /\b(?:is there|are there|(?:have|do) we (?:got|have|use)|what|which)\s+(?:an?|any)?\s*(?:[a-z]+\s+)?(?:apps?|websites?|site|tools?|programs?|software|platforms?)\b/i;

const GROUP_CHAT = /\bgroup ?chats?\b|\bchat groups?\b/i;

/** A policy's rule on setting up group chats. */
const GROUP_CHAT_SET_UP = /\b(?:set(?:ting)?\s+up|start(?:ing)?|creat(?:e|ing)|mak(?:e|ing))\s+(?:[\w-]+\s+){0,3}?(?:group ?chats?|chat groups?)\b/i;

/** A supplier of ours that is a messaging app, by its name or what it is for. */
const CHAT_HELD = /\b(?:whatsapp|group chats?|messaging apps?|messenger|microsoft teams|slack|messages to (?:members|parents|customers|clients|staff))\b/i;

/** An unnamed tool, and leave to use it asked or its use told: the firm's one policy on new tools, where it has one, and whom to ask. */
export function unnamedToolAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const tool = UNNAMED_TOOL.exec(question)?.[0];
  if (!tool || !USE_ASKED.test(question) || OURS_ASKED.test(question)) return undefined;
  // A group chat where the register holds a messaging app (WhatsApp, Teams) is on a tool of ours.
  if (GROUP_CHAT.test(tool) && ctx.config.suppliers.some((s) => CHAT_HELD.test(`${s.name} ${s.aliases.join(' ')} ${s.purpose}`))) return undefined;
  const quotedRule = newToolsRule(ctx, question);
  if (!quotedRule) return undefined;
  // Nor where a policy other than the one on new tools has its own rule on setting them up ("don't set up chat groups that include children").
  if (GROUP_CHAT.test(tool) && ctx.config.policies.some((p) => !quotedRule.sources.includes(`policy:${p.id}`) && GROUP_CHAT_SET_UP.test(p.text))) return undefined;
  // Whom to ask first, as for a tool named that we do not hold: the policy may name only a first name, or nobody.
  return { ...quotedRule, answer: `A tool that is not in our register yet: please ask ${ctx.contact} first.\n${quotedRule.answer}` };
}
