import { Writable } from 'node:stream';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { recordAnswer } from '../../src/attestations/index.ts';
import { parseConfig } from '../../src/config/index.ts';
import { exportEvidence } from '../../src/evidence/export.ts';
import { exportPackage } from '../../src/evidence/package.ts';
import { policyAsks } from '../../src/store/index.ts';
import { ENGINE_BASE, Harness } from '../fixtures/engine-harness.ts';

let h: Harness;
afterEach(() => h?.close());

const base = (version: number) => ENGINE_BASE.replace('  - { id: backups, title: Backups, text: We back up daily. }', `  - { id: backups, title: Backups, version: ${version}, text: "Nightly backups, version ${version}." }`);
const ACCEPT = `  - id: accept-backups
    question: Please read {policy} ({version}) and confirm
    schedule: on-join
    audience: { people: [bob, cat] }
    answer: acknowledge
    policy: backups
    window: P7D
`;

async function accept(person: string, version: string) {
  const promptId = (await policyAsks(h.db, ['backups'])).find((a) => a.personId === person && a.version === version)!.promptId;
  await recordAnswer(h.db, h.engine, { promptId, personId: person, value: 'yes', channel: 'teams' }, h.clock.now());
}

describe('the audit package: policy acceptances', () => {
  it('lists each version asked and accepted, with who, when and how, and who has not accepted the current version', async () => {
    h = await Harness.open(ACCEPT, '2026-11-23T09:00:00Z', base(1));
    await h.tick();
    h.clock.set('2026-11-23T10:00:00Z');
    await accept('bob', '1');
    await accept('cat', '1');
    h.engine.reconfigure(parseConfig(base(2) + ACCEPT, 'engine-test.yaml'));
    h.clock.set('2026-11-25T09:00:00Z');
    await h.tick();
    h.clock.set('2026-11-25T11:00:00Z');
    await accept('cat', '2');

    const chunks: Buffer[] = [];
    await exportPackage({
      db: h.db, workspace: h.engine, clock: h.clock, from: new Date('2026-11-23T00:00:00Z'), to: new Date('2026-11-28T00:00:00Z'), vigilVersion: '0.1.0-test',
      out: new Writable({ write(c: Buffer, _e, done) { chunks.push(c); done(); } }),
    });
    const files = Object.fromEntries(Object.entries(unzipSync(new Uint8Array(Buffer.concat(chunks)))).map(([p, b]) => [p, strFromU8(b)]));
    const rows = (path: string) => files[path]!.trimEnd().split('\r\n').map((l) => l.split(','));
    const acceptances = rows('policies/acceptances.csv');
    expect(acceptances[0]).toEqual(['policy', 'version', 'person', 'name', 'asked_at', 'closes_at', 'status', 'accepted_at', 'accepted_by', 'channel', 'late', 'prompt_id']);
    expect(acceptances.slice(1).map((r) => [r[1], r[2], r[6], r[7], r[9]])).toEqual([
      ['1', 'bob', 'accepted', '2026-11-23T10:00:00.000Z', 'teams'],
      ['1', 'cat', 'accepted', '2026-11-23T10:00:00.000Z', 'teams'],
      ['2', 'bob', 'open', '', ''],
      ['2', 'cat', 'accepted', '2026-11-25T11:00:00.000Z', 'teams'],
    ]);
    expect(rows('policies/not-accepted.csv').slice(1)).toEqual([['backups', 'v2', 'bob', 'Bob Stone', '2026-11-25T09:00:00.000Z', 'v1', '2026-11-23T10:00:00.000Z']]);
    const manifest = JSON.parse(files['manifest.json']!) as { files: { path: string }[] };
    expect(manifest.files.map((f) => f.path)).toEqual(expect.arrayContaining(['policies/acceptances.csv', 'policies/not-accepted.csv']));

    // The JSON export carries the same, per policy.
    let json = '';
    await exportEvidence({
      db: h.db, workspace: h.engine, clock: h.clock, from: new Date('2026-11-23T00:00:00Z'), to: new Date('2026-11-28T00:00:00Z'), format: 'json',
      out: new Writable({ write(c: Buffer, _e, done) { json += c.toString(); done(); } }),
    });
    const [policy] = JSON.parse(json).policyAcceptances;
    expect(policy).toEqual(expect.objectContaining({ policy: 'backups', currentVersion: '2', audience: 2, acceptedCurrent: 1 }));
    expect(policy.notAccepted).toEqual([{ person: 'bob', name: 'Bob Stone', askedSince: '2026-11-25T09:00:00.000Z', lastAccepted: { version: '1', at: '2026-11-23T10:00:00.000Z' } }]);
    expect(policy.asks.map((a: { version: string; person: string; status: string }) => `${a.person} v${a.version} ${a.status}`)).toEqual(['bob v1 accepted', 'cat v1 accepted', 'bob v2 open', 'cat v2 accepted']);
  });
});
