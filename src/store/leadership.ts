import type { Kysely } from 'kysely';
import pg from 'pg';
import { ErrorCode, VigilError } from '../errors.ts';
import { isPostgres, postgresUrlOf } from './database.ts';
import type { Database } from './tables.ts';

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
  /** Whether the last check found this instance leading. */
  readonly isLeader: boolean;
  /** Gives leadership up (another instance takes over at its next check). */
  release(): Promise<void>;
}

/**
 * Leadership for `db`. On PostgreSQL it is a session advisory lock held on a connection of its
 * own: the server drops the lock the moment that connection ends, so when a leader dies (even by
 * kill -9) the next instance to check takes over. The lock's key is made from the schema, so
 * firms kept in separate schemas of one database each have a leader. On SQLite, a single
 * machine's file, every instance leads: the write lock and the outbox claims keep them apart.
 */
export function createLeadership(db: Kysely<Database>): Leadership {
  if (!isPostgres(db)) {
    return { isLeader: true, check: async () => true, release: async () => undefined };
  }
  const url = postgresUrlOf(db);
  if (!url) throw new VigilError(ErrorCode.UsageError, 'leadership needs a store opened by openPostgres');
  let client: pg.Client | undefined;
  let leading = false;
  const drop = async () => {
    const old = client;
    client = undefined;
    leading = false;
    await old?.end().catch(() => undefined);
  };
  return {
    get isLeader() {
      return leading;
    },
    async check() {
      try {
        if (!client) {
          const fresh = new pg.Client({ connectionString: url });
          // A broken connection is noticed at the next check; the error must not go unhandled.
          fresh.on('error', () => void drop());
          await fresh.connect();
          client = fresh;
        }
        if (leading) await client.query('select 1');
        else {
          const result = await client.query<{ ok: boolean }>(`select pg_try_advisory_lock(hashtext(current_schema() || ':vigil-leader')) as ok`);
          leading = result.rows[0]?.ok === true;
        }
      } catch {
        await drop();
      }
      return leading;
    },
    release: drop,
  };
}
