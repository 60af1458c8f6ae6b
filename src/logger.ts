/** A structured logger. Injected; adapters and the engine never write to the console themselves. */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** A logger writing one line per entry to a stream (stderr by default). */
export function streamLogger(write: (line: string) => void = (line) => process.stderr.write(line)): Logger {
  const log = (level: string) => (message: string, fields?: Record<string, unknown>) =>
    write(`${level} ${message}${fields && Object.keys(fields).length ? ' ' + JSON.stringify(fields) : ''}\n`);
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

/** A logger that keeps entries in memory, for tests. */
export function memoryLogger(): Logger & { entries: { level: string; message: string; fields?: Record<string, unknown> }[] } {
  const entries: { level: string; message: string; fields?: Record<string, unknown> }[] = [];
  const log = (level: string) => (message: string, fields?: Record<string, unknown>) => {
    entries.push(fields === undefined ? { level, message } : { level, message, fields });
  };
  return { entries, info: log('info'), warn: log('warn'), error: log('error') };
}
