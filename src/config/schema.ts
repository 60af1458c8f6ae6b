import { z } from 'zod';
import { DURATION_PATTERN } from './duration.ts';
import { checkDurationText, checkRetention, checkSchedule, checkTimeZone, refineWith } from './field-checks.ts';
import { SCHEDULE_EXAMPLES, schedulePattern } from './schedule-words.ts';

/**
 * The zod schema of `vigil.yaml`. Checks of one value (shape, cron, timezones, durations) live
 * here; checks across the file (references, duplicate ids, cycles, audiences) live in
 * `semantic.ts`, which runs once this schema passes.
 * The JSON Schema in `vigil.schema.json` and the README's config reference are generated from it.
 */

const id = (what: string) =>
  z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, {
      error: `${what} ids are lowercase letters, digits and hyphens, starting with a letter or digit (e.g. "zoho-crm")`,
    })
    .describe(`The ${what}'s id: lowercase letters, digits and hyphens.`);

const duration = (what: string) =>
  z
    .string()
    .superRefine(refineWith(checkDurationText))
    .meta({ pattern: DURATION_PATTERN, examples: ['PT4H', 'P1D', 'P2W', 'P6Y'] })
    .describe(`${what}, as an ISO 8601 duration (e.g. PT4H, P1D, P2W, P6Y).`);

const timezone = (description: string) => z.string().superRefine(refineWith(checkTimeZone)).describe(description);

const isoDate = z.iso.date({ error: 'expected a date as YYYY-MM-DD' });

/**
 * A web address: one that parses, with no space inside it. A URL parser takes "https://x.example/security - Messages are archived." (a YAML
 * line run on into the address above it), where the JSON Schema's "uri" format, an editor and a browser's link do not. (Zod trims the ends
 * before the check, so a space only at an end is dropped, not refused.)
 */
const webAddress = (options?: Parameters<typeof z.url>[0]) =>
  z.url(options).refine((address) => !/\s/.test(address), { error: 'a web address has no spaces (is a line after it indented under it by mistake?)' });

// A control of a framework: letters and digits naming the framework, a colon, then the
// framework's own reference (which may hold dots, hyphens and brackets, never spaces).
const controlId = z.string().regex(/^[A-Za-z][A-Za-z0-9-]*:[^\s:]+$/, {
  error: (issue) => `"${String(issue.input)}" is not a control id: write the framework, a colon and its reference, with no spaces (e.g. "CE:malware-protection", "ISO27001:A.8.13", "GDPR:Art.32(1)(d)")`,
});

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const BANK_HOLIDAY_REGIONS = ['england-and-wales', 'scotland', 'northern-ireland', 'none'] as const;
export const ROLES = ['staff', 'manager', 'compliance'] as const;
export const SUPPLIER_ROLES = ['processor', 'joint-controller', 'recipient'] as const;
export const STATEMENT_STATUSES = ['on-file', 'requested', 'awaited', 'in-progress', 'missing'] as const;
export const TRANSFER_MECHANISMS = ['uk-idta', 'uk-addendum', 'eu-scc', 'adequacy', 'none-needed'] as const;
export const TWO_FACTOR = ['enforced', 'available', 'not-available', 'unknown'] as const;
export const ANSWER_KINDS = ['yes-no', 'yes-no-na', 'checklist', 'text', 'acknowledge'] as const;
export const NON_WORKING_DAY_RULES = ['skip', 'next-working-day', 'previous-working-day', 'keep'] as const;
export const ESCALATION_TARGETS = ['manager', 'compliance-channel'] as const;

const OrganisationSchema = z
  .strictObject({
    name: z.string().min(1).describe('The firm\'s name, as staff know it.'),
    timezone: timezone('IANA timezone of the office, e.g. Europe/London.'),
    workingDays: z
      .array(z.enum(WEEKDAYS))
      .min(1)
      .default(['mon', 'tue', 'wed', 'thu', 'fri'])
      .describe('Days the office works. Prompts due on other days are skipped or moved as each attestation says.'),
    workingHours: z
      .strictObject({
        start: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a time as HH:MM' }).describe('Start of the working day, HH:MM.'),
        end: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a time as HH:MM' }).describe('End of the working day, HH:MM.'),
      })
      .default({ start: '09:00', end: '17:30' })
      .describe('Office hours, for escalation delays counted in working hours.'),
    holidays: z
      .strictObject({
        bankHolidays: z
          .enum(BANK_HOLIDAY_REGIONS)
          .default('england-and-wales')
          .describe('Which UK nation\'s bank holidays are days off (built in for 2024–2030).'),
        dates: z.array(isoDate).default([]).describe('Further days off (YYYY-MM-DD), e.g. the office\'s Christmas closure.'),
      })
      .default({ bankHolidays: 'england-and-wales', dates: [] })
      .describe('Days off besides the weekend.'),
    complianceChannel: z
      .strictObject({
        slack: z.string().min(1).optional().describe('Slack channel id (C…) or name (#compliance).'),
        teams: z.string().min(1).optional().describe('Teams channel id (19:…@thread.tacv2).'),
      })
      .default({})
      .describe('Where escalations and findings are posted, per platform.'),
    dataProtectionContact: z
      .strictObject({
        name: z.string().min(1).describe('Their name.'),
        email: z.email().optional().describe('Their email address.'),
        phone: z.string().optional().describe('Their phone number.'),
      })
      .describe('Who staff should ask when Vigil cannot answer a data-protection question.'),
    evidenceRetention: duration('How long answers and audit records are kept before `vigil purge` may remove them')
      .default('P6Y'),
  })
  .describe('The firm: name, timezone, calendar and contacts.');

const PersonSchema = z
  .strictObject({
    id: id('person'),
    name: z.string().min(1).describe('Full name.'),
    email: z.email({ error: 'expected an email address' }).describe('Work email; used to find the person in Slack or Teams.'),
    roles: z
      .array(z.enum(ROLES))
      .min(1)
      .default(['staff'])
      .describe('staff answer prompts; managers also see their reports\' status; compliance sees everything.'),
    manager: z.string().optional().describe('Id of this person\'s manager, who receives their escalations.'),
    timezone: timezone('IANA timezone, when it differs from the office\'s.').optional(),
    slackId: z.string().regex(/^[UW][A-Z0-9]+$/, { error: 'Slack user ids look like U0123ABCD' }).optional()
      .describe('Slack user id; else the person is found by email.'),
    teamsAadObjectId: z.uuid({ error: 'expected an Entra ID (AAD) object id, a UUID' }).optional()
      .describe('Microsoft Entra ID (AAD) object id; else the person is found by email.'),
    delegates: z.array(z.string()).default([]).describe('Ids of people who may answer on this person\'s behalf.'),
    uses: z.array(z.string()).default([]).describe('Ids of the suppliers this person has an account with (for checklists such as 2FA).'),
    joined: isoDate.optional().describe('Start date; a person who joins after Vigil starts gets the on-join attestations.'),
  })
  .describe('Someone who answers prompts, manages people or oversees compliance.');

const SecuritySchema = z
  .strictObject({
    encryptionInTransit: z.string().optional().describe('How data is encrypted in transit, e.g. "TLS".'),
    encryptionAtRest: z.boolean().optional().describe('Whether stored data is encrypted.'),
    twoFactor: z.enum(TWO_FACTOR).optional().describe('Two-factor / two-step authentication on the firm\'s accounts.'),
    certifications: z.array(z.string()).default([]).describe('E.g. "SOC 2", "ISO 27001".'),
    supportAccess: z.string().optional().describe('When the supplier\'s own staff can see the data.'),
    uptime: z.string().optional().describe('Availability record or promise, e.g. "99.97%".'),
    replication: z.string().optional().describe('Backups and replication between sites.'),
    measures: z.array(z.string()).default([]).describe('Other technical and organisational measures, one per item.'),
    url: webAddress().optional().describe('The supplier\'s security page.'),
  })
  .describe('The supplier\'s security measures (GDPR Art. 30(1)(g), Art. 32).');

const SupplierSchema = z
  .strictObject({
    id: id('supplier'),
    name: z.string().min(1).describe('The supplier\'s name as staff say it.'),
    aliases: z.array(z.string()).default([]).describe('Other names staff use ("office365", "the chat widget").'),
    role: z.enum(SUPPLIER_ROLES).default('processor').describe('The supplier\'s GDPR role towards the firm.'),
    purpose: z.string().min(1).describe('What the firm uses it for (Art. 30(1)(b)).'),
    purposeKeywords: z.array(z.string()).default([]).describe('Words staff may use for the purpose ("invoices", "payroll").'),
    dataCategories: z.array(z.string()).default([]).describe('Kinds of personal data it holds (Art. 30(1)(c)).'),
    dataSubjects: z.array(z.string()).default([]).describe('Whose data it is: customers, employees, website visitors…'),
    locations: z.array(z.string()).default([]).describe('Where the data is stored: countries or regions (UK, EU, US…).'),
    transfer: z
      .strictObject({
        mechanism: z.enum(TRANSFER_MECHANISMS),
        notes: z.string().optional(),
      })
      .optional()
      .describe('Safeguard for a restricted transfer outside the UK/EEA (Art. 30(1)(e), Art. 46).'),
    retention: z
      .string({ error: 'retention is an ISO 8601 duration such as "P6Y", or text such as "until the client leaves"' })
      .superRefine(refineWith(checkRetention))
      .optional()
      .describe('How long the data is kept (Art. 30(1)(f)): an ISO 8601 duration such as P6Y or P3M, or text.'),
    gdprStatement: z
      .strictObject({
        status: z.enum(STATEMENT_STATUSES).describe('on-file, requested, awaited, in-progress or missing.'),
        url: webAddress().optional(),
        reviewDue: isoDate.optional().describe('When the statement should next be reviewed.'),
        notes: z.string().optional(),
      })
      .describe('The supplier\'s GDPR statement or data processing agreement (Art. 28(3)).'),
    security: SecuritySchema.default({ certifications: [], measures: [] }),
    accessBy: z.array(z.string()).default([]).describe('Ids of other suppliers who can reach this data (e.g. the accountants).'),
    sharedData: z.string().optional().describe('What is passed to the supplier, when it is a recipient.'),
    lawfulBasis: z.string().optional().describe('The basis for passing the data on (e.g. consent in the engagement letter).'),
    breachNotification: z.string().optional().describe('What the supplier promises to do after a breach (Art. 33(2)).'),
    owner: z.string().optional().describe('Id of the person who looks after this supplier and is asked its questions.'),
    notes: z.string().optional(),
  })
  .describe('One entry in the register of data processors and recipients.');

const PolicySchema = z
  .strictObject({
    id: id('policy'),
    title: z.string().min(1),
    text: z.string().min(1).describe('The policy statement, quoted in answers; the whole policy, or its summary when `file` holds the document.'),
    file: z.string().min(1).optional().describe('The full policy as a Markdown file, relative to this one: shown (its start) when staff are asked to accept the policy, and hashed for its version.'),
    version: z
      .union([z.string().min(1).max(40), z.number()])
      .optional()
      .describe('The policy\'s version ("3", "2026.1"). Staff accept a version: a new one asks everyone again; a wording fix that keeps it asks nobody. Without it, the version is a hash of the document, so any change to it asks everyone again.'),
    changes: z.string().min(1).max(300).optional().describe('What changed in this version, in a line: shown when staff are asked to accept it.'),
    link: webAddress({ protocol: /^https$/, error: 'expected an https:// address' })
      .max(500)
      .optional()
      .describe('Where the full policy can be read (https only), linked when staff are asked to accept it.'),
    keywords: z.array(z.string()).default([]).describe('Words staff may ask with ("breach", "backup", "password").'),
    source: z.string().optional().describe('Where the statement comes from (document and section).'),
  })
  .describe('A policy the firm has made: a short statement, or a whole document staff are asked to read and accept.');

const AudienceSchema = z
  .strictObject({
    roles: z.array(z.enum(ROLES)).optional().describe('Everyone with one of these roles.'),
    people: z.array(z.string()).optional().describe('These people, by id.'),
    suppliers: z
      .union([z.literal('all'), z.array(z.string())])
      .optional()
      .describe('Ask once per supplier ("all" or a list of ids), of each supplier\'s owner.'),
  })
  .describe('Who is asked: people (by role or id), or the owner of each supplier.');

const EscalationStepSchema = z.strictObject({
  after: duration('Time after the prompt is issued'),
  to: z.enum(ESCALATION_TARGETS).describe('manager (the person\'s, or the supplier owner\'s) or compliance-channel.'),
  workingHours: z.boolean().default(false).describe('Count the delay in working hours only.'),
});

// What a Yes sets in the register, for a per-supplier question (issue 20): explicit, so no
// question's wording is guessed at. One field today; a new one is a new optional key.
const RegisterSetsSchema = z
  .strictObject({
    gdprStatement: z
      .enum(STATEMENT_STATUSES)
      .optional()
      .describe('The GDPR statement status a Yes sets for the supplier asked about (usually on-file). A No, when the file says that status, sets missing.'),
    reviewDue: duration('For a Yes: the GDPR statement\'s next review, this long after the day of the answer (e.g. P1Y); a later date than the file\'s is the live state, and `vigil register apply` writes it')
      .optional(),
  })
  .describe('The register field a Yes sets for the supplier asked about: the answer becomes the register\'s live state (status, evidence pack, questions), and `vigil register apply` writes it into this file.');

/** How long `instructions` may be: a few paragraphs, which every channel can show under a question. */
export const INSTRUCTIONS_LIMIT = 1500;

// How to check a question or a checklist item: words and a page. User-written: every channel
// shows them as typed (never as mentions, links or formatting), the link only as Vigil's own.
const instructions = z
  .string()
  .min(1)
  .max(INSTRUCTIONS_LIMIT, { error: `instructions are at most ${INSTRUCTIONS_LIMIT} characters; link a page for more` })
  .describe(`How to check, in a few sentences (markdown as written; shown with the prompt in every channel, at most ${INSTRUCTIONS_LIMIT} characters). A [text](https://…) link shows as the text and its address.`);
const link = webAddress({ protocol: /^https$/, error: 'expected an https:// address' })
  .max(500)
  .meta({ pattern: '^https://' })
  .describe('A page that shows how to check (https only), linked beside the prompt.');

const ChecklistItemSchema = z
  .strictObject({
    item: z.string().min(1).describe('What is ticked, as shown.'),
    instructions: instructions.optional(),
    link: link.optional(),
  })
  .describe('A checklist item with how to check it.');

/** A checklist item: its text, or its text with instructions and a link. */
export type ChecklistItem = string | z.output<typeof ChecklistItemSchema>;

const AttestationSchema = z
  .strictObject({
    id: id('attestation'),
    question: z
      .string()
      .min(1)
      .describe('What is asked. "{supplier}" stands for the supplier\'s name in per-supplier questions.'),
    schedule: z
      .string()
      .superRefine(refineWith(checkSchedule))
      .meta({ pattern: schedulePattern(), examples: [...SCHEDULE_EXAMPLES, '0 9 * * 1-5', 'on-join'] })
      .describe('When it is asked: in words ("every weekday at 09:00", "every Friday at 10:00", "on the 1st of each month at 09:00", "on the first working day of each quarter at 10:00"), a 5-field cron expression (minute hour day month weekday), or "on-join". Words that name working days use the office\'s calendar, bank holidays included, and bring their own nonWorkingDays rule.'),
    timezone: z
      .string()
      .superRefine(refineWith((zone) => (zone === 'person' ? undefined : checkTimeZone(zone))))
      .optional()
      .describe('IANA timezone of the schedule, or "person" for each person\'s own; default the office\'s.'),
    nonWorkingDays: z
      .enum(NON_WORKING_DAY_RULES)
      .default('skip')
      .describe('What happens to an occurrence on a non-working day or holiday. A schedule in words that names working days ("every working day", "the first working day of …") says this itself.'),
    audience: AudienceSchema,
    answer: z.enum(ANSWER_KINDS).default('yes-no').describe('yes-no, yes-no-na, checklist, text, or acknowledge (read the attestation\'s `policy` and accept its current version: one button).'),
    checklist: z
      .union([z.literal('suppliers-used'), z.array(z.union([z.string().min(1), ChecklistItemSchema])).min(1)])
      .optional()
      .describe('For checklist answers: the items (each its text, or { item, instructions, link }), or "suppliers-used" for one item per supplier the person uses, each linking the supplier\'s security.url.'),
    instructions: instructions.optional(),
    link: link.optional(),
    window: duration('How long a prompt stays open before it is missed').default('P1D'),
    reminders: z.array(duration('Reminder delay after issue')).default([]).describe('When to remind, after issue.'),
    escalation: z.array(EscalationStepSchema).default([]).describe('The ladder: who is told, and when.'),
    grace: duration('Extra time added to every escalation step before anyone is told (a grace period: the first escalation waits this much longer, and the ladder keeps its spacing)')
      .optional(),
    quietHours: z
      .boolean()
      .default(true)
      .describe('Reminders and escalations wait for their recipient\'s next working hours (the office\'s working days, hours and bank holidays, in the recipient\'s timezone), and a window that would close on a non-working day closes at the same time on the next working day. false sends each at its instant and closes the window when it ends, weekends included.'),
    onNo: z
      .strictObject({
        requireReason: z.boolean().default(true),
        openFinding: z.boolean().default(true),
        notifyManager: z.boolean().default(true),
      })
      .default({ requireReason: true, openFinding: true, notifyManager: true })
      .describe('What a "No" does.'),
    policy: z.string().optional().describe('Id of the policy this attestation checks.'),
    sets: RegisterSetsSchema.optional(),
    controls: z
      .array(controlId)
      .default([])
      .describe('The controls this attestation evidences, each a framework and a reference joined by a colon (CE:malware-protection, ISO27001:A.8.13, GDPR:Art.32(1)(d)); the audit package maps them.'),
  })
  .describe('A recurring question that turns a promise into evidence.');

const LanguageModelSchema = z
  .strictObject({
    enabled: z.boolean().default(false).describe('Off unless true.'),
    endpoint: webAddress().describe('Base URL of an OpenAI-compatible API, before /chat/completions (e.g. http://localhost:11434/v1 for Ollama).'),
    model: z.string().min(1).describe('The model name the endpoint serves.'),
    timeoutMs: z.number().int().min(100).max(30_000).default(4000).describe('How long to wait for a reading before answering from the register alone.'),
  })
  .describe('Optional, off by default: a language model that reads questions the register cannot answer by itself into {intent, supplier, filters}; the register still answers and cites. Its API key comes only from the environment (VIGIL_LLM_API_KEY). Sending questions to it makes it a processor.');

const CheckpointsSchema = z
  .strictObject({
    origin: z
      .string()
      // A schema-less URL as the checkpoint spec recommends; nothing an HTML page or a CSV would escape, so exports quote it as is.
      .regex(/^[A-Za-z0-9][A-Za-z0-9._~/:-]*$/, { error: 'a checkpoint origin is letters, digits and . _ ~ / : - only, starting with a letter or digit (e.g. vigil.acme-bookkeeping or acme.example/vigil)' })
      .optional()
      .describe('The name of this firm\'s audit log in its checkpoints; default vigil.<the firm\'s name in lowercase, with hyphens>. Keep it once checkpoints are given out: verify names a checkpoint of another origin as another log\'s.'),
    file: z
      .string()
      .min(1)
      .optional()
      .describe('A file (relative to this one) the bot appends its daily checkpoint to: keep it where the database\'s administrators cannot rewrite it (another host, write-once storage). Before appending, the bot checks the database still extends the file\'s last checkpoint, and warns the compliance channel instead if not.'),
    time: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a time as HH:MM' })
      .default('18:00')
      .describe('When, each day in the office\'s timezone, the bot publishes the checkpoint to the compliance channel (HH:MM).'),
  })
  .describe('Daily checkpoints of the audit log (origin, record count, head hash; signed with VIGIL_SIGNING_KEY when set), published to the compliance channel and kept outside the database, so that rewriting or cutting off the log is caught by `vigil audit verify --checkpoint`.');

const AbsenceSchema = z
  .strictObject({
    person: z.string().describe('Id of the person who is away.'),
    from: isoDate.describe('First day away (YYYY-MM-DD), in the office\'s timezone.'),
    until: isoDate.describe('Last day away (YYYY-MM-DD), included: they are back the day after.'),
    delegate: z.string().optional().describe('Id of who is prompted in their place meanwhile, and may answer for them; without one, nobody is prompted, reminded or escalated about them and each occurrence is recorded excused.'),
  })
  .describe('Someone on leave: no prompts, reminders or escalations for them meanwhile (or prompts go to their delegate), and each occurrence is recorded excused, not missed.');

/** The whole `vigil.yaml`. */
export const VigilConfigSchema = z
  .strictObject({
    version: z.literal(1).describe('The file format version: 1.'),
    organisation: OrganisationSchema,
    people: z.array(PersonSchema).min(1, { error: 'a workspace needs at least one person' }).describe('Everyone Vigil talks to.'),
    suppliers: z.array(SupplierSchema).default([]).describe('The register of data processors and recipients.'),
    policies: z.array(PolicySchema).default([]).describe('The firm\'s policy statements.'),
    synonyms: z
      .array(z.array(z.string().min(1)).min(2))
      .default([])
      .describe('Groups of words staff use for the same thing, for answering questions (e.g. [service user, client, resident]); added to the built-in everyday privacy words.'),
    languageModel: LanguageModelSchema.optional(),
    checkpoints: CheckpointsSchema.optional(),
    attestations: z.array(AttestationSchema).default([]).describe('The recurring questions.'),
    absences: z.array(AbsenceSchema).default([]).describe('Planned leave, known ahead (staff can also say `away until 14 Dec` in chat).'),
  })
  .describe('A Vigil workspace: the firm, its people, its register of suppliers, its policies and what it attests.');

export type VigilConfig = z.output<typeof VigilConfigSchema>;
export type Organisation = VigilConfig['organisation'];
export type Person = VigilConfig['people'][number];
export type Supplier = VigilConfig['suppliers'][number];
export type Policy = VigilConfig['policies'][number];
export type Attestation = VigilConfig['attestations'][number];
export type ConfigAbsence = VigilConfig['absences'][number];
export type RegisterSets = NonNullable<Attestation['sets']>;
export type Role = (typeof ROLES)[number];
export type AnswerKind = (typeof ANSWER_KINDS)[number];
export type StatementStatus = (typeof STATEMENT_STATUSES)[number];
