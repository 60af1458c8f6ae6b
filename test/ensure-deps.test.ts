// `npm start` and `npm test` first run scripts/ensure-deps.js, which installs dependencies when
// they are missing or stale. Run here on a copy of the script in a project of its own, with npm
// replaced by a script that only records that it was asked (npm_execpath, which npm itself sets).
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'vigil-ensure-deps-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ensure-deps', () => {
  it('installs when dependencies are missing or change, not when only a script line changes', async () => {
    mkdirSync(join(dir, 'scripts'));
    cpSync(join(root, 'scripts/ensure-deps.js'), join(dir, 'scripts/ensure-deps.js'));
    mkdirSync(join(dir, 'node_modules/better-sqlite3/build/Release'), { recursive: true });
    writeFileSync(join(dir, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), '');
    writeFileSync(join(dir, 'package-lock.json'), '{}\n');
    const calls = join(dir, 'npm-calls.txt');
    const fakeNpm = join(dir, 'fake-npm.js');
    writeFileSync(fakeNpm, `require('node:fs').appendFileSync(${JSON.stringify(calls)}, process.argv.slice(2).join(' ') + '\\n');\n`);
    const pkg = (scripts: Record<string, string>, dependencies: Record<string, string>) =>
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'p', scripts, dependencies }));
    const installs = async () => {
      await promisify(execFile)(process.execPath, [join(dir, 'scripts/ensure-deps.js')], { env: { ...process.env, npm_execpath: fakeNpm } });
      return existsSync(calls) ? readFileSync(calls, 'utf8').trim().split('\n') : [];
    };

    pkg({ start: 'node a.js' }, { yaml: '^2.0.0' });
    expect(await installs()).toEqual(['ci --no-audit --no-fund']); // nothing installed yet
    expect(await installs()).toHaveLength(1); // now in step
    pkg({ start: 'node a.js', bench: 'node b.js' }, { yaml: '^2.0.0' });
    expect(await installs()).toHaveLength(1); // a new script line: nothing to install
    pkg({ start: 'node a.js', bench: 'node b.js' }, { yaml: '^2.1.0' });
    expect(await installs()).toHaveLength(2); // a dependency changed
  }, 30_000);
});
