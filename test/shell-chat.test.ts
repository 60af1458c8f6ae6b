import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runShell } from '../src/bot/terminal.ts';
import { memoryLogger } from '../src/logger.ts';
import { DAILY_BACKUP, Harness } from './fixtures/engine-harness.ts';

let h: Harness;
beforeEach(async () => {
  h = await Harness.open(DAILY_BACKUP, '2026-11-23T09:00:00Z');
});
afterEach(() => h.close());

/** Runs the terminal chat in-process over the lines given, as `who`, and returns what it printed. */
async function chat(lines: string[], who = 'cat'): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let shown = '';
  output.on('data', (c: Buffer) => (shown += c.toString()));
  const done = runShell({ db: h.db, engine: h.engine, clock: h.clock, logger: memoryLogger(), input, output, as: who });
  input.end(lines.map((l) => `${l}\n`).join(''));
  await done;
  return shown;
}

describe('the terminal chat', () => {
  it('answers a mistyped command with did-you-mean instead of reading it as a question', async () => {
    const shown = await chat(['pendng', 'statsu']);
    expect(shown).toContain('Did you mean pending? Type help for commands; anything else is a question about our suppliers and policies.');
    expect(shown).toContain('Did you mean status?');
    expect(shown).not.toMatch(/register|don't know/i);
  });

  it('still reads a one-word question that is no command as a question, and a question of several words', async () => {
    const shown = await chat(['retention', 'who is our data protection contact?']);
    expect(shown).not.toContain('Did you mean');
    expect(shown).toContain('For data protection, ask Ann Lee (ann@acme.example).');
  });
});
