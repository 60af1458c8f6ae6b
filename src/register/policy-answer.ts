import type { QaAnswer, QaContext } from './qa-context.ts';

/** The policy (or two, on a tie) a question is most about, quoted, if one scores well enough. */
export function policyAnswer(ctx: QaContext, question: string, threshold?: number): QaAnswer | undefined {
  const [best, second] = ctx.index.policiesByWords(question, threshold);
  if (!best) return undefined;
  const picks = second && second.score === best.score ? [best, second] : [best];
  return {
    intent: 'policy',
    sources: picks.map((p) => `policy:${p.policy.id}`),
    answer: picks.map((p) => `${p.policy.title}: ${p.policy.text}`).join('\n') + ` (Policy: ${picks.map((p) => p.policy.id).join(', ')}.)`,
  };
}
