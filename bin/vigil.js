#!/usr/bin/env node
// The `vigil` command. Sources are TypeScript, run as they are by Node's own type stripping,
// which needs Node 24 (the LTS line this project supports).
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  process.stderr.write(`vigil needs Node.js 24 or newer; this is Node.js ${process.versions.node}. Install Node.js 24 LTS and run the command again.\n`);
  process.exit(1);
}
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
