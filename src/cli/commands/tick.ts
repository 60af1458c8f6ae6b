import type { Command } from 'commander';
import type { TickReport } from '../../attestations/index.ts';
import type { Cli } from '../context.ts';

/** `vigil tick`: one engine tick, and what it did. */
export function registerTick(program: Command, cli: Cli): void {
  program
    .command('tick')
    .description('run one engine tick and print what it did')
    .option('--now <iso>', 'the instant to tick at (default now)')
    .action(async (local: { now?: string }, command: Command) => {
      const options = cli.global(command);
      const now = cli.instant(local.now, '--now');
      await cli.withWorkspace(options, cli.resolveDb(options), async ({ engine, db, config }) => {
        const report = await engine.tick(db, now);
        const { formatWhen } = await import('../../attestations/index.ts');
        cli.say(options.json ? JSON.stringify(report) : describeTick(report, config.organisation.timezone, formatWhen));
      });
    });
}

/** A tick report as text: a summary line, then one line per thing done. */
function describeTick(r: TickReport, zone: string, formatWhen: (at: Date, zone: string) => string): string {
  const lines = [
    `tick at ${r.at.toISOString()} (${formatWhen(r.at, zone)}): ${r.issued.length} issued, ${r.reminders.length} reminders, ${r.escalations.length} escalations, ${r.missed.length} missed, ${r.recordedMissed.length} recorded missed during downtime${r.excused.length ? `, ${r.excused.length} excused (away)` : ''}`,
  ];
  for (const i of r.issued) lines.push(`  issued ${i.attestationId} to ${i.coveredBy ? `${i.coveredBy} (covering for ${i.assigneeId})` : i.assigneeId}${i.subjectId !== i.assigneeId ? ` (about ${i.subjectId})` : ''}`);
  for (const m of r.reminders) lines.push(`  reminder ${m.step} to ${m.coveredBy ? `${m.coveredBy} (covering for ${m.assigneeId})` : m.assigneeId}`);
  for (const e of r.escalations) lines.push(`  escalation ${e.step} to ${e.to === 'manager' ? e.recipientId : 'the compliance channel'}`);
  for (const m of r.missed) lines.push(`  missed ${m.attestationId} by ${m.assigneeId}`);
  for (const m of r.excused) lines.push(`  excused ${m.attestationId} for ${m.assigneeId} (away: ${m.absenceId})`);
  for (const m of r.recordedMissed) lines.push(`  recorded missed ${m.attestationId} for ${m.subjectId} (${m.occurrence.toISOString()})`);
  return lines.join('\n');
}
