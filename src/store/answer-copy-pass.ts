import type { SealIndex } from './evidence-verify-index.ts';
import { canonicalValue, SEALED_TABLES } from './seal.ts';

/** A prompt's copied columns (migration 0014), and the answers columns they copy, in the same order. */
const PROMPT_COLUMNS = ['answer_id', 'answer_revision', 'answered_by', 'answer_value', 'answer_reason', 'answer_checklist', 'answer_text', 'answer_late', 'answer_channel', 'answered_at'];
const ANSWER_COLUMNS = ['id', 'revision', 'answered_by', 'value', 'reason', 'checklist', 'text', 'late', 'channel', 'answered_at'];

const PROMPTS = SEALED_TABLES.indexOf('prompts');

/**
 * Every prompt's copy of its latest answer checked against the answers table within verify's one
 * pass over the tables, without a join (which cost a year's verify 14 s). Prompts are read before
 * answers: a prompt with a copy, once its row has passed its seal, keeps the copy's revision and a
 * 64-bit print of its fields in its slot of the seal index. Each answer then finds its prompt's
 * slot: a revision later than the copy's, or the copy's revision with other fields, flags the
 * prompt; the answer the copy names is marked found. The print is not a seal (both rows are
 * sealed already): it finds a write that updated one and not the other. The prompts flagged, or
 * every prompt when a copy was never found, are then named in detail by the join
 * (answer-copy-verify.ts), which only a problem costs.
 */
export class AnswerCopyPass {
  /** Prompts whose copy differs from their answers. */
  readonly flagged = new Set<string>();
  private readonly index: SealIndex;

  constructor(index: SealIndex) {
    this.index = index;
  }

  /** For each prompt row that passed its seal: keeps its copy, if it has one. */
  promptReader(columns: readonly string[]): (row: readonly unknown[], slot: number) => void {
    const at = PROMPT_COLUMNS.map((c) => columns.indexOf(c));
    const [id, revision] = [at[0]!, at[1]!];
    if (at.includes(-1)) return () => undefined; // a database from before the copy
    return (row, slot) => {
      if (row[id] === null || row[id] === undefined) return; // answered before the copy, or not answered
      print(row, at);
      this.index.keepCopy(slot, Number(row[revision]), printA, printB);
    };
  }

  /** For each answer row: checks it against its prompt's copy. */
  answerReader(columns: readonly string[]): (row: readonly unknown[]) => void {
    const at = ANSWER_COLUMNS.map((c) => columns.indexOf(c));
    const [promptId, revision] = [columns.indexOf('prompt_id'), at[1]!];
    return (row) => {
      const key = String(row[promptId]);
      const slot = this.index.find(PROMPTS, key);
      const copied = slot < 0 ? 0 : this.index.copyRevision(slot);
      const own = Number(row[revision]);
      if (copied === 0 || own < copied) return;
      if (own > copied) this.flagged.add(key);
      else if (!(print(row, at), this.index.matchCopy(slot, printA, printB))) this.flagged.add(key);
    };
  }

  /** The prompts to name in detail: those flagged, or all (undefined) when some copy's answer was never found. */
  suspects(): string[] | undefined {
    return this.index.copyNotFound ? undefined : [...this.flagged];
  }
}

/** The print {@link print} took last (two 32-bit lanes; one function for every row, not an object per row). */
let [printA, printB] = [0, 0];

/** A 64-bit print of the row's values at `at`, in order, each as its canonical text (null apart). */
function print(row: readonly unknown[], at: readonly number[]): void {
  let a = 0x811c9dc5;
  let b = 0x2545f491;
  for (const i of at) {
    const value = row[i];
    const text = value === null || value === undefined ? '\u0000null' : typeof value === 'string' ? value : canonicalValue(value);
    for (let j = 0; j < text.length; j++) {
      const c = text.charCodeAt(j);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    a = Math.imul(a ^ 0x10001, 0x01000193); // between fields (no character's code): "ab","c" is not "a","bc"
    b = Math.imul(b ^ 0x10003, 0x5bd1e995);
  }
  [printA, printB] = [a, b ^ (b >>> 13)];
}
