import { describe, expect, it } from 'vitest';
import { VigilError } from '../src/errors.ts';
import { parseLogLevel, streamLogger } from '../src/logger.ts';

const at = new Date('2026-11-23T09:14:03.120Z');

function capture(settings: Parameters<typeof streamLogger>[1]) {
  const lines: string[] = [];
  return { lines, logger: streamLogger((line) => void lines.push(line), { now: () => at, ...settings }) };
}

describe('logger', () => {
  it('writes one JSON line per entry: time, level, message and the fields', () => {
    const { lines, logger } = capture({});
    logger.warn('delivery failed', { outboxId: 'o1', attempts: 3 });
    logger.info('plain');
    expect(lines).toHaveLength(2);
    expect(lines.every((line) => line.endsWith('\n'))).toBe(true);
    expect(JSON.parse(lines[0]!)).toMatchObject({ time: '2026-11-23T09:14:03.120Z', level: 'warn', message: 'delivery failed', outboxId: 'o1', attempts: 3 });
    expect(JSON.parse(lines[1]!)).toMatchObject({ level: 'info', message: 'plain' });
  });

  it('drops entries below LOG_LEVEL, and refuses a level it does not know', () => {
    const { lines, logger } = capture({ level: 'WARN' });
    logger.info('not shown');
    logger.warn('shown');
    logger.error('shown too');
    expect(lines.map((line) => JSON.parse(line).message)).toEqual(['shown', 'shown too']);
    const silent = capture({ level: 'silent' });
    silent.logger.error('nothing');
    expect(silent.lines).toEqual([]);
    expect(() => parseLogLevel('loud')).toThrow(VigilError);
    expect(() => parseLogLevel('loud')).toThrow(/LOG_LEVEL must be one of debug, info, warn, error, silent/);
  });

  it('writes readable lines on a terminal', () => {
    const { lines, logger } = capture({ pretty: true });
    logger.error('tick failed', { error: 'database is locked', n: { a: 1 } });
    expect(lines).toEqual(['09:14:03.120 ERROR tick failed error=database is locked n={"a":1}\n']);
  });
});
