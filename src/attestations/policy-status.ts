import { versionLabel } from '../config/policy-documents.ts';
import { policyAsks, type Db } from '../store/index.ts';
import { audienceOf } from './audience.ts';
import type { Directory } from './directory.ts';
import { acknowledged, standings } from './policies.ts';
import { formatDay } from './render.ts';

/** One policy staff accept, in status: its current version, who has accepted it, who has not and since when. */
export interface PolicyStatus {
  id: string;
  title: string;
  version: string;
  /** "v3", or "version 1a2b…" for a hashed one. */
  label: string;
  /** People in scope asked to accept it. */
  audience: number;
  accepted: number;
  /** Those who have not accepted the current version (at its latest ask), with since when they were asked and their last acceptance. */
  pending: { id: string; name: string; since?: Date; lastAccepted?: { version: string; label: string; at: Date } }[];
}

/** Acceptance of each policy that an acknowledge attestation asks about, for the people in `scope` (everyone when undefined). */
export async function policyStatus(db: Db, directory: Directory, scope: readonly string[] | undefined): Promise<PolicyStatus[]> {
  const config = directory.config;
  const audiences = new Map<string, { title: string; version: string; people: Set<string> }>();
  for (const attestation of config.attestations) {
    const asked = acknowledged(attestation, config);
    if (!asked) continue;
    let entry = audiences.get(asked.policy.id);
    if (!entry) audiences.set(asked.policy.id, (entry = { title: asked.policy.title, version: asked.version, people: new Set() }));
    for (const subject of audienceOf(attestation, directory).flatMap((g) => g.subjects)) {
      if (subject.kind === 'person' && (!scope || scope.includes(subject.assigneeId))) entry.people.add(subject.assigneeId);
    }
  }
  if (audiences.size === 0) return [];
  const asks = await policyAsks(db, [...audiences.keys()]);
  return [...audiences].map(([id, { title, version, people }]) => {
    const rows = standings(asks.filter((a) => a.policyId === id), version, [...people]);
    const pending = rows.filter((r) => !r.acceptedAt).map((r) => ({
      id: r.personId, name: directory.nameOf(r.personId),
      ...(r.pendingSince ? { since: r.pendingSince } : {}),
      ...(r.lastAccepted ? { lastAccepted: { ...r.lastAccepted, label: versionLabel(r.lastAccepted.version) } } : {}),
    })).sort((a, b) => (a.since?.getTime() ?? Infinity) - (b.since?.getTime() ?? Infinity) || a.name.localeCompare(b.name));
    return { id, title, version, label: versionLabel(version), audience: people.size, accepted: rows.length - pending.length, pending };
  });
}

/** Status lines for policies: "Backups v3: 2/4 accepted; not yet: Cat Jones (asked Mon 23 Nov; accepted v2 on …)". */
export function policyStatusLines(policies: readonly PolicyStatus[], timezone: string): string[] {
  if (policies.length === 0) return [];
  const lines = ['', 'Policies accepted (current version):'];
  for (const p of policies) {
    lines.push(`  ${p.title} ${p.label}: ${p.accepted}/${p.audience} accepted`);
    for (const who of p.pending) {
      const since = who.since ? `asked ${formatDay(who.since, timezone)}, not accepted since` : 'not asked yet';
      const before = who.lastAccepted ? `; last accepted ${who.lastAccepted.label} on ${formatDay(who.lastAccepted.at, timezone)}` : '';
      lines.push(`    not yet: ${who.name} (${since}${before})`);
    }
  }
  return lines;
}
