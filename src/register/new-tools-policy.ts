// The firm's policy on taking up new tools, found however it is written, and said beside a tool we do not hold.
import type { Policy } from '../config/schema.ts';
import { wholeSentencesOf } from './policy-passages.ts';
import type { QaAnswer, QaContext } from './qa-context.ts';
import { quoted, quotedParts, theOnly } from './quoted-policies.ts';
import { escapeRegExp, words } from './text.ts';
import { unknownSupplier } from './unknown.ts';

/**
 * Words of any question, which say nothing of what it is about (as folded by `words`). Not STOPWORDS, which also drops the
 * register's own nouns ("customer", "client", "data"): those say what a policy sentence is about.
 */
const FUNCTION_WORDS = new Set(['this', 'that', 'with', 'from', 'have', 'what', 'when', 'where', 'your', 'they', 'them', 'their', 'into', 'just', 'will', 'would', 'could', 'should', 'okay', 'does', 'about', 'there', 'also', 'want', 'need', 'like', 'much', 'some', 'only', 'make', 'using', 'start', 'thinking', 'anyone', 'been']);

/** A keyword that names new tools or suppliers in general: "new app", "new software", "new supplier". */
const NEW_TOOL_KEYWORD = /^new (apps?|tools?|software|suppliers?|services?|systems?)$/i;

/** An id or title about new or other tools: "new-tools", "Using other apps and websites", "Software we haven't approved". */
const NEW_TOOL_TITLE = /\b(new|other|unapproved|unlisted|approv\w*)\b.*\b(apps?|tools?|software|suppliers?|services?|systems?|websites?|sites?)\b/i;

/** A keyword about taking on a tool outside the register: "sign up", "not on the register", "unapproved app". */
const NEW_TOOL_HINT = /^(sign(ing)? ?up|before you sign up|not (on|in) the register|unapproved \w+|free apps?|other apps?)$/i;

/** A kind of tool, as a title lists them: "apps", "AI tools", "websites", "software". */
const TOOL_KIND_WORD = /\b(?:apps?|tools?|software|websites?|sites?|services?|systems?|platforms?|programs?|extensions?|chatbots?)\b/i;

/** True when a policy's id or title is about new tools. */
function titledForNewTools(p: Policy): boolean {
  return NEW_TOOL_TITLE.test(p.id.replace(/[-_]/g, ' ')) || NEW_TOOL_TITLE.test(p.title);
}

/**
 * True when a policy's id or title is about new tools alone: "New apps and websites", "Using other apps", "new-tools"; not a
 * policy on several things that ends on new apps ("Logins, the studio iPad and phone, and new apps", "devices-and-new-tools"), or
 * lists them ("New apps, logins and tools").
 */
function titledOnlyForNewTools(p: Policy): boolean {
  // A title that lists other things ("New apps, logins and tools") is about them too, whatever its id says; one that lists
  // kinds of tool ("Adopting new software, apps and AI tools") is not.
  const parts = p.title.split(/,|\band\b|&/).map((part) => part.trim()).filter(Boolean);
  if (parts.length > 1 && !parts.every((part) => TOOL_KIND_WORD.test(part))) return false;
  return [p.id.replace(/[-_]/g, ' '), p.title].some((text) => {
    const found = NEW_TOOL_TITLE.exec(text);
    return found !== null && text.slice(0, found.index).split(/\s+/).filter(Boolean).length <= 1;
  });
}

/**
 * A sentence that a new tool needs someone's leave: "Before using any new app or website for donor data, ask Fiona first", "need Karen's
 * agreement"; not "every other system … (ask Nia to set them up)", a rule on logins.
 */
const NEW_TOOL_RULE_SAID = /\bnew\s+(?:[\w,'’-]+\s+){0,4}?(?:apps?|tools?|software|websites?|services?|systems?)\b[^.]{0,100}?\b(?:ask|agreement|approv\w*|permission|say-?so)\b/i;

/**
 * The firm's one policy on new tools, however it is written: by a keyword that names new tools
 * ("new app"), else by its id or title ("new-tools", "Other apps and websites"), else by a keyword
 * about signing up for something off the register, else by a sentence of a policy on something else that
 * says a new tool needs leave; none where a tier finds two (which is unclear).
 */
export function newToolsPolicy(ctx: QaContext): Policy | undefined {
  const tiers: ((p: Policy) => boolean)[] = [
    (p) => p.keywords.some((k) => NEW_TOOL_KEYWORD.test(k.trim())),
    titledForNewTools,
    (p) => p.keywords.some((k) => NEW_TOOL_HINT.test(k.trim())),
    // Else the rule written as one sentence of a policy on something else ("Passwords and two-step sign-in": "New tools, apps or
    // websites that will hold owner or public details need Karen's agreement before anyone signs up").
    (p) => wholeSentencesOf(p.text).some((said) => NEW_TOOL_RULE_SAID.test(said)),
  ];
  for (const tier of tiers) {
    const found = ctx.config.policies.filter(tier);
    if (found.length > 0) return found.length === 1 ? found[0] : undefined;
  }
  return undefined;
}

/**
 * A sentence on taking up a tool: "don't install apps or sign up to new websites for work without asking Jenna first", "do not
 * set up a new WhatsApp or Facebook group… without asking"; not one that downloads footage or signs volunteers up, nor one
 * where an app is only where something happens ("do not message young people one-to-one, on any app").
 */
const NEW_TOOL_SENTENCE = /\b(?:install\w*|download\w*|sign(?:ing)?[- ]up|set(?:ting)? up|use|using|start)\b[^.]{0,40}?\b(?:apps?|software|websites?|programs?|tools?)\b|\b(?:new|other|unapproved|free)\s+(?:[\w-]+\s+){0,3}?(?:apps?|tools?|software|websites?|platforms?|groups?)\b/i;


/**
 * A sentence that goes on from the one before ("If it will hold tenants' details…", "Anything that holds…"), or leans on it ("…on
 * it beyond those…", not "that" opening a clause of its own: "New apps that would hold customer details…"); not one on another thing ("Anything on paper with a hirer's name… goes in the shredding console").
 */
const GOES_ON = /^(?:if (?:it|they|the app)|it|they|anything(?= (?:that|which|else|new)\b)|this|that)\b/i;
const LEANS_BACK = /^(?:\S+\s+){0,5}?(?:it|them|this|that(?!\s+(?:will|would|could|can|may|might|holds?|keeps?|stores?|takes?|asks?|needs?|is|are|has|have)\b))\b/i;

/**
 * The firm's rule on new tools, quoted: its whole policy where that policy is about new tools alone; where the rule is a sentence of a
 * policy on something else too ("Passwords, the shop iPads and phones…", "Logins, the studio iPad and phone, and new apps"), that sentence alone, not the logins and phones around it,
 * with the sentence before it where it leans on that one ("on it") and the one after where that one goes on ("If it will hold…"),
 * and any sentence on what the question is about.
 */
export function newToolsRule(ctx: QaContext, question?: string): QaAnswer | undefined {
  const rule = newToolsPolicy(ctx);
  if (!rule) return undefined;
  if (titledOnlyForNewTools(rule)) return quoted([rule]);
  const lines = wholeSentencesOf(rule.text);
  const kept = new Set<number>();
  const asked = new Set(question === undefined ? [] : words(question).filter((w) => w.length > 3 && !FUNCTION_WORDS.has(w)));
  // Our suppliers' names say which system, not what the question is about ("imported the client list from phorest").
  const ours = new Set(ctx.config.suppliers.flatMap((x) => words([x.name, ...x.aliases].join(' '))));
  lines.forEach((line, i) => {
    // A sentence of the policy on what the question is about ("survey photos… don't keep them in your own phone's camera roll"
    // for "can I keep survey photos in Google Photos?") is said too: two of the question's own words in it.
    if (new Set(words(line).filter((w) => asked.has(w) && !ours.has(w))).size >= 2) kept.add(i);
    if (!NEW_TOOL_SENTENCE.test(line)) return;
    kept.add(i);
    if (i > 0 && LEANS_BACK.test(line)) kept.add(i - 1);
    if (i + 1 < lines.length && GOES_ON.test(lines[i + 1]!)) kept.add(i + 1);
  });
  const said = [...kept].sort((a, b) => a - b).map((i) => lines[i]!);
  return said.length ? quotedParts([{ policy: rule, said: said.join(' ') }]) : quoted([rule]);
}

/**
 * "Is it ok to use Trello for the orders?" about a tool we do not hold: the firm's one rule on
 * new tools ({@link newToolsRule}), whose words say whom to ask before using one, after "not in the
 * register"; the answer as it was where the firm has none, or two, or where the answer quotes it already.
 */
export function withNewToolsPolicy(ctx: QaContext, answer: QaAnswer, question?: string): QaAnswer {
  const policy = newToolsRule(ctx, question);
  // An answer that quotes the rule already (a story's policy that is it) is not given it twice.
  if (!policy || policy.sources.every((source) => answer.sources.includes(source))) return answer;
  return { ...answer, sources: [...answer.sources, ...policy.sources], answer: `${answer.answer}\n${policy.answer}` };
}

/**
 * "Can I use ChatGPT to write the listings?", "can I use my own Dropbox to back up reports?": a tool
 * asked leave to use that no supplier is, but that one policy names among its keywords, is that
 * policy's to answer (it says whether, and whom to ask), whatever other words of the question meet
 * another policy better.
 */
export function policyNamingTool(ctx: QaContext, tool: string, question?: string): QaAnswer | undefined {
  const folded = words(tool).join(' ');
  if (!folded || ctx.config.suppliers.some((s) => [s.name, ...s.aliases].some((n) => words(n).includes(folded)))) return undefined;
  // A word the entries or policies write in lower case ("can I use text message codes…" beside "texts") is an everyday thing, not a tool's name.
  if (ctx.index.writesInLowerCase(folded)) return undefined;
  // "Start a facebook group for the class": a keyword said in full with the thing made on the tool ("facebook group") names it more
  // nearly than the tool's name alone, which a policy on photos may list among the places it posts to.
  const said = question === undefined ? '' : ` ${words(question).join(' ')} `;
  const withThing = ctx.config.policies.filter((p) => p.keywords.some((k) => { const kw = words(k); return kw.length > 1 && kw[0] === folded && said.includes(` ${kw.join(' ')} `); }));
  if (withThing.length === 1) return theOnly(withThing);
  const naming = ctx.config.policies.filter((p) => p.keywords.some((k) => words(k).join(' ') === folded));
  return theOnly(naming);
}

/**
 * {@link policyNamingTool}, where the policy that keys the tool is the one on new tools ("keywords: [ai, chatgpt, canva]"): the tool
 * is still none of ours, so the answer says so first, then the whole policy, which answers the question.
 */
export function policyNamingToolSaid(ctx: QaContext, tool: string, question: string): QaAnswer | undefined {
  const naming = policyNamingTool(ctx, tool, question);
  const rule = newToolsPolicy(ctx);
  if (!naming || !rule || !naming.sources.includes(`policy:${rule.id}`)) return naming;
  const notHeld = unknownSupplier(ctx, tool);
  return { ...naming, sources: [...notHeld.sources, ...naming.sources], answer: `${notHeld.answer}\n${naming.answer}` };
}

/**
 * Whether a policy besides the one on new tools writes the tool ("never send door codes by WhatsApp") and the question's
 * other words meet it too: that policy answers, not the rule on new tools.
 */
export function ruleWritesTool(ctx: QaContext, question: string, tool: string): boolean {
  const rule = newToolsPolicy(ctx);
  const written = new RegExp(String.raw`\b${escapeRegExp(tool)}\b`, 'gi');
  const met = ctx.index.policiesByWords(question.replace(written, ' ')).map((m) => m.policy);
  // `search`, not `test`: a global pattern's `test` keeps its place between calls.
  return ctx.config.policies.some((p) => p !== rule && `${p.title} ${p.text}`.search(written) >= 0 && met.includes(p));
}

/**
 * The one policy besides the rule on new tools with a sentence that forbids the tool by name ("Use Signal … for whistleblowers, never
 * WhatsApp or text", "never … FaceTime or at a student's home"): the firm's word on that tool, said after the answer that it is not
 * held (and the rule on new tools), whatever else the question's words meet.
 */
export function withPolicyForbiddingTool(ctx: QaContext, tool: string, answer: QaAnswer): QaAnswer {
  const rule = newToolsPolicy(ctx);
  // The rule on new tools naming the tool already ("share files through one (WeTransfer, Dropbox, WhatsApp…)") is the firm's word on it.
  const named = new RegExp(String.raw`\b${escapeRegExp(tool)}\b`, 'i');
  if (rule && answer.sources.includes(`policy:${rule.id}`) && named.test(rule.text)) return answer;
  const forbidding = new RegExp(String.raw`\b(?:never|not|no|don['’]t|do not|must not|mustn['’]t)\b[^.;]*\b${escapeRegExp(tool)}\b`, 'i');
  const policy = theOnly(ctx.config.policies.filter((p) => p !== rule && wholeSentencesOf(p.text).some((said) => forbidding.test(said))));
  if (!policy || policy.sources.every((source) => answer.sources.includes(source))) return answer;
  return { ...answer, sources: [...answer.sources, ...policy.sources], answer: `${answer.answer}\n${policy.answer}` };
}
