import type { Readable, Writable } from 'node:stream';
import { BANK_HOLIDAY_REGIONS } from '../config/index.ts';
import { checkTimeZone } from '../config/field-checks.ts';
import { ErrorCode, VigilError } from '../errors.ts';
import { CATALOGUE } from './catalogue.ts';
import type { InitChoices } from './init.ts';

/** Where the prompts read keys and draw: the real terminal, or a pseudo-terminal in a test. */
export interface PromptIo {
  input: Readable;
  output: Writable;
}

const NATIONS: Record<(typeof BANK_HOLIDAY_REGIONS)[number], string> = {
  'england-and-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
  none: 'None: the office keeps its own list of days off',
};

/**
 * `vigil init`'s questions, in the terminal (@clack/prompts), each defaulting to what a flag gave.
 * Ctrl-C at any question ends init without writing anything.
 */
export async function askInitChoices(io: PromptIo, given: Partial<InitChoices>): Promise<InitChoices> {
  const clack = await import('@clack/prompts');
  const common = { input: io.input, output: io.output };
  const answer = <T>(value: T): Exclude<T, symbol> => {
    if (clack.isCancel(value)) throw new VigilError(ErrorCode.UsageError, 'init cancelled; nothing was written');
    return value as Exclude<T, symbol>;
  };
  const text = async (message: string, initialValue = '', validate?: (v: string) => string | undefined) =>
    answer(await clack.text({ ...common, message, initialValue, ...(validate ? { validate: (v: string | undefined) => validate(v ?? '') } : {}) })).trim();
  const optional = (v: string) => v || undefined;

  clack.intro('Vigil set-up: a vigil.yaml for your firm', common);
  const firm = await text('Your firm\'s name, as staff know it', given.firm, (v) => (v.trim() ? undefined : 'a name is needed'));
  const timezone = await text('Office timezone', given.timezone ?? 'Europe/London', (v) => checkTimeZone(v.trim())?.message);
  const bankHolidays = answer(await clack.select({
    ...common,
    message: 'Whose bank holidays does the office take off?',
    options: BANK_HOLIDAY_REGIONS.map((value) => ({ value, label: NATIONS[value] })),
    initialValue: (given.bankHolidays ?? 'england-and-wales') as (typeof BANK_HOLIDAY_REGIONS)[number],
  }));
  const contactName = await text('Who do staff ask about data protection? (name)', given.contactName, (v) => (v.trim() ? undefined : 'a name is needed'));
  const contactEmail = await text(`${contactName}'s email`, given.contactEmail, (v) => (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v.trim()) ? undefined : 'an email address, e.g. tess@firm.co.uk'));
  const slackChannel = optional(await text('Slack channel for escalations (blank if you do not use Slack)', given.slackChannel ?? '#compliance'));
  const teamsChannel = optional(await text('Teams channel id for escalations (19:…@thread.tacv2; blank if none)', given.teamsChannel ?? ''));
  const peopleFile = optional(await text('People spreadsheet (.csv or .xlsx: name, email, manager, role, start date; blank to type them in)', given.peopleFile ?? ''));
  const typedPeople = peopleFile ? [] : await askPeople(text);
  const suppliersFile = optional(await text('Suppliers spreadsheet (.csv or .xlsx, e.g. the ICO record of processing template; blank for none yet)', given.suppliersFile ?? ''));
  const attest = answer(await clack.multiselect({
    ...common,
    message: 'Which checks should Vigil run? (space ticks, enter accepts)',
    options: CATALOGUE.map((s) => ({ value: s.id, label: s.label, hint: s.cadence })),
    initialValues: given.attest ?? CATALOGUE.filter((s) => s.recommended).map((s) => s.id),
    required: false,
  }));
  clack.outro('Writing vigil.yaml', common);
  return {
    firm, timezone, bankHolidays, contactName, contactEmail, attest, typedPeople,
    ...(slackChannel ? { slackChannel } : {}), ...(teamsChannel ? { teamsChannel } : {}),
    ...(peopleFile ? { peopleFile } : {}), ...(suppliersFile ? { suppliersFile } : {}),
    ...(given.contactPhone ? { contactPhone: given.contactPhone } : {}),
  };
}

/** People typed in one at a time, until a blank name. */
async function askPeople(text: (message: string, initial?: string, validate?: (v: string) => string | undefined) => Promise<string>): Promise<{ name: string; email: string }[]> {
  const people: { name: string; email: string }[] = [];
  for (;;) {
    const name = await text(`Someone else on the staff (name; blank when done)${people.length ? `, ${people.length} so far` : ''}`);
    if (!name) return people;
    const email = await text(`${name}'s work email`, '', (v) => (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v.trim()) ? undefined : 'an email address'));
    people.push({ name, email });
  }
}
