import type { Engine } from '../attestations/index.ts';
import type { FakeClock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import type { PolicyQa } from '../register/index.ts';
import type { Db } from '../store/index.ts';
import { UseCases } from '../app/use-cases.ts';
import { Dispatcher } from './dispatcher.ts';
import { runTerminalChat, type ShellDeps } from './shell/shell.ts';

/**
 * The terminal chat over a workspace's store and engine: the use cases on the simulated clock,
 * and delivery by the same dispatcher as Slack and Teams, one message at a time and everything
 * due in one batch, so the terminal shows messages in queue order.
 */
export async function runShell(deps: Omit<ShellDeps, 'app' | 'deliveryThrough'> & { db: Db; engine: Engine; clock: FakeClock; logger: Logger; qa?: PolicyQa | undefined; app?: UseCases | undefined }): Promise<void> {
  const { db, engine, clock, logger, qa, app: given, ...chat } = deps;
  // The workspace's own use cases when it has them (its Q&A, built in one place), on the same clock.
  const app = given ?? new UseCases({ db, engine, clock, logger, qa });
  await runTerminalChat({
    ...chat, app, clock, logger,
    deliveryThrough: (sender) => new Dispatcher({ db, workspace: app, clock, logger, sender, concurrency: 1, batchSize: 1000 }),
  });
}
