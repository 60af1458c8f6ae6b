import type { Migration, MigrationProvider } from 'kysely';
import * as initialSchema from './2026-11-21-initial-schema.ts';

/**
 * Every migration, in order, provided in code (no folder scan: works the same from source, a
 * bundle or a test). Add one entry per schema change; never edit a migration that has shipped.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-21-initial-schema': initialSchema,
};

/** kysely's MigrationProvider over {@link migrations}. */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
