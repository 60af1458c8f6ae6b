import { describeSchedule } from '../config/schedule-describe.ts';
import type { NonWorkingDayRule } from '../config/schedule-words.ts';
import { ErrorCode, VigilError } from '../errors.ts';

/**
 * The starter attestations `vigil init` offers: the promises small firms' policies make most
 * often (the examples and the seed policies), each with a schedule, a window, reminders and an
 * escalation ladder that suit how often it is asked, and how to check it (written as the
 * attestation's instructions, shown with the prompt in every channel).
 */

export interface StarterPolicy {
  id: string;
  title: string;
  text: string;
  keywords: string[];
}

export interface StarterAttestation {
  /** The attestation's id in vigil.yaml, and its name on the command line (--attest). */
  id: string;
  /** What the picker shows. */
  label: string;
  /** How often, in words, for the picker and the comment: said from `fields.schedule` itself. */
  readonly cadence: string;
  /** How the person asked finds the answer: the attestation's instructions. */
  howToCheck: string;
  /** Asked of each supplier's owner: needs suppliers. */
  perSupplier?: boolean;
  /** Ticked unless the firm unticks it. */
  recommended: boolean;
  /** The promise it checks, written to policies: so `ask` can quote it. */
  policy?: StarterPolicy;
  /** The attestation, less its id, in vigil.yaml's order. */
  fields: Record<string, unknown>;
}

const manager = (after: string, workingHours = false) => ({ after, to: 'manager', ...(workingHours ? { workingHours: true } : {}) });
const channel = (after: string) => ({ after, to: 'compliance-channel' });

const STARTERS: readonly Omit<StarterAttestation, 'cadence'>[] = [
  {
    id: 'offsite-backup',
    label: 'Offsite backup completed',
    howToCheck: 'open the backup service\'s dashboard (or its morning email) and look for last night\'s job marked successful, with today\'s date; a warning or a missing run is a No.',
    recommended: true,
    policy: { id: 'offsite-backup', title: 'Offsite backup', text: 'Critical files are backed up every night to a cloud service off site, keeping several days of copies.', keywords: ['backup', 'backups', 'offsite', 'cloud backup', 'restore'] },
    fields: {
      question: 'Did last night\'s offsite backup complete without errors?',
      schedule: 'every weekday at 09:00', audience: { roles: ['compliance'] }, answer: 'yes-no',
      window: 'PT8H', reminders: ['PT2H'], escalation: [manager('PT4H'), channel('PT8H')], policy: 'offsite-backup',
    },
  },
  {
    id: 'av-scan',
    label: 'Anti-virus scan ran and came back clean',
    howToCheck: 'on Windows open Windows Security → Virus & threat protection and read "Last scan"; on a Mac open your anti-virus app\'s history. It should show a scan this week with no threats found.',
    recommended: true,
    policy: { id: 'infection-scans', title: 'Anti-virus scans', text: 'Every computer runs an anti-virus scan at least weekly, and anything it finds is reported at once.', keywords: ['anti-virus', 'antivirus', 'virus', 'malware', 'scan'] },
    fields: {
      question: 'Did the anti-virus scan run on your computer this week and come back clean?',
      schedule: 'every Friday at 10:00', nonWorkingDays: 'previous-working-day', audience: { roles: ['staff'] }, answer: 'yes-no',
      window: 'P3D', reminders: ['PT4H', 'P1D'], escalation: [manager('PT8H', true), channel('P3D')], policy: 'infection-scans',
    },
  },
  {
    id: 'two-factor',
    label: 'Two-factor authentication on, per supplier',
    howToCheck: 'sign in to the supplier\'s admin or security settings and check two-step (two-factor) authentication is required for every user, not just available; the supplier\'s security page in the register says where.',
    perSupplier: true,
    recommended: true,
    policy: { id: 'two-factor', title: 'Two-factor authentication', text: 'Two-factor authentication is switched on for every cloud account that offers it.', keywords: ['two-factor', '2fa', 'mfa', 'two-step', 'authentication', 'login'] },
    fields: {
      question: 'Is two-factor authentication required for every account the firm has with {supplier}?',
      schedule: 'on the 2nd of each month at 10:00', nonWorkingDays: 'next-working-day', audience: { suppliers: 'all' }, answer: 'yes-no-na',
      window: 'P5D', reminders: ['P1D', 'P3D'], escalation: [manager('P3D'), channel('P5D')], policy: 'two-factor',
    },
  },
  {
    id: 'gdpr-statement',
    label: 'GDPR statement or DPA on file, per supplier',
    howToCheck: 'find the supplier\'s data processing agreement or GDPR statement (the link in the register, or the supplier\'s legal or trust page), check it is the current version and saved where the firm keeps contracts.',
    perSupplier: true,
    recommended: true,
    fields: {
      question: 'Is {supplier}\'s GDPR statement (or data processing agreement) on file and up to date?',
      schedule: 'on the first working day of each quarter at 10:00', audience: { suppliers: 'all' }, answer: 'yes-no-na',
      sets: { gdprStatement: 'on-file' },
      window: 'P14D', reminders: ['P3D', 'P7D'], escalation: [manager('P7D'), channel('P14D')],
    },
  },
  {
    id: 'leavers-access',
    label: 'Leavers\' access removed',
    howToCheck: 'for everyone who left this month, check their email account is suspended, their accounts with each supplier are removed, shared passwords they knew are changed, and keys or laptops are back.',
    recommended: true,
    policy: { id: 'leavers', title: 'Leavers', text: 'When someone leaves, their access to email, cloud accounts and the office is removed on their last day, and any shared passwords they knew are changed.', keywords: ['leaver', 'leavers', 'leaving', 'access', 'offboarding'] },
    fields: {
      question: 'Has every leaver this month (if any) had their access to email, cloud accounts and the office removed?',
      schedule: 'on the 28th of each month at 15:00', nonWorkingDays: 'previous-working-day', audience: { roles: ['compliance'] }, answer: 'yes-no-na',
      window: 'P3D', reminders: ['P1D'], escalation: [channel('P3D')], policy: 'leavers',
    },
  },
  {
    id: 'policy-read',
    label: 'Data-protection policy read on joining',
    howToCheck: 'read the data-protection policy (ask the data-protection contact for it), including what to do if you lose a device or suspect a data breach.',
    recommended: true,
    policy: { id: 'breach-reporting', title: 'Reporting a data breach', text: 'Anyone who suspects a data breach (a lost laptop or phone, an email to the wrong person, a suspicious login) tells the data-protection contact at once, the same day.', keywords: ['breach', 'data breach', 'lost laptop', 'lost phone', 'report', 'incident'] },
    fields: {
      question: 'Welcome. Have you read our data-protection policy, including what to do if you suspect a data breach?',
      schedule: 'on-join', audience: { roles: ['staff'] }, answer: 'yes-no',
      window: 'P7D', reminders: ['P2D', 'P5D'], escalation: [manager('P7D')],
      onNo: { requireReason: false, openFinding: false, notifyManager: true }, policy: 'breach-reporting',
    },
  },
  {
    id: 'device-protection',
    label: 'Device protection switched on (checklist)',
    howToCheck: 'on Windows open Windows Security and Windows Update; on a Mac open System Settings → Network → Firewall and General → Software Update. Tick each that is on and up to date.',
    recommended: false,
    fields: {
      question: 'Are these all switched on and up to date on your computer?',
      schedule: 'on the 1st of each month at 10:00', nonWorkingDays: 'next-working-day', audience: { roles: ['staff'] }, answer: 'checklist',
      checklist: ['Anti-virus', 'Firewall', 'Automatic updates', 'Screen lock after 5 minutes'],
      window: 'P3D', reminders: ['P1D'], escalation: [manager('P2D')],
    },
  },
  {
    id: 'breach-notices',
    label: 'Supplier breach notices passed on',
    howToCheck: 'look through this month\'s emails from suppliers for security or breach notices, and check each one that touches client data was passed on to the clients affected.',
    recommended: false,
    fields: {
      question: 'Has every supplier breach notice received this month (if any) been passed on to the clients affected?',
      schedule: 'on the 28th of each month at 15:00', nonWorkingDays: 'previous-working-day', audience: { roles: ['compliance'] }, answer: 'yes-no-na',
      window: 'P3D', reminders: ['P1D'], escalation: [channel('P3D')],
    },
  },
  {
    id: 'test-restore',
    label: 'Test restore from the backup',
    howToCheck: 'restore one folder from the backup to a spare place, open a few of the files, then delete the copy; note the date and what was restored.',
    recommended: false,
    fields: {
      question: 'Has this quarter\'s test restore from the backup been done, and did the files open?',
      schedule: 'on the first working day of each quarter at 11:00', audience: { roles: ['compliance'] }, answer: 'yes-no',
      window: 'P14D', reminders: ['P7D'], escalation: [channel('P14D')],
    },
  },
];

/**
 * The catalogue, each starter's cadence said back from the schedule it writes (as check-config
 * says it), so the picker and the comment can never disagree with the schedule.
 */
export const CATALOGUE: readonly StarterAttestation[] = STARTERS.map((starter) => {
  const { schedule, nonWorkingDays } = starter.fields as { schedule: string; nonWorkingDays?: NonWorkingDayRule };
  const said = describeSchedule(schedule, nonWorkingDays ?? 'skip') ?? schedule;
  return { ...starter, cadence: starter.perSupplier ? `${said}, of each supplier's owner` : said };
});

/** The ids ticked unless the firm says otherwise. */
export const RECOMMENDED = CATALOGUE.filter((s) => s.recommended).map((s) => s.id);

/** The catalogue entries with these ids, in the catalogue's order; unknown ids are named. */
export function chooseStarters(ids: readonly string[]): StarterAttestation[] {
  const unknown = ids.filter((id) => !CATALOGUE.some((s) => s.id === id));
  if (unknown.length) throw new VigilError(ErrorCode.UsageError, `no starter attestation ${unknown.map((u) => `"${u}"`).join(', ')}; choose from ${CATALOGUE.map((s) => s.id).join(', ')}`);
  return CATALOGUE.filter((s) => ids.includes(s.id));
}
