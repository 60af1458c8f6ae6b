// A year of evidence for the export benchmark: 500 people, 8 weekday attestations, every prompt
// answered (a few late, a few No), about 1,000,000 answers, written straight into the tables.
import SqliteDatabase from 'better-sqlite3';
import { parseConfig, type VigilConfig } from '../src/config/index.ts';
import { migrateToLatest, openSqlite, syncPeople } from '../src/store/index.ts';
import { manyPeople, tenPerManager } from '../test/fixtures/many-people.ts';

export const PEOPLE = 500;
const ATTESTATIONS = ['backup', 'av', 'screen-lock', 'clean-desk', 'two-factor', 'updates', 'passwords', 'local-data'];

export function benchConfig(): VigilConfig {
  const people = manyPeople(PEOPLE, { managerOf: tenPerManager });
  const atts = ATTESTATIONS.map((id) => `  - { id: ${id}, question: "${id} done today?", schedule: "0 9 * * 1-5", audience: { roles: [staff] }, window: PT8H }`).join('\n');
  return parseConfig(`version: 1
organisation: { name: Bench Ltd, timezone: Europe/London, complianceChannel: { slack: "#c" }, dataProtectionContact: { name: Person 0 } }
people:
${people}
suppliers:
  - { id: xero, name: Xero, purpose: Accounting., gdprStatement: { status: on-file }, owner: p0 }
attestations:
${atts}
`, 'bench.yaml');
}

/** Creates the year of data in `file`; returns how many answers it wrote. */
export async function buildYear(file: string): Promise<number> {
  const db = openSqlite({ file });
  await migrateToLatest(db);
  await syncPeople(db, benchConfig().people, new Date('2025-12-31T00:00:00Z'));
  await db.destroy();
  const raw = new SqliteDatabase(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = OFF');
  const prompt = raw.prepare(`insert into prompts (id, attestation_id, subject_kind, subject_id, assignee_id, occurrence, question, answer_kind, checklist, issued_at, closes_at, status, closed_at, next_action_at) values (?, ?, 'person', ?, ?, ?, ?, 'yes-no', null, ?, ?, 'answered', ?, null)`);
  const answer = raw.prepare(`insert into answers (id, prompt_id, revision, answered_by, value, reason, checklist, text, late, channel, answered_at) values (?, ?, 1, ?, ?, ?, null, null, ?, 'slack', ?)`);
  let answers = 0;
  const day = 86_400_000;
  raw.transaction(() => {
    for (let t = Date.parse('2026-01-01T09:00:00Z'); t < Date.parse('2027-01-01T00:00:00Z'); t += day) {
      const weekday = new Date(t).getUTCDay();
      if (weekday === 0 || weekday === 6) continue;
      const occurrence = new Date(t).toISOString();
      const closes = new Date(t + 8 * 3_600_000).toISOString();
      for (const att of ATTESTATIONS) {
        for (let p = 0; p < PEOPLE; p++) {
          const id = `${att}/person:p${p}/${occurrence}`;
          const late = (p + answers) % 41 === 0;
          const no = (p * 7 + answers) % 97 === 0;
          const at = new Date(t + (late ? 9 : 1) * 3_600_000).toISOString();
          prompt.run(id, att, `p${p}`, `p${p}`, occurrence, `${att} done today?`, occurrence, closes, at);
          answer.run(`a${answers}`, id, `p${p}`, no ? 'no' : 'yes', no ? 'the machine was off' : null, late ? 1 : 0, at);
          answers++;
        }
      }
    }
  })();
  raw.close();
  return answers;
}
