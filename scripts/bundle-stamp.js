// Whether dist/ (the bundle scripts/build.js makes) is still the build of the sources: read by
// bin/vigil.js on every command, so it uses only fs and reads no file's content (~2 ms).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** What the bundle is built from: a change to any of these makes it stale. */
const INPUTS = ['src', 'package.json', 'package-lock.json', 'scripts/build.js', 'scripts/bundle-stamp.js'];

function listFiles(root, path, into) {
  let stat;
  try { stat = statSync(path); } catch { return into; }
  if (stat.isDirectory()) for (const name of readdirSync(path).sort()) listFiles(root, join(path, name), into);
  else into.push(`${relative(root, path)}:${stat.size}:${stat.mtimeMs}`);
  return into;
}

/** A fingerprint of the inputs' names, sizes and modification times (two 32-bit FNV-1a lanes, hex). */
export function sourceStamp(root = ROOT) {
  const text = INPUTS.flatMap((input) => listFiles(root, join(root, input), [])).join('\n');
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x811c9dc5) ^ (a >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** dist/current.json: the build in use, the stamp of the sources it was built from, and the
 * stamp of sources that last failed to build, if any. */
export function currentBuild(root = ROOT) {
  try {
    return JSON.parse(readFileSync(join(root, 'dist', 'current.json'), 'utf8'));
  } catch {
    return undefined;
  }
}
