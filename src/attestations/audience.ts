import { createHash } from 'node:crypto';
import type { Attestation } from '../config/schema.ts';
import type { Directory } from './directory.ts';
import { checklistItemText } from './how-to.ts';

/** Who one prompt is about, and who answers it. */
export interface Subject {
  kind: 'person' | 'supplier';
  id: string;
  assigneeId: string;
  /** The question with `{supplier}` filled in. */
  question: string;
  /** Checklist items, for checklist answers. */
  checklist: string[] | null;
}

/** The subjects of one attestation, grouped by the timezone their schedule runs in. */
export interface AudienceGroup {
  timezone: string;
  subjects: Subject[];
  /** Changes when the group's membership changes. */
  hash: string;
}

/**
 * Works out an attestation's subjects from the config: the people it names or whose roles it
 * names, or each supplier (asked of its owner). A checklist over `suppliers-used` lists the
 * suppliers the assignee uses; someone who uses none has nothing to tick and is not asked.
 */
export function audienceOf(attestation: Attestation, directory: Directory): AudienceGroup[] {
  const { roles, people, suppliers } = attestation.audience;
  const subjects: Subject[] = [];
  const checklistFor = (assigneeId: string): string[] | null => {
    if (attestation.answer !== 'checklist') return null;
    if (attestation.checklist === 'suppliers-used') {
      return (directory.person(assigneeId)?.uses ?? []).map((id) => directory.supplier(id)?.name ?? id);
    }
    return (attestation.checklist ?? []).map(checklistItemText);
  };
  if (suppliers !== undefined) {
    const chosen = suppliers === 'all' ? directory.config.suppliers : directory.config.suppliers.filter((s) => suppliers.includes(s.id));
    for (const s of chosen) {
      if (!s.owner) continue;
      subjects.push({ kind: 'supplier', id: s.id, assigneeId: s.owner, question: attestation.question.replaceAll('{supplier}', s.name), checklist: checklistFor(s.owner) });
    }
  } else {
    for (const p of directory.allPeople()) {
      if (!(people?.includes(p.id) || roles?.some((r) => p.roles.includes(r)))) continue;
      subjects.push({ kind: 'person', id: p.id, assigneeId: p.id, question: attestation.question, checklist: checklistFor(p.id) });
    }
  }
  const asked = subjects.filter((s) => s.checklist === null || s.checklist.length > 0);

  const groups = new Map<string, Subject[]>();
  for (const subject of asked) {
    const zone =
      attestation.timezone === 'person' ? directory.timezoneOf(subject.assigneeId) : (attestation.timezone ?? directory.config.organisation.timezone);
    groups.set(zone, [...(groups.get(zone) ?? []), subject]);
  }
  return [...groups].map(([timezone, members]) => ({
    timezone,
    subjects: members,
    hash: createHash('sha256').update(JSON.stringify(members)).digest('hex').slice(0, 16),
  }));
}
