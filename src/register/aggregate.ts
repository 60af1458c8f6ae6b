import type { Supplier } from '../config/schema.ts';
import { bracketedPlacesOf, categoriesOf, list, lowerFirst } from './fields.ts';
import { locatedIn, regionName, regionsIn } from './regions.ts';
import { words } from './text.ts';

/** How a question combines its regions: stored there at all, only there, or somewhere else too. */
export type RegionMode = 'in' | 'only' | 'outside';

/** The region mode a question's wording asks for. */
export function regionMode(question: string): RegionMode {
  const q = question.toLowerCase();
  if (/\b(outside|not in|beyond|anywhere but)\b/.test(q)) return 'outside';
  // "except the US" is outside the US; "except Xero" leaves Xero out of the list instead.
  if (/\b(except|other than|apart from|excluding)\s+(in\s+)?(the\s+)?(uk|eu|us|usa|eea|europe|america|britain|united)\b/.test(q)) return 'outside';
  // "Which suppliers keep everything in the UK?" asks for those storing nothing elsewhere.
  if (/\b(only|just|solely|exclusively|entirely|all of)\b|\b(and|but) nowhere else\b|\bnowhere (else )?but\b|\b(keeps?|stores?|holds?|hosts?) (everything|it all|all (of )?(our|the|their) (data|information|info|stuff))\b/.test(q)) return 'only';
  return 'in';
}

/**
 * "In the EU but not the US": the regions named after "but not" are ones a supplier must not store
 * in at all, so one storing in both is left out; the regions before it are the ones asked for, read
 * with the wording before it ("only in the UK but not…"). "And not just the UK" adds, so it is no ruling out.
 * Undefined when no region follows "but not".
 */
export function regionsButNot(question: string, regions: readonly string[]): { wanted: string[]; ruledOut: string[]; mode: RegionMode } | undefined {
  const at = question.search(/\b(but|and|yet) not\b(?! (just|only|merely)\b)/i);
  if (at < 0) return undefined;
  const tail = question.slice(at);
  const ruledOut = regionsIn(words(tail), tail).filter((r) => regions.includes(r));
  const wanted = regions.filter((r) => !ruledOut.includes(r));
  return ruledOut.length && wanted.length ? { wanted, ruledOut, mode: regionMode(question.slice(0, at)) } : undefined;
}

/** The suppliers that store nothing in any of the regions ruled out. */
export const storingNothingIn = (suppliers: readonly Supplier[], ruledOut: readonly string[]) =>
  suppliers.filter((s) => !s.locations.some((l) => ruledOut.some((r) => locatedIn(l, r))));

/** True when a question asks for a count ("how many suppliers…"). */
export const asksCount = (question: string) => /\bhow many\b|\bnumber of\b/i.test(question);

/** Words for the register's entries as a group: "which systems…", "are there any suppliers…". */
const ENTRIES = '(suppliers|processors|companies|vendors|services|tools|systems|apps|platforms|providers|organisations|organizations|third parties)';

const ENTRY = '(supplier|processor|company|vendor|service|tool|system|app|platform|provider|organisation|organization|third party)';

/** A leading "except X," or "apart from X," : the list question follows it. */
const LEADING_EXCEPT = /^\s*(except( for)?|apart from|other than|besides|excluding|not counting|leaving out)\b[^,?]*,\s*/i;

/** A leading "of the ones outside the UK," or "among our US suppliers,": what the list question that follows ranges over. */
const LEADING_SCOPE = new RegExp(`^\\s*(of|among|out of|from)\\s+(the|those|our|all( of)? (the|our))\\s+(ones|${ENTRIES}|[\\w-]+ ${ENTRIES})\\b[^,?]*,\\s*`, 'i');

// "Who is PCI compliant?", "who's covered by the IDTA?", "what (stuff) do we keep for more than 5 years?": over the register, though no list word says so.
// "Anything on the register with no owner?", "is there anything nobody looks after?", "what doesn't encrypt?": the register's entries, though none is named.
// "Anything we use that can't do 2FA?": what "we use" ranges over is the register's entries too.
// "Everything with staff data on it", "anything with kids' details in": the entries, by what they hold.
const WHO_HAS_PROPERTY = String.raw`who(?:'s|s| is| are) (?:covered|certified|accredited|(?:\S+ ){1,2}(?:compliant|certified|accredited))|who do we (?:rely|depend) on|what (?:(?:stuff|data|info|information|things|records|else) )?(?:do|does) we (?:keep|hold|store|retain)\b(?=.*\b(?:(?:more|longer|over|less|shorter|under|fewer) (?:than )?|for )\S+ (?:day|week|month|year)s?\b)`;

// "What holds info about us staff?", "what keeps customer emails?": "what" asks which entry holds some data, as "who holds" does.
const WHAT_HOLDS = String.raw`what (?:else )?(?:holds|keeps|stores|has)(?= (?:[\w'’-]+ ){0,4}?(?:data|details|info|information|records|numbers|addresses|emails|photos|footage)\b)`;

const AGGREGATE_START = new RegExp(`^\\s*(${WHO_HAS_PROPERTY}|which|what ${ENTRIES}|who (else )?(holds?|has|keeps?|stores?|gets?|sees?)|${WHAT_HOLDS}|who (do|have) we (have|got) (holding|keeping|storing|with)|who are (our|the)|how many|list|do any|does any|are any|is any|any|do we (hold|have|keep|store|share|send|process)|(are|is) there (any |some )?(of (our|the) )?${ENTRIES}|is there any ${ENTRY}|(is|are) there (anything|anyone|anybody) (we|that|which|who|without|with|nobody|no one|noone|no-one)|(does|do) (anything|anyone|anybody) we use|(is there )?anything we (use|have|run|pay for) (that|which|without|with)|(is there )?anything (on|in) (the |our )?(register|list)|(is there )?(anything|everything) (we (use|have) )?with|what (doesn'?t|does not|hasn'?t|has not|isn'?t|is not|has no)\\b)\\b`, 'i');
// "Lauren wants a list of every supplier we're still missing a signed statement from": a list of them, wherever it is asked.
const AGGREGATE_ANYWHERE = new RegExp(`\\b(which|what) ${ENTRIES}\\b|\\blists? of (?:all |every |each |our |the )*(?:${ENTRIES}|${ENTRY})\\b|\\bevery (?:single )?${ENTRY} (?:we|we're|we've|that|which|who)\\b`, 'i');
/** A clipped list question: a few words and then "suppliers?" ("iso 27001 suppliers?", "US processors?"). */
const CLIPPED_LIST = new RegExp(`^\\s*(?!(is|are|am|do|does|did|was|were|has|have|can|could|should|will|would|who|where|how|when|why|what|which|tell|show|give)\\b)(?!.*\\b(one|any|all) of\\b)[\\w' -]{2,30}\\s${ENTRIES}\\s*\\??\\s*$`, 'i');

/**
 * "Who's got Cyber Essentials Plus?": a certification scheme had is asked of the register's
 * entries; only a scheme staff name makes "who's got" a list ("who's got the office keys?" is not).
 */
const whoHasCertification = (q: string): boolean => {
  const had = /^\s*who(?:'s|s| has| have)? got\b(.*)$/i.exec(q);
  return Boolean(had && CERTIFICATION_NAMES.test(had[1]!.toLowerCase()));
};

/** True when a question asks about the whole register rather than one supplier. */
export const asksAggregate = (question: string): boolean => {
  const q = question.replace(LEADING_EXCEPT, '').replace(LEADING_SCOPE, '');
  return AGGREGATE_START.test(q) || AGGREGATE_ANYWHERE.test(q) || CLIPPED_LIST.test(q) || whoHasCertification(q);
};

/**
 * The suppliers whose recorded locations satisfy the regions and mode, and those the register
 * gives no location for (so "none" is never said when the register is silent).
 */
export function byRegion(suppliers: readonly Supplier[], regions: readonly string[], mode: RegionMode): { found: Supplier[]; unknown: Supplier[] } {
  // A location counts as in a region when it is the region or lies in it (Ireland in the EU).
  const inside = (location: string) => {
    for (const r of regions) if (locatedIn(location, r)) return true;
    return false;
  };
  const found = suppliers.filter((s) => {
    if (s.locations.length === 0) return false;
    if (mode === 'only') return s.locations.every(inside);
    if (mode === 'outside') return s.locations.some((l) => !inside(l));
    return s.locations.some(inside);
  });
  return { found, unknown: suppliers.filter((s) => s.locations.length === 0) };
}

/** The answer to a region question over some suppliers (all, or those about a topic). */
export function regionAnswer(
  suppliers: readonly Supplier[],
  regions: readonly string[],
  mode: RegionMode,
  opts: { count: boolean; topic?: string; notIn?: readonly string[] },
): { text: string; sources: string[] } {
  const { found, unknown } = byRegion(suppliers, regions, mode);
  const notIn = opts.notIn?.length ? ` and not in ${list(opts.notIn.map(regionName))}` : '';
  const place = `${mode === 'only' ? 'only in' : mode === 'outside' ? 'outside' : 'in'} ${list(regions.map(regionName))}${notIn}`;
  // A topic may already say it is held ("holding staff data").
  const held = opts.topic ? ` ${/^holding\b/.test(opts.topic) ? '' : 'holding '}${opts.topic}` : '';
  const what = `Suppliers${held}`;
  const named = found.map((s) => (mode === 'in' && s.locations.length <= 1 ? s.name : `${s.name} (${bracketedPlacesOf(s)})`));
  const parts: string[] = [];
  if (found.length) parts.push(`${opts.count ? `${found.length}. ` : ''}${what} that store data ${place}: ${list(named)}.`);
  else if (unknown.length) parts.push(`No supplier${held} in the register is recorded as storing data ${place}, but the register does not say where every supplier stores data.`);
  else parts.push(`No supplier${held} in our register stores data ${place}.`);
  // "Is the CCTV kept outside the UK?" when it is not: where its few holders do keep it, and those
  // holders as what the answer is about (a second question, "…and how long?", asks after them).
  const holders = opts.topic && !found.length && suppliers.length <= 3 ? suppliers.filter((s) => s.locations.length) : [];
  if (holders.length) parts.push(`Where it is kept: ${list(holders.map((s) => `${s.name} (${bracketedPlacesOf(s)})`))}.`);
  if (unknown.length) parts.push(`The register does not say where ${list(unknown.map((s) => s.name))} store${unknown.length === 1 ? 's' : ''} data.`);
  return { text: `${parts.join(' ')} (Register.)`, sources: [...found, ...holders, ...unknown].map((s) => `register:${s.id}`) };
}

/** The answer to "which suppliers hold X?": every supplier the topic matched, with its data. */
export function topicAnswer(suppliers: readonly Supplier[], opts: { count: boolean }): { text: string; sources: string[] } {
  // A recipient with no categories holds what we pass it.
  const lines = suppliers.map((s) => `• ${s.name}: ${s.dataCategories.length ? categoriesOf(s) : s.sharedData ? `we pass it ${lowerFirst(s.sharedData.trim().replace(/\.$/, ''))}` : s.purpose}`);
  const head = opts.count ? `${suppliers.length} supplier${suppliers.length === 1 ? '' : 's'}:` : 'These suppliers:';
  return { text: `${head}\n${lines.join('\n')}\n(Register: ${suppliers.map((s) => s.id).join(', ')}.)`, sources: suppliers.map((s) => `register:${s.id}`) };
}

/** A yes/no property of a supplier that "which suppliers…" questions filter on, with its wording. */
interface Property {
  /** When the question asks about it. */
  asked: RegExp;
  /** The heading for those that have it, and for those the register is silent on. */
  has: string;
  silent: string;
  /** true: has it; false: recorded as not; undefined: the register does not say. */
  test: (s: Supplier) => boolean | undefined;
}

const PROPERTIES: Property[] = [
  {
    asked: /\bbreach/,
    has: 'Suppliers that promise to tell us of a breach',
    silent: 'The register records no breach-notification promise from',
    test: (s) => (s.breachNotification ? true : undefined),
  },
  {
    asked: /\b2fa\b|two[- ]?(factor|step)|\bmfa\b|multi[- ]?factor/,
    has: 'Suppliers with two-factor authentication (enforced or available)',
    silent: 'The register does not record two-factor support for',
    test: (s) => (!s.security.twoFactor || s.security.twoFactor === 'unknown' ? undefined : s.security.twoFactor !== 'not-available'),
  },
  {
    asked: /encrypt.*\bin transit\b|\bin transit\b.*encrypt/,
    has: 'Suppliers that encrypt our data in transit',
    silent: 'The register does not say whether data is encrypted in transit with',
    test: (s) => (s.security.encryptionInTransit ? true : undefined),
  },
  {
    asked: /encrypt/,
    has: 'Suppliers that encrypt our data at rest',
    silent: 'The register does not say whether data is encrypted at rest with',
    test: (s) => s.security.encryptionAtRest,
  },
  {
    asked: /\btransfer|safeguard(?!ing)|\bsccs?\b|standard contractual|\bidta\b|adequacy|\bdpf\b|data privacy framework/,
    has: 'Suppliers with a recorded transfer safeguard',
    silent: 'The register records no transfer safeguard for',
    test: (s) => (s.transfer ? true : undefined),
  },
  {
    asked: /\bsupport (access|staff|team)|\b(their|its|supplier'?s?) (own )?staff (can )?(see|read|access)/,
    has: 'Suppliers whose own staff can reach our data (support access)',
    silent: 'The register records nothing about support access for',
    test: (s) => (s.security.supportAccess ? true : undefined),
  },
  {
    asked: /\bsoc ?2\b|iso ?27001|certif(?!icates?\b)|^(?!.*\b(keep|kept|store|stored|retain|delete|destroy)\b).*\bcertificates?\b/,
    has: 'Suppliers with security certifications',
    silent: 'The register records no certification for',
    test: (s) => (s.security.certifications.length ? true : undefined),
  },
];

/** A value of a property that a question asks for by name: a certification, a transfer mechanism, enforced 2FA. */
interface Narrowing {
  heading: string;
  has: (s: Supplier) => boolean;
}

/** The certifications in the register that a question names ("SOC 2", "ISO 27001", "PCI"), by their leading words. */
export function certificationsAsked(suppliers: readonly Supplier[], q: string): string[] {
  const squashed = q.replace(/[^a-z0-9]+/g, '');
  const asked = new Set(q.split(/[^a-z0-9]+/));
  const certs = new Set(suppliers.flatMap((s) => s.security.certifications));
  return [...certs].filter((cert) => {
    const [first = '', second = ''] = cert.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
    // "ISO 27001" and "SOC 2" by letters and number; "PCI DSS" and "Cyber Essentials" by their first word.
    // "ISO" with no number ("the iso security cert") is any of that scheme's.
    if (/^\d/.test(second)) return squashed.includes(first + second) || (asked.has(first) && !new RegExp(`\\b${first}\\s*-?\\s*\\d`).test(q));
    // Asked for a scheme's "Plus" level, only that level: Cyber Essentials alone is not it. Not "cyber essentials (or plus)",
    // "…or plus", which asks either.
    if (asked.has('plus') && !/\bor\s*\(?\s*plus\b|\(\s*or\s+plus\s*\)/.test(q) && !/\bplus\b/i.test(cert)) return false;
    return first.length >= 3 && asked.has(first);
  });
}

/** A question after those that lack something: "without 2FA", "don't encrypt", "no breach promise". */
const NEGATIVE = /\b(without|lack\w*|missing|never|no|not|don'?t|doesn'?t|do not|does not|aren'?t|isn'?t|haven'?t|hasn'?t|won'?t|wouldn'?t|can'?t|cannot)\b/;

/** Certification schemes staff name, whether or not the register records them. */
export const CERTIFICATION_NAMES = /\biso ?\d{4,5}\b|\bsoc ?[123]\b|\bpci(?: dss)?\b|\bcyber essentials(?: plus)?\b|\bhipaa\b|\bcsa star\b/;

const MECHANISM_WORDS: [RegExp, NonNullable<Supplier['transfer']>['mechanism'], string][] = [
  // The Data Privacy Framework (and its UK Extension) is an adequacy decision.
  [/\badequa|\bdpf\b|data privacy framework/, 'adequacy', 'an adequacy decision'],
  [/\bidta\b|international data transfer agreement/, 'uk-idta', 'the UK IDTA'],
  [/\baddendum\b/, 'uk-addendum', 'the UK Addendum'],
  [/\bsccs?\b|standard contractual/, 'eu-scc', 'the EU standard contractual clauses'],
];

/** Where the register's free text names a basis: at its start or a clause's ("…; consent for cats"), not inside a description ("the cremation consent form"). */
const CLAUSE = String.raw`(?:^|[;,(]\s*|\b(?:and|or)\s+)(?:necessary for (?:the )?|performance of (?:a |the )?)?`;

/** Lawful bases by the words questions and the register's free text use for them (GDPR Article 6). */
const LAWFUL_BASES: [RegExp, RegExp, string][] = [
  [/\bconsent\b/, new RegExp(`${CLAUSE}consent`, 'i'), 'consent'],
  [/\blegitimate interests?\b/, new RegExp(`${CLAUSE}legitimate interest`, 'i'), 'legitimate interests'],
  [/\blegal obligations?\b|\bthe law requires\b|\bstatutory\b/, new RegExp(`${CLAUSE}(legal obligation|statutory)`, 'i'), 'a legal obligation'],
  [/\b(a |the |our )?contracts?\b/, new RegExp(`${CLAUSE}contract`, 'i'), 'a contract'],
  [/\bvital interests?\b/, new RegExp(`${CLAUSE}vital interest`, 'i'), 'vital interests'],
  [/\bpublic task\b|\bpublic interest\b/, new RegExp(`${CLAUSE}public (task|interest)`, 'i'), 'a public task'],
];

/** Words that ask which basis suppliers rely on ("rely on consent", "under legitimate interests", "lawful basis of contract"). */
const BASIS_ASKED = /\b(lawful|legal) basis\b|\bbasis (of|is)\b|\brel(y|ies|ying) on\b|\bunder\b|\bon the basis\b|\bjustified by\b|\bbased on\b|\buses?\b/;

/** "Which suppliers rely on consent?": those whose recorded lawful basis says so; those with none recorded counted. */
function basisNarrowing(q: string): Narrowing | undefined {
  if (!BASIS_ASKED.test(q)) return undefined;
  const basis = LAWFUL_BASES.find(([asked]) => asked.test(q));
  // "Contract" alone only where a basis is asked by name: "which suppliers have a contract?" is not.
  if (!basis || (basis[2] === 'a contract' && !/\b(lawful|legal) basis\b|\brel(y|ies|ying) on\b|\bbasis\b/.test(q))) return undefined;
  return { heading: `Suppliers whose recorded lawful basis is ${basis[2]}`, has: (s) => Boolean(s.lawfulBasis && basis[1].test(s.lawfulBasis)) };
}

/** Two-step sign-in by any of its names, in a lower-cased question ("2 step" is spelt "two-step" before this). */
export const TWO_FACTOR = /\b(2fa|two[- ]?(factor|step)|mfa|multi[- ]?factor)\b/;

/** Emphasis that is no negation: "make you use 2FA no matter what", "…, no choice", "no exceptions", "no opting out". */
const EMPHATIC_NO = /\b(?:no matter what|(?:with )?no choice(?: about it| in it)?|no exceptions?|no opting out|no opt[- ]?outs?|no way (?:round|around|out of) it)\b/g;

/**
 * Offered and left to each user: "let you turn it on but don't force it", "you can switch it on, but they don't make
 * you", "available but not required"; "which apps don't force 2FA" alone stays a question after those that do not enforce it.
 */
const OFFERED_NOT_FORCED = /\bbut (?:do not|don'?t|dont|does not|doesn'?t|not|never|aren'?t|isn'?t|won'?t) (?:force|forced|enforce|enforced|require|required|make|insist)\b.*$/;

/** A two-step question in the words the narrowings read: emphasis set aside, "on offer but not forced" as optional. */
function twoFactorPlain(q: string): string {
  return TWO_FACTOR.test(q) ? q.replace(EMPHATIC_NO, ' ').replace(OFFERED_NOT_FORCED, ' optional') : q;
}

/** "2FA as optional rather than forced": what follows "rather than" or "instead of" is set aside, not asked for. */
const SET_ASIDE = /\b(?:rather than|instead of)\b.*$/;

/** "Which suppliers enforce 2FA / are SOC 2 certified / rely on adequacy?": only those with that value. */
function narrowedProperty(suppliers: readonly Supplier[], q: string, count: boolean): { text: string; sources: string[] } | undefined {
  let narrowing: Narrowing | undefined = basisNarrowing(q);
  const certs = /certif|accredit|\bsoc ?2\b|\biso ?\d|\bpci\b|compliant|\bhave\b|\bhold\b/.test(q) || CERTIFICATION_NAMES.test(q) ? certificationsAsked(suppliers, q) : [];
  const mechanism = /\btransfer|safeguard(?!ing)|\brel(?:y|ies|ying|ied)\b|covered|\bus(?:e|es|ed|ing)\b|under|certified|signed up\b|\b(?:based|depend\w*) on\b|\b(?:have|has|got|signed) (?:an?|the)\b/.test(q) ? MECHANISM_WORDS.find(([pattern]) => pattern.test(q)) : undefined;
  const unheld = certs.length ? undefined : CERTIFICATION_NAMES.exec(q)?.[0];
  if (unheld) {
    // A certification the register gives no supplier: say so, and what it does record.
    const certified = suppliers.filter((s) => s.security.certifications.length);
    const recorded = certified.length ? ` Certifications it records: ${certified.map((s) => `${s.name} (${list(s.security.certifications)})`).join('; ')}.` : '';
    return { text: `The register records no supplier with ${unheld.toUpperCase()}.${recorded} (Register.)`, sources: certified.map((s) => `register:${s.id}`) };
  }
  if (narrowing) {
    // The register's silence is said, never taken for a no.
    const silent = suppliers.filter((s) => !s.lawfulBasis);
    const found = suppliers.filter(narrowing.has);
    const names = silent.length <= 3 ? list(silent.map((s) => s.name)) : found.length ? `the other ${silent.length}` : `${silent.length} of them`;
    const rest = silent.length ? ` The register records no lawful basis for ${names}.` : '';
    const head = found.length ? `${narrowing.heading}${count ? ` (${found.length})` : ''}: ${list(found.map((s) => s.name))}.` : `${narrowing.heading}: none recorded in the register.`;
    return { text: `${head}${rest} (Register.)`, sources: found.map((s) => `register:${s.id}`) };
  }
  if (certs.length) narrowing = { heading: `Suppliers with ${list(certs)}`, has: (s) => s.security.certifications.some((c) => certs.includes(c)) };
  // The UK Addendum is added to the EU SCCs: a transfer under it relies on them too.
  else if (mechanism) narrowing = { heading: `Suppliers whose transfers rely on ${mechanism[2]}`, has: (s) => s.transfer?.mechanism === mechanism[1] || (mechanism[1] === 'eu-scc' && s.transfer?.mechanism === 'uk-addendum') };
  else if (TWO_FACTOR.test(q) && /\benforc|\bforc(e|es|ed|ing)\b|\brequire|\bmandatory|\bcompulsory|\bmust\b|\bswitched on for everyone\b|\bmakes? (you|us|me|people|staff|everyone|users?) (to )?(use|turn on|switch on|set up|have)\b|\b(have|has) to (use|turn on|switch on|set up)\b/.test(q.replace(SET_ASIDE, ' '))) {
    narrowing = { heading: 'Suppliers that enforce two-factor authentication', has: (s) => s.security.twoFactor === 'enforced' };
  } else if (TWO_FACTOR.test(q) && /\boptional\b|\bup to (us|you|the user)\b|\b(available|offered) but not (enforced|required)\b/.test(q)) {
    // "Where is two-step optional?": offered, but left to each user to switch on.
    narrowing = { heading: 'Suppliers that offer two-factor authentication without enforcing it', has: (s) => s.security.twoFactor === 'available' };
  }
  if (!narrowing) return undefined;
  if (NEGATIVE.test(q)) {
    // "Which suppliers are not SOC 2 certified?": those the register does not record with it.
    const without = suppliers.filter((s) => !narrowing.has(s));
    const head = `Not recorded among ${lowerFirst(narrowing.heading)}`;
    return { text: `${head}${count ? ` (${without.length})` : ''}: ${without.length ? list(without.map((s) => s.name)) : 'none'}. (Register.)`, sources: without.map((s) => `register:${s.id}`) };
  }
  const found = suppliers.filter(narrowing.has);
  const text = found.length
    ? `${narrowing.heading}${count ? ` (${found.length})` : ''}: ${list(found.map((s) => s.name))}. No other supplier is recorded with it. (Register.)`
    : `${narrowing.heading}: none recorded in the register. (Register.)`;
  return { text, sources: found.map((s) => `register:${s.id}`) };
}

/** True when a list question filters on a recorded property, not only on a role or region ("which EU suppliers have no breach promise?"). */
/** Whether a question names a transfer safeguard ("the IDTA", "adequacy", "SCCs"), which narrows a list to the transfers under it. */
export function namesMechanism(question: string): boolean {
  const q = question.toLowerCase();
  return MECHANISM_WORDS.some(([pattern]) => pattern.test(q));
}

export function asksProperty(question: string): boolean {
  const q = question.toLowerCase();
  return Boolean(basisNarrowing(q)) || PROPERTIES.some((p) => p.asked.test(q)) || CERTIFICATION_NAMES.test(q) || /\benforc/.test(q);
}

/** The role a question restricts itself to ("which processors…"), if any. */
export function roleIn(question: string): Supplier['role'] | undefined {
  return roleAsked(question.toLowerCase())?.[1];
}

/** A role set aside, not asked for: "…, not processors", "which aren't processors", "rather than the processors". */
const ROLE_SET_ASIDE = /\b(?:not|aren'?t|isn'?t|rather than|instead of|as opposed to|other than)\s+(?:the |our |just |only )?(?:sub-?)?(?:processors?|joint[- ]?controllers?|recipients?)\b/g;

/** The papers a processor signs ("processor terms", "processor agreement"): a statement asked after, not the role. */
const PROCESSOR_PAPERS = /\bprocessor (?:terms|agreements?|contracts?|paperwork|docs?|documents?)\b/g;

/** "Which ones do we just pass data to?", "only send info to": those that get our data and do nothing for us with it, recipients. */
const ONLY_PASSED_TO = /\b(?:just|only|simply|merely) (?:pass|send|give|hand|share)\w* (?:(?:our|the|personal|some) )?(?:data|info|information|details|stuff|it)? ?(?:on |over )?(?:to|with)\b/;

/** The role a question asks for, with the pattern's other entries; a role set aside is none, and "just pass data to" is recipients. */
function roleAsked(q: string): (typeof ROLES)[number] | undefined {
  const asked = q.replace(ROLE_SET_ASIDE, ' ').replace(PROCESSOR_PAPERS, ' ');
  if (ONLY_PASSED_TO.test(asked)) return ROLES.find(([, role]) => role === 'recipient');
  return ROLES.find(([pattern]) => pattern.test(asked) && !/\bsub-?processors?\b/.test(asked));
}

/**
 * The recipient role asked by name. "Details of gift recipients", "recipients of hampers": people
 * whose data it is, not the role, and so are "details of recipients". "Recipients of our data",
 * "recipients of client data", "a list of recipients" and "which of our recipients…" are the role:
 * only data said to be about them or a word saying what kind of recipient ("gift") makes them people,
 * and only a thing received that is not data.
 */
export const RECIPIENT_ROLE = /(?<!\b(?:details|data|info|information|names|addresses|records) (?:of|about|on) (?:the |our )?)(?<!\b(?:of|about|on) (?:the |our )?(?!(?:the|our|data|personal)\b)\w+ )\brecipients?\b(?! of (?!(?:(?:our|the|personal|[a-z]+) ){0,2}(?:data|information|info|details)\b))(?!\w)|\breceives? (our |personal )?(data|information|details) from us\b/;

const ROLES: [RegExp, Supplier['role'], string][] = [
  [/\bprocessors?\b/, 'processor', 'processors'],
  [/\bjoint[- ]?controllers?\b/, 'joint-controller', 'joint controllers'],
  [RECIPIENT_ROLE, 'recipient', 'recipients'],
];

/** Not had at all: "which don't have 2fa at all?" asks after what we lack, not only what a supplier does not offer. */
const NOT_HAD_AT_ALL = /\b(?:don['’]?t|doesn['’]?t|do not|does not)\s+have\b[^?]*\bat all\b/i;
/** A thing asked to be lacking outright: "isn't available at all", "don't offer it at all". */
const STRICTLY_WITHOUT = /\bat all\b/;

/** The unknown asked after as well: "…or we don't know", "…or we're not sure". */
const UNKNOWN_ASKED_TOO = /\b(?:don'?t|dont|do not)\s+(?:even\s+)?know\b|\bunknown\b|\bnot sure\b|\bno idea\b/;

/**
 * "Which suppliers…" over one recorded property (breach promise, 2FA, encryption, transfer
 * safeguard, certification) or role: those that have it by name, the rest counted (recorded as
 * without it, or the register silent) rather than a confident no; those without it by name when asked.
 */
export function propertyAnswer(suppliers: readonly Supplier[], question: string): { text: string; sources: string[] } | undefined {
  const q = twoFactorPlain(question.toLowerCase());
  const count = asksCount(question);
  const narrowed = narrowedProperty(suppliers, q, count);
  if (narrowed) return narrowed;
  const property = PROPERTIES.find((p) => p.asked.test(q));
  if (property) {
    const yes = suppliers.filter((s) => property.test(s) === true);
    const no = suppliers.filter((s) => property.test(s) === false);
    const silent = suppliers.filter((s) => property.test(s) === undefined);
    // "Which suppliers don't encrypt / have no 2FA?": those recorded as not and those the register is silent on, never those that do.
    if (NEGATIVE.test(q)) {
      const head = no.length ? `${count ? `${no.length}. ` : ''}Recorded as without it: ${list(no.map((s) => s.name))}.` : 'No supplier is recorded as without it.';
      // "…where it just isn't available at all": those recorded as without it; the silent are counted, not named as lacking it.
      // "Which don't have 2fa at all?" asks what we do not have, which the silent may lack too: they are named as unrecorded.
      const strictly = STRICTLY_WITHOUT.test(q) && !NOT_HAD_AT_ALL.test(q) && !UNKNOWN_ASKED_TOO.test(q) && no.length > 0;
      const silentSaid = strictly ? `${property.silent} ${silent.length === 1 ? 'one other' : `${silent.length} others`}.` : `${property.silent} ${list(silent.map((s) => s.name))}.`;
      const rest = [silent.length && silentSaid, yes.length && `The other ${yes.length === 1 ? 'one has' : `${yes.length} have`} it.`].filter(Boolean);
      return { text: `${[head, ...rest].join(' ')} (Register.)`, sources: [...no, ...(strictly ? [] : silent)].map((s) => `register:${s.id}`) };
    }
    // "Which suppliers will tell us of a breach?" names those that will, as a narrowed list does; the
    // rest are counted, recorded as not or silent (never a confident "none"), and a "which don't…"
    // question names them.
    const parts = [yes.length ? `${property.has}${count ? ` (${yes.length})` : ''}: ${list(yes.map((s) => s.name))}.` : `${property.has}: none recorded.`];
    if (no.length) parts.push(`Recorded as without it: ${no.length === suppliers.length ? `all ${no.length}` : yes.length ? `${no.length} of the others` : no.length}.`);
    if (silent.length) parts.push(`${property.silent} ${silent.length === suppliers.length ? `any of our ${silent.length} suppliers` : `the other ${silent.length}`}.`);
    return { text: `${parts.join(' ')} (Register.)`, sources: [...yes, ...no].map((s) => `register:${s.id}`) };
  }
  // A role word only counts when the question is about suppliers in that role, not "process".
  const role = roleAsked(q);
  const setAside = role ? undefined : ROLES.find(([pattern]) => [...q.matchAll(ROLE_SET_ASIDE)].some((m) => pattern.test(m[0])));
  if (setAside) {
    // "Which suppliers are not processors?": those in any other role.
    const others = suppliers.filter((s) => s.role !== setAside[1]);
    const text = others.length ? `Not ${setAside[2]}${count ? ` (${others.length})` : ''}: ${list(others.map((s) => `${s.name} (${s.role.replace('-', ' ')})`))}. (Register.)` : `Every supplier in the register is one of our ${setAside[2]}. (Register.)`;
    return { text, sources: others.map((s) => `register:${s.id}`) };
  }
  if (role) {
    const found = suppliers.filter((s) => s.role === role[1]);
    const text = found.length ? `Our ${role[2]}${count ? ` (${found.length})` : ''}: ${list(found.map((s) => s.name))}. (Register.)` : `The register lists no ${role[2]}. (Register.)`;
    return { text, sources: found.map((s) => `register:${s.id}`) };
  }
  return undefined;
}

/** The suppliers a person looks after, when a question names someone in the workspace. */
export function ownedBy(suppliers: readonly Supplier[], personId: string): Supplier[] {
  return suppliers.filter((s) => s.owner === personId);
}
