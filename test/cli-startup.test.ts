// A quick command starts quickly because it loads only what it needs: the platform SDKs, the
// database drivers, the register's index and the workspace are imported by the commands that use
// them, when they run; and `bin/vigil.js` runs a bundle of the sources (dist/, rebuilt when a
// source is newer) so that Node reads a few files rather than ~600. Checked by recording every
// module Node resolves while the real binary runs, in both ways it can run (bundled, and from the
// sources where no bundle can be built), mapping each bundled file back to the modules it holds.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'vigil-startup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = promisify(execFile);

/** Installed before the binary runs: writes every module URL resolved to $VIGIL_LOADED on exit. */
const RECORDER = `data:text/javascript,${encodeURIComponent(`
  import { registerHooks } from 'node:module';
  import { writeFileSync } from 'node:fs';
  const seen = [];
  registerHooks({ resolve(specifier, context, next) { const result = next(specifier, context); seen.push(result.url); return result; } });
  process.on('exit', () => writeFileSync(process.env.VIGIL_LOADED, JSON.stringify(seen)));
`)}`;

const asPackage = (path: string) => path.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, 'node_modules/$1');

/**
 * The modules `vigil args` loads, as paths from the project root (packages as node_modules/NAME);
 * a bundled file counts as every module it holds (from the build's modules.json).
 */
async function modulesLoadedBy(args: string[], env: NodeJS.ProcessEnv = {}, home = root): Promise<{ modules: string[]; bundled: boolean }> {
  const file = join(dir, `${args.join('-').replace(/\W+/g, '_')}-${Object.keys(env).join('_')}.json`);
  await run(process.execPath, ['--import', RECORDER, join(home, 'bin/vigil.js'), ...args], { cwd: dir, env: { ...process.env, VIGIL_FROM_SOURCE: '', ...env, VIGIL_LOADED: file } });
  const paths = (JSON.parse(readFileSync(file, 'utf8')) as string[]).filter((url) => url.startsWith('file:')).map((url) => new URL(url).pathname.replace(home, ''));
  const chunks = paths.filter((path) => /^dist\/[^/]+\/[^/]+\.js$/.test(path));
  const contents = (chunk: string) => (JSON.parse(readFileSync(join(home, chunk.replace(/[^/]+$/, 'modules.json')), 'utf8')) as Record<string, string[]>)[chunk.replace(/^.*\//, '')] ?? [];
  const modules = paths.flatMap((path) => (chunks.includes(path) ? contents(path) : [path])).map(asPackage);
  return { modules, bundled: chunks.length > 0 };
}

/** What a quick command must not load. */
const HEAVY = /^node_modules\/(@slack\/|@microsoft\/|pg$|kysely$|better-sqlite3$|express$|prom-client$|zod$|yaml$)|^src\/(app\.ts|register\/index\.ts|store\/index\.ts|bot\/|evidence\/export\.ts|setup\/catalogue\.ts)/;

it('the help text names the catalogue\'s recommended attestations without loading it', async () => {
  const [{ RECOMMENDED }, { RECOMMENDED_IDS }] = await Promise.all([import('../src/setup/catalogue.ts'), import('../src/cli/commands/init.ts')]);
  expect(RECOMMENDED_IDS).toEqual(RECOMMENDED);
});

describe.each([
  ['bundled', {}],
  ['from the sources', { VIGIL_FROM_SOURCE: '1' }],
])('cold start, %s', (way, env) => {
  it.each([[['--version']], [['status', '--help']], [['--help']]])('vigil %j loads no platform SDK, database driver, register index or workspace', async (args) => {
    const { modules, bundled } = await modulesLoadedBy(args, env);
    expect(bundled).toBe(way === 'bundled');
    expect(modules).toContain('src/cli/program.ts'); // not vacuous: the recorder saw the CLI load
    expect([...new Set(modules.filter((m) => HEAVY.test(m)))]).toEqual([]);
  }, 60_000);

  it('the check is not vacuous: a command that runs the workspace does load it', async () => {
    const { modules } = await modulesLoadedBy(['--db', join(dir, `${way.length}.db`), '--config', join(root, 'test/fixtures/acme.yaml'), 'tick', '--now', '2026-11-23T09:00:00Z'], env);
    expect(modules).toEqual(expect.arrayContaining(['src/app.ts', 'src/store/index.ts', 'node_modules/kysely', 'node_modules/better-sqlite3']));
  }, 60_000);
});

describe('the bundle', () => {
  /** A copy of the project without dist/ (sharing node_modules), as a fresh clone has it. */
  function freshCopy(): string {
    const home = join(dir, 'clone');
    mkdirSync(home);
    for (const path of ['bin', 'scripts', 'src', 'examples', 'manifests', 'package.json', 'package-lock.json', 'vigil.schema.json']) cpSync(join(root, path), join(home, path), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(home, 'node_modules'));
    return home;
  }
  const vigil = (home: string, args: string[]) => run(process.execPath, [join(home, 'bin/vigil.js'), ...args], { cwd: dir, env: { ...process.env, VIGIL_FROM_SOURCE: '', LOG_LEVEL: 'warn' } });
  const current = (home: string) => JSON.parse(readFileSync(join(home, 'dist/current.json'), 'utf8')) as { stamp: string; dir: string; failed?: string };

  it('is built on first use, runs --version, status and ask, and is rebuilt when a source is newer', async () => {
    const home = freshCopy();
    const config = join(root, 'test/fixtures/acme.yaml');
    const db = join(dir, 'bundle.db');
    expect(existsSync(join(home, 'dist'))).toBe(false);
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;
    expect((await vigil(home, ['--version'])).stdout.trim()).toBe(version);
    const first = current(home);
    expect(existsSync(join(home, 'dist', first.dir, 'cli.js'))).toBe(true);

    await vigil(home, ['--db', db, '--config', config, 'tick', '--now', '2026-11-23T09:00:00Z']);
    const status = await vigil(home, ['status', '--config', config, '--db', db, '--at', '2026-11-23T10:00:00Z']);
    expect(status.stdout).toMatch(/^Status at Mon 23 Nov, 10:00/);
    const ask = await vigil(home, ['ask', '--config', config, '--db', db, 'who is our data protection contact?']);
    expect(ask.stdout).toMatch(/Ann Lee/);
    // A product found by the English word list, which the bundle reads from node_modules at run time, not from dist/.
    const product = await vigil(home, ['ask', '--config', config, '--db', db, 'are we on quickbooks? wanted to log in']);
    expect(product.stdout).toMatch(/I can't find quickbooks in our register/);
    expect(current(home)).toEqual(first); // still the same build: nothing changed

    // A source edited after the build (as a `git pull` would leave it): the next run rebuilds.
    const program = join(home, 'src/cli/program.ts');
    writeFileSync(program, readFileSync(program, 'utf8').replace("'Vigil: compliance attestations", "'Vigil (edited): compliance attestations"));
    const later = new Date(Date.now() + 60_000);
    utimesSync(program, later, later);
    expect((await vigil(home, ['--help'])).stdout).toMatch(/^Vigil \(edited\): compliance attestations/m);
    expect(current(home).dir).not.toBe(first.dir);
    expect(current(home).stamp).not.toBe(first.stamp);

    // Sources that do not build: the command runs from the sources instead, as it did before
    // there was a bundle (a quick command still works; one that needs the broken file says why).
    const statusText = join(home, 'src/app/status-text.ts');
    writeFileSync(statusText, `import './no-such-file.ts';\n${readFileSync(statusText, 'utf8')}`);
    utimesSync(statusText, later, new Date(Date.now() + 120_000));
    expect((await vigil(home, ['--version'])).stdout.trim()).toBe(version);
    const broken = current(home);
    expect(broken.failed).toMatch(/^[0-9a-f]{16}$/); // remembered, so the next run does not try again
    expect(broken.failed).not.toBe(broken.stamp);
    await expect(vigil(home, ['status', '--config', config, '--db', db])).rejects.toThrow(/no-such-file\.ts/);
  }, 120_000);
});

describe('vigil start', () => {
  /** Writes the process's id and its Node flags to $VIGIL_FLAGS on exit. */
  const FLAGS = `data:text/javascript,${encodeURIComponent(`
    import { writeFileSync } from 'node:fs';
    process.on('exit', () => writeFileSync(process.env.VIGIL_FLAGS, JSON.stringify({ pid: process.pid, execArgv: process.execArgv })));
  `)}`;
  async function flagsOf(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ pid: number; execArgv: string[]; childPid: number }> {
    const file = join(dir, `flags-${args[0]}-${Object.keys(env).length}.json`);
    const child = execFile(process.execPath, ['--import', FLAGS, join(root, 'bin/vigil.js'), ...args], { cwd: dir, env: { ...process.env, ...env, VIGIL_FLAGS: file, LOG_LEVEL: 'warn' } });
    child.stdin!.end('quit\n');
    await new Promise((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve(code) : reject(new Error(`exited ${code}`)))));
    return { ...(JSON.parse(readFileSync(file, 'utf8')) as { pid: number; execArgv: string[] }), childPid: child.pid! };
  }
  const chat = ['start', '--shell', '--config', join(root, 'test/fixtures/acme.yaml'), '--db', join(dir, 'chat.db')];

  it('runs with a 1 MB young generation, in the same process (it idles for days)', async () => {
    const { pid, execArgv, childPid } = await flagsOf(chat);
    expect(execArgv).toContain('--max-semi-space-size=1');
    expect(pid).toBe(childPid);
    expect((await flagsOf(['--version'])).execArgv).not.toContain('--max-semi-space-size=1'); // a quick command starts once
  }, 60_000);

  it('vigil export runs with an 8 MB young generation (left to grow it took a year\'s package past 300 MB)', async () => {
    const { pid, execArgv, childPid } = await flagsOf(['export', '--help']);
    expect(execArgv).toContain('--max-semi-space-size=8');
    expect(pid).toBe(childPid);
  }, 60_000);

  it('keeps a young-generation size the caller gave', async () => {
    const { execArgv } = await flagsOf(chat, { NODE_OPTIONS: '--max-semi-space-size=8' });
    expect(execArgv).not.toContain('--max-semi-space-size=1');
  }, 60_000);
});
