import { formatLongWhen, formatWhen, resolveFinding, type Engine, type TickReport } from '../attestations/index.ts';
import type { Directory } from '../attestations/directory.ts';
import type { Clock } from '../clock.ts';
import type { VigilConfig } from '../config/schema.ts';
import { ErrorCode, VigilError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { PolicyQa } from '../register/index.ts';
import { openFindings, type Db } from '../store/index.ts';
import { ChannelPort } from './chat-port.ts';
import type { ChatMetrics } from './conversation.ts';
import type { ChatPort } from './port.ts';
import { reloadWorkspace, type ReloadResult } from './reload.ts';
import { snapshotOf, type Snapshot } from './snapshot.ts';

/** What the use cases are built from: the store, the engine, the clock and a logger, and how to build the Q&A. */
export interface UseCaseDeps {
  db: Db;
  engine: Engine;
  clock: Clock;
  logger: Logger;
  /** The Q&A for the config in force: one built already (for the first snapshot), or how to build one per config. */
  qa?: PolicyQa | ((config: VigilConfig) => PolicyQa) | undefined;
  /** Counts answers and times questions, for the bot's /metrics. */
  metrics?: ChatMetrics | undefined;
}

/**
 * The use-case layer every entry point calls: the channels (through {@link chat}, one port each),
 * the bot's reload, the terminal chat's simulation. It holds the config in force as one immutable
 * {@link Snapshot}, swapped whole by a reload, so nobody reaches into the engine to read config.
 * The engine plans and ticks; the use cases read.
 */
export class UseCases {
  private current: Snapshot;
  /** Builds each snapshot's Q&A; a Q&A given already built is kept and rebuilt in place by a reload. */
  private readonly qaFor: (config: VigilConfig) => PolicyQa;
  private readonly givenQa: PolicyQa | undefined;
  private readonly deps: UseCaseDeps;

  constructor(deps: UseCaseDeps) {
    this.deps = deps;
    const given = deps.qa;
    this.givenQa = given instanceof PolicyQa ? given : undefined;
    this.qaFor = typeof given === 'function' ? given : this.givenQa ? () => this.givenQa! : (config) => new PolicyQa(config);
    this.current = snapshotOf(deps.engine.config, this.qaFor, deps.engine.directory);
  }

  /** The config in force, whole. */
  get snapshot(): Snapshot {
    return this.current;
  }

  /** The config in force (the dispatcher renders with it). */
  get config(): VigilConfig {
    return this.current.config;
  }

  /** Who is who in the config in force. */
  get directory(): Directory {
    return this.current.directory;
  }

  /** The port of one channel (`slack`, `teams`, `shell`): answers it records carry its name. */
  chat(channel: string): ChatPort {
    const { db, engine, clock, logger, metrics } = this.deps;
    return new ChannelPort({ db, engine, clock, logger, metrics, channel, snapshot: () => this.current });
  }

  /** Reloads the workspace file: a valid one replaces the snapshot whole (and the engine's plans); an invalid one changes nothing. */
  async reload(file: string): Promise<ReloadResult> {
    const { db, engine, clock, logger } = this.deps;
    const result = await reloadWorkspace({ file, db, engine, qa: this.givenQa, clock, logger });
    if (result.ok) this.current = snapshotOf(engine.config, this.qaFor, engine.directory);
    return result;
  }

  /** Runs the engine at the clock's time (the terminal chat's simulation; the bot's heartbeat ticks on its own). */
  tick(): Promise<TickReport> {
    return this.deps.engine.tick(this.deps.db, this.deps.clock.now());
  }

  /** When the engine next has something to do, up to `until`, or undefined. */
  nextWakeUp(until: Date): Promise<Date | undefined> {
    return this.deps.engine.nextWakeUp(this.deps.db, this.deps.clock.now(), until);
  }

  /** Resolves the open finding whose id starts with `prefix`, with a note of what was done; returns its id. */
  async resolveFinding(prefix: string, by: string, note: string): Promise<string> {
    const finding = (await openFindings(this.deps.db)).find((f) => f.id.startsWith(prefix));
    if (!finding) throw new VigilError(ErrorCode.NotFound, `no open finding starting "${prefix}"`);
    await resolveFinding(this.deps.db, this.deps.engine, finding.id, by, note, this.deps.clock.now());
    return finding.id;
  }

  /** "Mon 23 Nov, 09:00" in the person's timezone (the office's when none is given). */
  whenText(at: Date, personId?: string): string {
    return formatWhen(at, this.zoneOf(personId));
  }

  /** "Monday 23 November 2026, 09:00" in the office's timezone. */
  longWhenText(at: Date): string {
    return formatLongWhen(at, this.zoneOf());
  }

  /** A person's timezone, else the office's. */
  zoneOf(personId?: string): string {
    return personId ? this.current.directory.timezoneOf(personId) : this.current.config.organisation.timezone;
  }

  /** "Amy Hughes" or "#compliance" for an outbox recipient. */
  recipientName(recipient: { kind: 'person' | 'channel'; id: string }): string {
    if (recipient.kind === 'person') return this.current.directory.nameOf(recipient.id);
    return this.current.config.organisation.complianceChannel.slack ?? '#compliance';
  }
}
