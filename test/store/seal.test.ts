import { describe, expect, it } from 'vitest';
import { canonicalRow, rowDigest } from '../../src/store/seal.ts';

describe('row seal canonical form', () => {
  const row = { id: 'a1', late: 0, revision: 2, reason: null, value: 'no', answered_at: '2026-01-01T00:00:00.000Z' };

  it('is the same whatever the key order or number type the driver returned', () => {
    const reordered = { value: 'no', revision: 2n, answered_at: '2026-01-01T00:00:00.000Z', late: 0, id: 'a1', reason: null };
    expect(rowDigest('answers', reordered)).toBe(rowDigest('answers', row));
  });

  it('stays the same when a later migration adds a column that is null', () => {
    expect(rowDigest('answers', { ...row, added_later: null })).toBe(rowDigest('answers', row));
  });

  it('changes when any bound field changes', () => {
    expect(rowDigest('answers', { ...row, value: 'yes' })).not.toBe(rowDigest('answers', row));
    expect(rowDigest('answers', { ...row, reason: 'fixed' })).not.toBe(rowDigest('answers', row));
  });

  it('leaves scheduling bookkeeping out of a prompt', () => {
    const prompt = { id: 'p1', status: 'open', next_action_at: '2026-01-02T00:00:00.000Z' };
    expect(canonicalRow('prompts', prompt)).toEqual({ id: 'p1', status: 'open' });
    expect(rowDigest('prompts', { ...prompt, next_action_at: null })).toBe(rowDigest('prompts', prompt));
    expect(rowDigest('prompts', { ...prompt, status: 'answered' })).not.toBe(rowDigest('prompts', prompt));
  });
});

describe('sealed values', () => {
  it('keeps a person\'s name, email and chat ids as digests, other columns in clear', async () => {
    const { sealEntry } = await import('../../src/store/seal.ts');
    const person = { id: 'dev', name: 'Dev Patel', email: 'dev@acme.example', roles: '["staff"]', manager_id: 'ann', slack_id: 'U9', teams_aad_object_id: null, active: 1, first_seen_at: 'x', synced_at: 'y' };
    const [key, sealed, values] = sealEntry('people', person);
    expect(key).toBe('dev');
    expect(sealed).toBe(rowDigest('people', person));
    expect(values).toMatchObject({ id: 'dev', roles: '["staff"]', manager_id: 'ann', active: '1' });
    expect(JSON.stringify(values)).not.toMatch(/Dev Patel|dev@acme|U9|synced_at/);
    expect(values!.email).toMatch(/^sha256:[0-9a-f]{32}$/);
  });
});
