import { Engine } from './attestations/index.ts';
import type { Clock } from './clock.ts';
import { loadConfigFile, type VigilConfig } from './config/index.ts';
import type { Logger } from './logger.ts';
import { PolicyQa, type GapLog, type ModelReader } from './register/index.ts';
import { UseCases } from './app/use-cases.ts';
import { appendAudit, migrateToLatest, openStore, syncPeople, writeTransaction, type Db, type MigrationReport, type PeopleSync, type StoreOptions } from './store/index.ts';

/** Everything with a side effect, passed in once. */
export interface Deps extends QaExtras {
  clock: Clock;
  logger: Logger;
}

/** What the Q&A may use besides the config: a log of what it could not answer, and a language model to read questions. */
export interface QaExtras {
  /** The clock a "which reviews are overdue?" answer reads the date from. */
  clock?: Clock | undefined;
  gaps?: GapLog | undefined;
  reader?: ModelReader | undefined;
}

/** The Q&A over a config's register and policies: built here only, for every entry point (the bot, the terminal chat, `vigil ask`). */
export function policyQa(config: VigilConfig, extras: QaExtras = {}): PolicyQa {
  return new PolicyQa(config, { gaps: extras.gaps, reader: extras.reader, clock: extras.clock });
}

/** A running workspace: its config, its store and its engine. */
export interface Workspace {
  config: VigilConfig;
  configFile: string;
  db: Db;
  engine: Engine;
  migrations: MigrationReport;
  people: PeopleSync;
  /** The Q&A over the register and policies, built on first use (most commands never ask); a reload reconfigures it. */
  readonly qa: PolicyQa;
  /** Where the Q&A logs what it could not answer, if anywhere (the bot's weekly digest reads it). */
  gaps: GapLog | undefined;
  /** The use cases over this workspace (built on first use), holding the config in force: read config and names here, not through the engine. */
  readonly app: UseCases;
  close(): Promise<void>;
}

/**
 * Loads the config (all or nothing), opens and migrates the store (a SQLite file, `:memory:`
 * for a throwaway one, or a postgres:// URL), syncs people from the config in one audited transaction, and builds the engine.
 */
export async function openWorkspace(options: { configFile: string; dbFile: string; store?: StoreOptions | undefined }, deps: Deps): Promise<Workspace> {
  const config = loadConfigFile(options.configFile);
  const db = openStore(options.dbFile, options.store);
  try {
    const migrations = await migrateToLatest(db);
    const people = await writeTransaction(db, async (trx) => {
      const now = deps.clock.now();
      const sync = await syncPeople(trx, config.people, now);
      if (sync.added.length || sync.updated.length || sync.deactivated.length) {
        await appendAudit(trx, { actor: 'system', action: 'people.synced', subject: options.configFile, data: { ...sync } }, now);
      }
      return sync;
    });
    let qa: PolicyQa | undefined;
    let app: UseCases | undefined;
    const engine = new Engine(config);
    const workspaceQa = () => (qa ??= policyQa(config, deps));
    return {
      config, configFile: options.configFile, db, engine, migrations, people,
      get qa() {
        return workspaceQa();
      },
      gaps: deps.gaps,
      get app() {
        // The workspace's own Q&A for the config it opened with; a reload's config gets one of its own.
        return (app ??= new UseCases({ db, engine, clock: deps.clock, logger: deps.logger, qa: (c) => (c === config ? workspaceQa() : policyQa(c, deps)) }));
      },
      close: () => db.destroy(),
    };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
