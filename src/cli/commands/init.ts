import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { ErrorCode, VigilError } from '../../errors.ts';
import type { InitChoices } from '../../setup/init.ts';
import { isTerminal } from '../../setup/start-safety.ts';
import { describeCounts, summarise, type Cli } from '../context.ts';

/**
 * The catalogue's recommended starter attestations, named here for the help text so that
 * registering the command does not load the catalogue (which describes every schedule as it
 * loads); test/cli-startup.test.ts keeps the two equal.
 */
export const RECOMMENDED_IDS: readonly string[] = ['offsite-backup', 'av-scan', 'two-factor', 'gdpr-statement', 'leavers-access', 'policy-read'];

interface InitFlags {
  nonInteractive?: boolean;
  firm?: string;
  timezone: string;
  bankHolidays: string;
  contactName?: string;
  contactEmail?: string;
  contactPhone?: string;
  slackChannel?: string;
  teamsChannel?: string;
  people?: string;
  suppliers?: string;
  attest?: string;
  out: string;
  force?: boolean;
  listAttestations?: boolean;
}

/** `vigil init`: a commented vigil.yaml for the firm, from questions in the terminal or from flags. */
export function registerInit(program: Command, cli: Cli): void {
  program
    .command('init')
    .description('write a vigil.yaml for your firm: questions in the terminal, or --non-interactive with flags')
    .option('--non-interactive', 'ask nothing: take everything from the flags (for scripts)')
    .option('--firm <name>', 'the firm\'s name')
    .option('--timezone <zone>', 'IANA timezone of the office', 'Europe/London')
    .option('--bank-holidays <nation>', 'england-and-wales, scotland, northern-ireland or none', 'england-and-wales')
    .option('--contact-name <name>', 'the data-protection contact staff ask (becomes the compliance person)')
    .option('--contact-email <email>', 'their email')
    .option('--contact-phone <phone>', 'their phone number')
    .option('--slack-channel <channel>', 'Slack channel for escalations (#compliance or C…)')
    .option('--teams-channel <id>', 'Teams channel id for escalations')
    .option('--people <file>', 'people from a .csv or .xlsx (name, email, manager, role, start date)')
    .option('--suppliers <file>', 'suppliers from a .csv or .xlsx (the ICO record of processing template\'s columns, or plainer ones)')
    .option('--attest <ids>', `starter attestations, comma-separated (default: ${RECOMMENDED_IDS.join(',')}; "none" for none)`)
    .option('--list-attestations', 'list the starter attestations and exit')
    .option('--out <file>', 'where to write', 'vigil.yaml')
    .option('--force', 'replace the file if it exists')
    .action(async (flags: InitFlags) => {
      if (flags.listAttestations) return listCatalogue(cli);
      const io = cli.io;
      const file = resolve(io.cwd, flags.out);
      // Said before any question is asked, not after all of them.
      if (existsSync(file) && !flags.force) throw new VigilError(ErrorCode.UsageError, `${cli.display(file)} exists already; pass --force to replace it, or use \`vigil import\` to add people and suppliers to it`);
      const fromFlags = choicesFromFlags(flags, io.cwd);
      let choices: InitChoices;
      if (flags.nonInteractive) choices = { ...fromFlags, firm: fromFlags.firm ?? '', contactName: fromFlags.contactName ?? '', contactEmail: fromFlags.contactEmail ?? '', attest: fromFlags.attest ?? (await import('../../setup/catalogue.ts')).RECOMMENDED } as InitChoices;
      else if (!isTerminal(io.stdin)) throw new VigilError(ErrorCode.UsageError, 'vigil init asks its questions in a terminal; from a script, pass --non-interactive with --firm, --contact-name, --contact-email (and the others in vigil init --help)');
      else choices = await (await import('../../setup/init-prompts.ts')).askInitChoices({ input: io.stdin, output: io.output }, fromFlags);
      for (const key of ['peopleFile', 'suppliersFile'] as const) if (choices[key]) choices[key] = resolve(io.cwd, choices[key]!);
      // Loaded here only: registering the command costs no parsing of the config's schema.
      const { planInit, reportLines, writeInit } = await import('../../setup/init.ts');
      const plan = await planInit(choices, file, new Date().toISOString().slice(0, 10));
      for (const { what, report } of plan.reports) for (const line of reportLines(what, report)) cli.note(line);
      if (plan.skipped.length) cli.note(`vigil: left out ${plan.skipped.join(', ')}: they are asked once per supplier and there are no suppliers yet; run init again with --suppliers FILE to have them`);
      writeInit(file, plan, flags.force === true);
      cli.say(`vigil: wrote ${cli.display(file)}: ${describeCounts(summarise(plan.config))}; it passes check-config.`);
      cli.say('Next: read it through (each check says how to check it), `vigil start` to try it in the terminal chat, and `vigil doctor` before going live.');
    });
}

function choicesFromFlags(flags: InitFlags, cwd: string): Partial<InitChoices> {
  const attest = flags.attest === undefined ? undefined : flags.attest === 'none' ? [] : flags.attest.split(',').map((s) => s.trim()).filter(Boolean);
  const pick = <K extends keyof InitChoices>(key: K, value: InitChoices[K] | undefined): Partial<InitChoices> => (value === undefined ? {} : { [key]: value });
  return {
    timezone: flags.timezone,
    bankHolidays: flags.bankHolidays,
    ...pick('firm', flags.firm),
    ...pick('contactName', flags.contactName),
    ...pick('contactEmail', flags.contactEmail),
    ...pick('contactPhone', flags.contactPhone),
    ...pick('slackChannel', flags.slackChannel),
    ...pick('teamsChannel', flags.teamsChannel),
    ...pick('peopleFile', flags.people && resolve(cwd, flags.people)),
    ...pick('suppliersFile', flags.suppliers && resolve(cwd, flags.suppliers)),
    ...pick('attest', attest),
  };
}

async function listCatalogue(cli: Cli): Promise<void> {
  const { CATALOGUE } = await import('../../setup/catalogue.ts');
  for (const s of CATALOGUE) cli.say(`${s.recommended ? '*' : ' '} ${s.id.padEnd(18)} ${s.label}: ${s.cadence}`);
  cli.say('(* ticked unless --attest says otherwise)');
}
