import { policyStatus, type Directory, type PolicyStatus } from '../attestations/index.ts';
import { versionLabel } from '../config/policy-documents.ts';
import { policyAsks, type Db, type PolicyAsk } from '../store/index.ts';
import { csvCell } from './csv.ts';

const line = (cells: (string | number | boolean | null)[]) => cells.map(csvCell).join(',') + '\r\n';

/**
 * Policy acceptances as evidence: every time someone was asked to accept a version of a policy
 * up to the period's end, and whether, when and through which channel they did (the Yes to that
 * prompt, itself sealed evidence); and, per policy's current version, who in its audience has not
 * accepted it (as the evidence is made) and since when they were asked.
 */
async function acceptances(db: Db, directory: Directory, to: Date): Promise<{ asks: PolicyAsk[]; current: PolicyStatus[] } | undefined> {
  const asks = (await policyAsks(db)).filter((a) => a.askedAt < to).map((a) => (a.accepted && a.accepted.at >= to ? { ...a, accepted: undefined } : a));
  if (asks.length === 0 && !directory.config.attestations.some((a) => a.answer === 'acknowledge')) return undefined;
  return { asks, current: await policyStatus(db, directory, undefined) };
}

/** The audit package's files: policies/acceptances.csv and policies/not-accepted.csv (none when no policy is accepted in chat). */
export async function policyAcceptanceFiles(db: Db, directory: Directory, to: Date): Promise<[path: string, text: string][]> {
  const found = await acceptances(db, directory, to);
  if (!found) return [];
  let asked = line(['policy', 'version', 'person', 'name', 'asked_at', 'closes_at', 'status', 'accepted_at', 'accepted_by', 'channel', 'late', 'prompt_id']);
  for (const a of found.asks) {
    asked += line([
      a.policyId, a.version, a.personId, directory.nameOf(a.personId), a.askedAt.toISOString(), a.closesAt.toISOString(), a.accepted ? 'accepted' : a.status,
      a.accepted?.at.toISOString() ?? null, a.accepted?.by ?? null, a.accepted?.channel ?? null, a.accepted?.late ?? null, a.promptId,
    ]);
  }
  let pending = line(['policy', 'current_version', 'person', 'name', 'asked_since', 'last_accepted_version', 'last_accepted_at']);
  for (const p of found.current) {
    for (const who of p.pending) {
      pending += line([p.id, versionLabel(p.version), who.id, who.name, who.since?.toISOString() ?? null, who.lastAccepted?.label ?? null, who.lastAccepted?.at.toISOString() ?? null]);
    }
  }
  return [['policies/acceptances.csv', asked], ['policies/not-accepted.csv', pending]];
}

/** The same for the JSON export: each ask with its acceptance, and each policy's current version with who has not accepted it. */
export async function policyAcceptancesJson(db: Db, directory: Directory, to: Date): Promise<object[]> {
  const found = await acceptances(db, directory, to);
  if (!found) return [];
  return found.current.map((p) => ({
    policy: p.id, title: p.title, currentVersion: p.version, audience: p.audience, acceptedCurrent: p.accepted,
    notAccepted: p.pending.map((w) => ({ person: w.id, name: w.name, askedSince: w.since?.toISOString() ?? null, lastAccepted: w.lastAccepted ? { version: w.lastAccepted.version, at: w.lastAccepted.at.toISOString() } : null })),
    asks: found.asks.filter((a) => a.policyId === p.id).map((a) => ({
      version: a.version, person: a.personId, askedAt: a.askedAt.toISOString(), status: a.accepted ? 'accepted' : a.status, prompt: a.promptId,
      accepted: a.accepted ? { at: a.accepted.at.toISOString(), by: a.accepted.by, channel: a.accepted.channel, late: a.accepted.late } : null,
    })),
  }));
}
