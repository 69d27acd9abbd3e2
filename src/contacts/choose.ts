/**
 * Which local contact to call now, and why. Times are read on the London clock
 * (see london-time.ts) and bank holidays come from content/bank-holidays.json.
 * Immediate danger is always 999, whatever this says: the app shows 999 on every page.
 */
import { BANK_HOLIDAYS, isBankHoliday, type BankHolidayCalendar } from './bank-holidays';
import type { ContactRole, LocalContact } from './contact';
import { isOpenAt } from './hours';
import { londonTime, type LondonTime } from './london-time';

export type OpenState = 'open' | 'closed' | 'unknown';

export interface WhenOptions {
  now?: Date;
  holidays?: BankHolidayCalendar;
}

interface Moment {
  time: LondonTime;
  /** undefined: the bank holiday list does not cover this date. */
  bankHoliday: boolean | undefined;
}

function moment({ now = new Date(), holidays = BANK_HOLIDAYS }: WhenOptions): Moment {
  const time = londonTime(now);
  return { time, bankHoliday: isBankHoliday(holidays, time.date) };
}

const stateAt = (contact: LocalContact, at: Moment): OpenState =>
  contact.hours === undefined
    ? 'unknown'
    : isOpenAt(contact.hours, at.time, at.bankHoliday)
      ? 'open'
      : 'closed';

/** Open, closed, or unknown (no hours given) at a moment. */
export const openState = (contact: LocalContact, options: WhenOptions = {}): OpenState =>
  stateAt(contact, moment(options));

export type Reason =
  | 'office-hours'
  | 'out-of-hours'
  | 'weekend'
  | 'bank-holiday'
  | 'front-door-hours-unknown'
  | 'duty-team-only'
  | 'front-door-only'
  | 'none-open'
  | 'no-contacts';

/** English text for each reason; the UI may show its own translation of the code instead. */
export const REASON_TEXT: Record<Reason, string> = {
  'office-hours': "Office hours: call the children's social care front door.",
  'out-of-hours': 'Out of hours: call the emergency duty team.',
  weekend: 'Weekend: call the emergency duty team.',
  'bank-holiday': 'Bank holiday: call the emergency duty team.',
  'front-door-hours-unknown':
    "The front door's opening hours are not set: call it, and if nobody answers, call the emergency duty team.",
  'duty-team-only': 'Call the emergency duty team (no front door number is set up).',
  'front-door-only':
    'The front door is closed now and no emergency duty team number is set up. Add one in settings.',
  'none-open': 'None of your local children’s social care contacts is open now.',
  'no-contacts': 'No local children’s social care contacts are set up on this device.',
};

export interface Choice {
  /** The contact to call now, if there is one. */
  contact?: LocalContact | undefined;
  reason: Reason;
  message: string;
  /** The other contacts for the same job, to show below the choice. */
  others: LocalContact[];
  /**
   * False when the bank holiday list does not cover today: the choice assumed a
   * normal day, so the UI should say "if it is a bank holiday, call the duty team".
   */
  holidaysKnown: boolean;
  /** Always 999 for immediate danger. */
  emergency: '999';
}

const byRole = (contacts: readonly LocalContact[], role: ContactRole) =>
  contacts.filter((c) => c.role === role);

/**
 * Children's social care: the front door (MASH) when it is open, the emergency
 * duty team when it is not. A duty team with no hours given counts as open out of
 * hours, since that is what it is for.
 */
export function chooseSocialCareContact(
  contacts: readonly LocalContact[],
  options: WhenOptions = {},
): Choice {
  const at = moment(options);
  const frontDoors = byRole(contacts, 'front-door');
  const dutyTeams = byRole(contacts, 'emergency-duty-team');
  const all = [...frontDoors, ...dutyTeams];
  const choose = (reason: Reason, contact?: LocalContact): Choice => ({
    contact,
    reason,
    message: REASON_TEXT[reason],
    others: all.filter((c) => c !== contact),
    holidaysKnown: at.bankHoliday !== undefined,
    emergency: '999',
  });

  if (all.length === 0) return choose('no-contacts');
  const openDoor = frontDoors.find((c) => stateAt(c, at) === 'open');
  if (openDoor) return choose('office-hours', openDoor);
  const dutyTeam =
    dutyTeams.find((c) => stateAt(c, at) === 'open') ??
    dutyTeams.find((c) => stateAt(c, at) === 'unknown');
  const unknownDoor = frontDoors.find((c) => stateAt(c, at) === 'unknown');
  if (unknownDoor) return choose('front-door-hours-unknown', unknownDoor);
  if (dutyTeam) {
    if (frontDoors.length === 0) return choose('duty-team-only', dutyTeam);
    if (at.bankHoliday) return choose('bank-holiday', dutyTeam);
    const weekend = at.time.day === 'sat' || at.time.day === 'sun';
    return choose(weekend ? 'weekend' : 'out-of-hours', dutyTeam);
  }
  if (dutyTeams.length === 0) return choose('front-door-only');
  return choose('none-open');
}

/** Contacts with a role, open ones first, each with its state now. */
export function contactsForRole(
  contacts: readonly LocalContact[],
  role: ContactRole,
  options: WhenOptions = {},
): { contact: LocalContact; state: OpenState }[] {
  const at = moment(options);
  const rank: Record<OpenState, number> = { open: 0, unknown: 1, closed: 2 };
  return byRole(contacts, role)
    .map((contact) => ({ contact, state: stateAt(contact, at) }))
    .sort((a, b) => rank[a.state] - rank[b.state]);
}
