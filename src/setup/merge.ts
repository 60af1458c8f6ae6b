import { Document, isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { PersonDraft } from './people-import.ts';
import { withoutLegalSuffix, type SupplierDraft } from './suppliers-import.ts';
import { layOut } from './yaml-layout.ts';

/** One entry an import adds or changes, for the preview. */
export interface Change {
  kind: 'add' | 'update';
  id: string;
  name: string;
  /** For an update: the fields it changes ("retention", "security.url"). */
  fields: string[];
}

/** A supplier as written when it is new: the register's required fields filled with what says "not known yet". */
export function newSupplier(draft: SupplierDraft): SupplierDraft & { purpose: string; gdprStatement: NonNullable<SupplierDraft['gdprStatement']> } {
  return { ...draft, purpose: draft.purpose ?? 'to be described', gdprStatement: draft.gdprStatement ?? { status: 'missing' } };
}

type Entry = Record<string, unknown>;
interface Splice {
  start: number;
  end: number;
  text: string;
}

/**
 * Merges imported entries into a section of vigil.yaml's text. The Document API finds where each
 * entry and value is; only those characters change, so every comment, the order, the quoting and
 * the spacing of what is there stay as the firm wrote them (re-serialising the document would
 * re-space every flow list). A new entry is appended to the section; a known one (same id, or the
 * same email for people, name or alias for suppliers) gets only the fields the sheet gave, value
 * by value, and a person keeps the roles they had. `defaults` fill a new entry's missing fields.
 */
export function mergeSection(text: string, section: 'people' | 'suppliers', drafts: readonly (PersonDraft | SupplierDraft)[], defaults: Entry = {}): { text: string; changes: Change[] } {
  const doc = parseDocument(text);
  const seq = doc.get(section, true) as Node | undefined;
  const items = isSeq(seq) ? (seq.items as Node[]) : [];
  const splices: Splice[] = [];
  const changes: Change[] = [];
  const added: Entry[] = [];
  for (const draft of drafts as unknown as Entry[]) {
    const known = items.find((item) => isMap(item) && sameEntry(section, item.toJSON() as Entry, draft));
    if (!known) {
      const entry: Entry = { ...(section === 'suppliers' ? newSupplier(draft as unknown as SupplierDraft) : draft) };
      for (const [key, value] of Object.entries(defaults)) entry[key] ??= value;
      added.push(entry);
      changes.push({ kind: 'add', id: String(entry.id), name: String(entry.name), fields: [] });
      continue;
    }
    const fields = updateEntry(text, known as YAMLMap, draft, section, '', splices);
    if (fields.length) changes.push({ kind: 'update', id: String((known as YAMLMap).get('id')), name: String(draft.name), fields });
  }
  if (added.length) splices.push(appendEntries(text, doc, section, added));
  let out = text;
  for (const s of [...splices].sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return { text: out, changes };
}

function sameEntry(section: 'people' | 'suppliers', existing: Entry, draft: Entry): boolean {
  const lower = (v: unknown) => withoutLegalSuffix(String(v ?? '')).toLowerCase();
  if (existing.id === draft.id) return true;
  if (section === 'people') return lower(existing.email) === lower(draft.email);
  const names = [existing.name, ...((existing.aliases as unknown[]) ?? [])].map(lower);
  return names.includes(lower(draft.name));
}

/** Splices for each field the draft gives that differs, recursing into maps; the id stays. Returns the fields changed. */
function updateEntry(text: string, node: YAMLMap, draft: Entry, section: string, prefix: string, splices: Splice[]): string[] {
  const changed: string[] = [];
  for (const [key, value] of Object.entries(draft)) {
    if (key === 'id' && !prefix) continue;
    const current = node.get(key, true) as Node | undefined;
    const now = current?.toJSON();
    if (value && typeof value === 'object' && !Array.isArray(value) && isMap(current) && !current.flow) {
      changed.push(...updateEntry(text, current, value as Entry, section, `${prefix}${key}.`, splices));
      continue;
    }
    // A person keeps the roles they had: a sheet without a role column makes no one less.
    const wanted = section === 'people' && key === 'roles' && Array.isArray(now) ? [...new Set([...(now as unknown[]), ...(value as unknown[])])] : value;
    if (JSON.stringify(now) === JSON.stringify(wanted)) continue;
    changed.push(`${prefix}${key}`);
    if (!current?.range) splices.push(addPair(text, node, key, wanted));
    else if (isScalar(current) && !String(current.type).startsWith('BLOCK')) splices.push({ start: current.range[0], end: current.range[1], text: inline(wanted) });
    else {
      // A block list or map (or a block scalar) spans lines: the new value goes after the key's colon, in place of all of them.
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair<Node, Node>;
      splices.push({ start: text.indexOf(':', pair.key.range![1]) + 1, end: lineEnd(text, current.range[1]), text: ` ${inline(wanted)}` });
    }
  }
  return changed;
}

/** A value on one line: a scalar as YAML writes it, a list or map in flow style. */
function inline(value: unknown): string {
  // Text of several lines as one double-quoted line (a JSON string is one): a block scalar here would be indented from column 0.
  if (typeof value === 'string' && value.includes('\n')) return JSON.stringify(value);
  const doc = new Document(value);
  if (isSeq(doc.contents) || isMap(doc.contents)) (doc.contents as YAMLSeq | YAMLMap).flow = true;
  layOut(doc);
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd();
}

/** A new `key: value` line at the end of a block map, at the map's indentation. */
function addPair(text: string, node: YAMLMap, key: string, value: unknown): Splice {
  const last = node.items[node.items.length - 1] as Pair<Node, Node>;
  const indent = columnOf(text, (node.items[0]!.key as Node).range![0]);
  const at = lineEnd(text, (last.value ?? last.key)!.range![1]);
  return { start: at, end: at, text: `\n${' '.repeat(indent)}${key}: ${inline(value)}` };
}

/** The new entries as a block list, after the section's last entry (or in place of an empty or missing section). */
function appendEntries(text: string, doc: Document, section: string, entries: Entry[]): Splice {
  const block = new Document(entries);
  layOut(block);
  const lines = block.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd().split('\n');
  const seq = doc.get(section, true) as Node | undefined;
  const pair = (doc.contents as YAMLMap<Node, Node>).items.find((p) => isScalar(p.key) && p.key.value === section);
  if (isSeq(seq) && !seq.flow && seq.items.length > 0) {
    const dash = columnOf(text, (seq.items[0] as Node).range![0]) - 2;
    const at = lineEnd(text, (seq.items[seq.items.length - 1] as Node).range![1]);
    return { start: at, end: at, text: lines.map((l) => `\n${' '.repeat(dash)}${l}`).join('') };
  }
  const indented = lines.map((l) => `\n  ${l}`).join('');
  if (pair && seq?.range && isScalar(pair.key) && pair.key.range) {
    const colon = text.indexOf(':', pair.key.range[1]);
    return { start: colon + 1, end: seq.range[1], text: indented };
  }
  return { start: text.length, end: text.length, text: `${text.endsWith('\n') ? '' : '\n'}\n${section}:${indented}\n` };
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/**
 * Where the line ends that holds a node's last character: its range may run on over the line
 * break and the next line's indentation.
 */
function lineEnd(text: string, offset: number): number {
  let last = offset;
  while (last > 0 && /\s/.test(text[last - 1]!)) last--;
  const next = text.indexOf('\n', last);
  return next < 0 ? text.length : next;
}

/** The preview: one line per entry added or changed. */
export function describeChanges(section: string, changes: readonly Change[]): string[] {
  if (changes.length === 0) return [`  no ${section} to add or change`];
  return changes.map((c) => (c.kind === 'add' ? `  + ${c.id} (${c.name})` : `  ~ ${c.id} (${c.name}): ${c.fields.join(', ')}`));
}
