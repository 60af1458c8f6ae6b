#!/usr/bin/env node
// The `vigil` command. Sources are TypeScript, run as they are by Node's own type stripping,
// which needs Node 24 (the LTS line this project supports).
// A namespace import: a named one missing from an older Node would fail before the check below.
import * as nodeModule from 'node:module';

const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  process.stderr.write(`vigil needs Node.js 24 or newer; this is Node.js ${process.versions.node}. Install Node.js 24 LTS and run the command again.\n`);
  process.exit(1);
}
// Stripping the types from every source file is most of a quick command's start (~0.25 s of
// CPU); Node's compile cache keeps the result (and V8's code), keyed by each file's content, in
// NODE_COMPILE_CACHE or the system's temporary directory. Where it cannot be written, Vigil runs
// as before, only slower to start.
nodeModule.enableCompileCache?.();
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
