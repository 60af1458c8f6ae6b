import { pino, type DestinationStream } from 'pino';
import { ErrorCode, VigilError } from './errors.ts';

/** A structured logger. Injected; adapters and the engine never write to the console themselves. */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** The levels LOG_LEVEL may name, quietest last. */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** How the composition root wants logs: a level (LOG_LEVEL) and whether stderr is a terminal. */
export interface LogSettings {
  level?: string | undefined;
  /** One readable line per entry instead of JSON (for a person at a terminal). */
  pretty?: boolean;
  /** The time written on each line; the wall clock by default. */
  now?: () => Date;
}

/**
 * Field names that may hold a credential, wherever they sit in the first two levels of fields.
 * Callers never pass secrets on purpose; this is the second line of defence.
 */
const SECRET_KEYS = ['token', 'botToken', 'appToken', 'signingSecret', 'secret', 'password', 'appPassword', 'authorization', 'cookie'];
const REDACT_PATHS = SECRET_KEYS.flatMap((key) => [key, `*.${key}`]);

/** A LOG_LEVEL value checked against {@link LOG_LEVELS}; unset means info. */
export function parseLogLevel(text: string | undefined): LogLevel {
  if (text === undefined || text === '') return 'info';
  const level = text.trim().toLowerCase();
  if ((LOG_LEVELS as readonly string[]).includes(level)) return level as LogLevel;
  throw new VigilError(ErrorCode.UsageError, `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not "${text}"`);
}

/**
 * A logger writing one JSON line per entry (`time`, `level`, `message`, then the fields) through
 * pino, to `write` (stderr by default), or one readable line when `pretty`. Entries below the
 * level are dropped before anything is formatted.
 */
export function streamLogger(write: (line: string) => void = (line) => process.stderr.write(line), settings: LogSettings = {}): Logger {
  const now = settings.now ?? (() => new Date());
  const destination: DestinationStream = { write: settings.pretty ? (line) => write(prettyLine(line)) : write };
  const log = pino(
    {
      level: parseLogLevel(settings.level),
      messageKey: 'message',
      base: { pid: process.pid },
      timestamp: () => `,"time":"${now().toISOString()}"`,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    },
    destination,
  );
  const entry = (level: 'info' | 'warn' | 'error') => (message: string, fields?: Record<string, unknown>) =>
    fields && Object.keys(fields).length ? log[level](fields, message) : log[level](message);
  return { info: entry('info'), warn: entry('warn'), error: entry('error') };
}

/** `09:14:03.120 WARN  message key=value …` from one of pino's JSON lines (pid left out). */
export function prettyLine(json: string): string {
  const { time, level, message, pid: _pid, ...fields } = JSON.parse(json) as Record<string, unknown>;
  const clock = typeof time === 'string' ? time.slice(11, 23) : '';
  const rest = Object.entries(fields).map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  return `${clock} ${String(level).toUpperCase().padEnd(5)} ${String(message ?? '')}${rest.length ? ' ' + rest.join(' ') : ''}\n`;
}

/** A logger that keeps entries in memory, for tests. */
export function memoryLogger(): Logger & { entries: { level: string; message: string; fields?: Record<string, unknown> }[] } {
  const entries: { level: string; message: string; fields?: Record<string, unknown> }[] = [];
  const log = (level: string) => (message: string, fields?: Record<string, unknown>) => {
    entries.push(fields === undefined ? { level, message } : { level, message, fields });
  };
  return { entries, info: log('info'), warn: log('warn'), error: log('error') };
}
