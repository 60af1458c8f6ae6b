import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { BANK_HOLIDAY_REGIONS, parseConfig, type VigilConfig } from '../config/index.ts';
import { checkTimeZone } from '../config/field-checks.ts';
import { ErrorCode, VigilError } from '../errors.ts';
import { chooseStarters } from './catalogue.ts';
import { initYaml, withComplianceContact } from './init-writer.ts';
import { peopleFromTable, type ImportReport, type PersonDraft } from './people-import.ts';
import { suppliersFromTable, type SupplierDraft } from './suppliers-import.ts';
import { readTable } from './tables.ts';

/** What `vigil init` is told, by flags or by the prompts; files are paths, not yet read. */
export interface InitChoices {
  firm: string;
  timezone: string;
  bankHolidays: string;
  contactName: string;
  contactEmail: string;
  contactPhone?: string;
  slackChannel?: string;
  teamsChannel?: string;
  peopleFile?: string;
  suppliersFile?: string;
  /** People typed in at the prompts. */
  typedPeople?: { name: string; email: string }[];
  /** Starter attestation ids. */
  attest: string[];
}

/** Checks the choices, naming each that is wrong and how to fix it. */
export function checkChoices(choices: InitChoices): string[] {
  const wrong: string[] = [];
  if (!choices.firm.trim()) wrong.push('--firm: the firm\'s name is needed');
  const zone = checkTimeZone(choices.timezone);
  if (zone) wrong.push(`--timezone: ${zone.message}${zone.hint ? ` (${zone.hint})` : ''}`);
  if (!(BANK_HOLIDAY_REGIONS as readonly string[]).includes(choices.bankHolidays)) wrong.push(`--bank-holidays: "${choices.bankHolidays}" is none of ${BANK_HOLIDAY_REGIONS.join(', ')}`);
  if (!choices.contactName.trim()) wrong.push('--contact-name: who staff ask about data protection is needed');
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(choices.contactEmail)) wrong.push(`--contact-email: "${choices.contactEmail}" is not an email address`);
  return wrong;
}

/** The result of init before it is written: the file's text, what it holds, what the imports said. */
export interface InitPlan {
  text: string;
  config: VigilConfig;
  reports: { what: string; report: ImportReport<unknown> }[];
  /** Per-supplier starters left out for want of suppliers. */
  skipped: string[];
}

/** Reads the files, builds vigil.yaml and checks it as `check-config` would. */
export async function planInit(choices: InitChoices, file: string, today: string): Promise<InitPlan> {
  const wrong = checkChoices(choices);
  if (wrong.length) throw new VigilError(ErrorCode.UsageError, wrong.join('\n'));
  const reports: InitPlan['reports'] = [];
  let people: PersonDraft[] = [];
  const contact = { name: choices.contactName, email: choices.contactEmail, ...(choices.contactPhone ? { phone: choices.contactPhone } : {}) };
  // The sheet may name the data-protection contact as a manager before init adds them as a person.
  const contactPerson = withComplianceContact([], contact).people;
  if (choices.peopleFile) {
    const report = peopleFromTable(await readTable(choices.peopleFile), contactPerson);
    reports.push({ what: `people from ${choices.peopleFile}`, report });
    people = report.entries;
  }
  for (const typed of choices.typedPeople ?? []) {
    const report = peopleFromTable({ file: 'typed', headers: ['name', 'email'], rows: [{ line: 0, cells: typed }] }, [...contactPerson, ...people]);
    people = [...people.filter((p) => !report.entries.some((e) => e.id === p.id)), ...report.entries];
  }
  // Owners may name the data-protection contact, who is a person once init has written the file.
  const everyone = withComplianceContact(people.map((p) => ({ ...p })), contact).people;
  let suppliers: SupplierDraft[] = [];
  if (choices.suppliersFile) {
    const report = suppliersFromTable(await readTable(choices.suppliersFile), everyone);
    reports.push({ what: `suppliers from ${choices.suppliersFile}`, report });
    suppliers = report.entries;
  }
  // Per-supplier questions with no supplier would ask nobody (check-config refuses them): left out, and said.
  const chosen = chooseStarters(choices.attest);
  const starters = suppliers.length ? chosen : chosen.filter((s) => !s.perSupplier);
  const skipped = chosen.filter((s) => !starters.includes(s)).map((s) => s.id);
  const text = initYaml({
    firm: choices.firm.trim(),
    timezone: choices.timezone,
    bankHolidays: choices.bankHolidays as (typeof BANK_HOLIDAY_REGIONS)[number],
    contact,
    complianceChannel: { ...(choices.slackChannel ? { slack: choices.slackChannel } : {}), ...(choices.teamsChannel ? { teams: choices.teamsChannel } : {}) },
    people,
    suppliers,
    attestations: starters,
    today,
  });
  return { text, config: parseConfig(text, file), reports, skipped };
}

/** Writes the planned file; refuses to overwrite one unless told to. */
export function writeInit(file: string, plan: InitPlan, force: boolean): void {
  if (existsSync(file) && !force) throw new VigilError(ErrorCode.UsageError, `${file} exists already; pass --force to replace it, or use \`vigil import\` to add people and suppliers to it`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, plan.text);
}

/** The lines an import's report prints: unknown columns and rows it could not use. */
export function reportLines(what: string, report: ImportReport<unknown>): string[] {
  const lines = [`${what}: ${report.entries.length} read`];
  if (report.unknownColumns.length) lines.push(`  columns not imported: ${report.unknownColumns.join(', ')}`);
  for (const problem of report.problems) lines.push(`  ${problem}`);
  return lines;
}
