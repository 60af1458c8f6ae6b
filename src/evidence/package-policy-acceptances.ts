import { policyStatus, type Directory } from '../attestations/index.ts';
import { versionLabel } from '../config/policy-documents.ts';
import { policyAsks, type Db } from '../store/index.ts';
import { csvCell } from './csv.ts';

const line = (cells: (string | number | boolean | null)[]) => cells.map(csvCell).join(',') + '\r\n';

/**
 * The audit package's policy acceptances: every time someone was asked to accept a version of a
 * policy up to the period's end, and whether, when and through which channel they did (the Yes
 * to that prompt, itself sealed evidence); and, per policy's current version, who in its audience
 * has not accepted it (as the package is made) and since when they were asked.
 */
export async function policyAcceptanceFiles(db: Db, directory: Directory, to: Date): Promise<[path: string, text: string][]> {
  const asks = (await policyAsks(db)).filter((a) => a.askedAt < to);
  if (asks.length === 0 && !directory.config.attestations.some((a) => a.answer === 'acknowledge')) return [];
  let acceptances = line(['policy', 'version', 'person', 'name', 'asked_at', 'closes_at', 'status', 'accepted_at', 'accepted_by', 'channel', 'late', 'prompt_id']);
  for (const a of asks) {
    const accepted = a.accepted && a.accepted.at < to ? a.accepted : undefined;
    acceptances += line([
      a.policyId, a.version, a.personId, directory.nameOf(a.personId), a.askedAt.toISOString(), a.closesAt.toISOString(), accepted ? 'accepted' : a.status,
      accepted?.at.toISOString() ?? null, accepted?.by ?? null, accepted?.channel ?? null, accepted?.late ?? null, a.promptId,
    ]);
  }
  let pending = line(['policy', 'current_version', 'person', 'name', 'asked_since', 'last_accepted_version', 'last_accepted_at']);
  for (const p of await policyStatus(db, directory, undefined)) {
    for (const who of p.pending) {
      pending += line([p.id, versionLabel(p.version), who.id, who.name, who.since?.toISOString() ?? null, who.lastAccepted?.label ?? null, who.lastAccepted?.at.toISOString() ?? null]);
    }
  }
  return [['policies/acceptances.csv', acceptances], ['policies/not-accepted.csv', pending]];
}
