// What everyone calls a big supplier's products, whatever the firm wrote as its aliases: Microsoft 365 is "o365",
// "outlook" and "sharepoint" to staff; Google Workspace is "g suite" and "gmail". A firm lists the names it thought of;
// staff type the ones they use. Each is added as an alias of the one entry the firm holds for that product family, never
// where two entries could be it or one already goes by that name. So too for the ways of saying a kind of thing: the entry a
// firm calls "the card reader" is the one staff call "the card machine".
// Not the names of its kinds of file ("a google doc", "the google sheet"): those are things staff share and keep, and a
// question about sharing one is about the policy on sharing, not about who can reach the supplier's data. And not a social
// network's ("insta", "fb"): what was posted there tells a story ("a nasty comment on our insta, can i delete it?") that the
// policy on social media answers, not the network's entry.
import type { Supplier, VigilConfig } from '../config/schema.ts';

interface Family {
  /** Whether a name or alias the firm gives an entry is one of the family's. */
  called: (name: string) => boolean;
  /** What staff call it besides, in lower case. */
  nicknames: readonly string[];
}

const FAMILIES: readonly Family[] = [
  {
    called: (n) => /\b(?:microsoft|office|ms) ?365\b|^[mo]365$|\boffice 365\b/i.test(n),
    nicknames: ['microsoft 365', 'office 365', 'o365', 'm365', 'ms365', 'ms 365', 'microsoft office', 'ms office', 'outlook', 'onedrive', 'one drive', 'sharepoint'],
  },
  {
    called: (n) => /\bgoogle workspace\b|\bg ?suite\b/i.test(n),
    nicknames: ['google workspace', 'g suite', 'gsuite', 'google apps', 'gmail', 'google drive', 'gdrive'],
  },
  { called: (n) => /\bquickbooks\b/i.test(n), nicknames: ['quickbooks', 'quick books', 'qbo'] },
  { called: (n) => /\bamazon web services\b/i.test(n), nicknames: ['aws'] },
  { called: (n) => /\bnhs ?mail\b/i.test(n), nicknames: ['nhsmail', 'nhs mail', 'nhs.net', 'nhs net'] },
];

/**
 * Ways of saying the same kind of thing: where the firm calls one entry by one of them ("card reader"), staff calling it by
 * another ("the card machine") mean that entry. Not the kinds staff also have of their own ("my own accountant", "training to
 * be an accountant"), nor those that run together software and the firm that runs it (payroll, accounts, bookings).
 */
const SAME_THING: readonly (readonly string[])[] = [
  ['card reader', 'card machine', 'card terminal', 'card payment machine', 'payment terminal', 'pdq machine', 'chip and pin machine'],
  ['it support', 'it firm', 'it company', 'it people', 'it guys', 'tech support', 'computer support', 'computer people'],
  ['cctv', 'cctv cameras', 'security cameras', 'camera system'],
  ['rota app', 'rota system', 'rota software'],
  ['phone system', 'telephone system', 'phone provider'],
];

const namesOf = (s: Supplier) => [s.name, ...s.aliases];

/** A name as said, lower case without a leading "the" or "our": "The card reader" is "card reader". */
const said = (name: string) => name.toLowerCase().trim().replace(/^(?:the|our)\s+/, '').replace(/\s+/g, ' ');

/** Each kind of thing ({@link SAME_THING}) as a family: an entry the firm calls by one way of saying it is called by all. */
const SAME_THING_FAMILIES: readonly Family[] = SAME_THING.map((ways) => ({ called: (n) => ways.includes(said(n)), nicknames: ways }));

/** The config with each family's nicknames added to the aliases of its one entry ({@link FAMILIES}, {@link SAME_THING}); the same object where none applies. */
export function withKnownAliases(config: VigilConfig): VigilConfig {
  // A name the firm gives an entry, or writes as what an entry is for ("card machine" among its keywords), is the firm's to weigh.
  const taken = new Set(config.suppliers.flatMap((s) => [...namesOf(s), ...s.purposeKeywords]).map(said));
  const added = new Map<Supplier, string[]>();
  for (const family of [...FAMILIES, ...SAME_THING_FAMILIES]) {
    const members = config.suppliers.filter((s) => namesOf(s).some(family.called));
    if (members.length !== 1) continue;
    const fresh = family.nicknames.filter((n) => !taken.has(n));
    if (fresh.length === 0) continue;
    for (const n of fresh) taken.add(n);
    added.set(members[0]!, [...(added.get(members[0]!) ?? []), ...fresh]);
  }
  if (added.size === 0) return config;
  return { ...config, suppliers: config.suppliers.map((s) => (added.has(s) ? { ...s, aliases: [...s.aliases, ...added.get(s)!] } : s)) };
}
