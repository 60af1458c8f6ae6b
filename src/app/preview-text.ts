import { Engine, formatWhen, previewPlan, type PlannedEvent } from '../attestations/index.ts';
import { copyIntoMemory, type Db } from '../store/index.ts';
import type { Snapshot } from './snapshot.ts';

/** How far ahead `preview` in chat looks. */
const PREVIEW_DAYS = 7;
/** How many lines it shows before pointing to `vigil preview` for the rest. */
const PREVIEW_CAP = 20;

/**
 * `preview` in chat, for managers (their own and their reports' reminders and escalations) and
 * compliance (everyone's): what the engine would do in the next week if nobody answered. The
 * plan is the engine's own, as `vigil preview` makes it: ticks on an in-memory copy of the store,
 * so nothing is written. Prompts themselves are left out: they are not what anyone is wary of.
 */
export async function previewText(db: Db, snapshot: Snapshot, viewer: string, now: Date): Promise<string> {
  const { directory, config } = snapshot;
  const everyone = directory.isCompliance(viewer);
  const team = new Set([viewer, ...directory.reportsOf(viewer)]);
  if (!everyone && team.size === 1) return 'Sorry: preview is for managers and compliance: it shows who would be reminded or escalated to, and when.';
  const to = new Date(now.getTime() + PREVIEW_DAYS * 86_400_000);
  const copy = await copyIntoMemory(db);
  let events: PlannedEvent[];
  try {
    events = await previewPlan(new Engine(config), copy, { now, from: now, to });
  } finally {
    await copy.destroy();
  }
  const zone = directory.timezoneOf(viewer);
  const mine = events.filter((e) => e.kind !== 'prompt' && (everyone || team.has(e.assigneeId) || e.recipientId === viewer));
  const name = (id: string) => (id === 'compliance' ? 'the compliance channel' : directory.nameOf(id));
  const question = (e: PlannedEvent) => config.attestations.find((a) => a.id === e.attestationId)?.question ?? e.attestationId;
  const line = (e: PlannedEvent) => {
    const reminded = e.recipientId === e.assigneeId ? name(e.assigneeId) : `${name(e.recipientId)} (covering for ${name(e.assigneeId)})`;
    const what = e.kind === 'reminder' ? `${reminded} is reminded` : e.kind === 'escalation' ? `${name(e.recipientId)} is told ${name(e.assigneeId)} has not answered` : `${name(e.assigneeId)} misses`;
    return `  ${formatWhen(e.at, zone)}: ${what} "${question(e)}"`;
  };
  const whose = everyone ? 'everyone' : `you and your ${team.size - 1 === 1 ? 'report' : 'reports'}`;
  const head = `If nobody answers, in the next ${PREVIEW_DAYS} days (${whose}; nothing is sent or written):`;
  if (mine.length === 0) return `${head}\n  no reminders, escalations or missed checks.`;
  const lines = mine.slice(0, PREVIEW_CAP).map(line);
  if (mine.length > PREVIEW_CAP) lines.push(`  and ${mine.length - PREVIEW_CAP} more: \`vigil preview\` lists them all`);
  const count = (kind: PlannedEvent['kind']) => mine.filter((e) => e.kind === kind).length;
  return [head, ...lines, `${count('reminder')} reminders, ${count('escalation')} escalations, ${count('missed')} missed.`].join('\n');
}
