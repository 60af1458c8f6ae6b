// Questions about the firm's papers as a whole, which no one supplier or policy answers: which policies we have ("what
// policies do we have?", "where is the data protection policy?"), what a new starter should read, and who the controllers
// are ("which suppliers are controllers?", "who is the data controller?").
import type { Supplier } from '../config/schema.ts';
import { list } from './fields.ts';
import { wholeSentencesOf } from './policy-passages.ts';
import { reply, type QaAnswer, type QaContext, type Question } from './qa-context.ts';

/** Policies asked after as a set: "what policies do we have", "list our policies", "where can I read the policies". */
const POLICIES_ASKED = /\b(?:what|which|list|show|see|read|find|where|link|copy|any)\b.*\bpolic(?:ies|es|ys)\b/i;

/**
 * The data-protection policy asked after as one paper: "where is the data protection policy?", "link to our GDPR policy".
 * A firm's policies on data are, together, its data-protection policy.
 */
const DATA_PROTECTION_POLICY = /\b(?:where|what|which|link|copy|read|see|find|show|send|get|do we have|have we got|is there)\b.*\b(?:data[- ]protection|gdpr|dp|information security)\s+polic(?:y|ies)\b/i;

/** Words of such a question that say no topic: what is left once these go is a topic ("what policies do we have on photos?"). */
const NO_TOPIC = new Set(
  ('what whats which list show see read find where wheres link links copy copies any all our the a an of to for do does we i can could ' +
    'is are there have has got get send me us please policy policies polices policys data protection gdpr dp information security kept stored written ' +
    'full company firm firms company’s firm’s staff whole every each current latest up date them it they s you your tell give ' +
    'complete set down here does say says cover covers in')
    .split(' '),
);

/** Whether a question asks for the firm's policies as a whole: the set, or the data-protection policy, with no topic. */
function policiesAsWholeAsked(ctx: QaContext, q: Question): boolean {
  if (q.named.length > 0 || q.whatToDo) return false;
  const asSet = POLICIES_ASKED.test(q.text);
  // A firm with a policy titled for data protection answers "the data protection policy" with it (a later step's).
  const asOne = DATA_PROTECTION_POLICY.test(q.text) && !ctx.config.policies.some((p) => /\b(?:data[- ]protection|gdpr)\b/i.test(p.title));
  if (!asSet && !asOne) return false;
  const topic = q.text.toLowerCase().replace(/[’']s\b/g, '').split(/[^a-z0-9’-]+/).filter((w) => w && !NO_TOPIC.has(w));
  return topic.length === 0;
}

/** "What policies do we have?", "where is the data protection policy?": each policy by its title, and where to read it in full. */
export function policiesAsWhole(ctx: QaContext, q: Question): QaAnswer | undefined {
  if (!policiesAsWholeAsked(ctx, q)) return undefined;
  if (!ctx.config.policies.length) return reply('policy', `The register holds no policies yet. Ask ${ctx.contact}.`);
  return policyList(ctx, 'on data protection', 'Ask me what any of them says.');
}

/** Every policy by its title (and link), under a heading, cited: "Our 12 policies on data protection: • …". */
function policyList(ctx: QaContext, heading: string, after: string, before = ''): QaAnswer {
  const policies = ctx.config.policies;
  const lines = policies.map((p) => `• ${p.title}${p.link ? ` (${p.link})` : ''}`);
  const answer = `${before}Our ${policies.length === 1 ? 'policy' : `${policies.length} policies`} ${heading}:\n${lines.join('\n')}\n${after} (Policies: ${policies.map((p) => p.id).join(', ')}.)`;
  return reply('policy', answer, policies.map((p) => `policy:${p.id}`));
}

/** What a new starter should read or know, asked: "what do i need to read as a new starter", "i'm new, what should i read?". */
const NEW_STARTER_READING = /\b(?:what|which)\b[^.?!]{0,40}\b(?:need to|should|have to|must|got to)\s+(?:read|know|look at|go through|sign)\b[^.?!]{0,40}\b(?:new starter|new here|new job|starting|first (?:day|week))\b|\b(?:i['’]?m|i am|as a)\s+(?:new|a new starter)\b[^.?!]{0,30}\bwhat\b[^.?!]{0,30}\b(?:read|know)\b/i;

/** A policy for people joining: "New starters and leavers", "Induction", "Welcome to the team". */
const STARTERS_TITLE = /\bnew starters?\b|\bstarters?\b|\bjoiners?\b|\binduction\b|\bwelcome\b|\bonboarding\b/i;

/** What a new starter should read: the firm's policy for people joining, where it has one, then every policy by its title. */
export function newStarterReading(ctx: QaContext, q: Question): QaAnswer | undefined {
  if (!NEW_STARTER_READING.test(q.text) || q.named.length > 0) return undefined;
  const policies = ctx.config.policies;
  if (!policies.length) return undefined;
  const starters = policies.filter((p) => STARTERS_TITLE.test(p.title));
  const first = starters.length === 1 ? `${starters[0]!.title}: ${starters[0]!.text}\n` : '';
  return policyList(ctx, 'on data protection, for every new starter to read', `Ask me what any of them says, or ask ${ctx.contact}.`, first);
}

/** Controllers among our suppliers asked after: "which suppliers are controllers?", "who are the independent controllers?". */
const SUPPLIERS_AS_CONTROLLERS = /\b(?:which|what|who|list|how many|any)\b.*(?<!\bjoint[- ]?(?:data )?)\b(?:(?:data|independent|separate) )?controllers\b|\bcontrollers? in (?:their|its) own right\b/i;

/** The firm itself asked after as the controller: "who is the data controller?", "are we the controller?". */
const FIRM_AS_CONTROLLER = /\bwho(?:['’]s| is)\s+(?:the|our)\s+(?:data\s+)?controller\b|\bare we (?:the |a )?(?:data )?controller\b|\bwho controls (?:our|the) data\b/i;

/** The register's suppliers that decide for themselves what is done with what we pass them, by role. */
const CONTROLLER_ROLES: [Supplier['role'], string][] = [
  ['joint-controller', 'joint controllers (they decide with us what the data is for)'],
  ['recipient', 'recipients (controllers in their own right: they use what we pass them for their own purposes)'],
];

/**
 * "Which suppliers are controllers?": the joint controllers and recipients, who decide for themselves what is done with our data
 * (the register's roles are processor, joint controller and recipient); "who is the data controller?": we are.
 */
export function controllers(ctx: QaContext, q: Question): QaAnswer | undefined {
  if (q.named.length > 0 || q.whatToDo) return undefined;
  if (FIRM_AS_CONTROLLER.test(q.text)) {
    // A firm whose policy is on its role as a controller ("Joint controller of customer data") answers with that policy.
    if (ctx.config.policies.some((p) => /\bcontrollers?\b/i.test(`${p.title} ${p.keywords.join(' ')}`))) return undefined;
    return firmAsController(ctx);
  }
  if (!SUPPLIERS_AS_CONTROLLERS.test(q.text)) return undefined;
  const found = CONTROLLER_ROLES.map(([role, words]) => [words, q.pool.filter((s) => s.role === role)] as const).filter(([, suppliers]) => suppliers.length > 0);
  const all = found.flatMap(([, suppliers]) => suppliers);
  if (!all.length) return reply('list-suppliers', 'The register lists no joint controllers or recipients: every supplier is a processor, acting for us. (Register.)');
  const parts = found.map(([words, suppliers]) => `Our ${words}: ${list(suppliers.map((s) => s.name))}.`);
  return reply('list-suppliers', `${parts.join(' ')} The rest are processors, acting for us. (Register.)`, all.map((s) => `register:${s.id}`));
}

/**
 * A sentence on who is controller or processor of some data: "for client data we are the processor", "the council is the
 * controller". Said as a role, not a job ("the controller on shift" of a taxi firm's dispatch desk).
 */
const ROLE_SAID = /\b(?:is|are|as|be|being) (?:a |the |its |their |our )?(?:data |joint |independent )?controllers?\b|\bdata controllers?\b|\bprocessors? (?:for|of|on behalf of)\b|\b(?:we are|we act as|acting as|act as) (?:a |the |their )?processor\b/i;

/**
 * "Who is the data controller?": we are, of the data we decide the use of; and where the firm's papers say otherwise of some
 * data (a lab that processes for the practices it serves, a council that controls the pupils' data we carry), what they say.
 */
function firmAsController(ctx: QaContext): QaAnswer {
  const head = `${ctx.config.organisation.name} is the controller of the personal data we hold for our own purposes: we decide what it is for. Our processors act only on our instructions.`;
  const policies = ctx.config.policies.map((p) => ({ p, said: wholeSentencesOf(p.text).filter((x) => ROLE_SAID.test(x)) })).filter((x) => x.said.length);
  const entries = ctx.config.suppliers
    .map((s) => ({ s, said: [s.purpose, s.notes, s.lawfulBasis, s.sharedData].flatMap((text) => (text ? wholeSentencesOf(text) : [])).filter((x) => ROLE_SAID.test(x)) }))
    .filter((x) => x.said.length);
  const lines = [...policies.map(({ p, said }) => `• ${p.title}: ${said.join(' ')}`), ...entries.map(({ s, said }) => `• ${s.name}: ${said.join(' ')}`)];
  const sources = [...policies.map(({ p }) => `policy:${p.id}`), ...entries.map(({ s }) => `register:${s.id}`)];
  const otherwise = lines.length ? `\nWhere our papers say who the controller is of some data:\n${lines.join('\n')}` : '';
  return reply('role', `${head}${otherwise}\nFor anything else on data protection, ask ${ctx.contact}.`, sources);
}
