import { readFileSync, writeFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { parseConfig } from '../config/index.ts';
import { describeChanges, mergeSection, type Change } from './merge.ts';
import { peopleFromTable, type ImportReport, type PersonDraft } from './people-import.ts';
import { suppliersFromTable } from './suppliers-import.ts';
import { readTable, type Table } from './tables.ts';

export type ImportKind = 'people' | 'suppliers';

/** An import worked out but not written: the new text (checked like any config), what changes, what the sheet said. */
export interface ImportPlan {
  kind: ImportKind;
  text: string;
  changes: Change[];
  report: ImportReport<unknown>;
  /** Who new suppliers are asked of when the sheet names no owner. */
  defaultOwner?: string;
}

/** Reads the sheet and merges it into the text of vigil.yaml; throws a ConfigError if the result would not load. */
export async function planImport(kind: ImportKind, configFile: string, source: string | Table, options: { keepNames?: boolean } = {}): Promise<ImportPlan> {
  const text = readFileSync(configFile, 'utf8');
  // The file as it is (parsed without checking, so a half-written one can still be added to).
  const current = (parseDocument(text).toJS() ?? {}) as { people?: PersonDraft[]; suppliers?: { id: string; owner?: string }[] };
  const people = current.people ?? [];
  const table = typeof source === 'string' ? await readTable(source) : source;
  if (kind === 'people') {
    const report = peopleFromTable(table, people);
    // A platform's display names ("Ann") do not replace the names the firm wrote ("Ann Lee").
    const known = (email: string) => people.find((p) => p.email?.toLowerCase() === email);
    const entries = options.keepNames ? report.entries.map((e) => ({ ...e, name: known(e.email)?.name ?? e.name })) : report.entries;
    const merged = mergeSection(text, 'people', entries);
    parseConfig(merged.text, configFile);
    return { kind, text: merged.text, changes: merged.changes, report };
  }
  const report = suppliersFromTable(table, people, current.suppliers ?? []);
  // Per-supplier questions need an owner: the first compliance person until the firm names another.
  const defaultOwner = people.find((p) => p.roles?.includes('compliance'))?.id;
  const merged = mergeSection(text, 'suppliers', report.entries, defaultOwner ? { owner: defaultOwner } : {});
  parseConfig(merged.text, configFile);
  return { kind, text: merged.text, changes: merged.changes, report, ...(defaultOwner ? { defaultOwner } : {}) };
}

/** The preview's lines. */
export function previewLines(plan: ImportPlan): string[] {
  const lines = describeChanges(plan.kind, plan.changes);
  const added = plan.changes.filter((c) => c.kind === 'add').length;
  if (plan.kind === 'suppliers' && plan.defaultOwner && added) lines.push(`  new suppliers with no owner in the sheet are asked of ${plan.defaultOwner} (set owner: to change)`);
  return lines;
}

export function writeImport(configFile: string, plan: ImportPlan): void {
  writeFileSync(configFile, plan.text);
}
