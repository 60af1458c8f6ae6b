import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import semver from 'semver';

const root = new URL('..', import.meta.url).pathname;

/** The .ts files under `dir` (none when it does not exist yet). */
function sourceFiles(dir: string): string[] {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

describe('architecture', () => {
  it('core code never imports a platform SDK', () => {
    const core = ['src/config', 'src/store', 'src/attestations', 'src/register'].flatMap(sourceFiles);
    const botCore = sourceFiles('src/bot').filter((f) => !/^src\/bot\/(slack|teams)\//.test(f));
    const files = [...core, ...botCore];
    expect(files.length).toBeGreaterThan(5);
    const offenders = files.filter((f) => /from\s+['"](@slack\/|@microsoft\/|botbuilder)/.test(readFileSync(join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('only the composition root reads process.env', () => {
    const readers = sourceFiles('src').filter((f) => /process\.env/.test(readFileSync(join(root, f), 'utf8')));
    expect(readers.every((f) => ['src/cli.ts', 'src/app.ts'].includes(f))).toBe(true);
  });

  it('the boundary check would catch an import (it is not vacuous)', () => {
    expect(/from\s+['"](@slack\/|@microsoft\/|botbuilder)/.test(`import { App } from '@slack/bolt';`)).toBe(true);
  });
});

describe('Node 24', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));

  it('package.json declares Node >= 24 (the LTS line; Node 20 reached end of life on 2026-04-30)', () => {
    expect(pkg.engines.node).toBe('>=24');
  });

  it('no installed package needs a newer Node than 24.0', () => {
    const tooNew = Object.entries<{ engines?: { node?: string } | string[] }>(lock.packages)
      .filter(([name, meta]) => name && meta.engines && !Array.isArray(meta.engines) && meta.engines.node)
      .filter(([, meta]) => !semver.satisfies('24.0.0', (meta.engines as { node: string }).node))
      .map(([name, meta]) => `${name} (${(meta.engines as { node: string }).node})`);
    expect(tooNew).toEqual([]);
  });
});
