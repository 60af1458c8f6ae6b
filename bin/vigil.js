#!/usr/bin/env node
// The `vigil` command. Sources are TypeScript; it runs them bundled (scripts/build.js, into
// dist/, rebuilt here whenever a source is newer than the bundle), or as they are by Node's own
// type stripping where no bundle can be built. Either way it needs Node 24 (the supported LTS).
// A namespace import: a named one missing from an older Node would fail before the check below.
import * as nodeModule from 'node:module';

const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  process.stderr.write(`vigil needs Node.js 24 or newer; this is Node.js ${process.versions.node}. Install Node.js 24 LTS and run the command again.\n`);
  process.exit(1);
}
// `vigil start` (the bot, or the terminal chat) runs for days, mostly idle. V8 lets its young
// generation grow to 16 MB per semi-space, which an idle process then holds; capped at 1 MB it
// holds ~15 MB less (bench/RESULTS.md), for more frequent (each smaller) young collections.
// `vigil export` streams a year's million rows: left to grow, its young generation took the
// package's peak from 240-250 MB to 280-430 MB (8 MB a semi-space; 4 MB promoted more, and held
// more). Heap sizes can only be set as the process starts, so it starts again, in place (execve:
// the same process id, so signals, systemd and containers see one process), with the flag. A
// flag given by the caller (on the command line or in NODE_OPTIONS) wins.
const HEAP_FLAG = '--max-semi-space-size';
const semiSpace = new Map([['start', 1], ['export', 8]]).get(commandOf(process.argv.slice(2)));
if (semiSpace && typeof process.execve === 'function' && process.platform !== 'win32'
  && ![...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((arg) => arg.startsWith(HEAP_FLAG))) {
  process.execve(process.execPath, [process.execPath, `${HEAP_FLAG}=${semiSpace}`, ...process.execArgv, ...process.argv.slice(1)]);
}

/** The command `vigil args` runs: the first word that is not an option or an option's value. */
function commandOf(args) {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--config' || args[i] === '--db') i++;
    else if (!args[i].startsWith('-')) return args[i];
  }
  return undefined;
}

// Node's compile cache keeps V8's code for each file (and the sources' stripped types), keyed by
// content, in NODE_COMPILE_CACHE or the system's temporary directory. Where it cannot be written,
// Vigil runs as before, only slower to start.
nodeModule.enableCompileCache?.();

/**
 * The bundle's entry, built first when missing or stale; undefined where it cannot be built (no
 * bundler installed, as in a production-only install, or a read-only folder): then the sources
 * run as they are, the same program, only slower to start. VIGIL_FROM_SOURCE=1 asks for that.
 */
async function bundledEntry() {
  if (process.env.VIGIL_FROM_SOURCE === '1') return undefined;
  try {
    const { currentBuild, sourceStamp } = await import('../scripts/bundle-stamp.js');
    const current = currentBuild();
    const stamp = sourceStamp();
    if (current?.stamp === stamp) return new URL(`../dist/${current.dir}/cli.js`, import.meta.url).href;
    // These very sources failed to build before (the error shows when they run): not again.
    if (current?.failed === stamp) return undefined;
    const { build } = await import('../scripts/build.js');
    return new URL(`file://${await build()}`).href;
  } catch {
    return undefined;
  }
}

const { main } = await import((await bundledEntry()) ?? '../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
