import { afterEach, describe, expect, it } from 'vitest';
import { buildStatus, FIELD_LIMITS, recordAnswer, resolveFinding } from '../../src/attestations/index.ts';
import { VigilError } from '../../src/errors.ts';
import { listAudit, openFindings, unansweredPrompts } from '../../src/store/index.ts';
import { BOB_TWO_FACTOR, DAILY_BACKUP, Harness } from '../fixtures/engine-harness.ts';

let h: Harness;
afterEach(() => h?.close());

async function promptOf(harness: Harness, assignee: string) {
  const [prompt] = await unansweredPrompts(harness.db, [assignee]);
  if (!prompt) throw new Error(`no prompt for ${assignee}`);
  return prompt;
}

const answer = (harness: Harness, input: Omit<Parameters<typeof recordAnswer>[2], 'channel'>) =>
  recordAnswer(harness.db, harness.engine, { channel: 'shell', ...input }, harness.clock.now());

/** Rows in every table an answer could write to. */
async function counts(harness: Harness) {
  const tables = ['answers', 'findings', 'outbox', 'processed_events', 'audit_log', 'prompts'] as const;
  return Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await harness.count(t)])));
}

describe('answers', () => {
  it('"No" needs a reason, opens a finding and tells the manager at once; a later "Yes" leaves it open, changing that answer closes it', async () => {
    h = await Harness.open(DAILY_BACKUP, '2026-11-23T09:00:00Z');
    await h.tick();
    const monday = await promptOf(h, 'cat');
    await expect(answer(h, { promptId: monday.id, personId: 'cat', value: 'no' })).rejects.toMatchObject({ code: 'invalid_answer', message: 'a "No" needs a reason: say what went wrong' });
    expect(await h.count('answers')).toBe(0);

    h.clock.set('2026-11-23T09:20:00Z');
    const outcome = await answer(h, { promptId: monday.id, personId: 'cat', value: 'no', reason: 'the NAS was full' });
    expect(outcome).toMatchObject({ status: 'recorded', compliant: false, findingOpened: true, managerTold: true });
    const findings = await openFindings(h.db);
    expect(findings).toMatchObject([{ attestationId: 'backup', subjectId: 'cat', assigneeId: 'cat', reason: 'the NAS was full', status: 'open' }]);
    const told = await h.db.selectFrom('outbox').select(['recipient_id', 'message', 'created_at']).where('dedupe_key', 'like', 'no-answer:%').execute();
    expect(told).toHaveLength(1);
    expect(told[0]!.recipient_id).toBe('bob');
    expect(told[0]!.created_at).toBe('2026-11-23T09:20:00.000Z');
    expect(JSON.parse(told[0]!.message).message.text).toBe('Cat Jones answered No to "Did today\'s backup complete?": the NAS was full. A finding is open until the answer to this question is changed or a manager resolves it with a note.');

    // The finding stays open through Tuesday's prompt and its Yes; changing Monday's answer closes it.
    h.clock.set('2026-11-24T09:00:00Z');
    await h.tick();
    expect(await openFindings(h.db)).toHaveLength(1);
    const tuesday = await promptOf(h, 'cat');
    const yes = await answer(h, { promptId: tuesday.id, personId: 'cat', value: 'yes' });
    expect(yes).toMatchObject({ status: 'recorded', compliant: true, findingsResolved: [] });
    expect(await openFindings(h.db)).toHaveLength(1);
    const changed = await answer(h, { promptId: monday.id, personId: 'cat', value: 'yes' });
    expect(changed).toMatchObject({ status: 'recorded', compliant: true, findingsResolved: [findings[0]!.id] });
    expect(await openFindings(h.db)).toEqual([]);
  });

  it('a manager (or compliance) may resolve a finding; the person themselves may not', async () => {
    h = await Harness.open(DAILY_BACKUP, '2026-11-23T09:00:00Z');
    await h.tick();
    await answer(h, { promptId: (await promptOf(h, 'cat')).id, personId: 'cat', value: 'no', reason: 'forgot' });
    const [finding] = await openFindings(h.db);
    await expect(resolveFinding(h.db, h.engine, finding!.id, 'cat', 'done now', h.clock.now())).rejects.toMatchObject({ code: 'forbidden' });
    await expect(resolveFinding(h.db, h.engine, finding!.id, 'dev', 'not mine', h.clock.now())).rejects.toMatchObject({ code: 'forbidden' });
    await resolveFinding(h.db, h.engine, finding!.id, 'ann', 'ran the backup by hand', h.clock.now()); // Bob's manager: higher up
    expect(await openFindings(h.db)).toEqual([]);
    expect((await listAudit(h.db)).at(-1)).toMatchObject({ actor: 'ann', action: 'finding.resolved', subject: finding!.id });
  });

  it('refuses someone answering another person\'s prompt, and accepts a named delegate', async () => {
    h = await Harness.open(DAILY_BACKUP, '2026-11-23T09:00:00Z');
    await h.tick();
    const prompt = await promptOf(h, 'cat');
    const refused = answer(h, { promptId: prompt.id, personId: 'dev', value: 'yes' });
    await expect(refused).rejects.toBeInstanceOf(VigilError);
    await expect(refused).rejects.toMatchObject({ code: 'forbidden', message: 'only Cat Jones (or a delegate they name) may answer this' });
    expect(await h.count('answers')).toBe(0);
    const byDelegate = await answer(h, { promptId: prompt.id, personId: 'bob', value: 'yes' });
    expect(byDelegate).toMatchObject({ status: 'recorded', answer: { answeredBy: 'bob', value: 'yes' } });
  });

  it('accepts a late answer and marks it late; a change is a new revision; every answer is audited', async () => {
    h = await Harness.open(DAILY_BACKUP, '2026-11-23T09:00:00Z');
    await h.tick();
    const prompt = await promptOf(h, 'dev');
    h.clock.set('2026-11-23T18:00:00Z');
    await h.tick(); // closes the window: the prompt is missed
    expect((await promptOf(h, 'dev')).status).toBe('missed');
    const late = await answer(h, { promptId: prompt.id, personId: 'dev', value: 'yes' });
    expect(late).toMatchObject({ status: 'recorded', answer: { late: true, revision: 1 } });
    h.clock.set('2026-11-23T18:05:00Z');
    const changed = await answer(h, { promptId: prompt.id, personId: 'dev', value: 'no', reason: 'actually it failed' });
    expect(changed).toMatchObject({ status: 'recorded', answer: { revision: 2, value: 'no' } });
    const rows = await h.db.selectFrom('answers').select(['revision', 'value', 'late']).where('prompt_id', '=', prompt.id).orderBy('revision').execute();
    expect(rows).toEqual([{ revision: 1, value: 'yes', late: 1 }, { revision: 2, value: 'no', late: 1 }]);
    const audit = (await listAudit(h.db)).filter((r) => r.action === 'answer.recorded');
    expect(audit.map((r) => [r.actor, r.data.revision, r.data.value])).toEqual([['dev', 1, 'yes'], ['dev', 2, 'no']]);
  });

  it('records a repeated platform event only once', async () => {
    h = await Harness.open(DAILY_BACKUP, '2026-11-23T09:00:00Z');
    await h.tick();
    const prompt = await promptOf(h, 'cat');
    const input = { promptId: prompt.id, personId: 'cat', value: 'yes' as const, eventId: 'evt-1' };
    expect(await answer(h, input)).toMatchObject({ status: 'recorded' });
    expect(await answer(h, input)).toEqual({ status: 'duplicate' });
    expect(await h.count('answers')).toBe(1);
  });

  it('a second press of the same answer records nothing new and says what is already on record; a real change is a new revision', async () => {
    h = await Harness.open(DAILY_BACKUP + BOB_TWO_FACTOR, '2026-11-23T09:00:00Z');
    await h.tick();
    const prompt = await promptOf(h, 'cat');
    const no = { promptId: prompt.id, personId: 'cat', value: 'no' as const, reason: 'the NAS was full' };
    const first = await answer(h, { ...no, eventId: 'click-1' });
    expect(first).toMatchObject({ status: 'recorded', findingOpened: true, managerTold: true });
    h.clock.set('2026-11-23T09:05:00Z');
    // A second device, a double click: another event id, the same answer (spacing aside).
    const again = await answer(h, { ...no, reason: '  the NAS was full ', eventId: 'click-2' });
    expect(again).toMatchObject({ status: 'unchanged', answer: { revision: 1, value: 'no', reason: 'the NAS was full', answeredBy: 'cat' } });
    expect((again as { answer: { answeredAt: Date } }).answer.answeredAt).toEqual(new Date('2026-11-23T09:00:00Z'));
    // The delegate pressing the same answer changes no fact either.
    expect(await answer(h, { ...no, personId: 'bob', eventId: 'click-3' })).toMatchObject({ status: 'unchanged' });
    expect(await h.count('answers')).toBe(1);
    expect(await openFindings(h.db)).toHaveLength(1);
    expect(await h.db.selectFrom('outbox').select('id').where('dedupe_key', 'like', 'no-answer:%').execute()).toHaveLength(1);
    expect((await listAudit(h.db)).filter((r) => r.action === 'answer.recorded')).toHaveLength(1);

    // A different reason is a change, and so is Yes.
    expect(await answer(h, { ...no, reason: 'the NAS was full again', eventId: 'click-4' })).toMatchObject({ status: 'recorded', answer: { revision: 2 } });
    expect(await answer(h, { promptId: prompt.id, personId: 'cat', value: 'yes', eventId: 'click-5' })).toMatchObject({ status: 'recorded', answer: { revision: 3 } });
    expect(await answer(h, { promptId: prompt.id, personId: 'cat', value: 'yes', eventId: 'click-6' })).toMatchObject({ status: 'unchanged', answer: { revision: 3 } });

    // Checklists compare the items ticked: the same ticks again is nothing new, another tick is.
    const twoFactor = (await unansweredPrompts(h.db, ['bob'])).find((p) => p.attestationId === 'two-factor')!;
    const tick = (checked: string[]) => answer(h, { promptId: twoFactor.id, personId: 'bob', value: 'checklist', checked });
    expect(await tick(['Xero'])).toMatchObject({ status: 'recorded', answer: { revision: 1 } });
    expect(await tick(['Xero'])).toMatchObject({ status: 'unchanged' });
    expect(await tick(['Xero', 'Dropbox'])).toMatchObject({ status: 'recorded', answer: { revision: 2 } });
    expect(await tick(['Dropbox', 'Xero'])).toMatchObject({ status: 'unchanged' });
    expect(await answer(h, { promptId: twoFactor.id, personId: 'bob', value: 'yes' })).toMatchObject({ status: 'unchanged' }); // Yes ticks them all
  });

  it('refuses any field over its limit before storing anything, whatever the client allowed; a field at its limit is accepted', async () => {
    h = await Harness.open(DAILY_BACKUP + BOB_TWO_FACTOR, '2026-11-23T09:00:00Z');
    await h.tick();
    const cat = (await promptOf(h, 'cat')).id;
    const twoFactor = (await unansweredPrompts(h.db, ['bob'])).find((p) => p.attestationId === 'two-factor')!.id;
    const before = await counts(h);
    const refusals: [string, Promise<unknown>, string][] = [
      ['reason', answer(h, { promptId: cat, personId: 'cat', value: 'no', reason: 'x'.repeat(200_000), eventId: 'big-1' }), 'the reason is too long (200,000 characters; at most 2,000)'],
      ['reason in emoji', answer(h, { promptId: cat, personId: 'cat', value: 'no', reason: '\u{1F600}'.repeat(FIELD_LIMITS.reason + 1) }), 'the reason is too long (2,001 characters; at most 2,000)'],
      ['text', answer(h, { promptId: cat, personId: 'cat', value: 'text', text: 'y'.repeat(2001) }), 'the answer is too long (2,001 characters'],
      ['checked items', answer(h, { promptId: twoFactor, personId: 'bob', value: 'checklist', checked: Array.from({ length: 101 }, () => 'Xero') }), 'the list of ticked items is too long (101 entries; at most 100)'],
      ['a checked item', answer(h, { promptId: twoFactor, personId: 'bob', value: 'checklist', checked: ['z'.repeat(100_000)] }), 'a ticked item is too long (100,000 characters; at most 500)'],
      ['prompt id', answer(h, { promptId: 'p'.repeat(100_000), personId: 'cat', value: 'yes' }), "the prompt's id is too long"],
      ['event id', answer(h, { promptId: cat, personId: 'cat', value: 'yes', eventId: 'e'.repeat(100_000) }), "the platform's event id is too long"],
    ];
    for (const [field, refused, message] of refusals) {
      const error = await refused.then(() => undefined, (e: unknown) => e);
      expect(error, field).toBeInstanceOf(VigilError);
      expect(error, field).toMatchObject({ code: 'too_long' });
      expect((error as Error).message, field).toContain(message);
      expect((error as Error).message.length, field).toBeLessThan(200); // the text itself is never echoed
    }
    expect(await counts(h)).toEqual(before);

    // At the limit (counted in characters, as the clients count): accepted.
    const atLimit = '\u{1F600}'.repeat(FIELD_LIMITS.reason);
    expect(await answer(h, { promptId: cat, personId: 'cat', value: 'no', reason: atLimit })).toMatchObject({ status: 'recorded', answer: { reason: atLimit } });

    const [finding] = await openFindings(h.db);
    await expect(resolveFinding(h.db, h.engine, finding!.id, 'ann', 'n'.repeat(2001), h.clock.now())).rejects.toMatchObject({ code: 'too_long', message: expect.stringContaining('the note is too long (2,001 characters; at most 2,000)') });
    expect(await openFindings(h.db)).toHaveLength(1);
    await resolveFinding(h.db, h.engine, finding!.id, 'ann', 'n'.repeat(2000), h.clock.now());
    expect(await openFindings(h.db)).toEqual([]);
  });

  it('checks answers against the question: N/A needs a reason and is only for yes/no/N/A questions; checklists tick known items', async () => {
    h = await Harness.open(DAILY_BACKUP + BOB_TWO_FACTOR, '2026-11-23T09:00:00Z');
    await h.tick();
    const [backup, twoFactor] = await unansweredPrompts(h.db, ['bob']).then((ps) => [ps.find((p) => p.attestationId === 'backup')!, ps.find((p) => p.attestationId === 'two-factor')!]);
    await expect(answer(h, { promptId: backup!.id, personId: 'bob', value: 'na', reason: 'on leave' })).rejects.toMatchObject({ code: 'invalid_answer' });
    await expect(answer(h, { promptId: twoFactor!.id, personId: 'bob', value: 'checklist', checked: ['Slack'] })).rejects.toMatchObject({ message: 'not on this checklist: Slack' });
    const partial = await answer(h, { promptId: twoFactor!.id, personId: 'bob', value: 'checklist', checked: ['Xero'] });
    expect(partial).toMatchObject({ status: 'recorded', compliant: false, findingOpened: true, answer: { checklist: { Xero: true, Dropbox: false }, reason: 'not done: Dropbox' } });
  });
});

describe('status', () => {
  it('is scoped by role: staff see their own, managers their reports (transitively), compliance everything', async () => {
    h = await Harness.open(DAILY_BACKUP, '2026-11-23T09:00:00Z');
    await h.tick();
    await answer(h, { promptId: (await promptOf(h, 'cat')).id, personId: 'cat', value: 'no', reason: 'NAS full' });
    await answer(h, { promptId: (await promptOf(h, 'dev')).id, personId: 'dev', value: 'yes' });
    const now = h.clock.now();
    const people = async (viewer: string) => (await buildStatus(h.db, h.engine, { viewer }, now)).attestations[0]!.total;

    const asBob = await buildStatus(h.db, h.engine, { viewer: 'bob' }, now);
    expect(asBob.scope).toBe('team');
    expect(asBob.people.map((p) => p.id)).toEqual(['bob']); // cat has answered, so only bob is outstanding
    expect(asBob.attestations).toEqual([{ id: 'backup', question: "Did today's backup complete?", total: 2, done: 0, late: 0, no: 1, missed: 0, excused: 0, open: 1 }]);
    expect(asBob.findings.map((f) => f.assigneeId)).toEqual(['cat']);
    expect(await people('cat')).toBe(1);
    expect(await people('dev')).toBe(1);
    expect(await people('ann')).toBe(4);

    const asAnn = await buildStatus(h.db, h.engine, { viewer: 'ann' }, now);
    expect(asAnn.scope).toBe('everyone');
    expect(asAnn.attestations[0]).toMatchObject({ total: 4, done: 1, no: 1, open: 2 });
    expect(asAnn.suppliers).toEqual([
      { id: 'xero', name: 'Xero', status: 'on-file', reviewDue: '2026-01-31', problem: 'review was due 2026-01-31' },
      { id: 'dropbox', name: 'Dropbox', status: 'awaited', reviewDue: null, problem: 'GDPR statement awaited' },
    ]);
    // The 12-week trend: this week, Ann sees 2 of 4 answered; Bob sees 1 of 2 (himself and Cat).
    expect(asAnn.trend).toHaveLength(12);
    expect(asAnn.trend.at(-1)).toEqual({ week: '2026-W48', total: 4, answered: 2 });
    expect(asBob.trend.at(-1)).toEqual({ week: '2026-W48', total: 2, answered: 1 });
    expect(asAnn.trend.slice(0, 11).every((w) => w.total === 0)).toBe(true);
    const asDev = await buildStatus(h.db, h.engine, { viewer: 'dev' }, now);
    expect(asDev).toMatchObject({ scope: 'self', people: [], findings: [], suppliers: [] });
    await expect(buildStatus(h.db, h.engine, { viewer: 'bob', person: 'dev' }, now)).rejects.toMatchObject({ code: 'forbidden' });
    expect((await buildStatus(h.db, h.engine, { viewer: 'ann', person: 'cat' }, now)).findings).toHaveLength(1);
  });
});
