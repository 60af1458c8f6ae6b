// Runs the `vigil` command line in-process for the set-up tests, in a directory of their own.
import { Readable, Writable } from 'node:stream';
import { main, type CliIo } from '../../src/cli.ts';

export async function runVigil(cwd: string, args: string[], stdinText = '', env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const output = new Writable({ write(chunk, _e, done) { stdout += String(chunk); done(); } });
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env, cwd, stdin: Readable.from([stdinText]), output, stopSignal: Promise.resolve() };
  return { code: await main(args, io), stdout, stderr };
}

/** Whether every line of `before` is in `after`, in the same order (what an import may only add to). */
export function keepsEveryLine(before: string, after: string): boolean {
  const lines = after.split('\n');
  let at = 0;
  for (const line of before.split('\n')) {
    while (at < lines.length && lines[at] !== line) at++;
    if (at === lines.length) return false;
    at++;
  }
  return true;
}
