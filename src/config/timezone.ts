import { closest } from './suggest.ts';

let zones: string[] | undefined;

/** Every IANA zone this Node knows. */
function knownZones(): string[] {
  zones ??= Intl.supportedValuesOf('timeZone');
  return zones;
}

/** True when `zone` is an IANA timezone this runtime can compute with. */
export function isTimeZone(zone: string): boolean {
  if (!zone.includes('/') && zone !== 'UTC') return false;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The IANA zone a mistyped or city-only name most likely means ("London" → "Europe/London"). */
export function suggestTimeZone(zone: string): string | undefined {
  const all = knownZones();
  const city = zone.trim().replace(/\s+/g, '_').toLowerCase();
  const byCity = all.find((z) => z.toLowerCase().endsWith(`/${city}`));
  if (byCity) return byCity;
  return closest(zone, all);
}
