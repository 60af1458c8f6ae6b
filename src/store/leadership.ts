import { sql, type Kysely } from 'kysely';
import { createRequire } from 'node:module';
import type pg from 'pg';
import { ErrorCode, VigilError } from '../errors.ts';
import { isPostgres, postgresUrlOf } from './database.ts';
import type { Database } from './tables.ts';

// pg is loaded when a PostgreSQL leader lock is first taken, never for a SQLite workspace.
const requireModule = createRequire(import.meta.url);

/**
 * Which of several instances sharing one store runs the engine's ticks and the dispatcher.
 * Every instance serves Slack and Teams; only the leader does the timed work.
 */
export interface Leadership {
  /**
   * Tries to become the leader, or checks that this instance still is: resolves to whether it
   * leads now. Called on every heartbeat; never throws (a lost connection means "not leader").
   */
  check(): Promise<boolean>;
  /** Whether this instance leads, as far as it knows this instant (a lost lock connection clears it at once). */
  readonly isLeader: boolean;
  /**
   * The leadership epoch: a number that grows each time any instance becomes the leader, so
   * work claimed under an older epoch can be told apart (a fencing token). Undefined while not leading.
   */
  readonly epoch: number | undefined;
  /** Gives leadership up (another instance takes over at its next check). */
  release(): Promise<void>;
}

/** Options for {@link createLeadership}. */
export interface LeadershipOptions {
  /**
   * How long the leader may go silent before the database takes its lock away (PostgreSQL):
   * a paused process (a frozen VM or container, SIGSTOP) must not hold leadership forever while
   * its connection stays open. The leader pings its lock connection three times in this span.
   * Default 30 s.
   */
  silentLimitMs?: number;
  /** Called the moment this instance stops leading without releasing (its lock connection ended). */
  onLost?: () => void;
}

/**
 * How long an instance that beats every `heartbeatMs` may go silent before it is taken for
 * stalled: three heartbeats, and never under a second. A leader silent this long loses its lock;
 * a connection of any instance silent this long inside a transaction is ended by the server.
 */
export function silentLimitMs(heartbeatMs: number): number {
  return Math.max(3 * heartbeatMs, 1_000);
}

/** The engine_state key holding the current leadership epoch. */
const EPOCH_KEY = 'leader_epoch';

/** Starts a new leadership epoch and returns it (one statement, on either database). */
async function nextEpoch(run: (query: string) => Promise<string | undefined>): Promise<number> {
  const value = await run(`insert into engine_state (key, value) values ('${EPOCH_KEY}', '1')
    on conflict (key) do update set value = cast(cast(engine_state.value as integer) + 1 as text) returning value`);
  const epoch = Number(value);
  if (!Number.isInteger(epoch)) throw new VigilError(ErrorCode.StoreError, 'could not start a leadership epoch');
  return epoch;
}

/**
 * Leadership for `db`. On PostgreSQL it is a session advisory lock held on a connection of its
 * own: the server drops the lock the moment that connection ends, so when a leader dies (even by
 * kill -9) the next instance to check takes over; a leader that goes silent for longer than
 * `silentLimitMs` has its session ended by the server (`idle_session_timeout`) and so loses the
 * lock too. The lock's key is made from the schema, so firms kept in separate schemas of one
 * database each have a leader. On SQLite, a single machine's file, every instance leads: the
 * write lock and the fenced outbox claims keep them apart.
 */
export function createLeadership(db: Kysely<Database>, options: LeadershipOptions = {}): Leadership {
  if (!isPostgres(db)) return sqliteLeadership(db);
  const url = postgresUrlOf(db);
  if (!url) throw new VigilError(ErrorCode.UsageError, 'leadership needs a store opened by openPostgres');
  const silentLimitMs = options.silentLimitMs ?? 30_000;
  let client: pg.Client | undefined;
  let leading = false;
  let epoch: number | undefined;
  let pinger: NodeJS.Timeout | undefined;
  const drop = async (lost: boolean) => {
    const old = client;
    const was = leading;
    client = undefined;
    leading = false;
    epoch = undefined;
    clearInterval(pinger);
    if (lost && was) options.onLost?.();
    await old?.end().catch(() => undefined);
  };
  const acquire = async (lockClient: pg.Client) => {
    const result = await lockClient.query<{ ok: boolean }>(`select pg_try_advisory_lock(hashtext(current_schema() || ':vigil-leader')) as ok`);
    if (result.rows[0]?.ok !== true) return;
    // The server ends a session that stays idle this long: a frozen leader loses its lock.
    await lockClient.query(`set idle_session_timeout = ${Math.ceil(silentLimitMs)}`).catch(() => undefined);
    epoch = await nextEpoch(async (query) => (await lockClient.query<{ value: string }>(query)).rows[0]?.value);
    leading = true;
    pinger = setInterval(() => void lockClient.query('select 1').catch(() => drop(true)), Math.max(50, Math.floor(silentLimitMs / 3)));
    pinger.unref();
  };
  return {
    get isLeader() {
      return leading;
    },
    get epoch() {
      return epoch;
    },
    async check() {
      try {
        if (!client) {
          const fresh = new (requireModule('pg') as typeof pg).Client({ connectionString: url, keepAlive: true });
          // A terminated connection (the lock gone with it) is noticed the moment the client sees
          // it, not at the next check; the error must not go unhandled.
          fresh.on('error', () => void drop(true));
          fresh.on('end', () => {
            if (client === fresh) void drop(true);
          });
          await fresh.connect();
          client = fresh;
        }
        if (leading) await client.query('select 1');
        else await acquire(client);
      } catch {
        await drop(true);
      }
      return leading;
    },
    release: () => drop(false),
  };
}

/** SQLite: one machine's file; each instance leads from its first check, under an epoch of its own. */
function sqliteLeadership(db: Kysely<Database>): Leadership {
  let epoch: number | undefined;
  let starting: Promise<number> | undefined;
  return {
    get isLeader() {
      return epoch !== undefined;
    },
    get epoch() {
      return epoch;
    },
    async check() {
      starting ??= nextEpoch(async (query) => (await sql<{ value: string }>`${sql.raw(query)}`.execute(db)).rows[0]?.value);
      try {
        epoch ??= await starting;
      } catch {
        starting = undefined;
      }
      return epoch !== undefined;
    },
    release: async () => {
      epoch = undefined;
      starting = undefined;
    },
  };
}
