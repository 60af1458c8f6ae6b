import { afterEach, describe, expect, it } from 'vitest';
import { Engine } from '../../src/attestations/index.ts';
import { parseConfig } from '../../src/config/index.ts';
import { syncPeople } from '../../src/store/index.ts';
import { DAILY_BACKUP, ENGINE_BASE, Harness, QUARTERLY_GDPR } from '../fixtures/engine-harness.ts';

let h: Harness;
afterEach(() => h?.close());

/** Fridays at 10:00, open for eight hours: on a Monday there is no occurrence to look back to. */
const FRIDAY_AV = `  - id: antivirus
    question: Is antivirus running on your laptop?
    schedule: "0 10 * * 5"
    audience: { roles: [staff] }
    window: PT8H
`;

const EVE = '  - { id: eve, name: Eve Long, email: eve@acme.example, roles: [staff], manager: bob }\nsuppliers:';

/** Restarts the engine at `at` on the harness's config with Eve added to `people:`. */
async function addEve(attestations: string, at: string): Promise<Engine> {
  const config = parseConfig(ENGINE_BASE.replace('suppliers:', EVE) + attestations, 'engine-test.yaml');
  h.clock.set(at);
  await syncPeople(h.db, config.people, h.clock.now());
  return new Engine(config);
}


const SLACK_SUPPLIER = '  - { id: slack, name: Slack, purpose: Chat., gdprStatement: { status: awaited }, owner: dev }\npolicies:';

/** Restarts the engine at `at` with Slack added to `suppliers:`. */
async function addSupplier(attestations: string, at: string): Promise<Engine> {
  const config = parseConfig(ENGINE_BASE.replace('policies:', SLACK_SUPPLIER) + attestations, 'engine-test.yaml');
  h.clock.set(at);
  return new Engine(config);
}

async function promptRows() {
  return h.db.selectFrom('prompts').select(['assignee_id', 'occurrence']).orderBy('occurrence').orderBy('assignee_id').execute();
}

describe('a change of audience issues only what the schedule says', () => {
  it('adding a person between occurrences issues nothing, and nothing is filed under 1970', async () => {
    h = await Harness.open(FRIDAY_AV, '2026-12-07T08:55:00Z'); // a Monday
    expect((await h.tick()).issued).toEqual([]);

    const engine = await addEve(FRIDAY_AV, '2026-12-07T10:00:00Z');
    expect((await engine.tick(h.db, h.clock.now())).issued).toEqual([]);
    expect(await promptRows()).toEqual([]);

    // Friday's occurrence then goes to everyone, Eve included, under its own date.
    h.clock.set('2026-12-11T10:00:00Z');
    const friday = await engine.tick(h.db, h.clock.now());
    expect(friday.issued.map((i) => i.assigneeId).sort()).toEqual(['ann', 'bob', 'cat', 'dev', 'eve']);
    expect(new Set((await promptRows()).map((r) => r.occurrence))).toEqual(new Set(['2026-12-11T10:00:00.000Z']));
  });

  it('adding a person while an occurrence is open issues it to the newcomer only', async () => {
    h = await Harness.open(DAILY_BACKUP, '2026-12-07T09:30:00Z');
    expect((await h.tick()).issued).toHaveLength(4);

    const engine = await addEve(DAILY_BACKUP, '2026-12-07T10:00:00Z');
    const report = await engine.tick(h.db, h.clock.now());
    expect(report.issued.map((i) => [i.assigneeId, i.occurrence.toISOString()])).toEqual([['eve', '2026-12-07T09:00:00.000Z']]);
    expect(await h.count('prompts')).toBe(5);
  });

  it('adding a supplier between quarterly occurrences issues nothing; inside a window only the new supplier is asked', async () => {
    h = await Harness.open(QUARTERLY_GDPR, '2026-12-07T08:55:00Z');
    expect((await h.tick()).issued).toEqual([]);
    const december = await addSupplier(QUARTERLY_GDPR, '2026-12-08T10:00:00Z');
    expect((await december.tick(h.db, h.clock.now())).issued).toEqual([]);
    expect(await promptRows()).toEqual([]);
    await h.close();

    h = await Harness.open(QUARTERLY_GDPR, '2027-01-04T10:00:00Z'); // 1 Jan is a bank holiday, 2–3 Jan a weekend
    expect((await h.tick()).issued.map((i) => i.subjectId).sort()).toEqual(['dropbox', 'xero']);
    const january = await addSupplier(QUARTERLY_GDPR, '2027-01-06T10:00:00Z');
    const report = await january.tick(h.db, h.clock.now());
    expect(report.issued.map((i) => [i.subjectId, i.assigneeId, i.occurrence.toISOString()])).toEqual([['slack', 'dev', '2027-01-01T10:00:00.000Z']]);
    expect(await h.count('prompts')).toBe(3);
  });
});

/** Restarts the engine at `at` on the harness's config edited by `edit`. */
async function restartWith(attestations: string, at: string, edit: (yaml: string) => string): Promise<Engine> {
  const config = parseConfig(edit(ENGINE_BASE + attestations), 'engine-test.yaml');
  h.clock.set(at);
  await syncPeople(h.db, config.people, h.clock.now());
  return new Engine(config);
}

const BOB_TWO_FACTOR_WEEKLY = `  - id: two-factor
    question: Is two-factor authentication on for each of your accounts?
    schedule: "0 10 * * 5"
    audience: { roles: [staff] }
    answer: checklist
    checklist: suppliers-used
    window: PT8H
`;

describe('changes of role and of suppliers used issue only what the schedule says', () => {
  it('a first sight with no past occurrence bookmarks the schedule at the time it was looked at, not 1970', async () => {
    h = await Harness.open(FRIDAY_AV, '2026-12-07T08:55:00Z');
    await h.tick();
    const cursors = await h.db.selectFrom('schedule_cursors').select(['occurrence', 'issue_at']).execute();
    expect(cursors.map((c) => new Date(c.occurrence).getUTCFullYear())).toEqual([2026]);
  });

  it('giving someone a role between occurrences issues nothing; inside a window only they are asked', async () => {
    h = await Harness.open(FRIDAY_AV.replace('roles: [staff]', 'roles: [manager]'), '2026-12-07T08:55:00Z');
    await h.tick();
    const monday = await restartWith(FRIDAY_AV.replace('roles: [staff]', 'roles: [manager]'), '2026-12-07T10:00:00Z', (y) => y.replace('roles: [staff], manager: ann }', 'roles: [staff, manager], manager: ann }'));
    expect((await monday.tick(h.db, h.clock.now())).issued).toEqual([]);
    expect(await promptRows()).toEqual([]);

    h.clock.set('2026-12-11T10:05:00Z');
    expect((await monday.tick(h.db, h.clock.now())).issued.map((i) => i.assigneeId).sort()).toEqual(['ann', 'bob', 'dev']);
    const friday = await restartWith(FRIDAY_AV.replace('roles: [staff]', 'roles: [manager]'), '2026-12-11T11:00:00Z', (y) =>
      y.replace('roles: [staff], manager: ann }', 'roles: [staff, manager], manager: ann }').replace('roles: [staff], manager: bob, delegates', 'roles: [staff, manager], manager: bob, delegates'));
    const report = await friday.tick(h.db, h.clock.now());
    expect(report.issued.map((i) => [i.assigneeId, i.occurrence.toISOString()])).toEqual([['cat', '2026-12-11T10:00:00.000Z']]);
  });

  it('someone starting to use a supplier is asked for the open occurrence alone; a change between occurrences issues nothing', async () => {
    h = await Harness.open(BOB_TWO_FACTOR_WEEKLY, '2026-12-07T08:55:00Z');
    await h.tick();
    const monday = await restartWith(BOB_TWO_FACTOR_WEEKLY, '2026-12-07T10:00:00Z', (y) => y.replace('roles: [staff], manager: ann }', 'roles: [staff], manager: ann, uses: [xero] }'));
    expect((await monday.tick(h.db, h.clock.now())).issued).toEqual([]);
    expect(await promptRows()).toEqual([]);

    h.clock.set('2026-12-11T10:05:00Z');
    expect((await monday.tick(h.db, h.clock.now())).issued.map((i) => i.assigneeId).sort()).toEqual(['bob', 'cat', 'dev']);
    const friday = await restartWith(BOB_TWO_FACTOR_WEEKLY, '2026-12-11T11:00:00Z', (y) =>
      y.replace('roles: [staff], manager: ann }', 'roles: [staff], manager: ann, uses: [xero] }').replace('roles: [staff, manager, compliance] }', 'roles: [staff, manager, compliance], uses: [dropbox] }'));
    const report = await friday.tick(h.db, h.clock.now());
    expect(report.issued.map((i) => [i.assigneeId, i.occurrence.toISOString()])).toEqual([['ann', '2026-12-11T10:00:00.000Z']]);
  });
});
