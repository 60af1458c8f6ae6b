import { Engine } from './attestations/index.ts';
import type { Clock } from './clock.ts';
import { loadConfigFile, type VigilConfig } from './config/index.ts';
import type { Logger } from './logger.ts';
import { appendAudit, migrateToLatest, openStore, syncPeople, writeTransaction, type Db, type MigrationReport, type PeopleSync } from './store/index.ts';

/** Everything with a side effect, passed in once. */
export interface Deps {
  clock: Clock;
  logger: Logger;
}

/** A running workspace: its config, its store and its engine. */
export interface Workspace {
  config: VigilConfig;
  configFile: string;
  db: Db;
  engine: Engine;
  migrations: MigrationReport;
  people: PeopleSync;
  close(): Promise<void>;
}

/**
 * Loads the config (all or nothing), opens and migrates the store (a SQLite file, `:memory:`
 * for a throwaway one, or a postgres:// URL), syncs people from the config in one audited transaction, and builds the engine.
 */
export async function openWorkspace(options: { configFile: string; dbFile: string }, deps: Deps): Promise<Workspace> {
  const config = loadConfigFile(options.configFile);
  const db = openStore(options.dbFile);
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
    return { config, configFile: options.configFile, db, engine: new Engine(config), migrations, people, close: () => db.destroy() };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
