import { approximateMillis, parseDuration } from '../config/duration.ts';
import { ErrorCode, VigilError } from '../errors.ts';

// Did-you-mean for a mistyped word, as check-config suggests: offered to channels that read typed commands.
export { closest } from '../config/suggest.ts';

/** "4h", "30m", "2d", "1w", "1d4h" or ISO 8601 ("PT4H") → milliseconds: how far the terminal chat's `advance` moves the clock. */
export function parseShellDuration(text: string): number {
  const t = text.trim();
  const iso = parseDuration(t);
  if (iso) return approximateMillis(iso);
  const units: Record<string, number> = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000 };
  const parts = [...t.toLowerCase().matchAll(/(\d+)\s*([wdhm])/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('').replace(/\s/g, '') !== t.toLowerCase().replace(/\s/g, '')) {
    throw new VigilError(ErrorCode.UsageError, `"${text}" is not a duration; say e.g. advance 4h, advance 2d or advance PT30M`);
  }
  return parts.reduce((sum, [, n, unit]) => sum + Number(n) * units[unit!]!, 0);
}
