import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { parseConfig } from '../config/load.ts';
import { ErrorCode, VigilError } from '../errors.ts';
import type { AttestedFact } from './live-state.ts';

/** One change to the file: where, what it says, what it will say. */
export interface FileEdit {
  fact: AttestedFact;
  /** `suppliers[6].gdprStatement.status` */
  path: string;
  /** 1-based line of the value in the file. */
  line: number;
  /** The line as it is, and as it will be. */
  before: string;
  after: string;
}

/**
 * Writes attested facts into the text of vigil.yaml. The yaml Document API finds each value's
 * node; only that value's characters are replaced, so comments, order, quoting and layout stay as
 * the firm wrote them and the reviewed change is one line per fact (re-serialising the document
 * would re-space every flow list). The result is checked like any config before it is returned.
 */
export function applyFacts(text: string, file: string, facts: readonly AttestedFact[]): { text: string; edits: FileEdit[] } {
  const doc = parseDocument(text);
  const suppliers = doc.get('suppliers', true);
  const splices: { start: number; end: number; value: string; edit: Omit<FileEdit, 'line' | 'before' | 'after'> }[] = [];
  for (const fact of facts) {
    const index = isSeq(suppliers) ? suppliers.items.findIndex((item) => isMap(item) && item.get('id') === fact.supplierId) : -1;
    const path = ['suppliers', index, fact.field, 'status'] as const;
    const node = index < 0 ? undefined : doc.getIn(path, true);
    if (!isScalar(node) || !node.range) {
      throw new VigilError(ErrorCode.NotFound, `${file}: no ${fact.field}.status for supplier "${fact.supplierId}" to write ${fact.attested} into`);
    }
    splices.push({ start: node.range[0], end: node.range[1], value: fact.attested, edit: { fact, path: `suppliers[${index}].${fact.field}.status` } });
  }
  // From the end backwards, so each earlier offset still holds.
  let out = text;
  for (const s of [...splices].sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + s.value + out.slice(s.end);
  const edits = splices.map((s) => {
    const line = text.slice(0, s.start).split('\n').length;
    return { ...s.edit, line, before: text.split('\n')[line - 1]!, after: '' };
  });
  const lines = out.split('\n');
  for (const e of edits) e.after = lines[e.line - 1]!;
  checkWritten(out, file, facts);
  return { text: out, edits };
}

/** The written text must load, and say what was attested; else nothing is written. */
function checkWritten(text: string, file: string, facts: readonly AttestedFact[]): void {
  const config = parseConfig(text, file);
  for (const fact of facts) {
    const status = config.suppliers.find((s) => s.id === fact.supplierId)?.gdprStatement.status;
    if (status !== fact.attested) {
      throw new VigilError(ErrorCode.Unexpected, `${file}: writing ${fact.attested} for "${fact.supplierId}" did not take (it reads ${String(status)}); nothing was written`);
    }
  }
}
