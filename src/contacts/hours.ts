/**
 * Opening hours as a weekly pattern in Europe/London time, written the way an
 * office would write them:
 *
 *   "always"                                     open 24 hours, every day
 *   { "mon": ["09:00-17:00"], "fri": ["09:00-16:30"], "bankHoliday": [] }
 *
 * A day that is missing is closed. Bank holidays are closed unless "bankHoliday"
 * gives hours. A range must end after it starts, so a service open overnight is
 * written as two ranges ("17:00-24:00" on Monday, "00:00-08:45" on Tuesday).
 */
import { DAYS, type LondonTime } from './london-time';
import type { Checked, Issue } from './issues';

export const HOURS_KEYS = [...DAYS, 'bankHoliday'] as const;
export type HoursKey = (typeof HOURS_KEYS)[number];
export type WeeklyHours = 'always' | Partial<Record<HoursKey, string[]>>;

const MAX_RANGES_PER_DAY = 6;
const RANGE = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/;

interface Range {
  from: number;
  to: number;
}

function toMinutes(hh: string, mm: string): number | undefined {
  const h = Number(hh);
  const m = Number(mm);
  if (m > 59 || h > 24 || (h === 24 && m !== 0)) return undefined;
  return h * 60 + m;
}

function parseRange(text: string): Range | string {
  const match = RANGE.exec(text.replace(/\s/g, '').replace(/[–—]/, '-'));
  if (!match) return `"${text}" is not a time range like 09:00-17:00`;
  const from = toMinutes(match[1]!, match[2]!);
  const to = toMinutes(match[3]!, match[4]!);
  if (from === undefined || to === undefined) {
    return `"${text}" has a time that does not exist: use 00:00 to 24:00`;
  }
  if (from >= to) {
    return `"${text}" ends before it starts: write overnight hours as two ranges, ending at 24:00 and starting at 00:00`;
  }
  return { from, to };
}

const format = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

function checkDay(value: unknown): Checked<string[]> {
  if (!Array.isArray(value)) {
    return { ok: false, issues: [{ path: '', message: 'must be a list of time ranges' }] };
  }
  if (value.length > MAX_RANGES_PER_DAY) {
    return {
      ok: false,
      issues: [{ path: '', message: `at most ${MAX_RANGES_PER_DAY} time ranges a day` }],
    };
  }
  const issues: Issue[] = [];
  const ranges: Range[] = [];
  value.forEach((item, i) => {
    const parsed =
      typeof item === 'string' ? parseRange(item) : 'must be a time range like 09:00-17:00';
    if (typeof parsed === 'string') issues.push({ path: String(i), message: parsed });
    else ranges.push(parsed);
  });
  if (issues.length > 0) return { ok: false, issues };
  ranges.sort((a, b) => a.from - b.from);
  for (let i = 1; i < ranges.length; i++) {
    const [prev, next] = [ranges[i - 1]!, ranges[i]!];
    if (next.from < prev.to) {
      issues.push({
        path: '',
        message: `${format(prev.from)}-${format(prev.to)} overlaps ${format(next.from)}-${format(next.to)}`,
      });
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: ranges.map((r) => `${format(r.from)}-${format(r.to)}`) };
}

/** Validates and normalises hours ("9:00" is not accepted; ranges are sorted). */
export function checkHours(value: unknown): Checked<WeeklyHours> {
  if (value === 'always') return { ok: true, value };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      issues: [
        {
          path: '',
          message: 'must be "always" or days with time ranges, e.g. {"mon": ["09:00-17:00"]}',
        },
      ],
    };
  }
  const issues: Issue[] = [];
  const hours: Partial<Record<HoursKey, string[]>> = {};
  for (const [key, ranges] of Object.entries(value)) {
    if (!(HOURS_KEYS as readonly string[]).includes(key)) {
      issues.push({ path: key, message: `unknown day; use ${HOURS_KEYS.join(', ')}` });
      continue;
    }
    const checked = checkDay(ranges);
    if (checked.ok) hours[key as HoursKey] = checked.value;
    else
      issues.push(
        ...checked.issues.map((i) => ({ ...i, path: i.path ? `${key}.${i.path}` : key })),
      );
  }
  if (issues.length === 0 && Object.values(hours).every((ranges) => ranges.length === 0)) {
    issues.push({
      path: '',
      message: 'no opening times given: leave hours out if they are not known',
    });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: hours };
}

/**
 * Whether hours (already checked) include a London wall-clock time. `bankHoliday`
 * is true, false, or undefined when the bank holiday list does not cover the date;
 * then the weekday pattern is used.
 */
export function isOpenAt(
  hours: WeeklyHours,
  time: LondonTime,
  bankHoliday: boolean | undefined,
): boolean {
  if (hours === 'always') return true;
  const key: HoursKey = bankHoliday ? 'bankHoliday' : time.day;
  return (hours[key] ?? []).some((text) => {
    const range = parseRange(text);
    return typeof range !== 'string' && range.from <= time.minutes && time.minutes < range.to;
  });
}
