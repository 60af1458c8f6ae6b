// A year of evidence as the app leaves it, for the audit and export benchmarks: 500 people, 8
// weekday attestations, every prompt issued (its message delivered a few seconds later) and
// answered (about one in a hundred a No, which opens a finding; one in 41 late), and the audit
// chain the app writes for it: per tick a seal record per 100 prompts issued and engine.tick; per
// message sent one record sealing its prompt's delivery time; per answer one record sealing the
// answer, its prompt's update (with its copy of the answer) and any finding (one write
// transaction's seals are gathered into one record), then answer.recorded. Written straight into
// a SQLite file with the app's encodings and record shapes.
import SqliteDatabase from 'better-sqlite3';
import { auditHash, migrateToLatest, openSqlite, syncPeople } from '../src/store/index.ts';
import { sealEntry, sealRecord, type SealEntry, type SealGroup } from '../src/store/seal.ts';
import { ATTESTATIONS, benchConfig, PEOPLE } from './export-data.ts';


/** Writes the year, chain included, straight into the tables (the app's encodings, the app's record shapes). */
export async function buildSealedYear(file: string, days = 365): Promise<{ answers: number; records: number }> {
  const db = openSqlite({ file });
  await migrateToLatest(db);
  await syncPeople(db, benchConfig().people, new Date('2025-12-31T00:00:00Z'));
  const last = await db.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
  await db.destroy();
  const raw = new SqliteDatabase(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = OFF');
  const insert = (table: string, row: Record<string, unknown>) => raw.prepare(`insert into ${table} (${Object.keys(row).join(', ')}) values (${Object.keys(row).map(() => '?').join(', ')})`);
  const statements = new Map<string, SqliteDatabase.Statement>();
  const put = (table: string, row: Record<string, unknown>) => {
    let s = statements.get(table);
    if (!s) statements.set(table, (s = insert(table, row)));
    s.run(...Object.values(row));
  };
  let seq = Number(last.seq);
  let prevHash = last.hash;
  const audit = (actor: string, action: string, subject: string | null, data: unknown, at: string) => {
    seq++;
    const text = JSON.stringify(data);
    const hash = auditHash({ seq, at, actor, action, subject, data: text, prevHash });
    put('audit_log', { seq, at, actor, action, subject, data: text, prev_hash: prevHash, hash });
    prevHash = hash;
  };
  // The records the app writes: sealRecord is what a write transaction's gathered seals become.
  const seal = (actor: string, groups: SealGroup[], at: string) => {
    const record = sealRecord(actor, groups);
    audit(actor, record.action, record.subject, record.data, at);
  };
  // What an answer's transaction leaves on its prompt: answered, closed, delivered (sealed earlier, when
  // the message was sent) and the copy of its latest answer (migration 0014).
  const answerPrompt = raw.prepare(`update prompts set status = 'answered', closed_at = ?, next_action_at = null, delivered_at = ?,
    answer_id = ?, answer_revision = ?, answered_by = ?, answer_value = ?, answer_reason = ?, answer_late = ?, answer_channel = ?, answered_at = ? where id = ?`);
  let answers = 0;
  const day = 86_400_000;
  const start = Date.parse('2026-01-01T09:00:00Z');
  for (let t = start; t < start + days * day; t += day) {
    const weekday = new Date(t).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    raw.transaction(() => {
      const occurrence = new Date(t).toISOString();
      const closes = new Date(t + 8 * 3_600_000).toISOString();
      const delivered = new Date(t + 4_000).toISOString();
      const issued: SealEntry[] = [];
      const prompts: Record<string, unknown>[] = [];
      for (const att of ATTESTATIONS) {
        for (let p = 0; p < PEOPLE; p++) {
          const row = { id: `${att}/person:p${p}/${occurrence}`, attestation_id: att, subject_kind: 'person', subject_id: `p${p}`, assignee_id: `p${p}`, occurrence, question: `${att} done today?`, answer_kind: 'yes-no', checklist: null, issued_at: occurrence, closes_at: closes, status: 'open', closed_at: null, next_action_at: closes, created_at: occurrence };
          put('prompts', row);
          put('outbox', { id: `m-${row.id}`, dedupe_key: `prompt:${row.id}`, created_at: occurrence, recipient_kind: 'person', recipient_id: `p${p}`, prompt_id: row.id, message: JSON.stringify({ text: row.question, promptId: row.id }), status: 'sent', attempts: 1, next_attempt_at: occurrence, claimed_by: null, claimed_at: null, claim_epoch: null, last_error: null, platform_ref: JSON.stringify({ channel: `D${p}`, ts: `${t / 1000}.${p}` }), sent_at: delivered });
          prompts.push(row);
          issued.push(sealEntry('prompts', row));
          if (issued.length === 100) seal('engine', [{ table: 'prompts', op: 'insert', rows: issued.splice(0) }], occurrence);
        }
      }
      if (issued.length) seal('engine', [{ table: 'prompts', op: 'insert', rows: issued.splice(0) }], occurrence);
      audit('engine', 'engine.tick', null, { issued: prompts.length, recordedMissed: 0, reminders: 0, escalations: 0, missed: 0 }, occurrence);
      // Each message sent marks its prompt delivered, one transaction (and seal record) per message.
      for (const prompt of prompts) {
        prompt.delivered_at = delivered;
        seal('vigil', [{ table: 'prompts', op: 'update', rows: [sealEntry('prompts', prompt)], cause: 'prompt.delivered' }], delivered);
      }
      for (const prompt of prompts) {
        const p = Number(String(prompt.assignee_id).slice(1));
        const late = (p + answers) % 41 === 0;
        const no = (p * 7 + answers) % 97 === 0;
        const at = new Date(t + (late ? 9 : 1) * 3_600_000).toISOString();
        const answer = { id: `a${answers++}`, prompt_id: prompt.id, revision: 1, answered_by: prompt.assignee_id, value: no ? 'no' : 'yes', reason: no ? 'the machine was off' : null, checklist: null, text: null, late: late ? 1 : 0, channel: 'slack', answered_at: at };
        put('answers', answer);
        const copy = { answer_id: answer.id, answer_revision: 1, answered_by: answer.answered_by, answer_value: answer.value, answer_reason: answer.reason, answer_late: answer.late, answer_channel: answer.channel, answered_at: at };
        answerPrompt.run(at, delivered, ...Object.values(copy), prompt.id);
        // One transaction: the answer's seal, its prompt's, a finding's if it opens one, in one record.
        const groups: SealGroup[] = [
          { table: 'answers', op: 'insert', rows: [sealEntry('answers', answer)] },
          { table: 'prompts', op: 'update', by: 'engine', rows: [sealEntry('prompts', { ...prompt, status: 'answered', closed_at: at, next_action_at: null, ...copy })] },
        ];
        if (no) {
          const finding = { id: `f${answers}`, prompt_id: prompt.id, attestation_id: prompt.attestation_id, subject_kind: 'person', subject_id: prompt.subject_id, assignee_id: prompt.assignee_id, answer_id: answer.id, reason: answer.reason, opened_at: at, status: 'open', resolved_at: null, resolved_by: null, resolution: null };
          put('findings', finding);
          groups.push({ table: 'findings', op: 'insert', by: 'engine', rows: [sealEntry('findings', finding)] });
        }
        seal(String(answer.answered_by), groups, at);
        audit(String(answer.answered_by), 'answer.recorded', String(prompt.id), { attestation: prompt.attestation_id, subject: prompt.subject_id, revision: 1, value: answer.value, late: late === true, channel: 'slack', findingOpened: no, findingsResolved: [] }, at);
      }
    })();
  }
  raw.close();
  return { answers, records: seq };
}

