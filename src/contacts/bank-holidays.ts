/**
 * Bank holidays in England and Wales, from content/bank-holidays.json. A year is
 * listed only when its whole list was checked against GOV.UK, so a date in a year
 * that is not listed is "not known" (undefined), never silently "not a holiday".
 */
import shipped from '../../content/bank-holidays.json';
import type { Checked, Issue } from './issues';

export interface BankHolidayCalendar {
  source: string;
  checkedOn: string;
  /** Year -> ISO dates of every bank holiday in that year. */
  years: Record<string, string[]>;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date (not 2027-02-30), as a UTC Date. */
export function parseIsoDate(text: unknown): Date | undefined {
  if (typeof text !== 'string') return undefined;
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text ? date : undefined;
}

export function checkBankHolidays(raw: unknown): Checked<BankHolidayCalendar> {
  const issues: Issue[] = [];
  const file = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (file.division !== 'england-and-wales') {
    issues.push({ path: 'division', message: 'must be "england-and-wales"' });
  }
  if (typeof file.source !== 'string' || !file.source.startsWith('https://www.gov.uk/')) {
    issues.push({ path: 'source', message: 'must be the GOV.UK page the dates were checked on' });
  }
  if (!parseIsoDate(file.checkedOn)) issues.push({ path: 'checkedOn', message: 'must be a date' });
  const years: Record<string, string[]> = {};
  const rawYears = file.years;
  if (typeof rawYears !== 'object' || rawYears === null || Array.isArray(rawYears)) {
    issues.push({ path: 'years', message: 'must map each checked year to its dates' });
  } else {
    for (const [year, events] of Object.entries(rawYears)) {
      if (!/^\d{4}$/.test(year) || !Array.isArray(events)) {
        issues.push({ path: `years.${year}`, message: 'must be a year with a list of holidays' });
        continue;
      }
      years[year] = [];
      events.forEach((event: unknown, i) => {
        const { date, title } = (event ?? {}) as { date?: unknown; title?: unknown };
        const parsed = parseIsoDate(date);
        const path = `years.${year}.${i}`;
        if (!parsed || !String(date).startsWith(year)) {
          issues.push({ path, message: `date must be a real date in ${year}` });
        } else if (parsed.getUTCDay() === 0 || parsed.getUTCDay() === 6) {
          issues.push({ path, message: `${String(date)} is a weekend: use the substitute day` });
        } else if (typeof title !== 'string' || title.length === 0) {
          issues.push({ path, message: 'needs a title' });
        } else {
          years[year]!.push(String(date));
        }
      });
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: { source: String(file.source), checkedOn: String(file.checkedOn), years },
  };
}

function load(): BankHolidayCalendar {
  const checked = checkBankHolidays(shipped);
  if (checked.ok) return checked.value;
  // A broken file must not break the app: no year is known, and the app says so.
  console.warn('content/bank-holidays.json is not valid', checked.issues);
  return { source: 'https://www.gov.uk/bank-holidays', checkedOn: '', years: {} };
}

export const BANK_HOLIDAYS: BankHolidayCalendar = load();

/** True or false for a year the calendar covers; undefined when it does not. */
export function isBankHoliday(calendar: BankHolidayCalendar, isoDate: string): boolean | undefined {
  const dates = calendar.years[isoDate.slice(0, 4)];
  return dates ? dates.includes(isoDate) : undefined;
}
