import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Readable, Writable } from 'node:stream';
import type { Command } from 'commander';
import type { Workspace } from '../app.ts';
import type { StoreOptions } from '../store/database.ts';
import { systemClock } from '../clock.ts';
import type { VigilConfig } from '../config/index.ts';
import { ErrorCode, VigilError } from '../errors.ts';
import { parseInstantOption } from '../evidence/dates.ts';
import { streamLogger, type Logger } from '../logger.ts';
import { FileGapLog } from '../register/gaps.ts';
import { describeStore, isPostgresUrl } from '../store/location.ts';

/** Where the CLI reads and writes; the real process by default, buffers in tests. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Where the terminal chat reads and writes. */
  stdin: Readable;
  output: Writable;
  /**
   * Resolves when the process is asked to stop (SIGINT, SIGTERM). Only `start` running the bot
   * reads it: reading it is what makes the process listen for those signals.
   */
  stopSignal?: Promise<void>;
  /** Show progress bars on stderr (it is a terminal). */
  progress?: boolean;
}

/** The bundled demo workspace, used when no config is given and ./vigil.yaml does not exist. */
export const DEMO_CONFIG = fileURLToPath(new URL('../../examples/trekim/vigil.yaml', import.meta.url));

/** The options every command takes. */
export interface GlobalOptions {
  config?: string;
  db?: string;
  json?: boolean;
}

/**
 * What every command gets: output, the environment, and where the workspace and the store are.
 * A command reports failure by throwing (a VigilError), or by `fail()` when it has already said why.
 */
export interface Cli {
  io: CliIo;
  say: (line: string) => void;
  note: (line: string) => void;
  /** The global options as this command sees them. */
  global: (command: Command) => GlobalOptions;
  logger: () => Logger;
  /** Where unanswered questions are kept: beside the SQLite file, or in ./data for PostgreSQL. */
  gapLog: (db: string) => FileGapLog;
  resolveConfig: (options: GlobalOptions) => string;
  /** The store: --db, else DATABASE_URL (PostgreSQL), else VIGIL_DB, else ./data/vigil.db (empty variables count as unset). */
  resolveDb: (options: GlobalOptions) => string;
  /**
   * The store for a command that only reads: a SQLite file that does not exist is refused, naming
   * it, rather than created and migrated empty (a mistyped --db would otherwise report nothing).
   */
  existingDb: (options: GlobalOptions) => string;
  sqliteOnly: (location: string, what: string) => string;
  /** Paths under the working directory relative to it; others in full; URLs without secrets. */
  display: (file: string) => string;
  withWorkspace: (options: GlobalOptions, dbFile: string, run: (ws: Workspace) => Promise<void>, store?: StoreOptions) => Promise<void>;
  /** An instant given on the command line, or now when none is given. */
  instant: (text: string | undefined, flag: string) => Date;
  /** Ends with exit code 1 once the command is done (it has said why). */
  fail: () => void;
  readonly exitCode: number;
}

export function createCli(io: CliIo): Cli {
  let exitCode = 0;
  const note = (line: string) => io.stderr(line + '\n');
  // JSON lines for a log shipper; readable lines when stderr is a terminal (as for progress bars).
  const logger = () => streamLogger(io.stderr, { level: io.env.LOG_LEVEL, pretty: io.progress === true });
  const display = (file: string) => {
    if (isPostgresUrl(file)) return describeStore(file);
    const rel = relative(io.cwd, file);
    return rel && !rel.startsWith('..') ? rel : file;
  };
  const resolveConfig = (options: GlobalOptions): string => {
    // A variable set but empty (VIGIL_CONFIG= in a unit file or compose) counts as unset.
    const given = options.config ?? (io.env.VIGIL_CONFIG || undefined);
    if (given) return resolve(io.cwd, given);
    const local = resolve(io.cwd, 'vigil.yaml');
    if (existsSync(local)) return local;
    note(`vigil: no ./vigil.yaml here, so using the bundled demo workspace (${display(DEMO_CONFIG)}); pass --config FILE to use yours`);
    return DEMO_CONFIG;
  };
  const resolveDb = (options: GlobalOptions) => {
    const given = options.db ?? (io.env.DATABASE_URL || io.env.VIGIL_DB || 'data/vigil.db');
    return isPostgresUrl(given) ? given : resolve(io.cwd, given);
  };
  return {
    io,
    say: (line) => io.stdout(line + '\n'),
    note,
    global: (command) => command.optsWithGlobals<GlobalOptions>(),
    logger,
    gapLog: (db) => new FileGapLog(resolve(isPostgresUrl(db) ? resolve(io.cwd, 'data') : dirname(db), 'qa-gaps.jsonl')),
    resolveConfig,
    resolveDb,
    existingDb: (options) => {
      const location = resolveDb(options);
      if (isPostgresUrl(location) || existsSync(location)) return location;
      throw new VigilError(ErrorCode.NotFound, `no database at ${display(location)}; pass --db FILE (or set VIGIL_DB or DATABASE_URL) to name yours, or run vigil start or vigil tick to create one`);
    },
    sqliteOnly: (location, what) => {
      if (isPostgresUrl(location)) throw new VigilError(ErrorCode.UsageError, `${what} works on a SQLite file; on PostgreSQL use pg_dump and pg_restore`);
      return location;
    },
    display,
    withWorkspace: async (options, dbFile, run, store) => {
      const { openWorkspace } = await import('../app.ts');
      const workspace = await openWorkspace({ configFile: resolveConfig(options), dbFile, store }, { clock: systemClock, logger: logger() });
      try {
        await run(workspace);
      } finally {
        await workspace.close();
      }
    },
    // A day that is not in the calendar (2026-02-30) is refused, not rolled over as Date would.
    instant: (text, flag) => (text === undefined ? systemClock.now() : parseInstantOption(text, flag)),
    fail: () => void (exitCode = 1),
    get exitCode() {
      return exitCode;
    },
  };
}

/** How many of each thing a workspace holds. */
export interface Counts {
  people: number;
  suppliers: number;
  policies: number;
  attestations: number;
}

export function summarise(config: VigilConfig): Counts {
  return {
    people: config.people.length,
    suppliers: config.suppliers.length,
    policies: config.policies.length,
    attestations: config.attestations.length,
  };
}

export function describeCounts(c: Counts): string {
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${n(c.people, 'person').replace(/persons$/, 'people')}, ${n(c.suppliers, 'supplier')}, ${n(c.policies, 'polic').replace(/polics?$/, c.policies === 1 ? 'policy' : 'policies')}, ${n(c.attestations, 'attestation')}`;
}
