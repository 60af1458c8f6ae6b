// A quick command starts quickly because it loads only what it needs: the platform SDKs, the
// database drivers, the register's index and the workspace are imported by the commands that use
// them, when they run. Checked by recording every module Node resolves while the real binary runs.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'vigil-startup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Installed before the binary runs: writes every module URL resolved to $VIGIL_LOADED on exit. */
const RECORDER = `data:text/javascript,${encodeURIComponent(`
  import { registerHooks } from 'node:module';
  import { writeFileSync } from 'node:fs';
  const seen = [];
  registerHooks({ resolve(specifier, context, next) { const result = next(specifier, context); seen.push(result.url); return result; } });
  process.on('exit', () => writeFileSync(process.env.VIGIL_LOADED, JSON.stringify(seen)));
`)}`;

/** The modules `vigil args` loads, as paths from the project root (packages as node_modules/NAME). */
async function modulesLoadedBy(args: string[]): Promise<string[]> {
  const file = join(dir, `${args.join('-').replace(/\W+/g, '_')}.json`);
  await promisify(execFile)(process.execPath, ['--import', RECORDER, join(root, 'bin/vigil.js'), ...args], { cwd: dir, env: { ...process.env, VIGIL_LOADED: file } });
  return (JSON.parse(readFileSync(file, 'utf8')) as string[])
    .filter((url) => url.startsWith('file:'))
    .map((url) => new URL(url).pathname.replace(root, ''))
    .map((path) => path.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, 'node_modules/$1'));
}

/** What a quick command must not load. */
const HEAVY = /^node_modules\/(@slack\/|@microsoft\/|pg$|kysely$|better-sqlite3$|express$|prom-client$|zod$)|^src\/(app\.ts|register\/index\.ts|store\/index\.ts|bot\/|evidence\/export\.ts)/;

describe('cold start', () => {
  it.each([[['--version']], [['status', '--help']], [['--help']]])('vigil %j loads no platform SDK, database driver, register index or workspace', async (args) => {
    const loaded = await modulesLoadedBy(args);
    expect(loaded).toContain('src/cli/program.ts'); // not vacuous: the recorder saw the CLI load
    expect([...new Set(loaded.filter((m) => HEAVY.test(m)))]).toEqual([]);
  }, 30_000);

  it('the check is not vacuous: a command that runs the workspace does load it', async () => {
    const loaded = await modulesLoadedBy(['--db', join(dir, 'v.db'), '--config', join(root, 'test/fixtures/acme.yaml'), 'tick', '--now', '2026-11-23T09:00:00Z']);
    expect(loaded).toEqual(expect.arrayContaining(['src/app.ts', 'src/store/index.ts', 'node_modules/kysely', 'node_modules/better-sqlite3']));
  }, 30_000);
});
