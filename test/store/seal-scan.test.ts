import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_TABLES, scanSealKeys, sealGroups, sealRecord, type SealGroup } from '../../src/store/seal.ts';

const d = (text: string) => createHash('sha256').update(text).digest('hex');

/** What the scan finds, as [table, live, key, digest], or undefined when it leaves the record to sealGroups. */
function scan(action: string, text: string): [string, boolean, string, string][] | undefined {
  const found: [string, boolean, string, string][] = [];
  const ok = scanSealKeys(action, text, (t, live, keyStart, keyEnd, digestAt) => found.push([EVIDENCE_TABLES[t]!, live, text.slice(keyStart, keyEnd), text.slice(digestAt, digestAt + 64)]));
  return ok ? found : (expect(found).toEqual([]), undefined);
}

/** What sealGroups reads of the same record, in the same shape. */
function parsed(action: string, text: string): [string, boolean, string, string][] | undefined {
  return sealGroups(action, text, false)?.flatMap((g) => g.rows.map(([key, digest]): [string, boolean, string, string] => [g.table, g.op !== 'delete', key, digest]));
}

describe('reading a seal record\'s keys and digests in place (verify)', () => {
  const records: SealGroup[][] = [
    [{ table: 'prompts', op: 'insert', rows: [['p1', d('1'), { id: 'p1' }], ['p2', d('2'), { id: 'p2', status: 'open' }]] }],
    [{ table: 'answers', op: 'delete', rows: [['a1', d('a')]], cause: 'retention' }],
    [{ table: 'people', op: 'baseline', rows: [] }],
    [
      { table: 'answers', op: 'insert', rows: [['a9', d('9'), { value: 'no, "really"' }]] },
      { table: 'prompts', op: 'update', by: 'engine', rows: [['ünï/cødé\u2028', d('p')]] },
      { table: 'findings', op: 'delete', by: 'engine', cause: 'forget, "quoted"', rows: [['f1', d('f')]] },
    ],
  ];

  it('finds exactly what parsing the record finds, for every shape sealRecord writes', () => {
    for (const groups of records) {
      const { action, data } = sealRecord('amy', groups);
      const text = JSON.stringify(data);
      expect(scan(action, text)).toEqual(parsed(action, text));
      expect(scan(action, text)!.length).toBe(groups.reduce((n, g) => n + g.rows.length, 0));
    }
  });

  it('leaves to the parser a key with an escape, the first format, an unknown table, a short digest or other text', () => {
    const escaped = sealRecord('amy', [{ table: 'prompts', op: 'insert', rows: [['p"1\\', d('1'), {}]] }]);
    const first = { table: 'prompts', rows: [['p1', d('1'), { id: 'p1' }]] };
    const cases: [string, string][] = [
      [escaped.action, JSON.stringify(escaped.data)],
      ['seal.insert', JSON.stringify(first)],
      ['seal.insert', JSON.stringify({ table: 'outbox', rows: [['o1', d('o')]], values: [null] })],
      ['seal.insert', JSON.stringify({ table: 'prompts', rows: [['p1', 'abc']], values: [null] })],
      ['seal.insert', `{ "table":"prompts","rows":[["p1","${d('1')}"]],"values":[null]}`],
      ['seal.batch', JSON.stringify({ seals: [{ op: 'insert', table: 'prompts', rows: [['p1', d('1')]] }], values: [[null]] })],
      ['seal.insert', 'not json'],
    ];
    for (const [action, text] of cases) expect(scan(action, text)).toBeUndefined();
    expect(parsed(escaped.action, JSON.stringify(escaped.data))).toEqual([['prompts', true, 'p"1\\', d('1')]]);
  });
});
