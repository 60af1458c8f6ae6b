import type { Supplier } from '../config/schema.ts';
import { list, placesOf } from './fields.ts';
import { regionCode, regionName } from './regions.ts';

/** How a question combines its regions: stored there at all, only there, or somewhere else too. */
export type RegionMode = 'in' | 'only' | 'outside';

/** The region mode a question's wording asks for. */
export function regionMode(question: string): RegionMode {
  const q = question.toLowerCase();
  if (/\b(outside|not in|except|other than|beyond|anywhere but|apart from)\b/.test(q)) return 'outside';
  if (/\b(only|just|solely|exclusively|entirely|all of)\b/.test(q)) return 'only';
  return 'in';
}

/** True when a question asks for a count ("how many suppliers…"). */
export const asksCount = (question: string) => /\bhow many\b|\bnumber of\b/i.test(question);

/** True when a question asks about the whole register rather than one supplier. */
export const asksAggregate = (question: string) =>
  /^\s*(which|what (suppliers|processors|companies|vendors|services|tools)|who (else )?(holds?|has|keeps?|stores?|gets?|sees?)|how many|list|do any|does any|are any|is any|any)\b/i.test(question) ||
  /\b(which|what) (suppliers|processors|companies|vendors|services|tools)\b/i.test(question);

/**
 * The suppliers whose recorded locations satisfy the regions and mode, and those the register
 * gives no location for (so "none" is never said when the register is silent).
 */
export function byRegion(suppliers: readonly Supplier[], regions: readonly string[], mode: RegionMode): { found: Supplier[]; unknown: Supplier[] } {
  const wanted = new Set(regions);
  const found = suppliers.filter((s) => {
    const codes = s.locations.map(regionCode);
    if (codes.length === 0) return false;
    if (mode === 'only') return codes.every((c) => wanted.has(c));
    if (mode === 'outside') return codes.some((c) => !wanted.has(c));
    return codes.some((c) => wanted.has(c));
  });
  return { found, unknown: suppliers.filter((s) => s.locations.length === 0) };
}

/** The answer to a region question over some suppliers (all, or those about a topic). */
export function regionAnswer(
  suppliers: readonly Supplier[],
  regions: readonly string[],
  mode: RegionMode,
  opts: { count: boolean; topic?: string },
): { text: string; sources: string[] } {
  const { found, unknown } = byRegion(suppliers, regions, mode);
  const place = `${mode === 'only' ? 'only in' : mode === 'outside' ? 'outside' : 'in'} ${list(regions.map(regionName))}`;
  const what = opts.topic ? `Suppliers holding ${opts.topic}` : 'Suppliers';
  const named = found.map((s) => (mode === 'in' && s.locations.length <= 1 ? s.name : `${s.name} (${placesOf(s)})`));
  const parts: string[] = [];
  if (found.length) parts.push(`${opts.count ? `${found.length}. ` : ''}${what} that store data ${place}: ${list(named)}.`);
  else if (unknown.length) parts.push(`No supplier${opts.topic ? ` holding ${opts.topic}` : ''} in the register is recorded as storing data ${place}, but the register does not say where every supplier stores data.`);
  else parts.push(`No supplier${opts.topic ? ` holding ${opts.topic}` : ''} in our register stores data ${place}.`);
  if (unknown.length) parts.push(`The register does not say where ${list(unknown.map((s) => s.name))} store${unknown.length === 1 ? 's' : ''} data.`);
  return { text: `${parts.join(' ')} (Register.)`, sources: [...found, ...unknown].map((s) => `register:${s.id}`) };
}

/** The answer to "which suppliers hold X?": every supplier the topic matched, with its data. */
export function topicAnswer(suppliers: readonly Supplier[], opts: { count: boolean }): { text: string; sources: string[] } {
  const lines = suppliers.map((s) => `• ${s.name}: ${s.dataCategories.length ? list(s.dataCategories) : s.purpose}`);
  const head = opts.count ? `${suppliers.length} supplier${suppliers.length === 1 ? '' : 's'}:` : 'These suppliers:';
  return { text: `${head}\n${lines.join('\n')}\n(Register: ${suppliers.map((s) => s.id).join(', ')}.)`, sources: suppliers.map((s) => `register:${s.id}`) };
}
