import type { Supplier } from '../config/schema.ts';

/**
 * The words staff call the firm's IT support by ("can the IT people get onto our PCs?", "who's our IT company?"):
 * "it" is a stopword everywhere else, so the phrases are whole, with their "the" or "our" ("does it support
 * two-factor?" names no one).
 */
const SAID = ['company', 'firm', 'people', 'guys', 'guy', 'bloke', 'man', 'lot', 'team', 'provider', 'person', 'contractor', 'department', 'support', 'folk', 'chap'];
export const IT_SUPPORT_PHRASES = ['the', 'our'].flatMap((d) => SAID.map((noun) => `${d} it ${noun}`));

/** The one supplier the register has for IT: "IT" a word of its name or an alias, or its purpose IT support; none where two are. */
export function itSupplier(suppliers: readonly Supplier[]): Supplier | undefined {
  const it = suppliers.filter(
    (s) =>
      /\bIT\b/.test(s.name) ||
      s.aliases.some((a) => /(?:^|\s)it(?:\s|$)/i.test(a)) ||
      /^(?:Managed )?IT\b|\bIT (?:support|services|provider|company|firm|consultant|contractor|helpdesk|help desk)\b/.test(s.purpose),
  );
  return it.length === 1 ? it[0] : undefined;
}
