import type { VigilConfig } from '../config/schema.ts';
import { conversational } from './conversation.ts';
import { scrub, type GapLog } from './gaps.ts';
import { classify } from './intents.ts';
import { contactOf, readQuestion, type QaAnswer, type QaContext } from './qa-context.ts';
import { QUERY_STEPS } from './queries.ts';
import { RegisterIndex } from './register-index.ts';
import { supplierAnswer } from './supplier-answer.ts';
import { words } from './text.ts';

export type { QaAnswer } from './qa-context.ts';

/**
 * Answers a staff question from the workspace's register and policies, deterministically and
 * locally. Never invents: a fact the register lacks is said to be missing, and a supplier it does
 * not hold is said to be unknown, with the data-protection contact to ask.
 */
export class PolicyQa {
  private current!: { config: VigilConfig; index: RegisterIndex; ctx: QaContext };

  /** `gaps`, when given, keeps the questions it could not answer (text only, names taken out). */
  private readonly options: { gaps?: GapLog };
  constructor(config: VigilConfig, options: { gaps?: GapLog } = {}) {
    this.options = options;
    this.reconfigure(config);
  }

  /** Takes a new config (a reload), rebuilding the index in one step. */
  reconfigure(config: VigilConfig): void {
    const index = new RegisterIndex(config);
    this.current = { config, index, ctx: { config, index, contact: contactOf(config) } };
  }

  get config(): VigilConfig {
    return this.current.config;
  }

  get index(): RegisterIndex {
    return this.current.index;
  }

  /** Answers one question; one it cannot answer is kept as a gap. */
  ask(question: string): QaAnswer {
    const answer = answerQuestion(this.current.ctx, question);
    if (this.options.gaps && (answer.intent === 'unknown' || answer.intent === 'unknown-supplier')) {
      const kept = scrub(question, this.config);
      if (kept) this.options.gaps.record(kept);
    }
    return answer;
  }
}

/** Conversation first, then the register-wide queries, then the suppliers the question is about. */
export function answerQuestion(ctx: QaContext, question: string): QaAnswer {
  const intent = classify(question);
  // "on file" is about statements, never about files.
  const w = words(question.replace(/\bon file\b/gi, ' '));
  const early = conversational(ctx, question, intent, w);
  if (early) return early;
  const q = readQuestion(ctx, question, intent, w);
  for (const step of QUERY_STEPS) {
    const answer = step(ctx, q);
    if (answer) return answer;
  }
  return supplierAnswer(ctx, q);
}
