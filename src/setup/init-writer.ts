import { fileURLToPath } from 'node:url';
import { Document, isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { BANK_HOLIDAY_REGIONS } from '../config/index.ts';
import { ErrorCode, VigilError } from '../errors.ts';
import type { StarterAttestation } from './catalogue.ts';
import { newSupplier } from './merge.ts';
import { layOut, wrap } from './yaml-layout.ts';
import { freshId, type PersonDraft } from './people-import.ts';
import type { SupplierDraft } from './suppliers-import.ts';

/** The JSON Schema of the Vigil that is installed, by absolute path: it keeps working wherever vigil.yaml is. */
export const INSTALLED_SCHEMA = fileURLToPath(new URL('../../vigil.schema.json', import.meta.url));

/** Everything `vigil init` asks, from the prompts or from flags. */
export interface InitAnswers {
  firm: string;
  timezone: string;
  bankHolidays: (typeof BANK_HOLIDAY_REGIONS)[number];
  contact: { name: string; email: string; phone?: string };
  complianceChannel: { slack?: string; teams?: string };
  people: PersonDraft[];
  suppliers: SupplierDraft[];
  attestations: StarterAttestation[];
  /** The date written in the header (YYYY-MM-DD). */
  today: string;
}

/** The data-protection contact, as the compliance person: found among the people by email, else added. */
export function withComplianceContact(people: PersonDraft[], contact: InitAnswers['contact']): { people: PersonDraft[]; complianceId: string } {
  const found = people.find((p) => p.email.toLowerCase() === contact.email.toLowerCase());
  if (found) {
    if (!found.roles.includes('compliance')) found.roles = [...found.roles, 'compliance'];
    return { people, complianceId: found.id };
  }
  const id = freshId(contact.name, new Set(people.map((p) => p.id)));
  return { people: [{ id, name: contact.name, email: contact.email.toLowerCase(), roles: ['staff', 'manager', 'compliance'] }, ...people], complianceId: id };
}

/** The whole vigil.yaml `init` writes: commented, in the examples' layout. */
export function initYaml(answers: InitAnswers): string {
  if (!answers.contact.email) throw new VigilError(ErrorCode.UsageError, 'the data-protection contact needs an email address (they become the workspace\'s compliance person)');
  const { people, complianceId } = withComplianceContact(answers.people.map((p) => ({ ...p, roles: [...p.roles] })), answers.contact);
  // Per-supplier questions go to each supplier's owner: the compliance person until someone else is named.
  const suppliers = answers.suppliers.map((s) => ({ ...newSupplier(s), owner: s.owner ?? complianceId }));
  const hasChannel = Boolean(answers.complianceChannel.slack || answers.complianceChannel.teams);
  const policies = answers.attestations.flatMap((a) => (a.policy ? [a.policy] : []));
  const doc = new Document({
    version: 1,
    organisation: {
      name: answers.firm,
      timezone: answers.timezone,
      workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
      workingHours: { start: '09:00', end: '17:30' },
      holidays: { bankHolidays: answers.bankHolidays, dates: [] },
      complianceChannel: answers.complianceChannel,
      dataProtectionContact: answers.contact,
      evidenceRetention: 'P6Y',
    },
    people,
    suppliers,
    policies,
    attestations: answers.attestations.map((a) => ({ id: a.id, ...withInstructions(withoutChannelSteps(a.fields, hasChannel), a.howToCheck) })),
  });
  layOut(doc);
  comment(doc, answers);
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function topPair(doc: Document, key: string): Pair<Node, Node> | undefined {
  return (doc.contents as YAMLMap<Node, Node>).items.find((pair) => isScalar(pair.key) && pair.key.value === key);
}

function comment(doc: Document, answers: InitAnswers): void {
  doc.commentBefore = [
    ` yaml-language-server: $schema=${INSTALLED_SCHEMA}`,
    '',
    ` ${answers.firm}: Vigil workspace written by \`vigil init\` on ${answers.today}.`,
    ' Check it with `vigil check-config`; add people and suppliers from spreadsheets with',
    ' `vigil import people FILE` and `vigil import suppliers FILE` (they keep these comments).',
    ' Durations are ISO 8601: PT4H is 4 hours, P3D 3 days, P6Y 6 years.',
  ].join('\n');
  const notes: Record<string, string> = {
    organisation: ' The firm: its calendar (bank holidays by UK nation), where escalations are posted, and who\n staff ask when Vigil cannot answer a data-protection question.',
    people: ' Everyone Vigil talks to. roles: staff answer prompts; managers also get their reports\'\n escalations and status; compliance sees everything. Found in Slack or Teams by email.',
    suppliers: ' The register of processors and recipients (GDPR Art. 30). `vigil ask` answers from it.\n owner is who is asked the per-supplier questions.',
    policies: ' Starter policy statements, quoted in answers: replace them with your own policy\'s words.',
    attestations: ' The recurring questions. schedule is in words ("every Friday at 10:00", "on the first working\n day of each quarter at 10:00"), cron (minute hour day month weekday) or on-join, in the\n office\'s timezone; window is how long a prompt stays open; reminders and escalation count\n from when it is asked; instructions say how to check, shown with the prompt.',
  };
  for (const [key, text] of Object.entries(notes)) {
    const pair = topPair(doc, key);
    if (!pair) continue;
    pair.key.commentBefore = text;
    pair.key.spaceBefore = true;
  }
  const list = topPair(doc, 'attestations')?.value;
  if (!isSeq(list)) return;
  list.items.forEach((item, i) => {
    const starter = answers.attestations[i]!;
    if (!isMap(item)) return;
    item.commentBefore = wrap(`${starter.label}: ${starter.cadence}.`);
    if (i > 0) item.spaceBefore = true;
  });
}

/** With no compliance channel named, the ladder's last step (the channel) is left out: check-config refuses a step to nowhere. */
function withoutChannelSteps(fields: Record<string, unknown>, hasChannel: boolean): Record<string, unknown> {
  if (hasChannel || !Array.isArray(fields.escalation)) return fields;
  return { ...fields, escalation: (fields.escalation as { to: string }[]).filter((step) => step.to !== 'compliance-channel') };
}

/** How to check, as the attestation's instructions (shown with the prompt in every channel), in the schema's place: before the window. */
function withInstructions(fields: Record<string, unknown>, howToCheck: string): Record<string, unknown> {
  const text = howToCheck.charAt(0).toUpperCase() + howToCheck.slice(1);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'window') out.instructions = text;
    out[key] = value;
  }
  out.instructions ??= text;
  return out;
}
