#!/usr/bin/env node
// Runs before `npm start` and `npm test`: installs dependencies when they are missing or stale,
// so a fresh clone needs no step of its own. Uses only Node built-ins (nothing is installed yet).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

// Vigil runs its TypeScript with Node's own type stripping and supports only maintained Node lines.
const nodeMajor = Number(process.versions.node.split('.')[0]);
if (nodeMajor < 24) {
  process.stderr.write(`vigil needs Node.js 24 or newer (the current LTS); this is Node.js ${process.versions.node}.\n` +
    'Install Node.js 24 LTS (nodejs.org, your package manager, or nvm) and run the command again.\n');
  process.exit(1);
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stampFile = join(root, 'node_modules', '.vigil-deps');
const lockFile = join(root, 'package-lock.json');

function fingerprint() {
  const hash = createHash('sha256');
  // Only what npm installs from: a new script line in package.json needs no reinstall.
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const fields = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies', 'overrides', 'allowScripts', 'engines'];
  hash.update(JSON.stringify(fields.map((field) => pkg[field] ?? null)));
  if (existsSync(lockFile)) hash.update(readFileSync(lockFile));
  // Native addons are built for one Node ABI: a different Node needs a rebuild.
  hash.update(process.versions.modules);
  return hash.digest('hex');
}

const wanted = fingerprint();
const have = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : '';
// better-sqlite3 ships prebuilt binaries for each platform, or builds one when none fits.
const nativeBuilt = ['build/Release/better_sqlite3.node', `prebuilds/${process.platform}-${process.arch}.node`]
  .some((file) => existsSync(join(root, 'node_modules/better-sqlite3', file)));

if (have !== wanted || !nativeBuilt) {
  const args = existsSync(lockFile) ? ['ci', '--no-audit', '--no-fund'] : ['install', '--no-audit', '--no-fund'];
  process.stderr.write(`vigil: dependencies are ${have ? 'stale' : 'missing'}; running npm ${args[0]} (about 15 s)…\n`);
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
