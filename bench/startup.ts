// How fast the command line starts and how much memory a running Vigil holds while idle, each
// beside a bare `node -e 0` measured in the same run. Run: npm run bench:startup
//   1. cold start: the median wall time of `vigil --version`, `--help`, `status` on a small
//      database and `ask`, over several runs each, interleaved with `node -e 0`;
//   2. idle RSS: the terminal chat, and `vigil start` with Slack (a fake Web API in another
//      process) and Teams on, each read a few seconds after it is ready.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './stats.ts';

const root = new URL('..', import.meta.url).pathname;
const vigil = join(root, 'bin/vigil.js');
const config = join(root, 'test/fixtures/acme.yaml');
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const quietEnv = { ...process.env, SLACK_BOT_TOKEN: '', MICROSOFT_APP_ID: '', VIGIL_TEAMS: '', VIGIL_DB: '', DATABASE_URL: '', LOG_LEVEL: 'warn' };

/** Wall time of one run of `node args`, in milliseconds; throws when it fails. */
function timeRun(args: string[]): number {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd: root, env: quietEnv, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return ms;
}

/** A small database: the fixture workspace after a simulated day in the terminal chat. */
function smallDatabase(dir: string): string {
  const db = join(dir, 'small.db');
  const run = spawnSync(process.execPath, [vigil, 'start', '--shell', '--config', config, '--db', db, '--at', '2026-11-23T08:50:00Z', '--as', 'cat'], { cwd: root, env: quietEnv, input: 'advance 1d\nyes\nquit\n', encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`could not make the small database: ${run.stderr}`);
  return db;
}

function coldStart(db: string) {
  const commands: Record<string, string[]> = {
    'node -e 0': ['-e', '0'],
    'vigil --version': [vigil, '--version'],
    'vigil --help': [vigil, '--help'],
    'vigil status (small db)': [vigil, 'status', '--config', config, '--db', db],
    'vigil ask': [vigil, 'ask', '--config', config, 'who is our data protection contact?'],
  };
  const times = Object.fromEntries(Object.keys(commands).map((name) => [name, [] as number[]]));
  // Interleaved, so a busy moment on the machine falls on every command alike.
  for (let i = 0; i < RUNS; i++) for (const [name, args] of Object.entries(commands)) times[name]!.push(timeRun(args));
  const baseline = median(times['node -e 0']!);
  console.log(`\ncold start, median of ${RUNS} runs each (interleaved):`);
  for (const [name, xs] of Object.entries(times)) console.log(`  ${name.padEnd(26)} ${median(xs).toFixed(0).padStart(6)} ms  ${(median(xs) / baseline).toFixed(1).padStart(5)}x node -e 0`);
}

/** Resident memory of a process, from /proc (Linux), in MB. */
function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'))!;
  return Number(line.replace(/\D+/g, '')) / 1024;
}

/** Starts `node args`, waits until its output shows `ready`, lets it settle, and reads its RSS. */
async function idleRss(args: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<number> {
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['pipe', 'pipe', 'pipe'] });
  let seen = '';
  const shown = new Promise<void>((resolve, reject) => {
    const look = (chunk: Buffer) => {
      seen += chunk.toString();
      if (ready.test(seen)) resolve();
    };
    child.stdout!.on('data', look);
    child.stderr!.on('data', look);
    child.on('exit', (code) => reject(new Error(`exited ${code} before it was ready:\n${seen}`)));
  });
  try {
    await shown;
    await new Promise((resolve) => setTimeout(resolve, 3000));
    return rssMb(child.pid!);
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    }
  }
}

async function fakeSlack(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [new URL('./fake-slack-process.ts', import.meta.url).pathname], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [chunk] = (await once(child.stdout!, 'data')) as [Buffer];
  return { url: chunk.toString().trim(), child };
}

async function idleMemory(dir: string) {
  const node = await idleRss(['-e', 'process.stdout.write("ready\\n"); setInterval(() => {}, 1000)'], quietEnv, /ready/);
  const chat = await idleRss([vigil, 'start', '--shell', '--config', config], quietEnv, /Type help for commands/);
  const slack = await fakeSlack();
  try {
    const platforms = {
      ...quietEnv,
      PORT: '0',
      SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: 'bench-secret', SLACK_API_URL: `${slack.url}/api/`,
      MICROSOFT_APP_ID: '00000000-0000-4000-8000-00000000a99d', MICROSOFT_APP_PASSWORD: 'bench-password', MICROSOFT_APP_TENANT_ID: '00000000-0000-4000-8000-00000000e7a7',
    };
    const bot = await idleRss([vigil, 'start', '--config', config, '--db', join(dir, 'bot.db')], platforms, /vigil: running: /);
    console.log('\nidle RSS, read 3 s after each is ready:');
    console.log(`  node (an idle timer)        ${node.toFixed(0).padStart(5)} MB`);
    console.log(`  terminal chat               ${chat.toFixed(0).padStart(5)} MB  ${(chat / node).toFixed(1)}x node`);
    console.log(`  start, Slack and Teams on   ${bot.toFixed(0).padStart(5)} MB  ${(bot / node).toFixed(1)}x node`);
  } finally {
    slack.child.kill();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-startup-'));
try {
  console.log(`node ${process.version}, ${RUNS} runs`);
  coldStart(smallDatabase(dir));
  await idleMemory(dir);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
