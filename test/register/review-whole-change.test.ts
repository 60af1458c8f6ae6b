import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/config/index.ts';
import { devQaOf } from './dev-questions.ts';

/**
 * The reading of issue 17's twenty-fifth to twenty-eighth rounds as one change: a well-known tool, or a
 * big company's product, is a tool we do not use only where no supplier we hold is named by it. The
 * refusal ("I can't find dropbox") is tested beside the accepted case: a firm that holds the tool, by
 * its name or a longer one ("WhatsApp Business"), gets its entry. Those two are guarded twice (the
 * supplier is named before any tool step runs); the Google Workspace case is the one that fails when
 * the held-name check (`holdsNamed`) is taken out.
 */
const firm = (slug: string) => devQaOf(loadConfigFile(new URL(`../../examples/${slug}/vigil.yaml`, import.meta.url).pathname));

describe('a well-known tool: not in the register only where no supplier we hold is named by it', () => {
  it('a firm without Dropbox: "I can\'t find dropbox", whom to ask', () => {
    const answer = firm('tolley-plumbing').ask('does dropbox keep our files in the uk');
    expect(answer.answer).toContain("I can't find dropbox");
    expect(answer.answer).toContain('Karen Tolley');
  });
  it('a firm that holds Dropbox: where its entry says the data is, cited', () => {
    const answer = firm('fernleigh-salon').ask('does dropbox keep our files in the uk');
    expect(answer.answer).not.toContain("can't find");
    expect(answer.answer).toContain('US');
    expect(answer.sources).toContain('register:dropbox');
  });
  it('a firm that holds WhatsApp Business: the tool by the first word of its name is that entry', () => {
    const answer = firm('copperbeech-fitness').ask('does whatsapp keep our messages in the uk');
    expect(answer.answer).not.toContain("can't find");
    expect(answer.answer).toContain('WhatsApp Business');
  });
});

describe('a big company\'s product: not in the register only where we hold nothing of that company\'s', () => {
  it('a firm with no Google product: Google Drive is a tool we do not use', () => {
    const qa = firm('tolley-plumbing');
    const held = qa.config.suppliers.some((s) => /google/i.test([s.name, ...s.aliases].join(' ')));
    expect(held).toBe(false);
    expect(qa.ask('is it ok to use google drive for the job photos').answer).toContain("can't find google drive");
  });
  it('a firm that holds Google Workspace: Google Drive may well be it, so it is no stranger', () => {
    const answer = firm('tenshin-karate').ask('is it ok to use google drive for the grading sheets');
    expect(answer.answer).not.toContain("can't find google drive");
  });
});
