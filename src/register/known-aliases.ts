// What everyone calls a big supplier's products, whatever the firm wrote as its aliases: Microsoft 365 is "o365",
// "outlook" and "sharepoint" to staff; Google Workspace is "g suite" and "gmail". A firm lists the names it thought of;
// staff type the ones they use. Each is added as an alias of the one entry the firm holds for that product family, never
// where two entries could be it or one already goes by that name.
// Not the names of its kinds of file ("a google doc", "the google sheet"): those are things staff share and keep, and a
// question about sharing one is about the policy on sharing, not about who can reach the supplier's data. And not a social
// network's ("insta", "fb"): what was posted there tells a story ("a nasty comment on our insta, can i delete it?") that the
// policy on social media answers, not the network's entry.
import type { Supplier, VigilConfig } from '../config/schema.ts';

interface Family {
  /** How an entry of the family is named or aliased by the firm. */
  called: RegExp;
  /** What staff call it besides, in lower case. */
  nicknames: readonly string[];
}

const FAMILIES: readonly Family[] = [
  {
    called: /\b(?:microsoft|office|ms) ?365\b|^[mo]365$|\boffice 365\b/i,
    nicknames: ['microsoft 365', 'office 365', 'o365', 'm365', 'ms365', 'ms 365', 'microsoft office', 'ms office', 'outlook', 'onedrive', 'one drive', 'sharepoint'],
  },
  {
    called: /\bgoogle workspace\b|\bg ?suite\b/i,
    nicknames: ['google workspace', 'g suite', 'gsuite', 'google apps', 'gmail', 'google drive', 'gdrive'],
  },
  { called: /\bquickbooks\b/i, nicknames: ['quickbooks', 'quick books', 'qbo'] },
  { called: /^hmrc\b|\bhm revenue\b/i, nicknames: ['hmrc', 'hm revenue and customs', 'inland revenue', 'the taxman'] },
  { called: /\bamazon web services\b/i, nicknames: ['aws'] },
];

const namesOf = (s: Supplier) => [s.name, ...s.aliases];

/** The config with each family's nicknames added to the aliases of its one entry ({@link FAMILIES}); the same object where none applies. */
export function withKnownAliases(config: VigilConfig): VigilConfig {
  const taken = new Set(config.suppliers.flatMap(namesOf).map((n) => n.toLowerCase()));
  const added = new Map<Supplier, string[]>();
  for (const family of FAMILIES) {
    const members = config.suppliers.filter((s) => namesOf(s).some((n) => family.called.test(n)));
    if (members.length !== 1) continue;
    const fresh = family.nicknames.filter((n) => !taken.has(n));
    if (fresh.length === 0) continue;
    for (const n of fresh) taken.add(n);
    added.set(members[0]!, [...(added.get(members[0]!) ?? []), ...fresh]);
  }
  if (added.size === 0) return config;
  return { ...config, suppliers: config.suppliers.map((s) => (added.has(s) ? { ...s, aliases: [...s.aliases, ...added.get(s)!] } : s)) };
}
