import { readFileSync } from 'node:fs';
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { ErrorCode, VigilError } from '../errors.ts';
import { schemaAt } from './json-schema.ts';
import { VigilConfigSchema, type VigilConfig } from './schema.ts';
import { loadPolicyDocuments } from './policy-documents.ts';
import { checkSemantics, type ConfigPath, type Problem } from './semantic.ts';
import { didYouMean } from './suggest.ts';

/** A config problem placed in its file. */
export interface ConfigProblem {
  file: string;
  line: number;
  col: number;
  /** `people[3].manager` */
  path: string;
  message: string;
  hint?: string;
}

/**
 * Thrown when a config file cannot be used; `problems` holds every error found. `stage` says how
 * far checking got: YAML syntax, the shape of each value, or references across the file (which
 * are only checked once every value has the right shape).
 */
export class ConfigError extends VigilError {
  readonly problems: readonly ConfigProblem[];
  readonly stage: 'syntax' | 'shape' | 'references';
  constructor(
    problems: readonly ConfigProblem[],
    stage: 'syntax' | 'shape' | 'references',
  ) {
    super(ErrorCode.ConfigInvalid, formatProblems(problems));
    this.problems = problems;
    this.stage = stage;
    this.name = 'ConfigError';
  }
}

/** `people[3].manager` from ['people', 3, 'manager']. */
export function formatPath(path: ConfigPath): string {
  return path.reduce<string>((out, step) => (typeof step === 'number' ? `${out}[${step}]` : out ? `${out}.${step}` : step), '');
}

/** Each problem as `file:line:col  path: message`, with its fix on the next line. */
export function formatProblems(problems: readonly ConfigProblem[]): string {
  return problems
    .map((p) => `${p.file}:${p.line}:${p.col}  ${p.path ? `${p.path}: ` : ''}${p.message}${p.hint ? `\n    fix: ${p.hint}` : ''}`)
    .join('\n');
}

/** Reads and validates a config file. Throws ConfigError (or config_not_found); never half-loads. */
export function loadConfigFile(file: string): VigilConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new VigilError(ErrorCode.ConfigNotFound, `cannot read config ${file}: ${reason}`, { cause: error });
  }
  return parseConfig(text, file);
}

/** Parses and validates config text; `file` names it in errors. */
export function parseConfig(text: string, file: string): VigilConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, col };
  };

  if (doc.errors.length > 0) {
    throw new ConfigError(
      doc.errors.map((e) => ({
        ...at(e.pos[0]),
        path: '',
        message: `YAML syntax: ${e.message.split('\n')[0]}`,
        hint: yamlHint(e.code),
      })),
      'syntax',
    );
  }
  keepPolicyVersionsAsWritten(doc);
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) {
    throw new ConfigError([{ ...at(0), path: '', message: 'the file is empty', hint: 'start from examples/trekim/vigil.yaml' }], 'syntax');
  }

  const place = (problem: Problem): ConfigProblem => {
    const offset = locate(doc, problem.path, problem.atKey ?? false);
    return {
      ...at(offset),
      path: formatPath(problem.path),
      message: problem.message,
      ...(problem.hint ? { hint: problem.hint } : {}),
    };
  };

  const parsed = VigilConfigSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.flatMap(describeIssue).map(place), 'shape');
  }
  const problems = [...checkSemantics(parsed.data), ...loadPolicyDocuments(parsed.data, file)];
  if (problems.length > 0) throw new ConfigError(problems.map(place), 'references');
  return parsed.data;
}

/**
 * A policy's version is a label, not a number: YAML reads `version: 1.10` as 1.1 and `2.0` as 2,
 * so the version after 1.9 would look like an older one and nobody would be asked to accept it.
 * Keep each version as written.
 */
function keepPolicyVersionsAsWritten(doc: Document): void {
  const policies = doc.get('policies');
  if (!isSeq(policies)) return;
  for (const policy of policies.items) {
    if (!isMap(policy)) continue;
    const version = policy.get('version', true);
    if (isScalar(version) && typeof version.value === 'number' && version.source !== undefined) version.value = version.source;
  }
}

function yamlHint(code: string): string | undefined {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'each key may appear once in a mapping; remove or rename one';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'check the indentation: list items and keys at one level line up';
    case 'TAB_AS_INDENT':
      return 'indent with spaces, not tabs';
    default:
      return undefined;
  }
}

/** Offset of the node at `path`, or of the nearest ancestor that exists (for missing keys). */
function locate(doc: Document, path: ConfigPath, atKey: boolean): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const prefix = path.slice(0, depth);
    if (atKey && depth === path.length && prefix.length > 0) {
      const parent = depth === 1 ? doc.contents : doc.getIn(prefix.slice(0, -1), true);
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === prefix.at(-1));
        const key = pair?.key as Node | undefined;
        if (key?.range) return key.range[0];
      }
    }
    const node = (prefix.length === 0 ? doc.contents : doc.getIn(prefix, true)) as Node | null | undefined;
    if (node && typeof node === 'object' && node.range) return node.range[0];
  }
  return 0;
}

/** Turns one zod issue into Vigil's plainer problems (an unknown-keys issue becomes one per key). */
function describeIssue(issue: z.core.$ZodIssue): Problem[] {
  const path = issue.path as (string | number)[];
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = Object.keys(schemaAt(path)?.properties ?? {});
      return issue.keys.map((key) => ({
        path: [...path, key],
        atKey: true,
        message: `unknown key "${key}"`,
        hint: didYouMean(key, known) ?? (known.length ? `keys here: ${known.join(', ')}` : 'remove it'),
      }));
    }
    case 'invalid_type': {
      if (issue.input === undefined) {
        const key = path.at(-1);
        const description = schemaAt(path)?.description;
        return [{ path, message: `missing required key "${String(key)}"`, hint: `add it${description ? `: ${description}` : ''}` }];
      }
      // A message the schema set itself says more than zod's generic one.
      if (!issue.message.startsWith('Invalid input')) {
        const description = schemaAt(path)?.description;
        return [{ path, message: issue.message, ...(description ? { hint: description } : {}) }];
      }
      const got = issue.input === null ? 'nothing (null)' : Array.isArray(issue.input) ? 'a list' : typeof issue.input === 'object' ? 'a mapping' : `${typeof issue.input} ${JSON.stringify(issue.input)}`;
      const expected = issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a mapping' : `a ${issue.expected}`;
      const description = schemaAt(path)?.description;
      const hint =
        issue.expected === 'string' && got === 'a mapping'
          ? 'text with ": " in it reads as a key and value; put the text in quotes'
          : description;
      return [{ path, message: `expected ${expected}, got ${got}`, ...(hint ? { hint } : {}) }];
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      const input = String(issue.input);
      if (values.length === 1) return [{ path, message: `expected ${JSON.stringify(issue.values[0])}, got ${JSON.stringify(issue.input)}` }];
      return [{ path, message: `"${input}" is not one of ${values.join(', ')}`, ...hintFor(input, values) }];
    }
    case 'invalid_union': {
      const description = schemaAt(path)?.description;
      return [{ path, message: `${JSON.stringify(issue.input)} is not allowed here`, ...(description ? { hint: description } : {}) }];
    }
    default: {
      const hint = (issue as { params?: { hint?: string } }).params?.hint ?? schemaAt(path)?.description;
      return [{ path, message: issue.message, ...(hint ? { hint } : {}) }];
    }
  }
}

function hintFor(input: string, values: string[]): { hint: string } | Record<string, never> {
  const hint = didYouMean(input, values);
  return hint ? { hint } : {};
}
