export { openSqlite, migrateToLatest, type Db, type MigrationReport, type SqliteOptions } from './database.ts';
export { syncPeople, listPeople, type StoredPerson, type PeopleSync } from './people.ts';
export { appendAudit, listAudit, auditHash, GENESIS_HASH, type AuditEntry, type AuditRecord } from './audit.ts';
export { migrations } from './migrations/index.ts';
export type { Database } from './tables.ts';
