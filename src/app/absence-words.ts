import { addDays, localDate } from '../attestations/zoned-time.ts';

/**
 * What `away …` says, read in words: the days away (the first and last, both included), who is
 * away when someone else declares it (`away for amy …`), and who covers (`, delegate to Sam`).
 * Dates are read as a person in the UK writes them ("14 Dec", "14th December", "14/12",
 * "2026-12-14"); a date that could mean two days ("3/4"), a day already past, or words it
 * cannot read are refused with what to write instead, never guessed.
 */
export interface AwayWords {
  /** Someone else's name or id, after `for`; undefined for oneself. */
  forWhom?: string;
  /** The first day away (YYYY-MM-DD), or undefined for "from now". */
  firstDay?: string;
  /** The last day away (YYYY-MM-DD), included. */
  lastDay: string;
  /** Who covers, as written (a name or id). */
  delegate?: string;
}

/** The result of reading `away …`: the words, or why they cannot be read. */
export type AwayReading = { ok: true; words: AwayWords } | { ok: false; refusal: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const EXAMPLE = 'say, for example, `away until 14 Dec`, `away 14 Dec - 2 Jan` or `away until 14 Dec, delegate to Sam`';
/** The longest absence one line may declare: anything longer belongs in vigil.yaml. */
const MAX_DAYS = 366;
/** A yearless date this recently past is taken as meant in the past (and refused), not as next year's. */
const RECENT_PAST_DAYS = 60;

/** Reads the words after `away`, on `today` (YYYY-MM-DD, the declarer's date). */
export function readAway(args: string, today: string): AwayReading {
  let rest = args.trim().replace(/\s+/g, ' ');
  let delegate: string | undefined;
  const cover = /[,;]?\s*(?:(?:and\s+)?(?:delegate|delegated|delegating)(?:\s+to)?|covered\s+by|cover(?:ing)?\s*:?|with)\s+([\p{L}][\p{L}0-9'-]*(?:\s+(?!covering\b)[\p{L}][\p{L}'-]*)?)(?:\s+covering)?\s*$/iu.exec(rest);
  if (cover) {
    delegate = cover[1]!.trim();
    rest = rest.slice(0, cover.index).trim();
  }
  let forWhom: string | undefined;
  const who = /^for\s+([\p{L}][\p{L}0-9'-]*)\s+/iu.exec(rest);
  if (who && !/^for\s+(?:\d|a\s|an\s|one\s|two\s)/i.test(rest)) {
    forWhom = who[1]!;
    rest = rest.slice(who[0].length);
  }
  rest = rest.replace(/^(?:is\s+)?(?:on\s+leave|off|out)\s+/i, '');
  if (!rest) return { ok: false, refusal: `away until when? ${EXAMPLE}` };

  let firstText: string | undefined;
  let lastText: string;
  const until = /^(?:until|till|til|to|through)\s+(.+)$/i.exec(rest);
  const range = /^(?:from\s+)?(.+?)\s*(?:\s-\s|–|—|\s(?:to|until|till|through)\s)\s*(.+)$/i.exec(rest);
  if (until) lastText = until[1]!;
  else if (range) [firstText, lastText] = [range[1]!, range[2]!];
  // One day: `away tomorrow`, `away on 14 Dec`.
  else lastText = firstText = rest.replace(/^on\s+/i, '');

  const first: DateReading = firstText === undefined ? { ok: true, date: today, text: 'today' } : readDate(firstText, today, today);
  if (!first.ok) return first;
  const last = readDate(lastText, today, first.date);
  if (!last.ok) return last;
  if (first.date < today) return { ok: false, refusal: `${first.text} is past: an absence starts today or later (what was missed stays missed)` };
  if (last.date < today) return { ok: false, refusal: `${last.text} is past: say the last day you will be away, today or later` };
  if (last.date < first.date) return { ok: false, refusal: `${last.text} is before ${first.text}: say the first day away, then the last` };
  if (dayCount(first.date, last.date) > MAX_DAYS) return { ok: false, refusal: `that is more than a year away: ask your compliance lead to put it in vigil.yaml` };
  return { ok: true, words: { ...(forWhom ? { forWhom } : {}), ...(firstText !== undefined ? { firstDay: first.date } : {}), lastDay: last.date, ...(delegate ? { delegate } : {}) } };
}

type DateReading = { ok: true; date: string; text: string } | { ok: false; refusal: string };

/**
 * One date: `today`, `tomorrow`, "14 Dec", "Dec 14", "14th December 2026", "14/12", "14/12/2026",
 * "2026-12-14". Without a year, the next such day on or after `onOrAfter`, unless it was only
 * recently past (then refused as past).
 */
export function readDate(text: string, today: string, onOrAfter: string): DateReading {
  const t = text.trim().toLowerCase().replace(/[.,]$/, '');
  if (t === 'today') return { ok: true, date: today, text: 'today' };
  if (t === 'tomorrow') return { ok: true, date: addDays(today, 1), text: 'tomorrow' };
  let day: number | undefined;
  let month: number | undefined;
  let year: number | undefined;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t))) [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(?:\p{L}+\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(\p{L}+)(?:\s+(\d{4}))?$/u.exec(t))) [day, month, year] = [Number(m[1]), monthOf(m[2]!), m[3] ? Number(m[3]) : undefined];
  else if ((m = /^(\p{L}+)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$/u.exec(t))) [month, day, year] = [monthOf(m[1]!), Number(m[2]), m[3] ? Number(m[3]) : undefined];
  else if ((m = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/.exec(t))) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    // Day first, as in the UK; but 3/4 is also an American 4 March, so only an unmistakable one is taken.
    if (a <= 12 && b <= 12 && a !== b) {
      return { ok: false, refusal: `"${text.trim()}" could be ${a} ${monthName(b)} or ${b} ${monthName(a)}: write the month in words (${a} ${monthName(b)})` };
    }
    [day, month, year] = [a, b, m[3] ? (m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3])) : undefined];
  }
  if (day === undefined || month === undefined || Number.isNaN(month)) return { ok: false, refusal: `I could not read "${text.trim()}" as a date: ${EXAMPLE}` };
  if (year !== undefined) {
    const date = calendarDate(year, month, day);
    return date ? { ok: true, date, text: spoken(date) } : { ok: false, refusal: `there is no ${day} ${monthName(month)} ${year}` };
  }
  const thisYear = Number(onOrAfter.slice(0, 4));
  const candidate = calendarDate(thisYear, month, day) ?? calendarDate(thisYear + 1, month, day);
  if (!candidate && !(month === 2 && day === 29)) return { ok: false, refusal: `there is no ${day} ${monthName(month)}` };
  if (candidate && candidate >= onOrAfter) return { ok: true, date: candidate, text: spoken(candidate) };
  if (candidate && dayCount(candidate, today) <= RECENT_PAST_DAYS) return { ok: true, date: candidate, text: spoken(candidate) }; // refused as past by the caller
  for (let y = thisYear + 1; y <= thisYear + 4; y++) {
    const next = calendarDate(y, month, day);
    if (next && next >= onOrAfter) return { ok: true, date: next, text: spoken(next) };
  }
  return { ok: false, refusal: `I could not read "${text.trim()}" as a date: ${EXAMPLE}` };
}

function monthOf(word: string): number {
  const i = MONTHS.indexOf(word.slice(0, 3));
  // "sept" and whole names read as their first three letters; anything else is no month.
  return i >= 0 && (word.length === 3 || word === 'sept' || fullMonth(i).startsWith(word)) ? i + 1 : NaN;
}

function fullMonth(i: number): string {
  return ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'][i]!;
}

function monthName(month: number): string {
  return fullMonth(month - 1).slice(0, 1).toUpperCase() + fullMonth(month - 1).slice(1, 3);
}

/** YYYY-MM-DD, or undefined for a day the calendar does not have (30 Feb). */
function calendarDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return undefined;
  return d.toISOString().slice(0, 10);
}

/** "14 Dec 2026". */
function spoken(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${monthName(m)} ${y}`;
}

/** Days from `a` to `b` (YYYY-MM-DD), inclusive of neither end's difference: b - a. */
function dayCount(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
}

/** Today's date for someone in `zone` at `now`. */
export function todayIn(now: Date, zone: string): string {
  return localDate(now, zone);
}
