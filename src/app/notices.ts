import type { Directory } from '../attestations/directory.ts';
import type { OutboxPayload } from '../attestations/render.ts';
import type { NewOutboxMessage } from '../store/index.ts';

const PLATFORM_NAMES: Record<string, string> = { slack: 'Slack', teams: 'Teams' };

/**
 * The notice that someone cannot be reached on `platform`, to their manager (or, with no manager,
 * the compliance channel). Its key is one per person and platform, so whoever notices first (a
 * failed send, an uninstall) tells them, once.
 */
export function unreachableNotice(directory: Directory, personId: string, platform: string, reason: string): NewOutboxMessage {
  const manager = directory.managerOf(personId);
  const payload: OutboxPayload = {
    kind: 'escalation',
    message: { kind: 'text', text: `Vigil cannot reach ${directory.nameOf(personId)} in ${PLATFORM_NAMES[platform] ?? 'chat'}: ${reason}. Their prompts are waiting; please help them get set up.` },
  };
  return { dedupeKey: `unreachable:${platform}:${personId}`, recipient: manager ? { kind: 'person', id: manager } : { kind: 'channel', id: 'compliance' }, promptId: null, payload };
}
