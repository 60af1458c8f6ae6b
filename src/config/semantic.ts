import { isDueSchedule } from './due-schedule.ts';
import { parseDuration, approximateMillis } from './duration.ts';
import { isScheduleInWords, parseScheduleWords } from './schedule-words.ts';
import type { Attestation, VigilConfig } from './schema.ts';
import { didYouMean } from './suggest.ts';

/** A path into the config, e.g. ['people', 3, 'manager']. */
export type ConfigPath = readonly (string | number)[];

/** One thing wrong with a config, before it is placed at a line and column. */
export interface Problem {
  path: ConfigPath;
  message: string;
  hint?: string;
  /** Point at the key rather than its value (for unknown keys). */
  atKey?: boolean;
}

/**
 * Checks across the whole file, on a config that has passed the zod schema (which checks each
 * value alone: cron, timezones, durations): references between entries, duplicate ids, manager
 * cycles, reminder and escalation order, and audiences. Returns every problem found; an empty
 * list means the config is sound.
 */
export function checkSemantics(config: VigilConfig): Problem[] {
  const problems: Problem[] = [];
  const report = (path: ConfigPath, message: string, hint?: string) =>
    problems.push(hint === undefined ? { path, message } : { path, message, hint });

  const personIds = uniqueIds(config.people, 'people', 'person', report);
  const supplierIds = uniqueIds(config.suppliers, 'suppliers', 'supplier', report);
  const policyIds = uniqueIds(config.policies, 'policies', 'policy', report);
  uniqueIds(config.attestations, 'attestations', 'attestation', report);

  const reference = (path: ConfigPath, value: string, known: Set<string>, what: string) => {
    if (known.has(value)) return true;
    report(path, `unknown ${what} "${value}"`, didYouMean(value, known) ?? `known ${what}s: ${[...known].join(', ') || 'none'}`);
    return false;
  };

  if (!config.people.some((p) => p.roles.includes('compliance'))) {
    report(['people'], 'nobody has the compliance role, so nobody would see the whole status or own the register',
      'add "compliance" to the roles of whoever leads data protection');
  }

  config.people.forEach((person, i) => {
    if (person.manager !== undefined) {
      if (person.manager === person.id) report(['people', i, 'manager'], `"${person.id}" cannot be their own manager`, 'remove the manager key or name someone else');
      else reference(['people', i, 'manager'], person.manager, personIds, 'person');
    }
    person.delegates.forEach((d, j) => {
      if (d === person.id) report(['people', i, 'delegates', j], `"${person.id}" cannot be their own delegate`);
      else reference(['people', i, 'delegates', j], d, personIds, 'person');
    });
    person.uses.forEach((s, j) => reference(['people', i, 'uses', j], s, supplierIds, 'supplier'));
  });
  checkManagerCycles(config, report);

  config.suppliers.forEach((supplier, i) => {
    if (supplier.owner !== undefined) reference(['suppliers', i, 'owner'], supplier.owner, personIds, 'person');
    supplier.accessBy.forEach((s, j) => {
      if (s === supplier.id) report(['suppliers', i, 'accessBy', j], `"${s}" is this supplier itself`);
      else reference(['suppliers', i, 'accessBy', j], s, supplierIds, 'supplier');
    });
  });

  config.absences.forEach((absence, i) => {
    reference(['absences', i, 'person'], absence.person, personIds, 'person');
    if (absence.until < absence.from) report(['absences', i, 'until'], `"${absence.until}" is before "${absence.from}", the first day away`, 'until is the last day away, on or after from');
    if (absence.delegate === undefined) return;
    if (absence.delegate === absence.person) report(['absences', i, 'delegate'], `"${absence.person}" cannot be their own delegate`, 'name someone else, or leave delegate out');
    else reference(['absences', i, 'delegate'], absence.delegate, personIds, 'person');
  });

  const check: Check = { config, personIds, supplierIds, policyIds, report, reference };
  config.attestations.forEach((attestation, i) => checkAttestation(check, attestation, ['attestations', i]));
  return problems;
}

type Report = (path: ConfigPath, message: string, hint?: string) => void;

/** What the per-attestation checks share: the config, its ids, and how to report and resolve references. */
interface Check {
  config: VigilConfig;
  personIds: Set<string>;
  supplierIds: Set<string>;
  policyIds: Set<string>;
  report: Report;
  /** True when `value` is one of `known`; else reports it (with a did-you-mean) and is false. */
  reference: (path: ConfigPath, value: string, known: Set<string>, what: string) => boolean;
}

function uniqueIds(items: readonly { id: string }[], list: string, what: string, report: Report): Set<string> {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else report([list, i, 'id'], `duplicate ${what} id "${item.id}" (also ${list}[${first}])`, `give each ${what} its own id`);
  });
  return new Set(seen.keys());
}

function checkManagerCycles(config: VigilConfig, report: Report): void {
  const managerOf = new Map(config.people.map((p) => [p.id, p.manager]));
  const indexOf = new Map(config.people.map((p, i) => [p.id, i]));
  const reported = new Set<string>();
  for (const person of config.people) {
    const chain = [person.id];
    let next = managerOf.get(person.id);
    while (next !== undefined && managerOf.has(next) && next !== person.id) {
      if (chain.includes(next)) break; // a cycle further up; reported from its own members
      chain.push(next);
      next = managerOf.get(next);
    }
    if (next !== person.id || chain.length < 2) continue;
    const key = [...chain].sort().join(',');
    if (reported.has(key)) continue;
    reported.add(key);
    report(['people', indexOf.get(person.id)!, 'manager'], `manager cycle: ${[...chain, person.id].join(' → ')}`,
      'someone in this chain must report to a person outside it, or to nobody');
  }
}

function checkAttestation(check: Check, a: Attestation, path: ConfigPath): void {
  const { config, report, reference } = check;
  if (a.policy !== undefined) reference([...path, 'policy'], a.policy, check.policyIds, 'policy');
  checkPolicyAndDue(check, a, path);

  const window = parseDuration(a.window);
  a.reminders.forEach((r, j) => {
    const reminder = parseDuration(r);
    if (reminder && window && approximateMillis(reminder) >= approximateMillis(window)) {
      report([...path, 'reminders', j], `reminder ${r} comes after the window (${a.window}) has closed`, 'remind sooner, or widen the window');
    }
  });
  let previous = -1;
  a.escalation.forEach((step, j) => {
    const after = parseDuration(step.after);
    if (after && approximateMillis(after) < previous) {
      report([...path, 'escalation', j, 'after'], `escalation step ${j + 1} comes before step ${j}`, 'list the ladder in order of delay');
    }
    if (after) previous = approximateMillis(after);
    if (step.to === 'compliance-channel' && !config.organisation.complianceChannel.slack && !config.organisation.complianceChannel.teams) {
      report([...path, 'escalation', j, 'to'], 'escalates to the compliance channel, but organisation.complianceChannel names none',
        'set organisation.complianceChannel.slack or .teams');
    }
  });

  if (a.answer === 'checklist' && a.checklist === undefined) {
    report([...path, 'answer'], 'a checklist answer needs its items', 'add checklist: [item, …] or checklist: suppliers-used');
  }
  if (a.answer !== 'checklist' && a.checklist !== undefined) {
    report([...path, 'checklist'], `checklist items are only used when answer is "checklist" (it is "${a.answer}")`, 'set answer: checklist, or remove checklist');
  }

  checkAudience(check, a, [...path, 'audience']);
  checkSets(check, a, path);
  checkWordsRule(check, a, path);
}

/** Words naming working days bring their own rule; a different one set beside them is a contradiction. */
function checkWordsRule(check: Check, a: Attestation, path: ConfigPath): void {
  if (!isScheduleInWords(a.schedule)) return;
  const rule = parseScheduleWords(a.schedule);
  if ('message' in rule || rule.nonWorkingDays === undefined) return;
  // 'skip' is also the default, so it cannot be told from a value left unset.
  if (a.nonWorkingDays === 'skip' || a.nonWorkingDays === rule.nonWorkingDays) return;
  check.report([...path, 'nonWorkingDays'], `"${a.schedule}" already says what happens on non-working days (${rule.nonWorkingDays}), but nonWorkingDays says ${a.nonWorkingDays}`,
    'remove nonWorkingDays, or write the schedule as cron');
}

/** `sets` writes a field of the supplier asked about, from a Yes or a No: a per-supplier yes/no question. */
function checkSets(check: Check, a: Attestation, path: ConfigPath): void {
  if (a.sets === undefined) return;
  if (Object.values(a.sets).every((v) => v === undefined)) {
    check.report([...path, 'sets'], 'sets names no register field', 'write e.g. sets: { gdprStatement: on-file }, or remove sets');
  }
  if (a.audience.suppliers === undefined) {
    check.report([...path, 'sets'], 'sets writes a field of the supplier asked about, but this question is not asked per supplier', 'use audience: { suppliers: all }, or remove sets');
  }
  if (a.answer !== 'yes-no' && a.answer !== 'yes-no-na') {
    check.report([...path, 'sets'], `sets is read from a Yes or a No, but the answer is "${a.answer}"`, 'set answer: yes-no or yes-no-na, or remove sets');
  }
}

function checkAudience(check: Check, a: Attestation, path: ConfigPath): void {
  const { config, report, reference } = check;
  const { roles, people, suppliers } = a.audience;
  const byPeople = roles !== undefined || people !== undefined;
  if (byPeople && suppliers !== undefined) {
    report(path, 'an audience is either people (roles, people) or suppliers, not both', 'split it into two attestations');
    return;
  }
  if (!byPeople && suppliers === undefined) {
    report(path, 'the audience is empty', 'add roles: [staff], people: [ids] or suppliers: all');
    return;
  }
  const perSupplier = a.question.includes('{supplier}');
  if (suppliers !== undefined) {
    const ids = suppliers === 'all' ? config.suppliers.map((s) => s.id) : suppliers;
    if (suppliers !== 'all') suppliers.forEach((s, j) => reference([...path, 'suppliers', j], s, check.supplierIds, 'supplier'));
    const chosen = config.suppliers.filter((s) => ids.includes(s.id));
    if (chosen.length === 0) report([...path, 'suppliers'], 'the audience matches no supplier', 'add suppliers to the register, or name existing ones');
    for (const s of chosen.filter((s) => s.owner === undefined)) {
      report([...path, 'suppliers'], `supplier "${s.id}" has no owner, so nobody can be asked about it`,
        `set suppliers[${config.suppliers.indexOf(s)}].owner`);
    }
    if (!perSupplier) report([...path.slice(0, -1), 'question'], 'a per-supplier question should name the supplier', 'write "{supplier}" where its name goes');
    return;
  }
  if (perSupplier) report([...path.slice(0, -1), 'question'], '"{supplier}" is only filled in for per-supplier audiences', 'use audience: { suppliers: all }, or remove "{supplier}"');
  const validPeople = (people ?? []).filter((p, j) => reference([...path, 'people', j], p, check.personIds, 'person'));
  const matched = config.people.filter((p) => validPeople.includes(p.id) || (roles ?? []).some((r) => p.roles.includes(r)));
  if (matched.length === 0 && validPeople.length === (people ?? []).length) {
    report(path, `the audience matches nobody: no person has the role${(roles ?? []).length === 1 ? '' : 's'} ${(roles ?? []).join(', ') || '(none given)'}`,
      'give someone that role, or change the audience');
  }
}

/** An acknowledgement names the policy it asks staff to accept; a schedule that follows a register date asks per supplier. */
function checkPolicyAndDue(check: Check, a: Attestation, path: ConfigPath): void {
  if (a.answer === 'acknowledge') {
    if (a.policy === undefined) check.report([...path, 'answer'], 'an acknowledge answer needs the policy staff are asked to read and accept', 'add policy: <a policy id>');
    if (a.audience.suppliers !== undefined) check.report([...path, 'audience', 'suppliers'], 'a policy is accepted by people, not asked per supplier', 'name roles or people instead');
  }
  if (isDueSchedule(a.schedule) && a.audience.suppliers === undefined) {
    check.report([...path, 'schedule'], `"${a.schedule}" follows each supplier's date, so it asks per supplier`, 'add audience: { suppliers: all } (or a list of supplier ids)');
  }
}
