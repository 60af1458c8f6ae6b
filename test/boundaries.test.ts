import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import semver from 'semver';
import ts from 'typescript';

const root = new URL('..', import.meta.url).pathname;

/** An import of kysely or one of its entry points. */
const KYSELY_IMPORT = /from\s+['"]kysely(\/[^'"]*)?['"]/;
/** A query being built: a kysely builder call, or a raw `sql` template. */
const QUERY_BUILDING = /\.\s*(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto)\s*\(|\bsql\s*(<[^>]*>)?\s*`/;

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

  it('only src/store imports kysely or builds queries (callers get domain types from repository functions)', () => {
    const files = sourceFiles('src');
    const outside = files.filter((f) => !f.startsWith('src/store/'));
    expect(outside.length).toBeGreaterThan(20);
    // Not vacuous: the store itself matches both patterns.
    expect(files.filter((f) => f.startsWith('src/store/') && KYSELY_IMPORT.test(readFileSync(join(root, f), 'utf8'))).length).toBeGreaterThan(3);
    expect(files.filter((f) => f.startsWith('src/store/') && QUERY_BUILDING.test(readFileSync(join(root, f), 'utf8'))).length).toBeGreaterThan(3);
    const offenders = outside.filter((f) => {
      const text = readFileSync(join(root, f), 'utf8');
      return KYSELY_IMPORT.test(text) || QUERY_BUILDING.test(text);
    });
    expect(offenders).toEqual([]);
  });

  it('the store boundary check would catch an import or a query (it is not vacuous)', () => {
    expect(KYSELY_IMPORT.test(`import type { Kysely } from 'kysely';`)).toBe(true);
    expect(KYSELY_IMPORT.test(`import { Migrator } from "kysely/migration";`)).toBe(true);
    expect(QUERY_BUILDING.test(`await db.selectFrom('prompts').selectAll().execute();`)).toBe(true);
    expect(QUERY_BUILDING.test(`await trx\n  .deleteFrom('outbox')`)).toBe(true);
    expect(QUERY_BUILDING.test('sql`select 1`')).toBe(true);
    expect(QUERY_BUILDING.test(`const selectFromMenu = 1;`)).toBe(false);
  });

  it('the boundary check would catch an import (it is not vacuous)', () => {
    expect(/from\s+['"](@slack\/|@microsoft\/|botbuilder)/.test(`import { App } from '@slack/bolt';`)).toBe(true);
  });
});

/**
 * The layers of src/, lowest first. A file may import its own layer or any below it, never one
 * above: shared contracts (the message model, the load gauge, ISO weeks) live in the room below
 * every user. The composition roots assemble everything, so they sit on top.
 */
const LAYERS: { name: string; holds: RegExp }[] = [
  { name: 'kernel', holds: /^src\/(errors|clock|logger|messages|load-gauge)\.ts$/ },
  { name: 'config', holds: /^src\/config\// },
  { name: 'store', holds: /^src\/store\// },
  { name: 'domain (attestations, register)', holds: /^src\/(attestations|register)\// },
  { name: 'evidence', holds: /^src\/evidence\// },
  { name: 'use cases', holds: /^src\/app(\.ts$|\/)/ },
  { name: 'channels and delivery', holds: /^src\/(bot\/|http-server\.ts$|metrics(-[a-z]+)?\.ts$)/ },
  { name: 'composition roots', holds: /^src\/(cli\.ts$|cli\/|setup\/|bot\/run\.ts$|compose)/ },
];

/** The layer a source file is in (the highest that holds it: bot/run.ts is a root, not a channel), or -1. */
function layerOf(file: string): number {
  for (let i = LAYERS.length - 1; i >= 0; i--) if (LAYERS[i]!.holds.test(file)) return i;
  return -1;
}

/** The source files a file imports by relative path, as paths from the project root. */
function relativeImports(file: string, text: string): string[] {
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => relative(root, join(root, dirname(file), m[1]!)));
}

/** The imports that run up the layers: `from → to` for each. */
function upwardImports(files: { file: string; text: string }[]): string[] {
  return files.flatMap(({ file, text }) =>
    relativeImports(file, text).filter((to) => to.startsWith('src/') && layerOf(to) > layerOf(file)).map((to) => `${file} → ${to} (${LAYERS[layerOf(file)]?.name} imports ${LAYERS[layerOf(to)]?.name})`));
}

describe('layers', () => {
  const files = sourceFiles('src').map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') }));

  it('every source file belongs to a layer', () => {
    expect(files.filter(({ file }) => layerOf(file) < 0).map(({ file }) => file)).toEqual([]);
  });

  it('no import runs up the layers', () => {
    // Not vacuous: there are many imports between layers, all of them downward.
    const across = files.flatMap(({ file, text }) => relativeImports(file, text).filter((to) => to.startsWith('src/') && layerOf(to) !== layerOf(file)));
    expect(across.length).toBeGreaterThan(50);
    expect(upwardImports(files)).toEqual([]);
  });

  it('the layer check would catch an import running up (it is not vacuous)', () => {
    expect(upwardImports([{ file: 'src/attestations/render.ts', text: `import type { Card } from '../bot/messages.ts';` }])).toHaveLength(1);
    expect(upwardImports([{ file: 'src/attestations/status.ts', text: `import { isoWeek } from '../evidence/summary.ts';` }])).toHaveLength(1);
    expect(upwardImports([{ file: 'src/http-server.ts', text: `import type { X } from './cli.ts';` }])).toHaveLength(1);
    expect(upwardImports([{ file: 'src/bot/run.ts', text: `import type { Workspace } from '../app.ts';` }])).toEqual([]);
  });
});

/** The channels: each translates between its platform and the use-case port, and nothing more. */
const CHANNELS = ['src/bot/slack/', 'src/bot/teams/', 'src/bot/shell/'];

/** What a channel may use besides its own folder: the use-case layer and its port, the message model, and the kernel. */
const CHANNEL_MAY_IMPORT = /^src\/(app\.ts|app\/|messages\.ts|errors\.ts|clock\.ts|logger\.ts|load-gauge\.ts|metrics\.ts|http-server\.ts|bot\/(dispatcher|work-queue)\.ts)$|^src\/app\//;

/** The packages each channel may use besides Node's own: its platform's SDK. */
const CHANNEL_SDK: Record<string, RegExp> = { 'src/bot/slack/': /^@slack\//, 'src/bot/teams/': /^(@microsoft\/|fflate$)/, 'src/bot/shell/': /^$/ };

/**
 * What channels still reach past the port (to the store, the engine, the register, config): the
 * debt the use-case layer pays off. An entry must still be true (a paid one fails), so the list
 * only shrinks; nothing may be added.
 */
const CHANNEL_DEBT = new Set<string>([]);

/** Config read through the engine (`engine.directory`, `engine.config`, `engine().config`). */
const ENGINE_CONFIG_READ = /\bengine\s*(\(\))?\s*\.\s*(directory|config)\b/;

/** A channel's imports that go beyond its folder, the port, the message model, the kernel and its SDK. */
function channelOverreach(file: string, text: string): string[] {
  const folder = CHANNELS.find((c) => file.startsWith(c))!;
  const local = relativeImports(file, text).filter((to) => !to.startsWith(folder) && !CHANNEL_MAY_IMPORT.test(to)).map((to) => `${file} → ${to}`);
  const packages = [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^.'"][^'"]*)['"]/g)].map((m) => m[1]!)
    .filter((name) => !name.startsWith('node:') && !CHANNEL_SDK[folder]!.test(name)).map((name) => `${file} → package ${name}`);
  return [...local, ...packages];
}

describe('channels and the use-case layer', () => {
  const files = sourceFiles('src').map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') }));
  const channels = files.filter(({ file }) => CHANNELS.some((c) => file.startsWith(c)));

  it('channels import only the use-case port, the message model, the kernel and their own SDK (less the listed debt, which only shrinks)', () => {
    expect(channels.length).toBeGreaterThan(10);
    const overreach = channels.flatMap(({ file, text }) => channelOverreach(file, text));
    expect(overreach.filter((o) => !CHANNEL_DEBT.has(o))).toEqual([]);
    expect([...CHANNEL_DEBT].filter((d) => !overreach.includes(d)), 'paid: remove from CHANNEL_DEBT').toEqual([]);
  });

  it('the use-case layer never imports a channel', () => {
    const useCases = files.filter(({ file }) => /^src\/app(\.ts$|\/)/.test(file));
    expect(useCases.length).toBeGreaterThan(0);
    const offenders = useCases.flatMap(({ file, text }) => relativeImports(file, text).filter((to) => CHANNELS.some((c) => to.startsWith(c)) || to.startsWith('src/bot/')).map((to) => `${file} → ${to}`));
    expect(offenders).toEqual([]);
  });

  it('the use cases, the bot and the exports read config from the snapshot, never through the engine (the engine plans and ticks)', () => {
    const readers = files.filter(({ file }) => /^src\/(app|bot|evidence)\//.test(file) && file !== 'src/app/use-cases.ts');
    expect(readers.length).toBeGreaterThan(15);
    expect(readers.filter(({ text }) => ENGINE_CONFIG_READ.test(text)).map(({ file }) => file)).toEqual([]);
    // Not vacuous: the use cases themselves build each snapshot from the engine's config.
    expect(ENGINE_CONFIG_READ.test(files.find(({ file }) => file === 'src/app/use-cases.ts')!.text)).toBe(true);
    expect(ENGINE_CONFIG_READ.test('const zone = this.options.engine.directory.timezoneOf(id);')).toBe(true);
    expect(ENGINE_CONFIG_READ.test('config: () => engine().config,')).toBe(true);
  });

  it('the channel check would catch a channel reaching the store or another SDK (it is not vacuous)', () => {
    expect(channelOverreach('src/bot/slack/x.ts', `import { findPrompt } from '../../store/index.ts';`)).toHaveLength(1);
    expect(channelOverreach('src/bot/slack/x.ts', `import { CloudAdapter } from '@microsoft/agents-hosting';`)).toHaveLength(1);
    expect(channelOverreach('src/bot/teams/x.ts', `import type { OutboundMessage } from '../../messages.ts';\nimport { Activity } from '@microsoft/agents-activity';`)).toEqual([]);
  });
});

/** The longest a function in src/ may be, in lines (migrations aside: they are frozen once shipped). */
const MAX_FUNCTION_LINES = 80;

/**
 * Functions being split by other work in progress at the time of writing, each with its length
 * then: an entry must still be too long (a stale one fails, so the list only shrinks).
 */
const BEING_SPLIT: Record<string, number> = {};

/** `file name` → length in lines, for every function-like with a body (methods, arrows, accessors) in `text`. */
function functionLengths(file: string, text: string): Map<string, number> {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const lengths = new Map<string, number>();
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const name = (node as { name?: ts.Node }).name?.getText(source) ?? `(function at line ${first + 1})`;
      const key = `${file} ${name}`;
      lengths.set(key, Math.max(lengths.get(key) ?? 0, last - first + 1));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return lengths;
}

describe('small units', () => {
  it(`no function in src/ is over ${MAX_FUNCTION_LINES} lines (migrations aside)`, () => {
    const files = sourceFiles('src').filter((f) => !f.startsWith('src/store/migrations/'));
    const lengths = new Map(files.flatMap((f) => [...functionLengths(f, readFileSync(join(root, f), 'utf8'))]));
    expect(lengths.size).toBeGreaterThan(300);
    const tooLong = [...lengths].filter(([key, n]) => n > MAX_FUNCTION_LINES && !(key in BEING_SPLIT)).map(([key, n]) => `${key}: ${n} lines`);
    expect(tooLong).toEqual([]);
    const stale = Object.keys(BEING_SPLIT).filter((key) => (lengths.get(key) ?? 0) <= MAX_FUNCTION_LINES);
    expect(stale, 'split now: remove from BEING_SPLIT').toEqual([]);
  });

  it('the length check counts every kind of function (it is not vacuous)', () => {
    const body = Array.from({ length: 81 }, (_, i) => `  const a${i} = ${i};`).join('\n');
    const lengths = functionLengths('x.ts', `function f() {\n${body}\n}\nclass C {\n  m() {\n${body}\n  }\n}\nconst g = () => {\n${body}\n};\n`);
    expect(lengths.get('x.ts f')).toBe(83);
    expect(lengths.get('x.ts m')).toBe(83);
    expect([...lengths.values()].filter((n) => n > MAX_FUNCTION_LINES)).toHaveLength(3);
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
