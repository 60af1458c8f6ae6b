import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/config/index.ts';
import { memoryLogger } from '../../src/logger.ts';
import { MemoryGapLog, ModelReader, PolicyQa } from '../../src/register/index.ts';

/**
 * The optional language model, against a fake OpenAI-compatible endpoint on loopback that speaks
 * the chat-completions wire format: POST {base}/chat/completions with model and messages, a
 * `chat.completion` object back with the reply in choices[0].message.content.
 */
const config = loadConfigFile(new URL('./fixtures/harbour-lettings.yaml', import.meta.url).pathname);
const KEY = 'sk-test-not-a-real-key';

let server: Server;
let base: string;
let requests: { path: string; headers: IncomingHttpHeaders; body: { model: string; messages: { role: string; content: string }[] } }[];
/** What the fake model replies with next: its message content, a delay, or an HTTP status. */
let reply: { content?: string; delayMs?: number; status?: number };

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      requests.push({ path: req.url ?? '', headers: req.headers, body: JSON.parse(raw) });
      setTimeout(() => {
        if (res.destroyed) return;
        if (reply.status) return void res.writeHead(reply.status).end('{"error":{"message":"nope"}}');
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            id: 'chatcmpl-1', object: 'chat.completion', created: 1_700_000_000, model: 'fake-model',
            choices: [{ index: 0, message: { role: 'assistant', content: reply.content ?? '{}' }, finish_reason: 'stop' }],
            usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
          }),
        );
      }, reply.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  requests = [];
  reply = {};
});

const reading = (fields: Record<string, unknown>) => JSON.stringify({ supplier: null, region: null, regionMode: 'in', topic: null, except: [], count: false, ...fields });

function qaWith(timeoutMs = 2000) {
  const logger = memoryLogger();
  const gaps = new MemoryGapLog();
  const qa = new PolicyQa(config, { gaps, reader: new ModelReader({ endpoint: base, model: 'fake-model', timeoutMs, apiKey: KEY }, logger) });
  return { qa, logger, gaps };
}

describe('optional language model behind an OpenAI-compatible endpoint', () => {
  it('reads a phrasing the register alone cannot, and the register answers and cites it', async () => {
    const { qa, gaps } = qaWith();
    const question = 'Owen Pryce says the card folks are dodgy, thoughts?';
    expect(qa.ask(question).intent).toBe('unknown');
    reply = { content: reading({ intent: 'security', supplier: 'stripe' }) };
    const answer = await qa.askWithModel(question);
    expect(answer.answer).toContain('PCI DSS Level 1');
    expect(answer.sources).toEqual(['register:stripe']);
    const [request] = requests;
    expect(request!.path).toBe('/v1/chat/completions');
    expect(request!.body.model).toBe('fake-model');
    expect(request!.headers.authorization).toBe(`Bearer ${KEY}`);
    // The question goes out without the people's names.
    expect(request!.body.messages.at(-1)).toEqual({ role: 'user', content: '[name] says the card folks are dodgy, thoughts?' });
    expect(gaps.list().map((g) => g.question)).toEqual(['[name] says the card folks are dodgy, thoughts?']); // the plain ask above
  });

  it('never asks the model when the register answers by itself', async () => {
    const { qa } = qaWith();
    expect((await qa.askWithModel('where is Reapit data stored?')).sources).toEqual(['register:reapit']);
    expect(requests).toEqual([]);
  });

  it('never writes a fact: extra text in the reply is ignored, and only the register speaks', async () => {
    const { qa } = qaWith();
    reply = { content: JSON.stringify({ intent: 'location', supplier: 'stripe', answer: 'Stripe keeps our data on the Moon.' }) };
    const answer = await qa.askWithModel('gimme the lowdown on the card people');
    expect(answer.answer).toContain('the US and the EU');
    expect(answer.answer).not.toContain('Moon');
  });

  it('falls back to the register alone on a timeout, an error, a reply that is no reading, or a supplier it does not hold', async () => {
    const question = 'gimme the lowdown on the card people';
    const cases: (typeof reply)[] = [
      { delayMs: 1500, content: reading({ intent: 'summary', supplier: 'stripe' }) },
      { status: 500 },
      { content: 'Stripe, probably.' },
      { content: reading({ intent: 'summary', supplier: 'paypal' }) },
    ];
    for (const next of cases) {
      const { qa, logger, gaps } = qaWith(300);
      reply = next;
      const started = Date.now();
      const answer = await qa.askWithModel(question);
      expect(Date.now() - started).toBeLessThan(1200);
      expect(answer.intent).toBe('unknown');
      expect(answer.answer).toContain('Nadia Okafor (nadia@harbour-lettings.example)');
      expect(gaps.list()).toEqual([{ question, count: 1 }]);
      expect(logger.entries.map((e) => e.message)).toEqual(['language model reading failed; answering from the register alone']);
      expect(JSON.stringify(logger.entries)).not.toContain(KEY);
    }
    expect(requests).toHaveLength(cases.length);
  });
});
