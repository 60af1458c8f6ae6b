import { describe, expect, it } from 'vitest';
import { canonicalText } from '../../src/store/evidence-verify.ts';
import { canonicalRow, type EvidenceTable } from '../../src/store/seal.ts';

describe('a row\'s canonical text built from its values (verify\'s bulk read)', () => {
  const cases: [EvidenceTable, Record<string, unknown>][] = [
    ['answers', { id: 'a1', prompt_id: 'p"1\\', revision: 2, reason: null, value: 'no', late: 0, answered_at: '2026-01-01T00:00:00.000Z', text: 'ünïcode, "quotes"\n\u2028 and \u0001' }],
    ['prompts', { status: 'open', next_action_at: '2026-01-02T00:00:00.000Z', id: 'p1', Zeta: 'capital first', closes_at: undefined, big: 12345678901234567890n, flag: true }],
    ['people', { id: 'p0', name: 'Ada', synced_at: 'x', email: null }],
    ['findings', {}],
    // Strings quoted as they are and strings that need JSON.stringify: a lone surrogate, a pair, DEL, a tab.
    ['notices', { id: 'n1', lone: 'x\ud800y', pair: 'emoji \u{1F600}', del: 'a\u007fb', tab: 'a\tb', plain: 'plain text, with: punctuation & {braces}' }],
  ];

  it('is byte for byte JSON.stringify([table, canonicalRow(table, row)]), whatever the column order', () => {
    for (const [table, row] of cases) {
      const columns = Object.keys(row);
      const expected = JSON.stringify([table, canonicalRow(table, row)]);
      expect(canonicalText(table, columns)(columns.map((c) => row[c]))).toBe(expected);
      const reversed = [...columns].reverse();
      expect(canonicalText(table, reversed)(reversed.map((c) => row[c]))).toBe(expected);
    }
  });
});
