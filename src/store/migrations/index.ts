import type { Migration, MigrationProvider } from 'kysely/migration';
import * as initialSchema from './0001-initial-schema.ts';
import * as engine from './0002-engine.ts';
import * as evidence from './0003-evidence.ts';
import * as currentPeriod from './0004-current-period.ts';
import * as claimEpoch from './0005-claim-epoch.ts';
import * as statusByPerson from './0008-status-by-person.ts';
import * as issueTimesAndFindingClosure from './0009-issue-times-and-finding-closure.ts';
import * as evidenceSeals from './0010-evidence-seals.ts';
import * as policyVersions from './0011-policy-versions.ts';
import * as absences from './0012-absences.ts';
import * as promptDelivered from './0013-prompt-delivered.ts';
import * as promptLatestAnswer from './0014-prompt-latest-answer.ts';
import * as findingChangesIndex from './0015-finding-changes-index.ts';

/**
 * Every migration, provided in code (no folder scan: works the same from source, a bundle or a
 * test). kysely runs them in name order, hence the numbers. Add one entry per schema change;
 * never edit a migration that has shipped.
 */
export const migrations: Record<string, Migration> = {
  '0001-initial-schema': initialSchema,
  '0002-engine': engine,
  '0003-evidence': evidence,
  '0004-current-period': currentPeriod,
  '0005-claim-epoch': claimEpoch,
  '0008-status-by-person': statusByPerson,
  '0009-issue-times-and-finding-closure': issueTimesAndFindingClosure,
  '0010-evidence-seals': evidenceSeals,
  '0011-policy-versions': policyVersions,
  '0012-absences': absences,
  '0013-prompt-delivered': promptDelivered,
  '0014-prompt-latest-answer': promptLatestAnswer,
  '0015-finding-changes-index': findingChangesIndex,
};

/** kysely's MigrationProvider over {@link migrations}. */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
