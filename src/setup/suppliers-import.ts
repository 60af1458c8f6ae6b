import { isDuration, isoFromWords, STATEMENT_STATUSES, TWO_FACTOR, type StatementStatus } from '../config/index.ts';
import { mapColumns, type ImportReport, type PersonDraft } from './people-import.ts';
import { dateCell, listCell, type Table } from './tables.ts';

/** A supplier as read from a spreadsheet: only the fields the sheet gave, ready for vigil.yaml. */
export interface SupplierDraft {
  id: string;
  name: string;
  /** Absent when the sheet gives none: a new supplier then says "to be described". */
  purpose?: string;
  purposeKeywords?: string[];
  aliases?: string[];
  role?: 'processor' | 'joint-controller' | 'recipient';
  dataCategories?: string[];
  dataSubjects?: string[];
  locations?: string[];
  transfer?: { mechanism: 'uk-idta' | 'uk-addendum' | 'eu-scc' | 'adequacy' | 'none-needed'; notes?: string };
  retention?: string;
  /** Absent when the sheet says nothing of it: a new supplier is then written as missing one. */
  gdprStatement?: { status: StatementStatus; url?: string; reviewDue?: string };
  security?: { twoFactor?: (typeof TWO_FACTOR)[number]; measures?: string[]; certifications?: string[]; url?: string };
  lawfulBasis?: string;
  owner?: string;
  notes?: string;
}

type SupplierField =
  | 'id' | 'name' | 'contact' | 'aliases' | 'function' | 'purpose' | 'jointController' | 'subjects' | 'categories' | 'recipients'
  | 'contract' | 'countries' | 'safeguards' | 'retention' | 'measures' | 'lawfulBasis' | 'locations' | 'owner' | 'status'
  | 'statementUrl' | 'reviewDue' | 'twoFactor' | 'certifications' | 'securityUrl' | 'notes';

/**
 * Header → field. The ICO's record of processing activities template (its column titles, less
 * the "(if applicable)" asides) and the plainer titles of a home-made supplier list.
 */
const SUPPLIER_COLUMNS: Record<string, SupplierField> = {
  id: 'id',
  name: 'name', supplier: 'name', suppliername: 'name', processor: 'name', nameofprocessor: 'name', system: 'name', service: 'name', vendor: 'name',
  nameandcontactdetailsofprocessor: 'contact', processornameandcontactdetails: 'contact',
  aliases: 'aliases', alsoknownas: 'aliases', othernames: 'aliases',
  businessfunction: 'function',
  purpose: 'purpose', purposeofprocessing: 'purpose', purposesofprocessing: 'purpose', whatweuseitfor: 'purpose',
  nameandcontactdetailsofjointcontroller: 'jointController',
  categoriesofindividuals: 'subjects', datasubjects: 'subjects', categoriesofdatasubjects: 'subjects',
  categoriesofpersonaldata: 'categories', personaldata: 'categories', datacategories: 'categories',
  categoriesofrecipients: 'recipients', recipients: 'recipients',
  linktocontractwithprocessor: 'contract', contract: 'contract', dpa: 'contract', dpalink: 'contract',
  namesofthirdcountriesorinternationalorganisationsthatpersonaldataaretransferredto: 'countries', thirdcountries: 'countries',
  safeguardsforexceptionaltransfersofpersonaldatatothirdcountriesorinternationalorganisations: 'safeguards', safeguards: 'safeguards', transfersafeguards: 'safeguards', transfermechanism: 'safeguards',
  retentionschedule: 'retention', retention: 'retention', retentionperiod: 'retention',
  generaldescriptionoftechnicalandorganisationalsecuritymeasures: 'measures', securitymeasures: 'measures',
  article6lawfulbasisforprocessingpersonaldata: 'lawfulBasis', lawfulbasis: 'lawfulBasis',
  locationofpersonaldata: 'locations', location: 'locations', locations: 'locations', datalocation: 'locations', wherestored: 'locations',
  owner: 'owner', supplierowner: 'owner', ownedby: 'owner', contactatfirm: 'owner',
  gdprstatement: 'status', gdprstatementstatus: 'status', dpastatus: 'status', statementstatus: 'status',
  gdprstatementurl: 'statementUrl', gdprstatementlink: 'statementUrl',
  reviewdue: 'reviewDue', nextreview: 'reviewDue',
  twofactor: 'twoFactor', '2fa': 'twoFactor', mfa: 'twoFactor', twostepauthentication: 'twoFactor',
  certifications: 'certifications', certification: 'certifications',
  securitypage: 'securityUrl', securityurl: 'securityUrl', trustcentre: 'securityUrl', trustcenter: 'securityUrl',
  notes: 'notes', comments: 'notes',
};

/** The ICO template's other columns: recognised, but vigil.yaml has no field for them. */
const KNOWN_UNUSED = new Set([
  'article9basisforprocessingspecialcategorydata', 'legitimateinterestsfortheprocessing', 'linktorecordoflegitimateinterestsassessment',
  'rightsavailabletoindividuals', 'existenceofautomateddecisionmakingincludingprofiling', 'thesourceofthepersonaldata',
  'linktorecordofconsent', 'dataprotectionimpactassessmentrequired', 'linktodpia', 'personaldatabreach', 'linktorecordofpersonaldatabreach',
  'linktoretentionanderasurepolicydocument', 'article6lawfulbasisforprocessingpersonaldatalinktolia', 'schedule1conditionforprocessing',
]);

/** Suppliers from a spreadsheet (the ICO template's columns or plainer ones); owners by email, id or name. */
export function suppliersFromTable(table: Table, people: readonly PersonDraft[] = [], existing: readonly { id: string }[] = []): ImportReport<SupplierDraft> {
  const { fields, unknownColumns } = mapColumns(table.headers, SUPPLIER_COLUMNS, KNOWN_UNUSED, 'suppliers');
  const problems: string[] = [];
  const taken = new Set(existing.map((s) => s.id));
  const entries: SupplierDraft[] = [];
  for (const { line, cells } of table.rows) {
    const get = (field: SupplierField) => fields.get(field)?.map((h) => cells[h]).find(Boolean);
    const problem = (text: string) => problems.push(`row ${line}: ${text}`);
    const contact = get('contact');
    const name = get('name') ?? (contact ? withoutLegalSuffix(contact.split(/[,;\n(]/)[0]!.trim()) : undefined);
    if (!name) {
      problem('skipped, it names no supplier');
      continue;
    }
    const purpose = get('purpose') ?? get('function');
    if (!purpose) problem(`${name} has no purpose of processing; a new entry says "to be described"`);
    const draft: SupplierDraft = { id: get('id') ?? supplierId(name, taken), name, ...(purpose ? { purpose } : {}) };
    const gdpr = statement(get, problem);
    if (gdpr) draft.gdprStatement = gdpr;
    taken.add(draft.id);
    describe(draft, get, problem);
    const owner = get('owner');
    if (owner) {
      const wanted = owner.toLowerCase();
      const person = people.find((p) => p.email.toLowerCase() === wanted || p.id === wanted || p.name.toLowerCase() === wanted);
      if (person) draft.owner = person.id;
      else problem(`owner "${owner}" of ${name} is nobody in vigil.yaml; left out`);
    }
    const notes = [
      contact && contact !== name ? `Processor contact: ${contact}` : '',
      get('jointController') ? `Joint controller: ${get('jointController')}` : '',
      get('recipients') ? `Recipients: ${get('recipients')}` : '',
      get('notes') ?? '',
    ].filter(Boolean);
    if (notes.length) draft.notes = notes.join('\n');
    entries.push(draft);
  }
  return { entries, unknownColumns, problems };
}

/** The register fields of one row: data, places, transfers, retention, security. */
function describe(draft: SupplierDraft, get: (field: SupplierField) => string | undefined, problem: (text: string) => void): void {
  const lists: [keyof SupplierDraft & ('aliases' | 'dataCategories' | 'dataSubjects' | 'purposeKeywords'), SupplierField][] = [
    ['aliases', 'aliases'], ['dataCategories', 'categories'], ['dataSubjects', 'subjects'], ['purposeKeywords', 'function'],
  ];
  for (const [key, field] of lists) if (get(field)) draft[key] = listCell(get(field));
  if (get('jointController')) draft.role = 'joint-controller';
  const locations = [...listCell(get('locations')), ...listCell(get('countries'))];
  if (locations.length) draft.locations = [...new Set(locations)];
  const safeguards = get('safeguards');
  if (safeguards) {
    const mechanism = transferMechanism(safeguards);
    if (mechanism) draft.transfer = mechanism === 'none-needed' && /^(none|n\/?a|not applicable)$/i.test(safeguards) ? { mechanism } : { mechanism, notes: safeguards };
    else problem(`safeguard "${safeguards}" is none of the UK IDTA, the UK Addendum, EU SCCs or adequacy; kept in the notes`), (draft.notes = `Transfer safeguards: ${safeguards}`);
  }
  const retention = get('retention');
  if (retention) {
    const iso = isDuration(retention) ? retention : isoFromWords(retention);
    if (iso) draft.retention = iso;
    else if (/[a-z]{3}/i.test(retention)) draft.retention = retention;
    else problem(`retention "${retention}" is neither a period nor a description; left out`);
  }
  const security: NonNullable<SupplierDraft['security']> = {};
  if (get('measures')) security.measures = listCell(get('measures'));
  if (get('certifications')) security.certifications = listCell(get('certifications'));
  if (get('securityUrl')) security.url = get('securityUrl')!;
  const twoFactor = get('twoFactor')?.toLowerCase();
  if (twoFactor) {
    const value = TWO_FACTOR.find((t) => t === twoFactor) ?? (/^(yes|on|required)$/.test(twoFactor) ? 'enforced' : /^(no|none)$/.test(twoFactor) ? 'not-available' : undefined);
    if (value) security.twoFactor = value;
    else problem(`two-factor "${twoFactor}" is none of ${TWO_FACTOR.join(', ')}; left out`);
  }
  if (Object.keys(security).length) draft.security = security;
  if (get('lawfulBasis')) draft.lawfulBasis = get('lawfulBasis')!;
}

/** The GDPR statement: a contract link means on file, unless the sheet gives a status. */
function statement(get: (field: SupplierField) => string | undefined, problem: (text: string) => void): SupplierDraft['gdprStatement'] {
  const url = [get('statementUrl'), get('contract')].find((u) => u && /^https?:\/\//.test(u));
  const given = get('status')?.toLowerCase().replace(/\s+/g, '-');
  if (!url && !given && !get('reviewDue')) return undefined;
  let status: StatementStatus = url ? 'on-file' : 'missing';
  if (given) {
    const known = STATEMENT_STATUSES.find((s) => s === given) ?? (/^(yes|signed|received)$/.test(given) ? 'on-file' : undefined);
    if (known) status = known;
    else problem(`GDPR statement status "${get('status')}" is none of ${STATEMENT_STATUSES.join(', ')}; written as ${status}`);
  }
  const reviewDue = dateCell(get('reviewDue'));
  return { status, ...(url ? { url } : {}), ...(reviewDue ? { reviewDue } : {}) };
}

function transferMechanism(text: string): NonNullable<SupplierDraft['transfer']>['mechanism'] | undefined {
  if (/idta|international data transfer agreement/i.test(text)) return 'uk-idta';
  if (/addendum/i.test(text)) return 'uk-addendum';
  if (/scc|standard contractual/i.test(text)) return 'eu-scc';
  if (/adequa|data bridge/i.test(text)) return 'adequacy';
  if (/^(none|n\/?a|not applicable|no transfer|none needed)/i.test(text)) return 'none-needed';
  return undefined;
}

const LEGAL_SUFFIX = /\s*\b(ltd|limited|plc|inc|llc|llp|gmbh|corp|corporation)\b\.?$/i;

/** "Xero Ltd" → "Xero": the ICO template's processor column names the company; staff say the product. */
export function withoutLegalSuffix(name: string): string {
  return name.replace(LEGAL_SUFFIX, '').trim() || name;
}

/** A supplier id from its name ("Google Workspace" → google-workspace), numbered if taken. */
export function supplierId(name: string, taken: Set<string>): string {
  const base = name.toLowerCase().normalize('NFKD').replace(/\b(ltd|limited|plc|inc|llc|gmbh)\b\.?/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'supplier';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
