import { createHash } from 'node:crypto';
import type { Engine } from '../attestations/index.ts';
import type { Clock } from '../clock.ts';
import { ConfigError, loadConfigFile } from '../config/index.ts';
import type { Logger } from '../logger.ts';
import type { PolicyQa } from '../register/index.ts';
import { appendAudit, enqueue, syncPeople, writeTransaction, type Db, type PeopleSync } from '../store/index.ts';

/** What a reload did. */
export type ReloadResult = { ok: true; people: PeopleSync } | { ok: false; error: string };

/**
 * Reloads the workspace file into the running bot. A valid file replaces the config in force
 * (people synced, engine and the Q&A given rebuilt, audited; the use cases then swap their snapshot). An invalid one changes nothing: the old config
 * stays, the problems are logged and posted to the compliance channel, so whoever broke the file
 * hears of it.
 */
export async function reloadWorkspace(deps: { file: string; db: Db; engine: Engine; qa?: PolicyQa | undefined; clock: Clock; logger: Logger }): Promise<ReloadResult> {
  const { db, engine, qa, clock, logger, file } = deps;
  const now = clock.now();
  let config;
  try {
    config = loadConfigFile(file);
  } catch (error) {
    const message = (error as Error).message;
    const count = error instanceof ConfigError ? error.problems.length : 1;
    logger.error('config reload failed; the config in force is unchanged', { file, problems: count, error: message.split('\n')[0] });
    const text = `The workspace file ${file} was changed but cannot be used, so Vigil keeps the previous config. ${count === 1 ? 'The problem' : `${count} problems, the first`}:\n${message.split('\n').slice(0, 2).join('\n')}`;
    // One notice per distinct error, so a file saved twice with the same mistake says so once.
    await enqueue(db, [{
      dedupeKey: `config-error:${createHash('sha256').update(message).digest('hex').slice(0, 16)}`,
      recipient: { kind: 'channel', id: 'compliance' }, promptId: null,
      payload: { kind: 'escalation', message: { kind: 'text', text } },
    }], now);
    return { ok: false, error: message };
  }
  const people = await writeTransaction(db, async (trx) => {
    const sync = await syncPeople(trx, config.people, now);
    await appendAudit(trx, { actor: 'system', action: 'config.reloaded', subject: file, data: { ...sync } }, now);
    return sync;
  });
  engine.reconfigure(config);
  qa?.reconfigure(config);
  logger.info('config reloaded', { file, added: people.added.length, updated: people.updated.length, deactivated: people.deactivated.length });
  return { ok: true, people };
}
