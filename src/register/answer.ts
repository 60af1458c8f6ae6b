import type { Supplier, VigilConfig } from '../config/schema.ts';
import { asksAggregate, asksCount, byRegion, ownedBy, propertyAnswer, regionAnswer, regionMode, roleIn, topicAnswer } from './aggregate.ts';
import { lawfulBasisText, list, ownerText, roleText, statusWords, summaryText, transferText } from './fields.ts';
import { aspectOf, asksWhatToDo, classify, type Aspect, type Intent } from './intents.ts';
import { RegisterIndex, type SupplierMatch } from './register-index.ts';
import { accessText, dataText, locationText, purposeText, retentionText, securityText, statementText, type Ctx } from './supplier-text.ts';
import { locatedIn, regionCode, regionName, regionsIn } from './regions.ts';
import { STOPWORDS, stem, words } from './text.ts';
import { SUPPLIER_STOP, WHAT_TO_DO_THRESHOLD } from './field-index.ts';
import { scrub, type GapLog } from './gaps.ts';

/** An answer, what kind of question it took it for, and where each fact came from. */
export interface QaAnswer {
  answer: string;
  intent: Intent;
  /** `register:<supplier id>` and `policy:<policy id>`. */
  sources: string[];
}

/** The words of a question that name the data it is about ("customer data"), for a heading. */
function topicLabel(question: string): string {
  const kept = question
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !SUPPLIER_STOP.has(w) && !SUPPLIER_STOP.has(stem(w)) && !regionCode(w).match(/^(EU|UK|US)$/) && !/^(only|outside|suppliers?|just|how|many|europe|america|united|kingdom|states)$/.test(w));
  const text = kept.join(' ');
  return text ? (/(data|information|s)$/.test(text) ? text : `${text} data`) : 'that data';
}

/** Verbs of holding data: "which suppliers hold / keep / see customer data?". */
const HOLDING = /\b(hold|holds|have|has|keep|keeps|store|stores|process|processes|get|gets|see|sees|contain|contains|receive|receives)\b/i;

const SUPPLIER_INTENTS: readonly Intent[] = ['statement', 'retention', 'location', 'access', 'data', 'security', 'purpose'];

/** Capitalised words that are not names: days, months, everyday terms. */
const COMMON_CAPITALS = new Set(
  ('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october ' +
    'november december gdpr dpa dpo ico it hr crm soc iso ip sar cctv pdf vat uk eu us usa eea english google microsoft apple').split(' '),
);

/** Words that say what is asked, never which supplier: left out when naming an unknown one. */
const QUESTION_WORDS = new Set(
  ('where long retention retain delete deleted gdpr statement dpa agreement privacy policy notice encrypt encrypted encryption secure ' +
    'security 2fa factor two step soc certification certified breach notify hosted country region centre center located share pass ' +
    'purpose year month day safe protected kind sort type list tell our mean really currently today ever here done actually yet arrived ' +
    'exactly handled processed happen processing agreement details record records for if think there been happened happens ' +
    'should would could someone something anything my mine find found lose lost new old good bad right wrong ok okay way').split(' ').map(stem),
);


/**
 * Answers a staff question from the workspace's register and policies, deterministically and
 * locally. Never invents: a fact the register lacks is said to be missing, and a supplier it does
 * not hold is said to be unknown, with the data-protection contact to ask.
 */
export class PolicyQa {
  private current!: { config: VigilConfig; index: RegisterIndex };

  /** `gaps`, when given, keeps the questions it could not answer (text only, names taken out). */
  private readonly options: { gaps?: GapLog };
  constructor(
    config: VigilConfig,
    options: { gaps?: GapLog } = {},
  ) {
    this.options = options;
    this.reconfigure(config);
  }

  /** Takes a new config (a reload), rebuilding the index in one step. */
  reconfigure(config: VigilConfig): void {
    this.current = { config, index: new RegisterIndex(config) };
  }

  get config(): VigilConfig {
    return this.current.config;
  }

  get index(): RegisterIndex {
    return this.current.index;
  }

  /** Answers one question; one it cannot answer is kept as a gap. */
  ask(question: string): QaAnswer {
    const answer = this.answer(question);
    if (this.options.gaps && (answer.intent === 'unknown' || answer.intent === 'unknown-supplier')) {
      const kept = scrub(question, this.config);
      if (kept) this.options.gaps.record(kept);
    }
    return answer;
  }

  private answer(question: string): QaAnswer {
    const intent = classify(question);
    // "on file" is about statements, never about files.
    const w = words(question.replace(/\bon file\b/gi, ' '));
    if (intent === 'greeting') return this.reply(intent, `Hello! ${this.examples()}`);
    if (intent === 'contact') {
      // "Who do I ask about Xero?": the person who looks after it, and the data-protection contact.
      const about = this.index.suppliersIn(w).filter((m) => m.kind === 'name' || m.kind === 'fuzzy').map((m) => m.supplier);
      const owners = about.map((s) => ownerText(this.config, s, this.contact())).join(' ');
      return this.reply(about.length ? 'owner' : intent, `${owners ? `${owners} ` : ''}For data protection, ask ${this.contact()}.`, about.map((s) => `register:${s.id}`));
    }
    const inRegion = regionsIn(w, question).length > 0;
    if (!inRegion && /\bjoint[- ]?controllers?\b/i.test(question) && /\b(which|who|what|list|how many)\b/i.test(question)) return this.byRole('joint-controller', 'joint controllers');
    if (!inRegion && /\brecipients?\b/i.test(question) && /\b(which|who|what|list|how many)\b/i.test(question)) return this.byRole('recipient', 'recipients');
    if (intent === 'help') return this.reply(intent, this.help());

    // "Which suppliers except Xero…": the names after "except" leave the pool, not name the subject.
    const excluded = this.excluded(question);
    const byName = this.index.suppliersIn(w).filter((m) => !excluded.has(m.supplier.id));
    const named = byName.filter((m) => m.kind === 'name' || m.kind === 'fuzzy');
    const pool = this.config.suppliers.filter((s) => !excluded.has(s.id));
    const regions = [...regionsIn(w, question), ...this.index.placesIn(question)];
    const supplierQuestion = SUPPLIER_INTENTS.includes(intent);
    const stranger = named.length === 0 && supplierQuestion ? this.capitalisedStranger(question) : undefined;
    if (stranger) return this.reply('unknown-supplier', `I can't find ${stranger} in our register. Please ask ${this.contact()}.`);

    if (named.length === 0 && /\b(gdpr )?statements?\b|\bdpas?\b|processing agreements?/i.test(question) && asksAggregate(question)) {
      // "Which US suppliers have no statement?": the region narrows the list.
      const scope = regions.length ? byRegion(pool, regions, regionMode(question)).found : excluded.size ? pool : undefined;
      const label = regions.length ? `storing data ${regionMode(question) === 'outside' ? 'outside' : 'in'} ${list(regions.map(regionName))}` : `other than ${list([...excluded].map((id) => this.config.suppliers.find((s) => s.id === id)!.name))}`;
      return this.missingStatements(asksCount(question), scope && { suppliers: scope, label });
    }
    // Aggregates over the register: which / how many / only / outside a region, about a topic or not.
    if (regions.length > 0 && named.length === 0 && (['location', 'data', 'unknown', 'list-suppliers', 'purpose'].includes(intent) || regionMode(question) !== 'in')) {
      const topic = this.index.holdersOf(question).map((m) => m.supplier).filter((s) => !excluded.has(s.id));
      const role = roleIn(question);
      const suppliers = (topic.length ? topic : pool).filter((s) => !role || s.role === role);
      const label = topic.length ? topicLabel(question) : undefined;
      if (aspectOf(question) === 'transfer') {
        // "What covers our US transfers?": each such supplier's safeguard, or that none is recorded.
        const found = byRegion(suppliers, regions, regionMode(question)).found;
        const text = found.length ? found.map((s) => transferText(s, this.contact())).join(' ') : `No supplier in the register is recorded as storing data ${regionMode(question) === 'outside' ? 'outside' : 'in'} ${list(regions.map(regionName))}.`;
        return { intent: 'transfer', sources: found.map((s) => `register:${s.id}`), answer: `${text} (Register: ${found.map((s) => s.id).join(', ') || 'no entry'}.)` };
      }
      const { text, sources } = regionAnswer(suppliers, regions, regionMode(question), { count: asksCount(question), topic: label });
      return { intent: 'location', sources, answer: text };
    }
    if (named.length === 0 && asksAggregate(question)) {
      const found = propertyAnswer(pool, question);
      if (found) return { intent: 'list-suppliers', sources: found.sources, answer: found.text };
    }
    if (named.length === 0 && (aspectOf(question) === 'owner' || /\blooks? after\b|\bown(s|ed)?\b|\bresponsible for\b|\bin charge of\b/i.test(question))) {
      const looked = this.lookedAfterBy(question);
      if (looked) return looked;
    }
    const holdersAsked = named.length === 0 && asksAggregate(question) && HOLDING.test(question);
    if (intent === 'list-suppliers' && !(holdersAsked && this.index.holdersOf(question).length)) return this.listSuppliers(asksCount(question));
    if (intent === 'statement' && byName.length === 0) return this.missingStatements();

    // "What do I do if…": the policy that covers it, unless a supplier is named.
    const whatToDo = asksWhatToDo(question);
    if (named.length === 0 && (intent === 'policy' || whatToDo)) {
      const policy = this.policy(question, whatToDo ? WHAT_TO_DO_THRESHOLD : undefined);
      if (policy) return policy;
    }

    // "Which suppliers hold/keep/see X?" is about every holder, not the one whose purpose says X.
    const held = named.length === 0 && asksAggregate(question) && HOLDING.test(question) ? this.index.holdersOf(question).filter((m) => !excluded.has(m.supplier.id)) : [];
    const holders = held.length > 0;
    // A question about a policy that no policy matches is not about a supplier's stray word either.
    const policyOnly = named.length === 0 && /\bpolic(y|ies)\b/i.test(question);
    // "How do I book holiday?" with no policy on it is not about the booking calendar's supplier.
    const matches = holders ? held : policyOnly || (whatToDo && named.length === 0) ? byName.filter((m) => m.kind !== 'data') : this.merge(byName, named.length ? [] : this.index.suppliersByFields(question));
    if (matches.length === 0) {
      const policy = this.policy(question);
      if (policy) return policy;
      if (intent === 'access' && !whatToDo) return this.sharedWith();
      // "Which suppliers hold health data?" in a register that lists none: say the register records none.
      if (asksAggregate(question) && HOLDING.test(question) && words(question).some((x) => this.index.thesaurus.knows(x))) {
        return this.reply('data', `The register records no supplier holding ${topicLabel(question)}. If we do hold it, please tell ${this.contact()}.`);
      }
      return this.notFound(intent, question);
    }
    if (named.length === 0 && matches.length > 1 && asksAggregate(question) && (holders || ['data', 'unknown', 'access'].includes(intent))) {
      const { text, sources } = topicAnswer(matches.map((m) => m.supplier), { count: asksCount(question) });
      return { intent: 'data', sources, answer: text };
    }

    const suppliers = matches.map((m) => m.supplier);
    const sources = suppliers.map((s) => `register:${s.id}`);
    const cite = ` (Register: ${suppliers.map((s) => s.id).join(', ')}.)`;
    const each = (render: (s: Supplier) => string) => suppliers.map(render).join(' ');
    const aspect = named.length ? aspectOf(question) : undefined;
    const answered = aspect ? { intent: aspect, text: each((s) => this.aspectText(aspect, s)) } : this.supplierAnswer(intent, matches, question, each);
    // Where the register is silent, or the question is a general one, a policy on the subject helps.
    const general = answered.intent === 'supplier';
    const policy = general || /does not say|records no|does not record/.test(answered.text) ? this.policy(question) : undefined;
    return {
      intent: answered.intent,
      sources: [...sources, ...(policy?.sources ?? [])],
      answer: answered.text + cite + (policy ? `\n${policy.answer}` : ''),
    };
  }

  /** The suppliers a question names after "except", "apart from", "other than"… */
  private excluded(question: string): Set<string> {
    const at = question.search(/\b(except|apart from|other than|besides|excluding|but not|not counting)\b/i);
    if (at < 0) return new Set();
    return new Set(this.index.suppliersIn(words(question.slice(at))).filter((m) => m.kind === 'name' || m.kind === 'fuzzy').map((m) => m.supplier.id));
  }

  /** Name matches win; otherwise the register's phrases, widened to every supplier holding that data. */
  private merge(byName: SupplierMatch[], byFields: SupplierMatch[]): SupplierMatch[] {
    if (byName.some((m) => m.kind === 'name' || m.kind === 'fuzzy')) return byName;
    if (byName.length === 0) return byFields;
    if (byName.every((m) => m.kind === 'data')) {
      const seen = new Set(byName.map((m) => m.supplier.id));
      return [...byName, ...byFields.filter((m) => m.kind === 'data' && !seen.has(m.supplier.id))];
    }
    return byName;
  }

  /** "What does Tom look after?": the suppliers a named person of the workspace owns. */
  private lookedAfterBy(question: string): QaAnswer | undefined {
    const asked = new Set(words(question));
    const person = this.config.people.find((p) => words(p.name).some((n) => n.length > 2 && asked.has(n)));
    if (!person) return undefined;
    const owned = ownedBy(this.config.suppliers, person.id);
    return {
      intent: 'owner',
      sources: owned.map((s) => `register:${s.id}`),
      answer: owned.length ? `${person.name} looks after ${list(owned.map((s) => s.name))}. (Register.)` : `The register names ${person.name} as looking after no supplier. (Register.)`,
    };
  }

  private aspectText(aspect: Aspect, s: Supplier): string {
    if (aspect === 'supplier') return summaryText(this.config, s);
    if (aspect === 'role') return roleText(s);
    if (aspect === 'owner') return ownerText(this.config, s, this.contact());
    if (aspect === 'transfer') return transferText(s, this.contact());
    return lawfulBasisText(s);
  }

  private supplierAnswer(
    intent: Intent,
    matches: SupplierMatch[],
    question: string,
    each: (render: (s: Supplier) => string) => string,
  ): { intent: Intent; text: string } {
    const text = this.supplierText(intent, matches, question, each);
    return { intent: text === undefined ? 'supplier' : intent, text: text ?? each((s) => summaryText(this.config, s)) };
  }

  /** The answer for a supplier-specific intent, or undefined when the question names no aspect. */
  private supplierText(intent: Intent, matches: SupplierMatch[], question: string, each: (render: (s: Supplier) => string) => string): string | undefined {
    switch (intent) {
      case 'statement':
        return each((s) => statementText(this.ctx, s));
      case 'retention':
        return each((s) => retentionText(this.ctx, s));
      case 'location':
        return each((s) => locationText(this.ctx, s));
      case 'access':
        return accessText(this.ctx, matches);
      case 'data':
        return each((s) => dataText(this.ctx, s));
      case 'security':
        return each((s) => securityText(this.ctx, s, question));
      case 'purpose':
        return purposeText(this.ctx, matches);
      default:
        return undefined;
    }
  }

  private reply(intent: Intent, answer: string, sources: string[] = []): QaAnswer {
    return { intent, answer, sources };
  }

  private get ctx(): Ctx {
    return { config: this.config, contact: this.contact() };
  }

  private contact(): string {
    const c = this.config.organisation.dataProtectionContact;
    return c.email ? `${c.name} (${c.email})` : c.name;
  }

  private examples(): string {
    const s = this.config.suppliers;
    const picks = [
      s[0] && `"Where is ${s[0].name} data stored?"`,
      s[1] && `"How long do we keep ${s[1].name} data?"`,
      s[2] && `"Do we have ${s[2].name}'s GDPR statement?"`,
      '"Which suppliers store data in the US?"',
      this.config.policies[0] && `"What is our policy on ${this.config.policies[0].title.toLowerCase()}?"`,
    ].filter(Boolean);
    return `Ask me about our suppliers and policies, for example: ${picks.join(', ')}.`;
  }

  private help(): string {
    return `I answer from ${this.config.organisation.name}'s register of ${this.config.suppliers.length} suppliers and its ${this.config.policies.length} policies. ${this.examples()} Anything else: ask ${this.contact()}.`;
  }

  private notFound(intent: Intent, question: string): QaAnswer {
    const supplierQuestion = ['statement', 'retention', 'location', 'access', 'data', 'security', 'purpose'].includes(intent);
    const forPurpose = /\bfor (?:the |our )?([a-z][a-z -]{2,40}?)\??$/i.exec(question.trim());
    if (intent === 'purpose' && forPurpose && !/\bdo we use\b [A-Z]/.test(question)) {
      return this.reply('unknown-supplier', `I can't find a supplier we use for ${forPurpose[1]!.trim()} in our register. Please ask ${this.contact()}.`);
    }
    const name = supplierQuestion && !asksWhatToDo(question) ? this.unknownName(question) : undefined;
    if (name) return this.reply('unknown-supplier', `I can't find ${name} in our register. Please ask ${this.contact()}.`);
    return this.reply('unknown', `Sorry, I don't know how to answer that. ${this.examples()} Anything else: ask ${this.contact()}.`);
  }

  /**
   * A capitalised word after the first ("where is Sage data stored?") that names no supplier, region,
   * person or everyday acronym: a supplier we do not know, even if the register mentions the word.
   */
  private capitalisedStranger(question: string): string | undefined {
    const tokens = question.replace(/[’']s\b/g, '').split(/[^A-Za-z0-9&.-]+/).filter(Boolean).slice(1);
    const people = new Set(this.config.people.flatMap((p) => words(p.name)));
    for (const token of tokens) {
      const clean = token.replace(/[.-]+$/, '');
      if (!/^[A-Z][A-Za-z0-9&]*[a-z0-9&][A-Za-z0-9&]*$|^[A-Z][a-z]+[A-Z]/.test(clean)) continue;
      const folded = words(clean);
      if (folded.length === 0 || COMMON_CAPITALS.has(clean.toLowerCase())) continue;
      if (folded.every((f) => this.index.vocabulary.has(f) || this.index.ordinaryWords.has(f) || this.index.thesaurus.knows(f) || people.has(f) || STOPWORDS.has(f))) continue;
      if (/^(EU|UK|US)$/.test(regionCode(clean)) || regionsIn(folded, clean).length || this.index.placesIn(clean).length || locatedIn(clean, 'EU') || locatedIn(clean, 'UK')) continue;
      return clean;
    }
    return undefined;
  }

  /** The words of a question that could be a supplier's name we do not know, as typed. */
  private unknownName(question: string): string | undefined {
    const raw = question.replace(/[’']s\b/g, '').split(/[^A-Za-z0-9.&-]+/).filter(Boolean);
    const kept = raw.filter((token) => {
      const folded = stem(token.toLowerCase().replace(/[.&-]/g, ''));
      return folded.length > 1 && !STOPWORDS.has(folded) && !QUESTION_WORDS.has(folded) && !this.index.vocabulary.has(folded) && !this.index.ordinaryWords.has(folded) && !this.index.thesaurus.knows(token) && !regionCode(token).match(/^(EU|UK|US)$/);
    });
    return kept.length > 0 && kept.length <= 3 ? kept.join(' ') : undefined;
  }

  private listSuppliers(count = false): QaAnswer {
    const suppliers = this.config.suppliers;
    const lines = suppliers.map((s) => `• ${s.name}: ${s.purpose}`);
    return {
      intent: 'list-suppliers',
      sources: suppliers.map((s) => `register:${s.id}`),
      answer: `${count ? `${suppliers.length}. ` : ''}We use ${suppliers.length} suppliers:\n${lines.join('\n')}\n(Register.)`,
    };
  }

  /** "Who do we share data with?" with no supplier or policy named: every supplier, by role. */
  private sharedWith(): QaAnswer {
    const roles: [Supplier['role'], string][] = [['processor', 'processors (they handle data for us)'], ['joint-controller', 'joint controllers'], ['recipient', 'recipients (they receive data from us)']];
    const parts = roles
      .map(([role, words]) => [words, this.config.suppliers.filter((s) => s.role === role)] as const)
      .filter(([, found]) => found.length > 0)
      .map(([words, found]) => `${words}: ${list(found.map((s) => s.name))}`);
    return {
      intent: 'access',
      sources: this.config.suppliers.map((s) => `register:${s.id}`),
      answer: parts.length ? `We share personal data with our ${parts.join('; our ')}. (Register.)` : `The register lists no supplier we share data with. (Register.)`,
    };
  }

  private byRole(role: Supplier['role'], plural: string): QaAnswer {
    const found = this.config.suppliers.filter((s) => s.role === role);
    return {
      intent: 'list-suppliers',
      sources: found.map((s) => `register:${s.id}`),
      answer: found.length ? `Our ${plural}: ${list(found.map((s) => s.name))}. (Register.)` : `The register lists no ${plural}. (Register.)`,
    };
  }

  private missingStatements(count = false, scope?: { suppliers: Supplier[]; label: string }): QaAnswer {
    const all = scope?.suppliers ?? this.config.suppliers;
    const open = all.filter((s) => s.gdprStatement.status !== 'on-file');
    const onFile = all.filter((s) => s.gdprStatement.status === 'on-file');
    const of = scope ? ` (of the suppliers ${scope.label})` : '';
    const sources = open.map((s) => `register:${s.id}`);
    if (open.length === 0) return { intent: 'statement', sources: onFile.map((s) => `register:${s.id}`), answer: `Every supplier's GDPR statement is on file${of}. (Register.)` };
    const described = open.map((s) => `${s.name} (${statusWords(s)})`);
    return {
      intent: 'statement',
      sources,
      answer: `${count ? `${open.length} of ${all.length}. ` : ''}GDPR statements not on file${of}: ${list(described)}. On file: ${onFile.length ? list(onFile.map((s) => s.name)) : 'none'}. (Register.)`,
    };
  }

  /** The policy (or two, on a tie) a question is most about, if one scores well enough. */
  private policy(question: string, threshold?: number): QaAnswer | undefined {
    const [best, second] = this.index.policiesByWords(question, threshold);
    if (!best) return undefined;
    const picks = second && second.score === best.score ? [best, second] : [best];
    return {
      intent: 'policy',
      sources: picks.map((p) => `policy:${p.policy.id}`),
      answer: picks.map((p) => `${p.policy.title}: ${p.policy.text}`).join('\n') + ` (Policy: ${picks.map((p) => p.policy.id).join(', ')}.)`,
    };
  }
}
