/**
 * Wall-clock time in Europe/London for an instant, whatever the device's own time
 * zone. Intl applies the GMT/BST changes, so opening hours are read as the clock on
 * the office wall shows them, including on the two clock-change Sundays.
 */
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];

export interface LondonTime {
  /** Local calendar date, YYYY-MM-DD. */
  date: string;
  day: Day;
  /** Minutes since local midnight, 0–1439. */
  minutes: number;
}

const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'short',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export function londonTime(instant: Date): LondonTime {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of formatter.formatToParts(instant)) parts[part.type] = part.value;
  const day = parts.weekday?.toLowerCase().slice(0, 3) as Day;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    day,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}
