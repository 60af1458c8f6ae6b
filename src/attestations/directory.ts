import type { Person, Supplier, VigilConfig } from '../config/schema.ts';

/** Who is who: people, their managers and reports, delegates, and suppliers, from the config. */
export class Directory {
  private readonly people: Map<string, Person>;
  private readonly suppliers: Map<string, Supplier>;
  private readonly directReports = new Map<string, string[]>();

  readonly config: VigilConfig;
  constructor(config: VigilConfig) {
    this.config = config;
    this.people = new Map(config.people.map((p) => [p.id, p]));
    this.suppliers = new Map(config.suppliers.map((s) => [s.id, s]));
    for (const p of config.people) {
      if (p.manager) this.directReports.set(p.manager, [...(this.directReports.get(p.manager) ?? []), p.id]);
    }
  }

  /** A person by id, if the config has them. */
  person(id: string): Person | undefined {
    return this.people.get(id);
  }

  /** A supplier by id. */
  supplier(id: string): Supplier | undefined {
    return this.suppliers.get(id);
  }

  /** Every person, in config order. */
  allPeople(): readonly Person[] {
    return this.config.people;
  }

  /** The person's name, or the id when they have left the config. */
  nameOf(id: string): string {
    return this.people.get(id)?.name ?? id;
  }

  /** The person's manager's id, if any. */
  managerOf(id: string): string | undefined {
    return this.people.get(id)?.manager;
  }

  /** The person's timezone: their own, else the office's. */
  timezoneOf(id: string): string {
    return this.people.get(id)?.timezone ?? this.config.organisation.timezone;
  }

  /** Everyone who reports to `id`, directly or through others. */
  reportsOf(id: string): string[] {
    const out: string[] = [];
    const queue = [...(this.directReports.get(id) ?? [])];
    while (queue.length) {
      const next = queue.shift()!;
      if (out.includes(next)) continue;
      out.push(next);
      queue.push(...(this.directReports.get(next) ?? []));
    }
    return out;
  }

  /** True when the person has the compliance role. */
  isCompliance(id: string): boolean {
    return this.people.get(id)?.roles.includes('compliance') ?? false;
  }

  /** Why `actor` may not answer prompts assigned to `assignee`, or undefined when they may (the one wording every channel shows). */
  answerRefusal(actor: string, assignee: string): string | undefined {
    return this.mayAnswerFor(actor, assignee) ? undefined : `only ${this.nameOf(assignee)} (or a delegate they name) may answer this`;
  }

  /** True when `actor` may answer prompts assigned to `assignee`: themselves or a named delegate. */
  mayAnswerFor(actor: string, assignee: string): boolean {
    return actor === assignee || (this.people.get(assignee)?.delegates.includes(actor) ?? false);
  }

  /**
   * Whose items `viewer` may see: compliance sees everyone, a manager themselves and their
   * reports (transitively), anyone else themselves. Undefined means everyone.
   */
  scopeOf(viewer: string | undefined): string[] | undefined {
    if (viewer === undefined || this.isCompliance(viewer)) return undefined;
    return [viewer, ...this.reportsOf(viewer)];
  }
}
