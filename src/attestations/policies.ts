import type { Attestation, Policy, VigilConfig } from '../config/schema.ts';
import { policyDocument, policyVersion, versionLabel } from '../config/policy-documents.ts';
import { INSTRUCTIONS_LIMIT } from '../config/schema.ts';
import { getState, policyAsks, setState, type Db, type PolicyAsk } from '../store/index.ts';
import type { AudienceGroup, Subject } from './audience.ts';

/**
 * Policies staff read and accept, in chat. An `acknowledge` attestation asks its audience to
 * accept its policy's current version: on its schedule (e.g. yearly), on joining, and whenever
 * the version in force or the audience is one the engine has not seen for it (a new or
 * first-seen policy version, someone added), when everyone in the audience who has not accepted
 * that version, and is not being asked for it, is asked at once.
 * A wording fix under a stated version is the same version: nobody is asked. Each acceptance is
 * the Yes to a prompt that records the policy and version it asked about.
 */

/** The policy an acknowledgement asks about, and its version now. */
export function acknowledged(attestation: Attestation, config: VigilConfig): { policy: Policy; version: string } | undefined {
  if (attestation.answer !== 'acknowledge' || attestation.policy === undefined) return undefined;
  const policy = config.policies.find((p) => p.id === attestation.policy);
  return policy ? { policy, version: policyVersion(policy) } : undefined;
}

const SEEN = (attestationId: string) => `policy.version_seen.${attestationId}`;

/**
 * The people to ask now because the policy's version, or the audience, is new to this
 * attestation (a new version; someone added to the audience; someone back from an absence):
 * each subject who has neither accepted that version nor an open prompt for it, and is not away
 * now. Accepting a policy is the reader's own word, so nobody covers it: someone away is asked
 * once back rather than excused for good. Records the version, audience and who is away as seen.
 */
export async function newVersionAsks(db: Db, attestation: Attestation, groups: readonly AudienceGroup[], config: VigilConfig, isAway: (personId: string) => boolean): Promise<Subject[]> {
  const asked = acknowledged(attestation, config);
  if (!asked) return [];
  const subjects = groups.flatMap((g) => g.subjects).filter((s) => s.kind === 'person');
  const away = subjects.filter((s) => isAway(s.assigneeId)).map((s) => s.assigneeId).sort();
  // Without anyone away the seen mark is as it was before absences, so an upgrade asks nobody.
  const seen = `${asked.version}|${groups.map((g) => g.hash).sort().join(',')}${away.length ? `|away:${away.join(',')}` : ''}`;
  if ((await getState(db, SEEN(attestation.id))) === seen) return [];
  await setState(db, SEEN(attestation.id), seen);
  const settled = new Set(
    (await policyAsks(db, [asked.policy.id]))
      .filter((a) => a.version === asked.version && (a.accepted || a.status === 'open'))
      .map((a) => a.personId),
  );
  const awayNow = new Set(away);
  return subjects.filter((s) => !settled.has(s.assigneeId) && !awayNow.has(s.assigneeId));
}

/** The question with `{policy}` and `{version}` filled in ("Backups", "v3: daily, not weekly"). */
export function acknowledgementQuestion(question: string, policy: Policy, version: string): string {
  const said = `${versionLabel(version)}${policy.changes ? `: ${policy.changes}` : ''}`;
  return question.replaceAll('{policy}', policy.title).replaceAll('{version}', said);
}

/** The start of a policy document, to show under the question: whole when short, else cut at a paragraph with a pointer to the rest. */
export function policyExcerpt(policy: Policy, limit = INSTRUCTIONS_LIMIT): string {
  const text = policyDocument(policy).trim();
  if (text.length <= limit) return text;
  const more = policy.link ? '… (the rest at the link below)' : '… (ask the compliance lead for the full document)';
  const room = limit - more.length;
  const cut = text.lastIndexOf('\n\n', room);
  return text.slice(0, cut > room / 2 ? cut : room).trimEnd() + more;
}

/** Where one person stands on one policy's current version. */
export interface PolicyStanding {
  personId: string;
  /** When they accepted the current version at its latest ask. */
  acceptedAt?: Date;
  /** Not accepted at the latest ask of the current version: asked since then. */
  pendingSince?: Date;
  /** The last acceptance they gave (of any version), when the latest ask is not accepted. */
  lastAccepted?: { version: string; at: Date };
}

/**
 * Each audience member's standing on the current version, from every ask of this policy (oldest
 * first): the latest ask of the current version decides, so a yearly ask not yet accepted is
 * pending even though last year's acceptance stands on record.
 */
export function standings(asks: readonly PolicyAsk[], version: string, people: readonly string[]): PolicyStanding[] {
  return people.map((personId) => {
    const mine = asks.filter((a) => a.personId === personId);
    const latest = mine.filter((a) => a.version === version).at(-1);
    if (latest?.accepted) return { personId, acceptedAt: latest.accepted.at };
    const earlier = mine.filter((a) => a.accepted).at(-1);
    return {
      personId,
      ...(latest ? { pendingSince: latest.askedAt } : {}),
      ...(earlier ? { lastAccepted: { version: earlier.version, at: earlier.accepted!.at } } : {}),
    };
  });
}
