import { afterEach, describe, expect, it } from 'vitest';
import { recordAnswer, renderPayload, type OutboxPayload, type TickReport } from '../../src/attestations/index.ts';
import { parseConfig } from '../../src/config/index.ts';
import type { Card } from '../../src/messages.ts';
import { findPrompt, pendingMessages } from '../../src/store/index.ts';
import { ENGINE_BASE, Harness } from '../fixtures/engine-harness.ts';

let h: Harness;
afterEach(() => h?.close());

/** Each supplier's owner is asked a month before its GDPR statement's review is due, and chased. */
const REVIEW = `  - id: statement-review
    question: "Is {supplier}'s GDPR statement reviewed and renewed? Its review is due {due}."
    schedule: 30 days before each supplier's statement review is due
    audience: { suppliers: all }
    window: P14D
    reminders: [P3D]
    escalation:
      - { after: P7D, to: manager }
    sets: { gdprStatement: on-file }
`;

/** The engine workspace with Xero's review due on `date` (Bob owns Xero; Ann manages Bob). Dropbox has no date. */
const withReviewDue = (date: string) => ENGINE_BASE.replace('reviewDue: 2026-01-31', `reviewDue: ${date}`);

const what = (reports: TickReport[]) => reports.flatMap((r) => [
  ...r.issued.map((i) => `${r.at.toISOString()} asked ${i.assigneeId} about ${i.subjectId}`),
  ...r.reminders.map((i) => `${r.at.toISOString()} reminded ${i.assigneeId}`),
  ...r.escalations.map((i) => `${r.at.toISOString()} escalated to ${i.recipientId}`),
  ...r.missed.map((i) => `${r.at.toISOString()} missed by ${i.assigneeId}`),
]);

describe('expiry drives prompts', () => {
  it('asks the owner a month before the review date, reminds, escalates; a Yes stops the chase until the date moves on', async () => {
    h = await Harness.open(REVIEW, '2026-11-16T09:00:00Z', withReviewDue('2026-12-20'));
    expect((await h.tick()).issued).toEqual([]);
    const chase = await h.runUntil('2026-11-27T12:00:00Z');
    expect(what(chase)).toEqual([
      '2026-11-20T09:00:00.000Z asked bob about xero',
      '2026-11-23T09:00:00.000Z reminded bob',
      '2026-11-27T09:00:00.000Z escalated to ann',
    ]);
    const promptId = chase[0]!.issued[0]!.promptId;
    const prompt = (await findPrompt(h.db, promptId))!;
    expect(prompt.question).toBe("Is Xero's GDPR statement reviewed and renewed? Its review is due 2026-12-20.");
    const message = (await pendingMessages(h.db, h.clock.now())).find((m) => m.promptId === promptId && m.dedupeKey.startsWith('prompt:'))!;
    const card = renderPayload(message.payload as OutboxPayload, prompt, h.engine) as Card;
    expect(card.text).toBe('You look after Xero.');
    expect(card.buttons.map((b) => b.label)).toEqual(['Yes', 'No']);

    await recordAnswer(h.db, h.engine, { promptId, personId: 'bob', value: 'yes', channel: 'shell' }, h.clock.now());
    // Renewed: nothing more about this date, before or after it passes.
    expect(what(await h.runUntil('2027-03-01T09:00:00Z'))).toEqual([]);

    // The register catches up (the file's date moved on a year): asked again a month before the new date.
    h.engine.reconfigure(parseConfig(withReviewDue('2027-12-20') + REVIEW, 'engine-test.yaml'));
    const next = what(await h.runUntil('2027-11-23T10:00:00Z')).filter((line) => line.includes('asked'));
    expect(next).toEqual(['2027-11-22T09:00:00.000Z asked bob about xero']); // 20 Nov 2027 is a Saturday
  });

  it('a date already past: the owner is asked at once and again each window until renewed; the file\'s date moving on stops the chase', async () => {
    h = await Harness.open(REVIEW, '2026-11-23T09:00:00Z', withReviewDue('2026-11-01'));
    const first = await h.tick();
    expect(first.issued.map((i) => [i.assigneeId, i.subjectId])).toEqual([['bob', 'xero']]);
    const chase = what(await h.runUntil('2026-12-08T12:00:00Z'));
    expect(chase).toContain('2026-11-26T09:00:00.000Z reminded bob');
    expect(chase).toContain('2026-11-30T09:00:00.000Z escalated to ann');
    expect(chase.filter((line) => line.includes('asked bob'))).toHaveLength(1); // the next window's ask
    expect(chase.some((line) => line.includes('missed by bob'))).toBe(true);

    // Someone renews it in vigil.yaml: the open ask is no longer chased, and nothing is asked until a month before the new date.
    h.engine.reconfigure(parseConfig(withReviewDue('2027-11-30') + REVIEW, 'engine-test.yaml'));
    const after = what(await h.runUntil('2027-10-29T12:00:00Z'));
    expect(after.filter((line) => !line.includes('missed'))).toEqual([]);
    expect(what(await h.runUntil('2027-11-01T12:00:00Z'))).toContain('2027-11-01T09:00:00.000Z asked bob about xero'); // 31 Oct 2027 is a Sunday
  });
});
