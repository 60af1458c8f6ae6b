import { mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/config/index.ts';
import { FileGapLog, MemoryGapLog, PolicyQa, scrub } from '../../src/register/index.ts';

const config = loadConfigFile(new URL('../../examples/service-firm/vigil.yaml', import.meta.url).pathname);
let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('unanswered questions (gaps)', () => {
  it('keeps only what it could not answer, most asked first, without names, emails or phone numbers', () => {
    const gaps = new MemoryGapLog();
    const qa = new PolicyQa(config, { gaps });
    qa.ask('where is our CRM data stored?'); // answered: not kept
    qa.ask('where is Salesforce data stored?');
    qa.ask('Priya Shah asked: do we use Mailchimp? ring 07700 900123 or priya@service-firm.example');
    qa.ask('where is salesforce data stored');
    expect(gaps.list()).toEqual([
      { question: 'where is Salesforce data stored?', count: 2 },
      { question: '[name] asked: do we use Mailchimp? ring [phone] or [email]', count: 1 },
    ]);
  });

  it('scrubs a first name on its own', () => {
    expect(scrub('what did tom say about hubspot?', config)).toBe('what did [name] say about hubspot?');
  });

  it('keeps gaps in a file across processes, skipping a torn last line', () => {
    dir = mkdtempSync(join(tmpdir(), 'vigil-gaps-'));
    const file = join(dir, 'data', 'qa-gaps.jsonl');
    new PolicyQa(config, { gaps: new FileGapLog(file) }).ask('who won the football?');
    new PolicyQa(config, { gaps: new FileGapLog(file) }).ask('who won the football?');
    appendFileSync(file, '{"q": "torn');
    expect(new FileGapLog(file).list()).toEqual([{ question: 'who won the football?', count: 2 }]);
    writeFileSync(file, '');
    expect(new FileGapLog(file).list()).toEqual([]);
  });
});
