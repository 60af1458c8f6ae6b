// The order the two small models (question-kinds.ts, policy-ranker.ts) learn their questions in.

/**
 * The indices 0…count-1, `passes` times over, each pass in an order shuffled by a fixed seed (Park and Miller's generator), so
 * that stochastic gradient descent meets the questions in no order their files give, and the same questions make the same model.
 */
export function* shuffledPasses(count: number, passes: number): Generator<number> {
  const order = Array.from({ length: count }, (_, i) => i);
  let seed = 1;
  for (let pass = 0; pass < passes; pass++) {
    for (let i = order.length - 1; i > 0; i--) {
      seed = (seed * 16807) % 2147483647;
      const j = Math.floor((seed / 2147483647) * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    yield* order;
  }
}
