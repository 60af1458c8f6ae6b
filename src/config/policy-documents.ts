import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Policy, VigilConfig } from './schema.ts';
import type { Problem } from './semantic.ts';

/**
 * Policies as documents staff read and accept. A policy's document is its Markdown `file`
 * (relative to vigil.yaml, read once when the config is loaded, so a reload sees an edit) or its
 * inline `text`; its version is the one the config states, or else a hash of the document, so an
 * edit to an unversioned policy is a new version and a wording fix under a stated version is not.
 */

/** The most a policy document may hold: a long policy, not a manual. */
export const POLICY_DOCUMENT_LIMIT = 200_000;

/** What the loader adds to a policy with a file: the document's text. */
interface LoadedPolicy {
  document?: string;
}

/** The policy's full text: its file's, else its inline text. */
export function policyDocument(policy: Policy): string {
  return (policy as Policy & LoadedPolicy).document ?? policy.text;
}

/** The version staff accept: the stated one, else `sha256:` and the start of the document's hash. */
export function policyVersion(policy: Policy): string {
  if (policy.version !== undefined) return String(policy.version);
  return `sha256:${createHash('sha256').update(policyDocument(policy)).digest('hex').slice(0, 12)}`;
}

/** "v3", or "version 1a2b3c4d5e6f" for a version made from the document's hash. */
export function versionLabel(version: string): string {
  if (version.startsWith('sha256:')) return `version ${version.slice('sha256:'.length)}`;
  return /^\d/.test(version) ? `v${version}` : version;
}

/**
 * Reads each policy's `file`, relative to the config file, into the policy; returns a problem
 * (placed at the `file` key's line) for each that cannot be read, is not a file, is empty or is
 * too long. Nothing is read when no policy names a file.
 */
export function loadPolicyDocuments(config: VigilConfig, configFile: string): Problem[] {
  const problems: Problem[] = [];
  config.policies.forEach((policy, i) => {
    if (policy.file === undefined) return;
    const path = resolve(dirname(configFile), policy.file);
    const at = ['policies', i, 'file'] as const;
    let text: string;
    try {
      if (!statSync(path).isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
      text = readFileSync(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : (error as Error).message;
      problems.push({ path: at, message: `cannot read the policy document "${policy.file}": ${why}`, hint: 'give the Markdown file\'s path relative to this vigil.yaml, or write the policy inline as text' });
      return;
    }
    if (!text.trim()) problems.push({ path: at, message: `the policy document "${policy.file}" is empty`, hint: 'write the policy in it, or remove the file key' });
    else if (text.length > POLICY_DOCUMENT_LIMIT) problems.push({ path: at, message: `the policy document "${policy.file}" is longer than ${POLICY_DOCUMENT_LIMIT} characters`, hint: 'link the full document with link: and keep a shorter one here' });
    else (policy as Policy & LoadedPolicy).document = text;
  });
  return problems;
}
