import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SealIndex } from '../../src/store/evidence-verify-index.ts';

const digest = (text: string) => createHash('sha256').update(text).digest('hex');

describe('the seal index', () => {
  it('finds every key after growing far past its first size, keeping the latest seal of each', () => {
    const index = new SealIndex(10);
    for (let i = 0; i < 50_000; i++) index.put(i % 5, `key-${i}`, i + 1, digest(`v${i}`), true);
    index.put(0, 'key-0', 60_000, digest('changed'), true);
    const wrong: number[] = [];
    for (let i = 1; i < 50_000; i++) {
      const slot = index.find(i % 5, `key-${i}`);
      if (slot < 0 || index.seqOf(slot) !== i + 1 || !index.matches(slot, digest(`v${i}`))) wrong.push(i);
    }
    expect(wrong).toEqual([]);
    const first = index.find(0, 'key-0');
    expect(index.seqOf(first)).toBe(60_000);
    expect(index.matches(first, digest('v0'))).toBe(false);
    expect(index.find(1, 'key-0')).toBe(-1); // the same key in another table is another row
  });

  it('lists what was sealed live and never seen, and what a purge must carry', () => {
    const index = new SealIndex(4);
    index.put(0, 'a', 1, digest('a'), true);
    index.put(0, 'b', 2, digest('b'), true);
    index.put(0, 'c', 3, digest('c'), true);
    index.put(0, 'c', 4, digest('c'), false); // removed
    index.markSeen(index.find(0, 'a'));
    expect([...index.unseenLive()].map((s) => s.seq)).toEqual([2]);
    expect([...index.liveAtOrBefore(1)].map((s) => s.seq)).toEqual([1]);
  });

  it("matches a sealed digest in either case, and never one with a character that is not a hex digit, though it reads as the same number", () => {
    const index = new SealIndex(8);
    const real = digest('row');
    // "10" and "0g" give the same word when each character is read as a digit value (g = 16).
    const at = real.indexOf('10');
    const aliased = at >= 0 ? `${real.slice(0, at)}0g${real.slice(at + 2)}` : `0g${real.slice(2)}`;
    const target = at >= 0 ? real : `10${real.slice(2)}`;
    index.put(0, 'upper', 1, target.toUpperCase(), true);
    index.put(0, 'aliased', 2, aliased, true);
    index.put(0, 'short', 3, target.slice(0, 30), true);
    expect(index.matches(index.find(0, 'upper'), target)).toBe(true);
    expect(index.matches(index.find(0, 'aliased'), target)).toBe(false);
    expect(index.matches(index.find(0, 'short'), target)).toBe(false);
  });
});
