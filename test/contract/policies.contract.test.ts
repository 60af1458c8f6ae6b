import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/index.ts';
import { policyAsks } from '../../src/store/index.ts';
import { DAILY_BACKUP, ENGINE_BASE } from '../fixtures/engine-harness.ts';
import { CHANNELS, openContract, type ContractBed } from './bed.ts';

/** A backup policy at `version`, with what changed and a link; everyone accepts it within a week. */
const base = (version: number, text: string, changes = '') => ENGINE_BASE.replace(
  '  - { id: backups, title: Backups, text: We back up daily. }',
  `  - { id: backups, title: Backups, version: ${version}, text: "${text}", link: "https://acme.example/policies/backups"${changes ? `, changes: "${changes}"` : ''} }`,
) + `  - id: accept-backups
    question: Please read {policy} ({version}) and confirm
    schedule: "0 9 4 1 *"
    audience: { roles: [staff] }
    answer: acknowledge
    policy: backups
    window: P7D
`;

const V1 = base(1, 'We back up every night to a second site.');
const V1_TYPO = base(1, 'We back up every night to a second site, offsite.');
const V2 = base(2, 'We back up every night and test a restore each month.', 'restores are tested monthly');

const promptOf = async (bed: ContractBed, person: string, version: string) => (await policyAsks(bed.h.db, ['backups']))
  .find((a) => a.personId === person && a.version === version)!.promptId;

describe.each(CHANNELS)('channel contract, policies accepted in chat: %s', (_name, make) => {
  let bed: ContractBed | undefined;
  afterEach(() => bed?.close());

  it('asks everyone to accept the version in force, records each acceptance per version; a new version asks again, a wording fix does not', async () => {
    bed = await openContract(make, V1);
    const { h, channel } = bed;
    // The terminal chat acts as Ann, so shows her messages in full.
    const ann = channel.messagesTo('ann').join('\n');
    expect(ann).toContain('Please read Backups (v1) and confirm');
    expect(ann).toContain('We back up every night to a second site.');
    for (const person of ['ann', 'bob', 'cat', 'dev']) await channel.answer(person, await promptOf(bed, person, '1'), 'yes');

    const reconfigure = (yaml: string) => h.engine.reconfigure(parseConfig(yaml + DAILY_BACKUP, 'engine-test.yaml'));
    reconfigure(V1_TYPO);
    h.clock.set('2026-11-24T08:00:00Z');
    expect((await h.tick()).issued).toEqual([]);

    reconfigure(V2);
    h.clock.set('2026-11-24T08:30:00Z');
    expect((await h.tick()).issued.map((i) => i.assigneeId).sort()).toEqual(['ann', 'bob', 'cat', 'dev']);
    await channel.deliver();
    const again = channel.messagesTo('dev').join('\n'); // the terminal chat now acts as Dev, who answered last
    // The version and what changed are the prompt's own (the drivers here swap the engine's config
    // without the app's reload, so the terminal chat would still show the old text under it).
    expect(again).toContain('Please read Backups (v2: restores are tested monthly) and confirm');
    h.clock.set('2026-11-24T09:30:00Z');
    await channel.answer('dev', await promptOf(bed, 'dev', '2'), 'yes');

    const accepted = (await policyAsks(h.db, ['backups'])).filter((a) => a.accepted).map((a) => `${a.personId} v${a.version}`).sort();
    expect(accepted).toEqual(['ann v1', 'bob v1', 'cat v1', 'dev v1', 'dev v2']);
    const status = await channel.command('ann', 'status');
    expect(status).toContain('Backups v2: 1/4 accepted');
    expect(status).toMatch(/not yet: Bob Stone \(asked Tue 24 Nov, not accepted since; last accepted v1 on Mon 23 Nov\)/);
  });
});
