import { describeDuration, parseDuration, sayDurationsIn } from '../config/duration.ts';
import type { Supplier, VigilConfig } from '../config/schema.ts';
import { categoriesOf, list, lowerFirst, ownerOf, sentences, transferText } from './fields.ts';
import type { SupplierMatch } from './register-index.ts';
import { dayWords, factOf, statementWords, type LiveRegister } from './live-state.ts';
import { placeName } from './regions.ts';
import { wholeSentencesOf } from './policy-passages.ts';
import { CERTIFICATION_NAMES, certificationsAsked } from './aggregate.ts';
import { WHAT_IT_REACHES } from './intents.ts';
import { escapeRegExp, possessive, STOPWORDS, words } from './text.ts';

/** What the renderers need besides the supplier: the workspace and its data-protection contact. */
export interface Ctx {
  config: VigilConfig;
  contact: string;
  /** The register's live state, when read: its attested facts are cited with who and when. */
  live?: LiveRegister;
  /** Today, so a review date that has passed is said to be overdue. */
  now?: () => Date;
}

/**
 * Whether the supplier's GDPR statement is on file, by the live register; an attested fact is
 * cited with who and when, and what vigil.yaml says where it differs.
 */
export function statementText(ctx: Ctx, s: Supplier): string {
  const fact = factOf(ctx.live, s.id);
  const today = ctx.now?.().toISOString().slice(0, 10);
  if (!fact) return statementFromFile(s, today);
  const zone = ctx.config.organisation.timezone;
  return `${statementFromFile(s, today)} Attested by ${fact.byName} on ${dayWords(fact.at, zone)}${fact.differs ? `; vigil.yaml still says ${statementWords(fact.file)}` : ''}.`;
}

/** When a statement's review is due, asked: "when is mail chimp's dpa next due for review". */
const ASKS_REVIEW_DATE = /\b(?:review|renewal)\b[^?]*\bdue\b|\bdue\b[^?]*\b(?:review|renewal)\b|\bnext\b[^?]*\b(?:review|renewal)\b|\bwhen(?:['’]s| is| does| do)\b[^?]*\b(?:review|renewal)\b/i;

/** The review date asked of a statement the register gives none for: said so, with whom to ask. */
export function reviewDateUnrecorded(ctx: Ctx, s: Supplier, question: string): string {
  return !s.gdprStatement.reviewDue && ASKS_REVIEW_DATE.test(question) ? ` The register records no review date for it; ask ${ctx.contact}.` : '';
}

/** "What's happening with X's DPA?" asks after progress, which only the one looking after X can tell. */
const ASKS_PROGRESS = /\b(happening|going on|update|any news|where are we|where's it at)\b/i;

/** What the register notes of a statement not yet on file, and who looks after it, when the question asks how it is going. */
export function statementProgressNote(ctx: Ctx, s: Supplier, question: string): string {
  if (s.gdprStatement.status === 'on-file') return '';
  const notes = s.gdprStatement.notes ? ` ${sentences(s.gdprStatement.notes)}` : '';
  // A note that only says the status again ("We are awaiting the GDPR statement from this provider.") adds nothing.
  if (!ASKS_PROGRESS.test(question)) return saysOnly(notes, statementText(ctx, s)) ? '' : notes;
  const owner = ownerOf(ctx.config, s);
  return `${notes}${owner ? ` ${owner} looks after ${s.name}: ask them how it is going.` : ''}`;
}

/** True when every word of a note, its stop-words aside, is one the status already says. */
function saysOnly(note: string, status: string): boolean {
  const said = new Set(words(status));
  return words(note).every((w) => STOPWORDS.has(w) || said.has(w));
}

function statementFromFile(s: Supplier, today?: string): string {
  const st = s.gdprStatement;
  const overdue = st.reviewDue && today && st.reviewDue < today;
  const review = st.reviewDue ? (overdue ? `, but its review was due ${st.reviewDue} and is overdue` : `, next review due ${st.reviewDue}`) : '';
  switch (st.status) {
    case 'on-file':
      return `Yes: ${possessive(s.name)} GDPR statement is on file${review}.${st.url ? ` ${st.url}` : ''}`;
    case 'awaited':
      // The register's own word in brackets, as for "in-progress" and "missing": staff ask in either.
      return `Not yet: we are awaiting ${possessive(s.name)} GDPR statement (awaited).`;
    case 'in-progress':
      return `Not yet: ${s.name} are still working on their GDPR statement; it is in progress (in-progress).`;
    case 'requested':
      return `Not yet: we have requested ${possessive(s.name)} GDPR statement.`;
    default:
      // "Not on file", as every list of statements says it, and the register's own word in brackets.
      return `No: there is no GDPR statement from ${s.name}; it is not on file (missing).`;
  }
}

/** How long the supplier keeps our data. */
export function retentionText(ctx: Ctx, s: Supplier): string {
  if (!s.retention) return `The register does not say how long ${s.name} keeps our data; ask ${ctx.contact}.`;
  const holds = s.dataCategories.length ? `${s.name} holds ${categoriesOf(s)}; ` : `${s.name}: `;
  const duration = parseDuration(s.retention);
  return sentences(duration ? `${holds}we keep it for up to ${describeDuration(duration)}` : `${holds}retention: ${lowerFirst(sayDurationsIn(s.retention))}`);
}

/**
 * Where the supplier stores our data, with its transfer safeguard and notes. The place comes first, as it is what was asked ("where is
 * Famly data stored?"); what the supplier keeps follows, where a list of kinds of data ran to hundreds of characters before it.
 */
export function locationText(ctx: Ctx, s: Supplier): string {
  const kept = s.retention && parseDuration(s.retention) ? ` and kept for up to ${describeDuration(parseDuration(s.retention)!)}` : '';
  const where = s.locations.length
    ? `${s.name} data is stored in ${list(s.locations.map(placeName))}${kept}`
    : `The register does not say where ${s.name} data is stored; ask ${ctx.contact}`;
  const keeps = s.dataCategories.length ? `It holds ${categoriesOf(s)}` : `${s.name}: ${s.purpose}`;
  const transfer = s.transfer && s.transfer.mechanism !== 'none-needed' ? transferText(s, ctx.contact).replace(/^.*?\. /, '') : undefined;
  return sentences(where, keeps, transfer, notesOnWhere(ctx, s));
}

/** Where something is kept, in a note's words. */
const SAYS_WHERE = /\b(host\w*|stor\w*|servers?|data ?cent(re|er)s?|region|located|location|keeps?|kept|holds?|held)\b/i;

/**
 * The notes of a supplier for a question of where it keeps our data: a sentence about another
 * supplier of ours ("…invoice the practice through Xero") that says nothing of where is left out,
 * so the answer names only the supplier asked after.
 */
function notesOnWhere(ctx: Ctx, s: Supplier): string | undefined {
  if (!s.notes) return undefined;
  const names = namePatterns(ctx.config.suppliers);
  const others = ctx.config.suppliers.filter((o) => o.id !== s.id).map((o) => names.get(o.id)!);
  const kept = wholeSentencesOf(s.notes).filter((line) => SAYS_WHERE.test(line) || !others.some((o) => o.test(line)));
  return kept.join(' ') || undefined;
}

/** Each supplier's name as a whole-word pattern, made once per register (a location answer may name many suppliers). */
const NAME_PATTERNS = new WeakMap<readonly Supplier[], Map<string, RegExp>>();

function namePatterns(suppliers: readonly Supplier[]): Map<string, RegExp> {
  let names = NAME_PATTERNS.get(suppliers);
  if (!names) NAME_PATTERNS.set(suppliers, (names = new Map(suppliers.map((o) => [o.id, new RegExp(`\\b${escapeRegExp(o.name)}\\b`, 'i')]))));
  return names;
}

/** A measure saying which of us may look at the data: "only Rob and Callum can see journey history", "only Dan can view footage"; within one clause. */
const WHO_OF_US_SEES = /\bonly\s[^.,;]{0,40}?\b(?:can|may|could|are allowed to|is allowed to)\s+(?:see|view|access|open|look at|download|read|log in)\b/i;

/** Who else reaches the supplier's data (or, asked the other way round, what it reaches), what we pass it and on what basis. */
export function accessText(ctx: Ctx, matches: SupplierMatch[], question = ''): string {
  const turned = WHAT_IT_REACHES.test(question);
  const named = new Set(matches.map((m) => m.supplier.id));
  // Over every named supplier's part: who reaches whom ("a>b") already said, and sentences already said.
  const told = new Set<string>();
  const saidSentences = new Set<string>();
  return matches
    .map(({ supplier: s }) => {
      const { others, reaches, reach } = whoReachesWhom(ctx, s, told);
      const parts: string[] = [];
      const support = s.security.supportAccess?.trim().replace(/\.$/, '');
      // Nobody reaches its data, though it reaches others': said first, so "who can see what's in X?" is answered, not turned round;
      // not where it reaches another the question names ("can the IT company see our gmail?" asks that, not who reaches the IT company).
      const nobody = others.length === 0 && reaches.length > 0 && !s.sharedData && !turned && !reaches.some((o) => named.has(o.id));
      if (nobody) parts.push(`The register names nobody besides us with access to ${s.name}${support ? `, other than its own staff: ${support}` : ''}.`);
      parts.push(...reach);
      if (s.sharedData) parts.push(`We pass ${lowerFirst(s.sharedData.replace(/\.$/, ''))} to ${s.name} (${lowerFirst(s.purpose.replace(/\.$/, ''))}).`);
      if (s.notes && /access/i.test(s.notes) && !parts.some((p) => p.includes(s.notes!))) parts.push(s.notes);
      // "Only Rob and Callum can see journey history": a measure saying who of us may look is who has access.
      parts.push(...s.security.measures.filter((m) => WHO_OF_US_SEES.test(m) && !parts.some((p) => p.includes(m))));
      // The supplier's own staff reach our data too, on the terms the register records.
      if (parts.length === 0 && others.length === 0 && reaches.length === 0) {
        parts.push(`The register names nobody besides us with access to ${s.name}${support ? `, other than its own staff: ${support}` : ''}.`);
        // What it holds of ours, when the register says nothing of what we pass it.
        if (s.dataCategories.length) parts.push(`${s.name} holds ${categoriesOf(s)}.`);
      } else if (support && !nobody) parts.push(support);
      // Why we may pass it the data, after who reaches it: the answer leads with the supplier.
      if (s.lawfulBasis) parts.push(`Lawful basis: ${s.lawfulBasis}`);
      const fresh = parts.filter((p) => !saidSentences.has(p));
      fresh.forEach((p) => saidSentences.add(p));
      return sentences(...fresh);
    })
    .filter(Boolean)
    .join(' ');
}

/**
 * Who reaches a supplier and whom it reaches, as sentences, less any pair an earlier named supplier's part already said
 * ("Klaviyo has access to Shopify" said once, then "Gorgias also has access to Shopify"); the pairs said are added to `told`.
 */
function whoReachesWhom(ctx: Ctx, s: Supplier, told: Set<string>): { others: Supplier[]; reaches: Supplier[]; reach: string[] } {
  const others = ctx.config.suppliers.filter((o) => s.accessBy.includes(o.id));
  const reaches = ctx.config.suppliers.filter((o) => o.accessBy.includes(s.id));
  const reach: string[] = [];
  const untoldOthers = others.filter((o) => !told.has(`${o.id}>${s.id}`));
  if (untoldOthers.length) reach.push(`${list(untoldOthers.map((o) => o.name))} ${untoldOthers.length < others.length ? 'also ' : ''}${untoldOthers.length === 1 ? 'has' : 'have'} access to ${s.name}.`);
  const untoldReaches = reaches.filter((o) => !told.has(`${s.id}>${o.id}`));
  if (untoldReaches.length) reach.push(`${s.name} ${untoldReaches.length < reaches.length ? 'also ' : ''}has access to ${list(untoldReaches.map((o) => o.name))}.`);
  others.forEach((o) => told.add(`${o.id}>${s.id}`));
  reaches.forEach((o) => told.add(`${s.id}>${o.id}`));
  return { others, reaches, reach };
}

/** The personal data the supplier holds or receives, and whose. */
export function dataText(ctx: Ctx, s: Supplier): string {
  const parts: string[] = [];
  if (s.sharedData) parts.push(`We pass ${s.name} ${lowerFirst(s.sharedData)}`);
  if (s.dataCategories.length) parts.push(`${s.sharedData ? 'In short' : `${s.name} holds`}: ${categoriesOf(s)}`);
  else if (!s.sharedData) parts.push(`The register does not list the personal data ${s.name} holds.`);
  if (s.dataSubjects.length) parts.push(`It is about ${list(s.dataSubjects)}.`);
  if (s.notes && /personal data|ip address|stored/i.test(s.notes)) parts.push(s.notes);
  return sentences(...parts);
}

/** A supplier's security facts: those the question asks about (2FA, encryption, …), else all. */
export function securityText(ctx: Ctx, s: Supplier, question: string): string {
  const sec = s.security;
  const q = question.toLowerCase();
  const facts: { aspect: string; text: string }[] = [];
  const add = (aspect: string, text: string | undefined) => text && facts.push({ aspect, text });
  add('encryption', sec.encryptionInTransit && `data is encrypted in transit (${sec.encryptionInTransit})`);
  add('encryption', sec.encryptionAtRest === undefined ? undefined : sec.encryptionAtRest ? 'it is encrypted at rest' : 'it is not encrypted at rest');
  if (sec.twoFactor && sec.twoFactor !== 'unknown') {
    add('2fa', { enforced: 'two-factor authentication is enforced', available: 'two-factor authentication is available (turn it on)', 'not-available': 'two-factor authentication is not available (marked not-available: it offers none)' }[sec.twoFactor]);
  }
  add('certification', sec.certifications.length ? `certifications: ${list(sec.certifications)}` : undefined);
  add('access', sec.supportAccess && lowerFirst(sec.supportAccess.replace(/\.$/, '')));
  add('uptime', sec.uptime && `uptime: ${sec.uptime}`);
  add('replication', sec.replication && lowerFirst(sec.replication.replace(/\.$/, '')));
  for (const m of sec.measures) add(/two-step|two-factor|2fa/i.test(m) ? '2fa' : /mask/i.test(m) ? 'mask' : 'measure', lowerFirst(m.replace(/\.$/, '')));

  const asked = new Set<string>();
  if (/2fa|two[- ]?(factor|step)|mfa|multi[- ]?factor/.test(q)) asked.add('2fa');
  if (/encrypt/.test(q)) asked.add('encryption');
  if (/soc ?2|certif(?!icates?\b)|^(?!.*\b(keep|keeps|kept|store|stored|retain|delete|destroy|how long|where)\b).*\bcertificates?\b|accredit|iso ?\d{4,5}|\bpci\b|cyber essentials|\bhipaa\b|audit/.test(q)) asked.add('certification');
  // "How reliable is it, does it go down much?": its uptime, in everyday words.
  if (/uptime|availability|down ?time|reliab(?:le|ility)|\b(?:go|goes|going|went) (?:down|offline) (?:much|often|a lot)\b|\boutages?\b/.test(q)) asked.add('uptime');
  if (/replicat|backup|back(ed|ing)? ?up|disaster|restor|recover|retriev|undelete|get (?:it|them|\w+) back/.test(q)) asked.add('replication');
  if (/mask|anonymi|pseudonymi/.test(q)) asked.add('mask');
  if (/support|(staff|employees|engineers|technicians) .*(see|read|access|look|get into|get in to|log into|log in to|go into)|see our/.test(q)) asked.add('access');
  const breachAsked = /breach|notif|hack/.test(q);
  const shown = asked.size ? facts.filter((f) => asked.has(f.aspect)) : breachAsked ? [] : facts;
  const breach = s.breachNotification ? `${shown.length ? 'On a breach' : `${s.name}, on a breach`}: ${s.breachNotification}` : `The register records no breach-notification promise from ${s.name}${breachAsked ? `; ask ${ctx.contact}` : ''}.`;
  const parts: string[] = [];
  // "Is the lab ISO 9001 accredited?": a scheme the supplier is not recorded with is said to be missing, before what it has.
  const scheme = CERTIFICATION_NAMES.exec(q)?.[0];
  const unheld = scheme && certificationsAsked([s], q).length === 0;
  if (unheld) parts.push(`The register does not record ${schemeName(scheme)} for ${s.name}.`);
  if (shown.length) parts.push(`${s.name}: ${shown.map((f) => f.text).join('; ')}.`);
  else if (unheld && asked.size === 1) parts.push(`It records no certification for ${s.name}.`);
  else if (asked.size) parts.push(`The register does not record that for ${s.name}${asked.has('2fa') && sec.twoFactor === 'unknown' ? ' (its two-factor support is marked unknown)' : ''}; ask ${ctx.contact}.`);
  else if (!breachAsked) parts.push(`The register records no security measures for ${s.name}.`);
  if (breachAsked || !asked.size) parts.push(breach);
  if (sec.url && (!shown.length || !asked.size)) parts.push(`See ${sec.url}.`);
  return parts.join(' ');
}

/** A certification scheme as written: acronyms in capitals ("PCI DSS", "ISO 9001"), names capitalised ("Cyber Essentials"). */
function schemeName(scheme: string): string {
  return scheme.replace(/[a-z]+/g, (w) => (/^(iso|soc|pci|dss|hipaa|csa)$/.test(w) ? w.toUpperCase() : w[0]!.toUpperCase() + w.slice(1)));
}

/** What we use the supplier (or suppliers) for. */
export function purposeText(ctx: Ctx, matches: SupplierMatch[]): string {
  const byPurpose = matches.filter((m) => m.kind === 'purpose' || m.kind === 'data');
  if (byPurpose.length === matches.length) {
    return `We use ${list(byPurpose.map((m) => m.supplier.name))}. ${byPurpose.map((m) => `${m.supplier.name}: ${m.supplier.purpose}`).join(' ')}`;
  }
  return matches.map(({ supplier: s }) => `We use ${s.name} for: ${lowerFirst(s.purpose)}`).join(' ');
}
