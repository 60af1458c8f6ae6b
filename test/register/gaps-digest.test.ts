import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../../src/clock.ts';
import { loadConfigFile } from '../../src/config/index.ts';
import { FileGapLog, PolicyQa } from '../../src/register/index.ts';
import { queueGapsDigest } from '../../src/register/gaps-digest.ts';
import { migrateToLatest, pendingMessages, type Database } from '../../src/store/index.ts';
import { releaseTestDatabase, testDatabase } from '../fixtures/engine-harness.ts';

const config = loadConfigFile(new URL('./fixtures/harbour-lettings.yaml', import.meta.url).pathname);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('weekly digest of unanswered questions to the data-protection contact', () => {
  let dir: string;
  let db: Kysely<Database>;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vigil-gaps-'));
    db = await testDatabase(dir);
    await migrateToLatest(db);
  });
  afterEach(async () => {
    await db.destroy();
    await releaseTestDatabase(dir);
    rmSync(dir, { recursive: true, force: true });
  });

  const texts = async (clock: FakeClock) =>
    (await pendingMessages(db, clock.now())).map((m) => ({ to: m.recipient, text: (m.payload as { message: { text: string } }).message.text }));

  it('sends from Monday 09:00 office time, once a week, only the questions kept since the last one, names taken out', async () => {
    const clock = new FakeClock('2026-11-30T08:00:00Z'); // Monday 08:00 in London
    const gaps = new FileGapLog(join(dir, 'qa-gaps.jsonl'));
    const qa = new PolicyQa(config, { gaps });
    qa.ask('what time is lunch?');
    qa.ask('What time is lunch');
    qa.ask('does Owen Pryce know the wifi code for the van?');
    qa.ask('where is Reapit data stored?'); // answered: never a gap
    expect(await queueGapsDigest(db, config, gaps, clock.now())).toBe(false); // before 09:00
    expect(await texts(clock)).toEqual([]);

    clock.advance(HOUR);
    expect(await queueGapsDigest(db, config, gaps, clock.now())).toBe(true);
    const [first, ...others] = await texts(clock);
    expect(others).toEqual([]);
    expect(first!.to).toEqual({ kind: 'person', id: 'nadia' }); // the contact, found by email
    expect(first!.text).toContain('2× what time is lunch?');
    expect(first!.text).toContain('[name]');
    expect(first!.text).not.toMatch(/Owen|Pryce|Reapit/);

    // Later the same week: a new question waits for next week's digest.
    clock.advance(2 * DAY);
    qa.ask('is the office open on Boxing Day?');
    expect(await queueGapsDigest(db, config, gaps, clock.now())).toBe(false);
    expect(await texts(clock)).toHaveLength(1);

    // Next Monday: only what was kept since.
    clock.set('2026-12-07T10:00:00Z');
    expect(await queueGapsDigest(db, config, gaps, clock.now())).toBe(true);
    const second = (await texts(clock)).at(-1)!;
    expect(second.text).toContain('Boxing Day');
    expect(second.text).not.toContain('lunch');

    // A week with nothing new sends nothing.
    clock.set('2026-12-14T10:00:00Z');
    expect(await queueGapsDigest(db, config, gaps, clock.now())).toBe(false);
    expect(await texts(clock)).toHaveLength(2);
  });

  it('goes to the compliance channel when the contact is not one of the people', async () => {
    const clock = new FakeClock('2026-12-02T12:00:00Z');
    const outsider = { ...config, organisation: { ...config.organisation, dataProtectionContact: { name: 'An Outside DPO', email: 'dpo@elsewhere.example' } } };
    const gaps = new FileGapLog(join(dir, 'qa-gaps.jsonl'));
    new PolicyQa(outsider, { gaps }).ask('what time is lunch?');
    expect(await queueGapsDigest(db, outsider, gaps, clock.now())).toBe(true);
    expect((await texts(clock))[0]!.to).toEqual({ kind: 'channel', id: 'compliance' });
  });
});
