import type { Command } from 'commander';
import type { PlannedEvent } from '../../attestations/preview.ts';
import { ErrorCode, VigilError } from '../../errors.ts';
import { isPostgresUrl } from '../../store/location.ts';
import type { Cli } from '../context.ts';

interface PreviewOptions {
  from?: string;
  to?: string;
  now?: string;
}

const DAY = 86_400_000;
const BARE_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `vigil preview --from … --to …`: who would be prompted, reminded and escalated to, and when,
 * if nobody answered. The engine itself ticks through the range on an in-memory copy of the
 * database (a SQLite file's image, or PostgreSQL's tables read in one transaction), so the plan
 * is the bot's own; the database is only read.
 */
export function registerPreview(program: Command, cli: Cli): void {
  program
    .command('preview')
    .description('list who would be prompted, reminded or escalated to, and when, if nobody answered (writes nothing)')
    .option('--from <when>', 'start of the listing: a date (the office\'s midnight) or an ISO 8601 instant (default now)')
    .option('--to <when>', 'end of the listing: a date (through its end) or an instant (default a week after --from)')
    .option('--now <iso>', 'the instant the plan starts from, e.g. on a simulated database (default now)')
    .action(async (local: PreviewOptions, command: Command) => {
      const options = cli.global(command);
      const location = cli.existingDb(options);
      const [{ loadConfigFile }, { Engine, previewPlan, PREVIEW_MAX_DAYS, formatWhen }, { zonedInstant }, { openSqliteSnapshot, copyIntoMemory, openStore, migrateToLatest, syncPeople }] = await Promise.all([
        import('../../config/index.ts'), import('../../attestations/index.ts'), import('../../attestations/zoned-time.ts'), import('../../store/index.ts'),
      ]);
      const config = loadConfigFile(cli.resolveConfig(options));
      const zone = config.organisation.timezone;
      const now = cli.instant(local.now, '--now');
      const when = (text: string | undefined, flag: string, end: boolean) =>
        text !== undefined && BARE_DATE.test(text) ? new Date(zonedInstant(cli.instant(text, flag).toISOString().slice(0, 10), '00:00', zone).getTime() + (end ? DAY : 0)) : text === undefined ? undefined : cli.instant(text, flag);
      const from = when(local.from, '--from', false) ?? now;
      const to = when(local.to, '--to', true) ?? new Date(from.getTime() + 7 * DAY);
      if (to <= from) throw new VigilError(ErrorCode.UsageError, '--to must be after --from');
      if (to.getTime() - Math.max(from.getTime(), now.getTime()) > PREVIEW_MAX_DAYS * DAY) throw new VigilError(ErrorCode.UsageError, `preview looks at most ${PREVIEW_MAX_DAYS} days ahead`);
      const db = isPostgresUrl(location) ? await readOnlyCopy(location, openStore, copyIntoMemory) : openSqliteSnapshot(location);
      try {
        await migrateToLatest(db);
        await syncPeople(db, config.people, now);
        const engine = new Engine(config);
        const events = await previewPlan(engine, db, { now, from: from > now ? from : now, to });
        const name = (id: string) => (id === 'compliance' ? 'the compliance channel' : engine.directory.nameOf(id));
        if (options.json) {
          cli.say(JSON.stringify({ from: from.toISOString(), to: to.toISOString(), startsAt: (from > now ? from : now).toISOString(), events }));
          return;
        }
        cli.say(`Preview ${formatWhen(from > now ? from : now, zone)} to ${formatWhen(to, zone)} (${zone}), if nobody answers; nothing is written.`);
        for (const e of events) cli.say(`${formatWhen(e.at, zone).padEnd(18)} ${describe(e, name)}`);
        const count = (kind: PlannedEvent['kind']) => events.filter((e) => e.kind === kind).length;
        cli.say(`${count('prompt')} prompts, ${count('reminder')} reminders, ${count('escalation')} escalations, ${count('missed')} missed.`);
      } finally {
        await db.destroy();
      }
    });
}

/** An in-memory copy of a PostgreSQL store, read in one transaction; the source connection is closed after. */
async function readOnlyCopy<Db extends { destroy(): Promise<void> }>(location: string, open: (location: string) => Db, copy: (source: Db) => Promise<Db>): Promise<Db> {
  const source = open(location);
  try {
    return await copy(source);
  } finally {
    await source.destroy();
  }
}

/** One planned event as a line: what, to whom, about whom. */
function describe(e: PlannedEvent, name: (id: string) => string): string {
  switch (e.kind) {
    case 'prompt':
      return `prompt      ${name(e.assigneeId)}: ${e.attestationId}`;
    case 'reminder':
      return `reminder ${e.step}  ${name(e.assigneeId)}: ${e.attestationId}`;
    case 'escalation':
      return `escalation ${e.step} to ${name(e.recipientId)}: ${name(e.assigneeId)} has not answered ${e.attestationId}`;
    default:
      return `missed      ${name(e.assigneeId)}: ${e.attestationId}`;
  }
}
