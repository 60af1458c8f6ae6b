import { describe, expect, it } from 'vitest';
import { LoadGauge, WorkQueue } from '../src/bot/work-queue.ts';
import { memoryLogger } from '../src/logger.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('WorkQueue', () => {
  it('holds work while requests are being answered, and runs it once they are', async () => {
    const gauge = new LoadGauge(20);
    const queue = new WorkQueue(memoryLogger(), { gauge, maxDelayMs: 5000 });
    const ran: number[] = [];
    const finish = gauge.start();
    queue.add(async () => void ran.push(1));
    queue.add(async () => void ran.push(2));
    await sleep(60);
    expect(ran).toEqual([]); // a request is in flight
    finish();
    await sleep(5);
    expect(ran).toEqual([]); // just answered: the burst may go on
    await queue.idle();
    expect(ran).toEqual([1, 2]);
  });

  it('never holds work longer than maxDelayMs, however busy', async () => {
    const gauge = new LoadGauge();
    const queue = new WorkQueue(memoryLogger(), { gauge, maxDelayMs: 50 });
    gauge.start(); // never answered
    const started = performance.now();
    let ranAfter = 0;
    queue.add(async () => void (ranAfter = performance.now() - started));
    await queue.idle();
    expect(ranAfter).toBeGreaterThanOrEqual(45);
    expect(ranAfter).toBeLessThan(1000);
  });

  it('logs a failed job and goes on with the next', async () => {
    const logger = memoryLogger();
    const queue = new WorkQueue(logger);
    const ran: string[] = [];
    queue.add(async () => {
      throw new Error('chat.update failed');
    });
    queue.add(async () => void ran.push('next'));
    await queue.idle();
    expect(ran).toEqual(['next']);
    expect(logger.entries).toEqual([{ level: 'error', message: 'work after ack failed', fields: { error: 'chat.update failed' } }]);
  });
});
