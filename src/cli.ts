// The `vigil` command line's entry: the real process's input and output, and `main`. The program
// and its commands are in cli/ (one module per command or family of commands).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { runProgram } from './cli/program.ts';
import type { CliIo } from './cli/context.ts';

export { DEMO_CONFIG, type CliIo } from './cli/context.ts';
export { platformSettings } from './cli/commands/start.ts';

let stopSignal: Promise<void> | undefined;

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  stdin: process.stdin,
  output: process.stdout,
  progress: process.stderr.isTTY === true,
  // Listening for a signal takes away its default (ending the process), so the listeners are
  // installed only when asked for: by `start` running the bot, to stop gracefully. The terminal
  // chat and every other command end on the first Ctrl-C, as any program does.
  get stopSignal() {
    return (stopSignal ??= new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    }));
  },
};

/**
 * Runs the `vigil` command line and resolves to its exit code: 0 done, 1 failed (with every
 * error printed), 2 bad usage. This and `app.ts` are the only places that read the environment.
 */
export function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  // Settings from ./.env when present, under those already in the environment (Node's own reader).
  const dotEnv = resolve(io.cwd, '.env');
  if (io === processIo && existsSync(dotEnv)) process.loadEnvFile(dotEnv);
  return runProgram(argv, io);
}
