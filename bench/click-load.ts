// The load generator of the Slack benchmark, in a process of its own (as Slack is): posts the
// signed bodies it reads on stdin (JSON lines) to a URL at a given concurrency and prints each
// request's latency in ms, one per line.
import { createInterface } from 'node:readline';
import { sign } from '../test/fakes/slack-payloads.ts';

const [url, concurrencyText, secret] = process.argv.slice(2) as [string, string, string];
const bodies: { body: string; contentType: string }[] = [];
for await (const line of createInterface({ input: process.stdin })) if (line) bodies.push(JSON.parse(line));
const latencies: number[] = [];
await Promise.all(Array.from({ length: Number(concurrencyText) }, async () => {
  for (let next = bodies.shift(); next; next = bodies.shift()) {
    const t = performance.now();
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': next.contentType, ...sign(secret, next.body) }, body: next.body });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`status ${response.status}`);
    latencies.push(performance.now() - t);
  }
}));
process.stdout.write(latencies.map((l) => l.toFixed(3)).join('\n') + '\n');
