#!/usr/bin/env node
// Runs before `npm start` and `npm test`: installs dependencies when they are missing or stale,
// so a fresh clone needs no step of its own. Uses only Node built-ins (nothing is installed yet).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stampFile = join(root, 'node_modules', '.vigil-deps');
const lockFile = join(root, 'package-lock.json');

function fingerprint() {
  const hash = createHash('sha256');
  hash.update(readFileSync(join(root, 'package.json')));
  if (existsSync(lockFile)) hash.update(readFileSync(lockFile));
  // Native addons are built for one Node ABI: a different Node needs a rebuild.
  hash.update(process.versions.modules);
  return hash.digest('hex');
}

const wanted = fingerprint();
const have = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : '';
const nativeBuilt = existsSync(join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'));

if (have !== wanted || !nativeBuilt) {
  const args = existsSync(lockFile) ? ['ci', '--no-audit', '--no-fund'] : ['install', '--no-audit', '--no-fund'];
  process.stderr.write(`vigil: dependencies are ${have ? 'stale' : 'missing'}; running npm ${args[0]} (the first run builds better-sqlite3, about 90 s)…\n`);
  const npm = process.env.npm_execpath
    ? [process.execPath, [process.env.npm_execpath, ...args]]
    : ['npm', args];
  const result = spawnSync(npm[0], npm[1], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) {
    process.stderr.write(`vigil: npm ${args[0]} failed (exit ${result.status}); fix the error above and run the command again.\n`);
    process.exit(result.status ?? 1);
  }
  writeFileSync(stampFile, fingerprint() + '\n');
}
