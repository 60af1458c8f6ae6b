import { measureFor } from './field-facts.ts';
import { sentence } from './fields.ts';
import type { QaAnswer, QaContext } from './qa-context.ts';

/** The policy (or two, on a tie) a question is most about, quoted, if one scores well enough. */
export function policyAnswer(ctx: QaContext, question: string, threshold?: number): QaAnswer | undefined {
  const [best, second] = ctx.index.policiesByWords(question, threshold);
  if (!best) return undefined;
  const picks = second && second.score === best.score && second.strong === best.strong ? [best, second] : [best];
  return {
    intent: 'policy',
    sources: picks.map((p) => `policy:${p.policy.id}`),
    answer: picks.map((p) => `${p.policy.title}: ${p.policy.text}`).join('\n') + ` (Policy: ${picks.map((p) => p.policy.id).join(', ')}.)`,
  };
}

/**
 * A what-to-do answer with the security measure of a supplier that also answers it, after the
 * policy ("what if a driver loses their handheld?" → the courier's handhelds can be wiped remotely).
 */
export function withMeasure(ctx: QaContext, question: string, policy: QaAnswer): QaAnswer {
  const measure = measureFor(ctx.index.thesaurus, ctx.index.fieldLeaders(question, 3), question);
  if (!measure) return policy;
  const { supplier: s, text } = measure;
  return { ...policy, sources: [...policy.sources, `register:${s.id}`], answer: `${policy.answer}\n${s.name}: ${sentence(text)} (Register: ${s.id}.)` };
}
