import { ROLES, type Role } from '../config/index.ts';
import { dateCell, headerKey, type Table } from './tables.ts';

/** A person as read from a spreadsheet, ready for vigil.yaml. */
export interface PersonDraft {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  manager?: string;
  joined?: string;
  slackId?: string;
  teamsAadObjectId?: string;
}

/** What an import read, and what it could not use (each said, nothing dropped in silence). */
export interface ImportReport<T> {
  entries: T[];
  /** Columns no field takes, with why. */
  unknownColumns: string[];
  /** Rows or cells that could not be used: "row 7: ...". */
  problems: string[];
}

type PersonField = 'name' | 'first' | 'last' | 'email' | 'manager' | 'role' | 'joined' | 'slackId' | 'teamsAadObjectId' | 'id';

const PERSON_COLUMNS: Record<string, PersonField> = {
  id: 'id', vigilid: 'id',
  name: 'name', fullname: 'name', displayname: 'name', employee: 'name', employeename: 'name', staffname: 'name', person: 'name',
  firstname: 'first', forename: 'first', givenname: 'first',
  lastname: 'last', surname: 'last', familyname: 'last',
  email: 'email', emailaddress: 'email', workemail: 'email', mail: 'email', userprincipalname: 'email',
  manager: 'manager', linemanager: 'manager', reportsto: 'manager', manageremail: 'manager', managername: 'manager', supervisor: 'manager',
  role: 'role', roles: 'role', vigilrole: 'role', vigilroles: 'role',
  startdate: 'joined', joined: 'joined', datejoined: 'joined', joiningdate: 'joined', started: 'joined', start: 'joined',
  slackid: 'slackId', slackuserid: 'slackId',
  teamsid: 'teamsAadObjectId', aadobjectid: 'teamsAadObjectId', entraobjectid: 'teamsAadObjectId', teamsaadobjectid: 'teamsAadObjectId',
};

/** Columns recognised but with no place in vigil.yaml: reported as such. */
const KNOWN_UNUSED = new Set(['jobtitle', 'title', 'position', 'department', 'team', 'phone', 'mobile', 'location', 'office']);

/**
 * People from a spreadsheet: name (or first and last name), email, manager (by email or name),
 * role (staff, manager, compliance; everyone is staff, and whoever manages someone is a
 * manager), start date. `existing` are the people already in vigil.yaml: their ids are kept and
 * managers may name them.
 */
export function peopleFromTable(table: Table, existing: readonly PersonDraft[] = []): ImportReport<PersonDraft> {
  const { fields, unknownColumns } = mapColumns(table.headers, PERSON_COLUMNS, KNOWN_UNUSED, 'people');
  const problems: string[] = [];
  const taken = new Set(existing.map((p) => p.id));
  const read: { draft: PersonDraft; manager?: string; line: number }[] = [];
  for (const { line, cells } of table.rows) {
    const get = (field: PersonField) => fields.get(field)?.map((h) => cells[h]).find(Boolean);
    const name = get('name') ?? [get('first'), get('last')].filter(Boolean).join(' ');
    const email = get('email')?.toLowerCase();
    if (!name || !email) {
      problems.push(`row ${line}: skipped, it has no ${!name ? 'name' : 'email'}`);
      continue;
    }
    const known = existing.find((p) => p.email.toLowerCase() === email);
    const id = known?.id ?? get('id') ?? freshId(name, taken);
    taken.add(id);
    const roles = rolesFrom(get('role'), (text) => problems.push(`row ${line}: role "${text}" is not a Vigil role (staff, manager, compliance); kept as staff`));
    const joined = get('joined');
    const draft: PersonDraft = { id, name, email, roles };
    if (joined) {
      const date = dateCell(joined);
      if (date) draft.joined = date;
      else problems.push(`row ${line}: start date "${joined}" is not a date (YYYY-MM-DD or DD/MM/YYYY); left out`);
    }
    const slackId = get('slackId');
    if (slackId) draft.slackId = slackId;
    const aad = get('teamsAadObjectId');
    if (aad) draft.teamsAadObjectId = aad;
    read.push({ draft, line, ...(get('manager') ? { manager: get('manager')! } : {}) });
  }
  linkManagers(read, existing, problems);
  return { entries: read.map((r) => inSchemaOrder(r.draft)), unknownColumns, problems };
}

/** Sets each person's manager to an id, found by email, id or name; managers get the manager role. */
function linkManagers(read: { draft: PersonDraft; manager?: string; line: number }[], existing: readonly PersonDraft[], problems: string[]): void {
  const everyone = [...read.map((r) => r.draft), ...existing.filter((p) => !read.some((r) => r.draft.id === p.id))];
  for (const { draft, manager, line } of read) {
    if (!manager) continue;
    const wanted = manager.trim().toLowerCase();
    const boss = everyone.find((p) => p.email.toLowerCase() === wanted || p.id === wanted || p.name.toLowerCase() === wanted);
    if (!boss) {
      problems.push(`row ${line}: manager "${manager}" of ${draft.name} is nobody in the sheet or vigil.yaml; left out`);
      continue;
    }
    if (boss.id === draft.id) continue;
    draft.manager = boss.id;
    if (!boss.roles.includes('manager')) boss.roles = orderRoles([...boss.roles, 'manager']);
  }
}

/** The person's fields in vigil.yaml's order (the manager is found last, but written after the roles). */
function inSchemaOrder(p: PersonDraft): PersonDraft {
  const { id, name, email, roles, manager, ...rest } = p;
  return { id, name, email, roles, ...(manager ? { manager } : {}), ...rest };
}

function rolesFrom(text: string | undefined, unknown: (text: string) => void): Role[] {
  if (!text) return ['staff'];
  const words = text.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  const found = ROLES.filter((role) => words.includes(role));
  if (found.length === 0) unknown(text);
  return orderRoles(['staff', ...found]);
}

function orderRoles(roles: Role[]): Role[] {
  return ROLES.filter((role) => roles.includes(role));
}

/** A new id from a name: the first name, else first and last, else numbered. */
export function freshId(name: string, taken: Set<string>): string {
  const words = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9 -]/g, '').split(/[\s-]+/).filter(Boolean);
  const candidates = [words[0] ?? 'person', words.join('-') || 'person'];
  for (const candidate of candidates) if (!taken.has(candidate)) return candidate;
  for (let n = 2; ; n++) if (!taken.has(`${candidates[1]}-${n}`)) return `${candidates[1]}-${n}`;
}

/**
 * Which headers feed which field. A header no field takes is reported: as one Vigil has no place
 * for (`known`), or as not understood.
 */
export function mapColumns<F extends string>(headers: string[], columns: Record<string, F>, known: Set<string>, what: string): { fields: Map<F, string[]>; unknownColumns: string[] } {
  const fields = new Map<F, string[]>();
  const unknownColumns: string[] = [];
  for (const header of headers) {
    const field = columns[headerKey(header)];
    if (field) fields.set(field, [...(fields.get(field) ?? []), header]);
    else unknownColumns.push(known.has(headerKey(header)) ? `"${header}" (Vigil keeps no such field for ${what}; not imported)` : `"${header}" (not understood; not imported)`);
  }
  return { fields, unknownColumns };
}
