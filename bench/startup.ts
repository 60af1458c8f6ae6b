// How fast the command line starts and how much memory a running Vigil holds while idle, each
// beside a bare `node -e 0` measured in the same run. Run: npm run bench:startup
//   1. cold start: the median wall time of `vigil --version`, `--help`, `status` on a small
//      database and `ask`, over several runs each, interleaved with `node -e 0`;
//   2. idle RSS: the terminal chat, and `vigil start` with Slack (a fake Web API in another
//      process) and Teams on, each read a few seconds after it is ready.
// BENCH_NO_IDLE=1 leaves out the idle memory part.
// BENCH_BEFORE=DIR (another checkout, its dependencies installed or linked) runs its bin/vigil.js
// beside this one, interleaved, for a before/after in the same run.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './stats.ts';

const root = new URL('..', import.meta.url).pathname;
const vigil = join(root, 'bin/vigil.js');
const before = process.env.BENCH_BEFORE ? join(process.env.BENCH_BEFORE, 'bin/vigil.js') : undefined;
/** Each binary measured: this checkout's, and the one BENCH_BEFORE names. */
const binaries: [string, string][] = before ? [['before: vigil', before], ['vigil', vigil]] : [['vigil', vigil]];
const config = join(root, 'test/fixtures/acme.yaml');
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
/** Idle RSS readings per process (each a fresh start), of which the median is shown. */
const IDLE_RUNS = Number(process.env.BENCH_IDLE_RUNS ?? 3);
const quietEnv = { ...process.env, SLACK_BOT_TOKEN: '', MICROSOFT_APP_ID: '', VIGIL_TEAMS: '', VIGIL_DB: '', DATABASE_URL: '', LOG_LEVEL: 'warn' };

/** CPU time (user + system) of this process's waited-for children so far, in ms (Linux, 10 ms ticks). */
function childrenCpuMs(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10; // cutime, cstime (fields 16, 17), at 100 ticks a second
}

/** Wall time and CPU time of one run of `node args`, in milliseconds; throws when it fails. */
function timeRun(args: string[]): { wall: number; cpu: number } {
  const cpu = childrenCpuMs();
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd: root, env: quietEnv, encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return { wall, cpu: childrenCpuMs() - cpu };
}

/** A small database: the fixture workspace after a simulated day in the terminal chat. */
function smallDatabase(dir: string): string {
  const db = join(dir, 'small.db');
  const run = spawnSync(process.execPath, [vigil, 'start', '--shell', '--config', config, '--db', db, '--at', '2026-11-23T08:50:00Z', '--as', 'cat'], { cwd: root, env: quietEnv, input: 'advance 1d\nyes\nquit\n', encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`could not make the small database: ${run.stderr}`);
  return db;
}

function coldStart(db: string) {
  const commands: Record<string, string[]> = { 'node -e 0': ['-e', '0'] };
  for (const [name, bin] of binaries) {
    commands[`${name} --version`] = [bin, '--version'];
    commands[`${name} --help`] = [bin, '--help'];
    commands[`${name} status (small db)`] = [bin, 'status', '--config', config, '--db', db];
    commands[`${name} ask`] = [bin, 'ask', '--config', config, 'who is our data protection contact?'];
  }
  const times = Object.fromEntries(Object.keys(commands).map((name) => [name, { wall: [] as number[], cpu: [] as number[] }]));
  // Interleaved, so a busy moment on the machine falls on every command alike.
  for (let i = 0; i < RUNS; i++) {
    for (const [name, args] of Object.entries(commands)) {
      const { wall, cpu } = timeRun(args);
      times[name]!.wall.push(wall);
      times[name]!.cpu.push(cpu);
    }
  }
  const baseline = median(times['node -e 0']!.wall);
  console.log(`\ncold start, median of ${RUNS} runs each (interleaved); wall time, then user + system CPU:`);
  for (const [name, { wall, cpu }] of Object.entries(times)) {
    console.log(`  ${name.padEnd(34)} ${median(wall).toFixed(0).padStart(6)} ms  ${(median(wall) / baseline).toFixed(1).padStart(5)}x node -e 0   cpu ${median(cpu).toFixed(0).padStart(5)} ms`);
  }
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
  console.log('\nidle RSS, read 3 s after each is ready:');
  console.log(`  node (an idle timer)                ${node.toFixed(0).padStart(5)} MB`);
  const slack = await fakeSlack();
  try {
    const platforms = {
      ...quietEnv,
      PORT: '0',
      SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: 'bench-secret', SLACK_API_URL: `${slack.url}/api/`,
      MICROSOFT_APP_ID: '00000000-0000-4000-8000-00000000a99d', MICROSOFT_APP_PASSWORD: 'bench-password', MICROSOFT_APP_TENANT_ID: '00000000-0000-4000-8000-00000000e7a7',
    };
    const rss = Object.fromEntries(binaries.map(([name]) => [name, { chat: [] as number[], bot: [] as number[] }]));
    for (let i = 0; i < IDLE_RUNS; i++) {
      for (const [name, bin] of binaries) {
        rss[name]!.chat.push(await idleRss([bin, 'start', '--shell', '--config', config], quietEnv, /Type help for commands/));
        rss[name]!.bot.push(await idleRss([bin, 'start', '--config', config, '--db', join(dir, `bot-${name.length}.db`)], platforms, /vigil: running: /));
      }
    }
    console.log(`(medians of ${IDLE_RUNS} starts each)`);
    for (const [name] of binaries) {
      const chat = median(rss[name]!.chat);
      const bot = median(rss[name]!.bot);
      console.log(`  ${`${name} terminal chat`.padEnd(35)} ${chat.toFixed(0).padStart(5)} MB  ${(chat / node).toFixed(1)}x node`);
      console.log(`  ${`${name} start, Slack and Teams on`.padEnd(35)} ${bot.toFixed(0).padStart(5)} MB  ${(bot / node).toFixed(1)}x node`);
    }
  } finally {
    slack.child.kill();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-startup-'));
try {
  console.log(`node ${process.version}, ${RUNS} runs`);
  coldStart(smallDatabase(dir));
  if (!process.env.BENCH_NO_IDLE) await idleMemory(dir);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
