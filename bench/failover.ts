// Failover: two real `vigil start` processes on one PostgreSQL store. The leader is killed
// (SIGKILL, as a crash) or stopped (SIGTERM, as a deploy), and the time until the other instance
// says it leads is measured against the heartbeat interval, the baseline of the same run.
// Run: npm run bench:failover   (PostgreSQL from VIGIL_TEST_PG_URL, default loopback `test`)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BotProcess } from '../test/fixtures/bot-process.ts';
import { createTestSchema } from '../test/fixtures/pg-schema.ts';
import { median } from './stats.ts';
const HEARTBEATS_MS = [250, 500, 1000];
const ROUNDS = Number(process.env.FAILOVER_ROUNDS ?? 5);

const dir = mkdtempSync(join(tmpdir(), 'vigil-failover-'));
// Nothing falls due while it runs: the bench measures leadership alone.
writeFileSync(join(dir, 'vigil.yaml'), `version: 1
organisation: { name: Failover Ltd, timezone: Europe/London, dataProtectionContact: { name: Amy } }
people:
  - { id: amy, name: Amy, email: amy@failover.example, roles: [staff, compliance] }
attestations:
  - { id: backup, question: "Backup done?", schedule: "0 3 1 1 *", audience: { roles: [staff] } }
`);

/** One failover: start two instances, wait for a leader, stop it with `signal`, time the takeover. */
async function failover(heartbeatMs: number, signal: NodeJS.Signals): Promise<number> {
  const schema = await createTestSchema('bench');
  const env = { DATABASE_URL: schema.url, VIGIL_TEAMS: '1', VIGIL_HEARTBEAT_MS: String(heartbeatMs) };
  const a = BotProcess.start(['--config', join(dir, 'vigil.yaml')], env);
  try {
    await a.waitFor(/now leads/);
    const b = BotProcess.start(['--config', join(dir, 'vigil.yaml')], env);
    try {
      await b.url();
      // Let the follower's heartbeat run a few times, so the kill lands at a random phase of it.
      await new Promise((resolve) => setTimeout(resolve, heartbeatMs * (2 + Math.random())));
      const killedAt = Date.now();
      a.kill(signal);
      const took = await b.waitFor(/now leads/, 20 * heartbeatMs);
      return took.at - killedAt;
    } finally {
      b.kill('SIGKILL');
      await b.exited;
    }
  } finally {
    a.kill('SIGKILL');
    await a.exited;
    await schema.drop();
  }
}

try {
  console.log(`| heartbeat | leader stopped by | rounds | failover median | worst | worst ÷ heartbeat |`);
  console.log(`|---|---|---|---|---|---|`);
  for (const heartbeatMs of HEARTBEATS_MS) {
    for (const signal of ['SIGKILL', 'SIGTERM'] as const) {
      const times: number[] = [];
      for (let i = 0; i < ROUNDS; i++) times.push(await failover(heartbeatMs, signal));
      const worst = Math.max(...times);
      console.log(`| ${heartbeatMs} ms | ${signal} | ${ROUNDS} | ${median(times)} ms | ${worst} ms | ${(worst / heartbeatMs).toFixed(2)} |`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
