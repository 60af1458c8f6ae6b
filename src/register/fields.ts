import { describeDuration, parseDuration, sayDurationsIn } from '../config/duration.ts';
import type { Supplier, VigilConfig } from '../config/schema.ts';
import { placeName } from './regions.ts';

/** "a", "a and b", "a, b and c". */
export const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** A supplier's data categories for a sentence: a category's own closing full stop dropped. */
export function categoriesOf(s: Supplier): string {
  let text = categoryTexts.get(s.dataCategories);
  if (text === undefined) {
    text = list(s.dataCategories.map((c) => c.trim().replace(/\.$/, '')));
    categoryTexts.set(s.dataCategories, text);
  }
  return text;
}
/** categoriesOf's sentences by the list they were made from: a list of every holder writes each again otherwise. */
const categoryTexts = new WeakMap<readonly string[], string>();

/** A text as one sentence: trimmed, with exactly one closing mark ("birthday)." not "birthday).."). */
export function sentence(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  if (!t) return '';
  return /[.!?]["')\]]*$/.test(t) ? t : `${t}.`;
}

/** Sentences joined with single spaces, each closed once; empty parts left out. */
export function sentences(...parts: (string | undefined | false)[]): string {
  return parts.filter((p): p is string => Boolean(p && p.trim())).map(sentence).join(' ');
}

export function lowerFirst(text: string): string {
  return /^[A-Z][a-z ]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

export function statusWords(s: Supplier): string {
  return { 'on-file': 'on file', requested: 'requested', awaited: 'awaited', 'in-progress': 'in progress', missing: 'not on file' }[s.gdprStatement.status];
}

export function retentionWords(s: Supplier): string | undefined {
  if (!s.retention) return undefined;
  const d = parseDuration(s.retention);
  return d ? `up to ${describeDuration(d)}` : lowerFirst(sayDurationsIn(s.retention).replace(/\.$/, ''));
}

export function placesOf(s: Supplier): string {
  return list(s.locations.map(placeName));
}

/** A supplier's places said inside a list's brackets: a country's code in square brackets, not a bracket within a bracket ("ServiceM8 (Australia [AU] and the US)"). */
export function bracketedPlacesOf(s: Supplier): string {
  return placesOf(s).replace(/\(([A-Z]{2})\)/g, '[$1]');
}

const MECHANISMS: Record<NonNullable<Supplier['transfer']>['mechanism'], string> = {
  'uk-idta': 'the UK International Data Transfer Agreement (IDTA)',
  'uk-addendum': 'the UK Addendum to the EU standard contractual clauses',
  'eu-scc': 'the EU standard contractual clauses (SCCs)',
  adequacy: 'an adequacy decision',
  'none-needed': 'no safeguard, as none is needed',
};

/** The person who looks after a supplier, by name. */
export function ownerOf(config: VigilConfig, s: Supplier): string | undefined {
  if (!s.owner) return undefined;
  const person = config.people.find((p) => p.id === s.owner);
  return person ? person.name : s.owner;
}

export function ownerText(config: VigilConfig, s: Supplier, contact: string): string {
  const owner = ownerOf(config, s);
  return owner ? `${owner} looks after ${s.name}.` : `The register names nobody who looks after ${s.name}; ask ${contact}.`;
}

export function transferText(s: Supplier, contact: string): string {
  const where = s.locations.length ? `${s.name} stores data in ${placesOf(s)}.` : `The register does not say where ${s.name} stores data.`;
  if (!s.transfer) return `${where} The register records no transfer safeguard for ${s.name}; ask ${contact}.`;
  const covered = s.transfer.mechanism === 'none-needed' ? 'No transfer safeguard is needed' : `The transfer is covered by ${MECHANISMS[s.transfer.mechanism]}`;
  return sentences(where, covered, s.transfer.notes);
}

export function lawfulBasisText(s: Supplier, contact: string): string {
  const passed = s.sharedData ? `We pass ${s.name} ${lowerFirst(s.sharedData)}` : undefined;
  if (!s.lawfulBasis) return sentences(passed, `The register records no lawful basis for ${s.name}; ask ${contact}`);
  // Named, whatever alias the question used ("job alerts"), so the answer says whose basis it is.
  return sentences(passed, `${passed ? 'Lawful basis' : `Lawful basis for ${s.name}`}: ${s.lawfulBasis}`);
}

/**
 * Everything the register says about a supplier, for a question that names no one aspect;
 * `statementNote` says who attested its statement where the file is behind.
 */
export function summaryText(config: VigilConfig, s: Supplier, statementNote = ''): string {
  const sec = s.security;
  const security = [
    sec.encryptionInTransit && `encrypted in transit (${sec.encryptionInTransit})`,
    sec.encryptionAtRest !== undefined && (sec.encryptionAtRest ? 'encrypted at rest' : 'not encrypted at rest'),
    sec.twoFactor && sec.twoFactor !== 'unknown' && `two-factor ${sec.twoFactor.replace('-', ' ')}`,
    sec.certifications.length > 0 && list(sec.certifications),
  ].filter(Boolean) as string[];
  const owner = ownerOf(config, s);
  return sentences(
    `${s.name}: ${s.purpose}`,
    s.dataCategories.length > 0 && `Data: ${categoriesOf(s)}`,
    // What we pass a recipient is what it holds of ours, whether or not its categories say so.
    s.sharedData && `We pass it: ${lowerFirst(s.sharedData)}`,
    s.locations.length > 0 && `Stored in ${placesOf(s)}`,
    s.transfer && s.transfer.mechanism !== 'none-needed' && `Transfer safeguard: ${MECHANISMS[s.transfer.mechanism]}`,
    retentionWords(s) && `Retention: ${retentionWords(s)}`,
    // The basis and the supplier's own access are what staff most often ask after a summary.
    s.lawfulBasis && `Lawful basis: ${s.lawfulBasis}`,
    `GDPR statement: ${statusWords(s)}${statementNote}`,
    security.length > 0 && `Security: ${security.join(', ')}`,
    sec.supportAccess && `Their staff's access: ${lowerFirst(sec.supportAccess)}`,
    ...sec.measures,
    owner && `Looked after by ${owner}`,
    s.notes,
  );
}

const ROLE_WORDS: Record<Supplier['role'], string> = {
  processor: 'a processor: it handles personal data for us, on our instructions',
  'joint-controller': 'a joint controller: it decides with us how and why the data is used',
  // A recipient using the data for its own purposes is a controller in its own right (UK GDPR art. 4(7)): staff asking "processor or controller?" hear which.
  recipient: 'a recipient, not our processor: we pass it personal data, which it uses for its own purposes as a controller in its own right',
};

/**
 * The supplier's GDPR role towards the firm, in words; where the register's own value is spelt otherwise ("joint-controller"),
 * that too, as an auditor would check it.
 */
export function roleText(s: Supplier): string {
  const recorded = ROLE_WORDS[s.role].startsWith(`a ${s.role}`) ? '' : ` (recorded as ${s.role})`;
  return `${s.name} is ${ROLE_WORDS[s.role]}${recorded}.`;
}
