import { afterEach, describe, expect, it } from 'vitest';
import { Engine, renderPayload, type OutboxPayload } from '../../src/attestations/index.ts';
import type { Card } from '../../src/messages.ts';
import { parseConfig } from '../../src/config/index.ts';
import { findPrompt, pendingMessages, syncPeople } from '../../src/store/index.ts';
import { ENGINE_BASE, Harness } from '../fixtures/engine-harness.ts';

let h: Harness;
afterEach(() => h?.close());

const WELCOME = `  - id: welcome
    question: Welcome to Acme. Have you read our policies?
    schedule: on-join
    audience: { roles: [staff] }
    window: P7D
    reminders: [P2D]
`;

describe('on-join attestations', () => {
  it('welcome someone who joins after Vigil started, linking the policies, once', async () => {
    h = await Harness.open(WELCOME, '2026-11-23T09:00:00Z');
    expect((await h.tick()).issued).toEqual([]); // everyone was already here

    const withEve = ENGINE_BASE.replace('suppliers:', '  - { id: eve, name: Eve Long, email: eve@acme.example, roles: [staff], manager: bob }\nsuppliers:') + WELCOME;
    const config = parseConfig(withEve, 'engine-test.yaml');
    h.clock.set('2026-11-24T10:00:00Z');
    await syncPeople(h.db, config.people, h.clock.now());
    const engine = new Engine(config);
    const report = await engine.tick(h.db, h.clock.now());
    expect(report.issued.map((i) => [i.attestationId, i.assigneeId])).toEqual([['welcome', 'eve']]);
    const [message] = await pendingMessages(h.db, h.clock.now());
    expect(message!.recipient).toEqual({ kind: 'person', id: 'eve' });
    const card = renderPayload(message!.payload as OutboxPayload, await findPrompt(h.db, message!.promptId!), engine) as Card;
    expect(card.title).toBe('Welcome to Acme. Have you read our policies?');
    expect(card.text).toContain('• Backups');
    h.clock.set('2026-11-24T10:01:00Z');
    expect((await engine.tick(h.db, h.clock.now())).issued).toEqual([]);
    h.clock.set('2026-11-26T10:00:00Z');
    expect((await engine.tick(h.db, h.clock.now())).reminders).toEqual([expect.objectContaining({ assigneeId: 'eve', step: 1 })]);
  });

  it('on the first start, welcomes people whose joined date is recent enough that the window is open', async () => {
    const base = ENGINE_BASE.replace(
      '{ id: dev, name: Dev Patel, email: dev@acme.example, roles: [staff], manager: ann }',
      '{ id: dev, name: Dev Patel, email: dev@acme.example, roles: [staff], manager: ann, joined: 2026-11-20 }',
    ).replace('roles: [staff], manager: bob, delegates', 'roles: [staff], manager: bob, joined: 2026-11-02, delegates');
    h = await Harness.open(WELCOME, '2026-11-23T09:00:00Z', base);
    const report = await h.tick();
    expect(report.issued.map((i) => i.assigneeId)).toEqual(['dev']); // cat joined too long ago
    const prompt = await h.db.selectFrom('prompts').select(['occurrence', 'closes_at']).executeTakeFirstOrThrow();
    expect(prompt).toEqual({ occurrence: '2026-11-20T09:00:00.000Z', closes_at: '2026-11-27T09:00:00.000Z' });
  });
});
