import pg from 'pg';
import { defineConfig } from 'vitest/config';
import { describeStore } from './src/store/database.ts';
import { TEST_PG_URL as PG_URL } from './test/fixtures/pg-schema.ts';

/** The store and engine suites, which run once on SQLite and once more on PostgreSQL. */
const STORE_SUITES = ['test/attestations/**/*.test.ts', 'test/store/**/*.test.ts', 'test/evidence/retention.test.ts', 'test/evidence/export.test.ts', 'test/postgres/**/*.test.ts'];

/** Whether a PostgreSQL server answers at `url` (within two seconds). */
async function postgresAnswers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

// On a user's machine without PostgreSQL its run is left out, saying so; in CI it must run.
const withPostgres = Boolean(process.env.CI) || (await postgresAnswers(PG_URL));
if (!withPostgres && !process.env.VIGIL_TEST_PG_SKIP_SAID) {
  process.env.VIGIL_TEST_PG_SKIP_SAID = '1'; // the config is loaded more than once per run
  process.stderr.write(`\nPostgreSQL tests skipped: no server answers at ${describeStore(PG_URL)} (set VIGIL_TEST_PG_URL to use one; with CI set they run and fail instead).\n\n`);
}

export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'sqlite', include: ['test/**/*.test.ts'], exclude: ['test/postgres/**'] } },
      ...(withPostgres
        ? [{ extends: true as const, test: { name: 'postgres', include: STORE_SUITES, exclude: ['test/store/backup.test.ts', 'test/store/crash.test.ts'], env: { VIGIL_TEST_DATABASE: 'postgres', VIGIL_TEST_PG_URL: PG_URL } } }]
        : []),
    ],
  },
});
