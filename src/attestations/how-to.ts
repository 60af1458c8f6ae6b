import type { Attestation, ChecklistItem } from '../config/schema.ts';
import type { HowTo } from '../messages.ts';
import type { Directory } from './directory.ts';

/**
 * How to check a prompt, from its attestation: the attestation's instructions and link, and per
 * checklist item its own (a `suppliers-used` item links the supplier's security page from the
 * register). Undefined when the config says nothing about how.
 */
export function howToOf(attestation: Attestation | undefined, checklist: readonly string[] | null, directory: Directory): HowTo | undefined {
  if (!attestation) return undefined;
  const items = (checklist ?? []).flatMap((item) => {
    const how = itemHowTo(attestation, item, directory);
    return how && (how.instructions || how.link) ? [{ item, ...how }] : [];
  });
  const howTo: HowTo = {
    ...(attestation.instructions ? { instructions: plainInstructions(attestation.instructions) } : {}),
    ...(attestation.link ? { link: attestation.link } : {}),
    ...(items.length ? { items } : {}),
  };
  return Object.keys(howTo).length ? howTo : undefined;
}

function itemHowTo(attestation: Attestation, item: string, directory: Directory): { instructions?: string; link?: string } | undefined {
  if (attestation.checklist === 'suppliers-used') {
    const supplier = directory.config.suppliers.find((s) => s.name === item);
    return supplier?.security.url ? { link: supplier.security.url } : undefined;
  }
  const entry = (attestation.checklist ?? []).find((c): c is Exclude<ChecklistItem, string> => typeof c !== 'string' && c.item === item);
  if (!entry) return undefined;
  return { ...(entry.instructions ? { instructions: plainInstructions(entry.instructions) } : {}), ...(entry.link ? { link: entry.link } : {}) };
}

/** A checklist item's text, whether written alone or with its how-to. */
export function checklistItemText(item: ChecklistItem): string {
  return typeof item === 'string' ? item : item.item;
}

/**
 * The firm's markdown as plain words every channel shows alike: `[text](address)` becomes
 * "text (address)", so no link hides where it goes, and `**bold**` or `__bold__` loses its
 * marks. Everything else stays as written, and each adapter shows it inert.
 */
export function plainInstructions(markdown: string): string {
  return markdown
    .replace(/\[([^\]\n]+)\]\(([^)\s]+)\)/g, (_all, text: string, address: string) => (text === address ? address : `${text} (${address})`))
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2')
    .trim();
}

/** "support.xero.com" for a link's label, so the reader sees where it goes. */
export function linkHost(link: string): string {
  try {
    return new URL(link).host;
  } catch {
    return link;
  }
}
