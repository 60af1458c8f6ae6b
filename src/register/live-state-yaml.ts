import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { parseConfig } from '../config/load.ts';
import { ErrorCode, VigilError } from '../errors.ts';
import type { AttestedFact } from './live-state.ts';
import { renewalSplices, type RenewedDate } from './live-renewals.ts';

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
export function applyFacts(text: string, file: string, facts: readonly AttestedFact[], renewals: readonly RenewedDate[] = []): { text: string; edits: FileEdit[]; dateEdits: DateEdit[] } {
  const doc = parseDocument(text);
  const dates = renewalSplices(doc, file, renewals);
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
  for (const s of [...splices, ...dates].sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + s.value + out.slice(s.end);
  const lineOf = (start: number) => text.slice(0, start).split('\n').length;
  const lines = out.split('\n');
  const edits = splices.map((s) => ({ ...s.edit, line: lineOf(s.start), before: text.split('\n')[lineOf(s.start) - 1]!, after: lines[lineOf(s.start) - 1]! }));
  const dateEdits = dates.map((d) => ({ renewal: d.renewal, path: d.path, line: lineOf(d.start), before: text.split('\n')[lineOf(d.start) - 1]!, after: lines[lineOf(d.start) - 1]! }));
  checkWritten(out, file, facts, renewals);
  return { text: out, edits, dateEdits };
}

/** One renewed date written into the file: where, what it said, what it says. */
export interface DateEdit {
  renewal: RenewedDate;
  path: string;
  line: number;
  before: string;
  after: string;
}

/** The written text must load, and say what was attested; else nothing is written. */
function checkWritten(text: string, file: string, facts: readonly AttestedFact[], renewals: readonly RenewedDate[]): void {
  const config = parseConfig(text, file);
  for (const r of renewals) {
    const date = config.suppliers.find((s) => s.id === r.supplierId)?.gdprStatement.reviewDue;
    if (date !== r.attested) throw new VigilError(ErrorCode.Unexpected, `${file}: writing review date ${r.attested} for "${r.supplierId}" did not take (it reads ${String(date)}); nothing was written`);
  }
  for (const fact of facts) {
    const status = config.suppliers.find((s) => s.id === fact.supplierId)?.gdprStatement.status;
    if (status !== fact.attested) {
      throw new VigilError(ErrorCode.Unexpected, `${file}: writing ${fact.attested} for "${fact.supplierId}" did not take (it reads ${String(status)}); nothing was written`);
    }
  }
}
