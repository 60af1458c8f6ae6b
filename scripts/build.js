// The bundle `bin/vigil.js` runs: src/ and the small pure-JavaScript packages it loads on every
// command (kysely, zod, yaml, commander, pino…) bundled by rolldown into a few files in dist/, one
// chunk per lazily imported part, so that a command resolves and reads a handful of files rather
// than ~600. Native modules and the large SDKs stay in node_modules, loaded as before by the
// commands that need them. Built by `bin/vigil.js` when the sources are newer than the bundle
// (or by `node scripts/build.js`); nothing here is committed (dist/ is ignored).
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { currentBuild, ROOT, sourceStamp } from './bundle-stamp.js';

/** Packages bundled in (pure JavaScript, loaded by most commands); every other import stays external. */
const BUNDLED = /^(kysely|zod|yaml|commander|croner|stemmer|pino|pino-std-serializers|@pinojs\/redact|quick-format-unescaped|sonic-boom|atomic-sleep|on-exit-leak-free|thread-stream|safe-stable-stringify|real-require|process-warning)(\/|$)/;
/** An old build is removed once it is this old (a long-running process may still load its chunks). */
const KEEP_OLD_MS = 60 * 60 * 1000;

/**
 * A module's `import.meta.url` as if it still ran from src/: Vigil finds its bundled files
 * (package.json, the demo workspace, manifests) relative to the source file that names them.
 */
function keepSourceUrls(root, outDir) {
  return {
    name: 'vigil-source-urls',
    transform(code, id) {
      if (!id.startsWith(join(root, 'src') + '/') || !code.includes('import.meta.url')) return null;
      const fromChunk = relative(outDir, id);
      return { code: code.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromChunk)}, import.meta.url).href`), map: null };
    },
  };
}

/**
 * Builds dist/<stamp>-<pid>/ and then points dist/current.json at it (a rename, so a process
 * starting meanwhile sees the old build or the new one, never half of one). Returns the entry's path.
 */
export async function build(root = ROOT) {
  const stamp = sourceStamp(root);
  const name = `${stamp}-${process.pid}`;
  const outDir = join(root, 'dist', name);
  mkdirSync(outDir, { recursive: true });
  try {
    await bundleInto(root, outDir);
  } catch (error) {
    // Remembered, so that each run of these same sources does not try again (a source that does
    // not compile fails the same way when run from the sources, where its error is shown).
    rmSync(outDir, { recursive: true, force: true });
    setCurrent(root, { ...currentBuild(root), failed: stamp });
    throw error;
  }
  setCurrent(root, { stamp, dir: name });
  removeOldBuilds(root, name);
  return join(outDir, 'cli.js');
}

/** Writes dist/current.json by a rename, so a process starting meanwhile reads the old or the new. */
function setCurrent(root, value) {
  const pointer = join(root, 'dist', `current.json.${process.pid}`);
  writeFileSync(pointer, JSON.stringify(value) + '\n');
  renameSync(pointer, join(root, 'dist', 'current.json'));
}

async function bundleInto(root, outDir) {
  const { rolldown } = await import('rolldown');
  const bundle = await rolldown({
    logLevel: 'silent',
    input: { cli: join(root, 'src', 'cli.ts') },
    platform: 'node',
    external: (id, importer) => !id.startsWith('.') && !id.startsWith('/') && importer !== undefined && !BUNDLED.test(id) && !id.startsWith('\0'),
    plugins: [keepSourceUrls(root, outDir)],
  });
  try {
    // ASCII only: V8 keeps each file's source in memory, and one non-ASCII character (a '…' in a
    // comment) makes it two bytes a character; comments go too (functions keep their names).
    const { output } = await bundle.write({ dir: outDir, format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', sourcemap: false, charset: 'ascii', comments: false });
    // Which modules each file holds, so a test can tell what a command loaded.
    const modules = Object.fromEntries(output.filter((o) => o.type === 'chunk').map((o) => [o.fileName, o.moduleIds.map((m) => relative(root, m))]));
    writeFileSync(join(outDir, 'modules.json'), JSON.stringify(modules, null, 1));
  } finally {
    await bundle.close();
  }
}

function removeOldBuilds(root, keep) {
  const dist = join(root, 'dist');
  for (const entry of readdirSync(dist, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === keep) continue;
    const path = join(dist, entry.name);
    try {
      if (Date.now() - statSync(path).mtimeMs > KEEP_OLD_MS) rmSync(path, { recursive: true, force: true });
    } catch { /* another process removed it */ }
  }
}

// `node scripts/build.js` builds now (npm run build); with --if-stale only when the sources are
// newer than the bundle, and a failure is only reported (`npm test` runs it first, so that the
// tests that start the real binary do not each build it at once; the binary runs the sources
// when there is no bundle, and tsc reports a source that does not compile).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const ifStale = process.argv.includes('--if-stale');
  if (!ifStale || currentBuild()?.stamp !== sourceStamp()) {
    try {
      process.stdout.write(`built ${relative(ROOT, await build())}\n`);
    } catch (error) {
      if (!ifStale) throw error;
      const why = String(error?.message ?? error).replace(/\x1b\[[0-9;]*m/g, '').split('\n').map((line) => line.trim()).filter(Boolean).slice(0, 2).join(' ');
      process.stderr.write(`vigil: no bundle built (${why}); the command runs from the sources\n`);
    }
  }
}
