import type { Supplier } from '../config/schema.ts';
import { ownedBy } from './aggregate.ts';
import { SUPPLIER_STOP } from './field-index.ts';
import { list, lowerFirst, placesOf, retentionWords, statusWords } from './fields.ts';
import { differenceNote } from './live-state.ts';
import { personNamed, type QaAnswer, type QaContext } from './qa-context.ts';
import { isPlaceWord, regionCode } from './regions.ts';
import { stem, words } from './text.ts';

/** The words of a question that name the data it is about ("customer data"), for a heading. */
export function topicLabel(question: string): string {
  const all = question
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const topical = (w: string | undefined) => w !== undefined && !SUPPLIER_STOP.has(w) && !SUPPLIER_STOP.has(stem(w)) && !regionCode(w).match(/^(EU|UK|US)$/) && !isPlaceWord(w) && !/^(only|outside|suppliers?|just|how|many|europe|america|united|kingdom|states|pass|passe?s|passed|hand|disclose|process|processes|processed|handle|handles|collect|collects|anyone|anybody|everything|anything|organisations?|organizations?|bod(y|ies)|firms?|businesses|third|part(y|ies)|external|actually|really|ever|normally|usually)$/.test(w);
  // "Staff or parents' data": the "or" between two topic words is kept.
  // "Health info about tenants": whose it is, after "about", is kept too, and said as "health data about tenants".
  const linked = (w: string, i: number) => ((w === 'or' || w === 'and') && topical(all[i - 1])) || (w === 'about' && all.slice(0, i).some(topical));
  const kept = all.filter((w, i) => topical(w) || (linked(w, i) && topical(all[i + 1])));
  const text = kept.join(' ').replace(/^(.+?)(?<!\b(?:data|information|info|details|records)) about /, '$1 data about ');
  // "Parents' data" says data after the topic: so does the label.
  const after = all[all.lastIndexOf(kept.at(-1) ?? '') + 1];
  if (text && after && /^(data|information|info|details|records)$/.test(after)) return `${text} ${after}`;
  return text ? (/(data|information|s)$/.test(text) ? text : `${text} data`) : NO_TOPIC;
}

/** The label of a question that says no kind of data. */
export const NO_TOPIC = 'that data';

/** Every supplier with its purpose ("which suppliers do we use?"). */
export function listSuppliers(ctx: QaContext, count = false): QaAnswer {
  const suppliers = ctx.config.suppliers;
  const lines = suppliers.map((s) => `• ${s.name}: ${s.purpose}`);
  return {
    intent: 'list-suppliers',
    sources: suppliers.map((s) => `register:${s.id}`),
    answer: `${count ? `${suppliers.length}. ` : ''}We use ${suppliers.length} suppliers:\n${lines.join('\n')}\n(Register.)`,
  };
}

/**
 * "Who do we share data with / pass customer data on to?" with no supplier or policy named: those
 * the register says we pass data to, with what, then every supplier by role.
 */
export function sharedWith(ctx: QaContext, scope?: { suppliers: Supplier[]; topic: string }, onward = false, namesOnly = false): QaAnswer {
  const suppliers = scope?.suppliers ?? ctx.config.suppliers;
  if (onward) return passedOnTo(ctx, suppliers, scope?.topic ?? 'personal data', namesOnly);
  const roles: [Supplier['role'], string][] = [['processor', 'processors (they handle data for us)'], ['joint-controller', 'joint controllers'], ['recipient', 'recipients (they receive data from us)']];
  const parts = roles
    .map(([role, words]) => [words, suppliers.filter((s) => s.role === role)] as const)
    .filter(([, found]) => found.length > 0)
    .map(([words, found]) => `${words}: ${list(found.map((s) => s.name))}`);
  const passed = suppliers.filter((s) => s.sharedData);
  const lines = passed.map((s) => `• ${s.name}: ${lowerFirst(s.sharedData!.trim().replace(/\.$/, ''))}`);
  const what = scope ? scope.topic : 'personal data';
  const passing = passed.length ? `We pass ${what} to:\n${lines.join('\n')}\n` : '';
  return {
    intent: 'access',
    sources: suppliers.map((s) => `register:${s.id}`),
    answer: parts.length ? `${passing}We share ${what} with our ${parts.join('; our ')}. (Register.)` : `The register lists no supplier we share ${what} with. (Register.)`,
  };
}

/**
 * "Who do we pass client data on to?": those the register says we pass data to, with what, and the
 * recipients and joint controllers, who use it for their own ends; the processors, who handle it
 * for us on our instructions, are counted. Asked as against the software we use ("rather than them processing it
 * for us"), the names alone: what each gets can name that software ("read-only access to the bookkeeping app").
 */
function passedOnTo(ctx: QaContext, suppliers: readonly Supplier[], what: string, namesOnly = false): QaAnswer {
  const passed = suppliers.filter((s) => s.sharedData || s.role !== 'processor');
  const roleWords: Record<Supplier['role'], string> = { processor: 'processor', 'joint-controller': 'joint controller', recipient: 'recipient' };
  const lines = passed.map((s) => namesOnly ? `• ${s.name}` : `• ${s.name}: ${s.sharedData ? lowerFirst(s.sharedData.trim().replace(/\.$/, '')) : `${roleWords[s.role]}; ${lowerFirst(s.purpose.trim().replace(/\.$/, ''))}`}`);
  const processors = suppliers.filter((s) => s.role === 'processor' && !s.sharedData).length;
  const other = passed.some((s) => s.role === 'processor') ? ' other' : '';
  const rest = processors
    ? ` Our ${processors}${other} processor${processors === 1 ? '' : 's'} also handle${processors === 1 ? 's' : ''} ${what} for us, on our instructions (ask which suppliers hold it to have them named).`
    : '';
  return {
    intent: 'access',
    sources: passed.map((s) => `register:${s.id}`),
    answer: passed.length ? `We pass ${what} on to:\n${lines.join('\n')}\n${rest.trim()}${rest ? ' ' : ''}(Register.)` : `The register records nobody we pass ${what} on to.${rest} (Register.)`,
  };
}

/** The suppliers in one GDPR role ("who are our joint controllers?"). */
export function byRole(ctx: QaContext, role: Supplier['role'], plural: string, count = false): QaAnswer {
  const found = ctx.config.suppliers.filter((s) => s.role === role);
  return {
    intent: 'list-suppliers',
    sources: found.map((s) => `register:${s.id}`),
    answer: found.length ? `Our ${plural}${count ? ` (${found.length})` : ''}: ${list(found.map((s) => s.name))}. (Register.)` : `The register lists no ${plural}. (Register.)`,
  };
}

/** The GDPR statements not on file, over the register or a scope of it ("of the suppliers in the US"). */
export function missingStatements(ctx: QaContext, count = false, scope?: { suppliers: Supplier[]; label: string }): QaAnswer {
  const all = scope?.suppliers ?? ctx.config.suppliers;
  const open = all.filter((s) => s.gdprStatement.status !== 'on-file');
  const onFile = all.filter((s) => s.gdprStatement.status === 'on-file');
  const of = scope ? ` (of the suppliers ${scope.label})` : '';
  const sources = open.map((s) => `register:${s.id}`);
  const note = (s: Supplier) => differenceNote(ctx.live, s.id, ctx.config.organisation.timezone);
  if (open.length === 0) return { intent: 'statement', sources: onFile.map((s) => `register:${s.id}`), answer: `Every supplier's GDPR statement is on file${of}.${onFile.map((x) => note(x) && ` ${x.name}${note(x)}.`).join('')} (Register.)` };
  // Where the file is behind what an owner attested, the answer says so beside the supplier.
  const described = open.map((s) => `${s.name} (${statusWords(s)}${note(s).replace(/^ \(/, '; ').replace(/\)$/, '')})`);
  // A "which have none" list names only those without one: an on-file one is named only where an
  // owner's attestation put it there and the file still says otherwise.
  const attested = onFile.filter((s) => note(s));
  const alsoOnFile = attested.length ? ` On file: ${list(attested.map((s) => `${s.name}${note(s)}`))}.` : '';
  return {
    intent: 'statement',
    sources,
    answer: `${count ? `${open.length} of ${all.length}. ` : ''}GDPR statements not on file${of}: ${list(described)}.${alsoOnFile} (Register.)`,
  };
}

/** "Who have we requested the DPA from?", "whose statements have we asked for": those asked, not every one not on file. */
export function asksRequested(question: string): boolean {
  // "…not even asked for one" is those never asked: every one not on file.
  return /\b(requested|asked (?:them |for)|asked \w+ for)\b/i.test(question) && !/\b(not|never|n[o']?t|haven'?t|havent)\b(?: \w+){0,2} (?:requested|asked)\b/i.test(question);
}

/** The GDPR statements asked for and not yet come (requested, awaited, in progress): a missing one was never asked for. */
export function requestedStatements(ctx: QaContext, all: readonly Supplier[]): QaAnswer {
  return statementsWith(all, ['requested', 'awaited', 'in-progress'], 'asked for and not yet on file');
}

/** The GDPR statements at one status ("in progress", "awaited"), over the register or a scope of it. */
export function statementsAt(ctx: QaContext, status: 'in-progress' | 'awaited', all: readonly Supplier[]): QaAnswer {
  return statementsWith(all, [status], status);
}

/** The statements at any of the statuses, each with its status in words, under what they are ("awaited"), or that there are none. */
function statementsWith(all: readonly Supplier[], statuses: readonly string[], said: string): QaAnswer {
  const at = all.filter((s) => statuses.includes(s.gdprStatement.status));
  if (at.length === 0) return { intent: 'statement', sources: [], answer: `The register records no GDPR statement ${said}. (Register.)` };
  const described = at.map((s) => `${s.name} (${statusWords(s)})`);
  return { intent: 'statement', sources: at.map((s) => `register:${s.id}`), answer: `GDPR statements ${said}: ${list(described)}. (Register.)` };
}


/** A statement question after those we have ("which suppliers have a GDPR statement on file?"), not those we lack. */
export function asksOnFile(question: string): boolean {
  const q = question.toLowerCase().replace(/[’]/g, "'");
  return /\b(on file|have|has|got|received|signed|in place|sent (us|in)|given us|provided)\b/.test(q) && !NOT_YET.test(q);
}

/** Words of a statement question after the gaps: "missing", "still waiting", "not yet", "all of them?". */
const NOT_YET = /\b(no|not|none|without|missing|outstanding|await\w*|waiting|wait|chas\w*|still|yet|lack\w*|needs?|gaps?|asked for|request\w*|overdue|due|review\w*|all|every|haven't|hasn't|don't|doesn't|didn't|aren't|isn't|never)\b/;

/** The GDPR statements on file, over the register or a scope of it; the rest counted ("which are missing?" names them). */
export function statementsOnFile(ctx: QaContext, count = false, scope?: { suppliers: Supplier[]; label: string }): QaAnswer {
  const all = scope?.suppliers ?? ctx.config.suppliers;
  const onFile = all.filter((s) => s.gdprStatement.status === 'on-file');
  const open = all.length - onFile.length;
  const of = scope ? ` (of the suppliers ${scope.label})` : '';
  const note = (s: Supplier) => differenceNote(ctx.live, s.id, ctx.config.organisation.timezone);
  const rest = open === 0 ? ' That is every one.' : ` The other ${open} ${open === 1 ? 'is' : 'are'} not on file yet.`;
  return {
    intent: 'statement',
    sources: onFile.map((s) => `register:${s.id}`),
    answer: onFile.length
      ? `${count ? `${onFile.length} of ${all.length}. ` : ''}GDPR statements on file${of}: ${list(onFile.map((s) => `${s.name}${note(s)}`))}.${rest} (Register.)`
      : `No supplier's GDPR statement is on file${of}. (Register.)`,
  };
}

/** "Whose GDPR statements are overdue for review?": those on file whose review date has passed, and the next due. */
export function overdueReviews(ctx: QaContext, suppliers: readonly Supplier[], question = ''): QaAnswer {
  const now = ctx.now();
  const today = now.toISOString().slice(0, 10);
  const dated = suppliers.filter((s) => s.gdprStatement.reviewDue);
  const overdue = dated.filter((s) => s.gdprStatement.reviewDue! < today);
  const upcoming = dated.filter((s) => s.gdprStatement.reviewDue! >= today).sort((a, b) => a.gdprStatement.reviewDue!.localeCompare(b.gdprStatement.reviewDue!));
  const due = (s: Supplier) => `${s.name} (due ${s.gdprStatement.reviewDue})`;
  const parts = [overdue.length ? `GDPR statements past their review date: ${list(overdue.map(due))}.` : `No GDPR statement in the register is past its review date.`];
  // "…due for review next year / in 2027 / in the next 3 months": every one due in that window.
  const window = reviewWindow(question, now);
  const within = window ? upcoming.filter((s) => s.gdprStatement.reviewDue! >= window.from && s.gdprStatement.reviewDue! <= window.to) : [];
  if (window) parts.push(within.length ? `Due ${window.label}: ${list(within.map(due))}.` : `None is due ${window.label}.`);
  else if (upcoming.length > 1 && /\bdates\b/i.test(question)) parts.push(`Review dates to come: ${list(upcoming.map(due))}.`);
  // "Which are overdue?" with some overdue asks for those alone: the next due is said only when none is.
  else if (upcoming.length && !(overdue.length && PAST_DUE.test(question))) parts.push(`Next due: ${due(upcoming[0]!)}.`);
  const undated = suppliers.filter((s) => s.gdprStatement.status === 'on-file' && !s.gdprStatement.reviewDue);
  if (undated.length) parts.push(`The register gives no review date for ${list(undated.map((s) => s.name))}.`);
  const next = overdue.length && PAST_DUE.test(question) ? [] : upcoming.slice(0, 1);
  return { intent: 'statement', sources: [...overdue, ...(window ? within : /\bdates\b/i.test(question) ? upcoming : next)].map((s) => `register:${s.id}`), answer: `${parts.join(' ')} (Register.)` };
}

/** Asks after reviews already missed ("overdue", "past their review date"), not those coming up. */
const PAST_DUE = /\boverdue\b|\bpast (their|its|the) review|\breview (date )?(has |have )?(passed|lapsed|expired)|\blate for (a |their |its )?review\b|\breviews? (is |are )?(late|behind|past due)\b/i;

/** The dates a review question asks about: a year ("next year", "in 2027"), the coming months ("in the next 3 months", "soon") or the rest of this year ("before new year"). */
function reviewWindow(question: string, now: Date): { from: string; to: string; label: string } | undefined {
  const q = question.toLowerCase();
  const byMonth = byMonthEnd(q, now);
  if (byMonth) return byMonth;
  const year = now.getUTCFullYear();
  const today = now.toISOString().slice(0, 10);
  // "Before new year", "before christmas", "by the end of the year": from today to then.
  const yearEnd = /\b(?:before|by)\s+(?:the\s+)?(new year|christmas|xmas|end of (?:the|this) year|year end)\b/.exec(q)?.[1];
  if (yearEnd) return { from: today, to: /^(christmas|xmas)$/.test(yearEnd) ? `${year}-12-25` : `${year}-12-31`, label: `before ${/^(christmas|xmas)$/.test(yearEnd) ? 'Christmas' : 'the end of the year'}` };
  const named = /\b(this|next) year\b/.exec(q)?.[1];
  const y = named ? year + (named === 'next' ? 1 : 0) : Number(/\b(20\d\d)\b/.exec(q)?.[1] ?? NaN);
  if (!Number.isNaN(y)) return { from: y === year ? today : `${y}-01-01`, to: `${y}-12-31`, label: `in ${y}` };
  const months = /\b(?:next|coming|within)\s+(\d+|a|one|two|three|six|twelve)\s+months?\b/.exec(q)?.[1];
  const soon = /\b(soon|upcoming|coming up|this month|next month)\b/.test(q);
  if (!months && !soon) return undefined;
  const n = months ? ({ a: 1, one: 1, two: 2, three: 3, six: 6, twelve: 12 } as Record<string, number>)[months] ?? Number(months) : 3;
  const to = new Date(now);
  to.setUTCMonth(to.getUTCMonth() + n);
  return { from: today, to: to.toISOString().slice(0, 10), label: `in the next ${n === 1 ? 'month' : `${n} months`}` };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A deadline by a month: "by the end of feb 2027", "before March", "by june". Everything due from today
 * to the last day of that month ("before March" is up to the end of February); the month's next
 * coming, unless a year is said.
 */
const BY_MONTH = /\b(by|before|until|till|up to|ahead of)\s+(?:the\s+)?(end of\s+|start of\s+|beginning of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?(?:\s+(20\d\d))?\b/;

function byMonthEnd(q: string, now: Date): { from: string; to: string; label: string } | undefined {
  const m = BY_MONTH.exec(q);
  if (!m) return undefined;
  // "Before March", "by the start of March": up to the end of the month before.
  const before = (m[1] === 'before' || m[1] === 'ahead of') && !m[2] ? true : /start|beginning/.test(m[2] ?? '');
  let month = MONTHS.indexOf(m[3]!.slice(0, 3));
  let year = m[4] ? Number(m[4]) : now.getUTCFullYear() + (month < now.getUTCMonth() ? 1 : 0);
  if (before) [month, year] = month === 0 ? [11, year - 1] : [month - 1, year];
  const last = new Date(Date.UTC(year, month + 1, 0)).toISOString().slice(0, 10);
  const today = now.toISOString().slice(0, 10);
  return { from: today, to: last, label: `by the end of ${MONTH_NAMES[month]} ${year}` };
}

/** "What does Tom look after?": the suppliers a named person of the workspace owns. */
export function lookedAfterBy(ctx: QaContext, question: string): QaAnswer | undefined {
  const person = personNamed(ctx.config, new Set(words(question)), question);
  if (!person) return undefined;
  const owned = ownedBy(ctx.config.suppliers, person.id);
  return {
    intent: 'owner',
    sources: owned.map((s) => `register:${s.id}`),
    // "How many suppliers does Dominic look after?": the count first, as every count answer gives it.
    answer: owned.length
      ? `${/\bhow many\b|\bnumber of\b/i.test(question) ? `${owned.length}. ` : ''}${person.name} looks after ${list(owned.map((s) => s.name))}. (Register.)`
      : `The register names ${person.name} as looking after no supplier. (Register.)`,
  };
}

/** "How long do we keep data?" / "where is our data stored?" with no supplier or topic: every supplier's entry. */
export function overview(ctx: QaContext, field: 'retention' | 'location'): QaAnswer {
  const suppliers = ctx.config.suppliers;
  const line = (s: Supplier) =>
    field === 'retention' ? `• ${s.name}: ${retentionWords(s) ?? 'not recorded'}` : `• ${s.name}: ${s.locations.length ? placesOf(s) : 'not recorded'}`;
  const head = field === 'retention' ? 'How long each supplier keeps our data' : 'Where each supplier stores our data';
  return {
    intent: field,
    sources: suppliers.map((s) => `register:${s.id}`),
    answer: `${head}:\n${suppliers.map(line).join('\n')}\n(Register.) For one supplier, ask about it by name; anything else: ${ctx.contact}.`,
  };
}

/** Backups asked of the register as a whole: "where are the backups kept?", "how is our data backed up?", "which suppliers keep backups?". */
export const BACKUPS_ASKED = /\b(?:back ?ups?|backed up|backing up|replicat\w*|disaster recovery)\b/i;

/**
 * Every entry's backups as the register records them (each supplier's `replication`), and those it records none for: the
 * answer to backups asked of the register as a whole, where no entry is a backup service and no policy is about backups.
 */
export function backupsOverview(ctx: QaContext): QaAnswer {
  const kept = ctx.config.suppliers.filter((s) => s.security.replication);
  const unrecorded = ctx.config.suppliers.filter((s) => !s.security.replication);
  if (kept.length === 0) {
    return { intent: 'security', sources: [], answer: `The register records no supplier's backups. Ask ${ctx.contact}.` };
  }
  const lines = kept.map((s) => `• ${s.name}: ${lowerFirst(s.security.replication!.replace(/\.$/, ''))}`);
  const none = unrecorded.length ? ` Not recorded for ${list(unrecorded.map((s) => s.name))}.` : '';
  return {
    intent: 'security',
    sources: kept.map((s) => `register:${s.id}`),
    answer: `Backups the register records:\n${lines.join('\n')}\n(Register.)${none} For one supplier, ask about it by name; anything else: ${ctx.contact}.`,
  };
}
