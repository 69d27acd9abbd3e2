import { describe, expect, it } from 'vitest';
import { londonTime } from '../../src/contacts/london-time';
import {
  chooseSocialCareContact,
  contactsForRole,
  openState,
  type Reason,
} from '../../src/contacts/choose';
import { BANK_HOLIDAYS, checkBankHolidays, isBankHoliday } from '../../src/contacts/bank-holidays';
import shipped from '../../content/bank-holidays.json';
import type { LocalContact } from '../../src/contacts/contact';
import {
  asStored,
  DSL,
  DUTY_TEAM,
  FRONT_DOOR,
  NO_HOLIDAYS_KNOWN,
  TEST_HOLIDAYS,
} from './contacts-fixtures';

const frontDoor = asStored(FRONT_DOOR, 'front');
const dutyTeam = asStored(DUTY_TEAM, 'duty');
const dsl = asStored(DSL, 'dsl');
const contacts = [dsl, dutyTeam, frontDoor];

const choose = (iso: string, list: LocalContact[] = contacts, holidays = TEST_HOLIDAYS) =>
  chooseSocialCareContact(list, { now: new Date(iso), holidays });

describe('London time', () => {
  it.each([
    // winter: London is on GMT (UTC+0)
    ['2026-11-18T10:00:00Z', { date: '2026-11-18', day: 'wed', minutes: 600 }],
    // summer: London is on BST (UTC+1)
    ['2026-07-15T23:30:00Z', { date: '2026-07-16', day: 'thu', minutes: 30 }],
    // 29 March 2026: clocks go forward at 01:00 GMT, straight to 02:00 BST
    ['2026-03-29T00:59:00Z', { date: '2026-03-29', day: 'sun', minutes: 59 }],
    ['2026-03-29T01:00:00Z', { date: '2026-03-29', day: 'sun', minutes: 120 }],
    // 25 October 2026: clocks go back at 02:00 BST, so 01:30 happens twice
    ['2026-10-25T00:30:00Z', { date: '2026-10-25', day: 'sun', minutes: 90 }],
    ['2026-10-25T01:30:00Z', { date: '2026-10-25', day: 'sun', minutes: 90 }],
    ['2026-10-25T02:30:00Z', { date: '2026-10-25', day: 'sun', minutes: 150 }],
  ])('%s is %j', (iso, expected) => {
    expect(londonTime(new Date(iso))).toEqual(expected);
  });
});

describe('which contact is open now', () => {
  it.each<[string, string, Reason, string | undefined]>([
    ['a weekday morning', '2026-11-18T10:00:00Z', 'office-hours', 'front'],
    ['a weekday at 16:59', '2026-11-18T16:59:00Z', 'office-hours', 'front'],
    ['a weekday at 17:00', '2026-11-18T17:00:00Z', 'out-of-hours', 'duty'],
    ['a weekday evening at 21:00', '2026-11-18T21:00:00Z', 'out-of-hours', 'duty'],
    ['a weekday before opening', '2026-11-18T08:59:00Z', 'out-of-hours', 'duty'],
    ['a Friday at 16:45 (closes 16:30)', '2026-11-20T16:45:00Z', 'out-of-hours', 'duty'],
    ['a Saturday morning', '2026-11-21T10:00:00Z', 'weekend', 'duty'],
    ['a Sunday afternoon', '2026-11-22T14:00:00Z', 'weekend', 'duty'],
    ['a bank holiday Monday morning', '2026-12-28T10:00:00Z', 'bank-holiday', 'duty'],
    ['the day after a bank holiday', '2026-12-29T10:00:00Z', 'office-hours', 'front'],
  ])('%s', (_, iso, reason, id) => {
    const choice = choose(iso);
    expect(choice.reason).toBe(reason);
    expect(choice.contact?.id).toBe(id);
    expect(choice.emergency).toBe('999');
    expect(choice.holidaysKnown).toBe(true);
  });

  it('says why, in words', () => {
    expect(choose('2026-11-18T21:00:00Z').message).toBe(
      'Out of hours: call the emergency duty team.',
    );
    expect(choose('2026-11-18T10:00:00Z').message).toMatch(/^Office hours: call the children/);
  });

  it('lists the other contacts for the same job, not unrelated ones', () => {
    expect(choose('2026-11-18T21:00:00Z').others.map((c) => c.id)).toEqual(['front']);
  });

  it('reads hours on the London clock in summer (BST), not UTC', () => {
    // 08:30 UTC is 09:30 BST: open. 16:30 UTC is 17:30 BST: closed.
    expect(choose('2026-07-15T08:30:00Z').reason).toBe('office-hours');
    expect(choose('2026-07-15T16:30:00Z').reason).toBe('out-of-hours');
  });

  it('is right on the Monday after the clocks go forward', () => {
    // Monday 30 March 2026: 08:15 UTC is 09:15 BST.
    expect(choose('2026-03-30T07:59:00Z').reason).toBe('out-of-hours');
    expect(choose('2026-03-30T08:15:00Z').reason).toBe('office-hours');
    expect(choose('2026-03-30T15:59:00Z').reason).toBe('office-hours');
    expect(choose('2026-03-30T16:00:00Z').reason).toBe('out-of-hours');
  });

  it('is right on the Monday after the clocks go back', () => {
    // Monday 26 October 2026: GMT again, 08:30 UTC is 08:30.
    expect(choose('2026-10-26T08:30:00Z').reason).toBe('out-of-hours');
    expect(choose('2026-10-26T09:00:00Z').reason).toBe('office-hours');
    expect(choose('2026-10-26T17:00:00Z').reason).toBe('out-of-hours');
  });

  it('handles the missing and the repeated hour on both clock-change Sundays', () => {
    const night = asStored({ ...DUTY_TEAM, hours: { sun: ['01:00-02:00'] } }, 'night');
    const at = (iso: string) => openState(night, { now: new Date(iso), holidays: TEST_HOLIDAYS });
    // 29 March: 01:00–02:00 never happens on the London clock.
    expect(at('2026-03-29T00:30:00Z')).toBe('closed'); // 00:30 GMT
    expect(at('2026-03-29T01:30:00Z')).toBe('closed'); // 02:30 BST
    // 25 October: 01:00–02:00 happens twice, and is open both times.
    expect(at('2026-10-25T00:30:00Z')).toBe('open'); // 01:30 BST
    expect(at('2026-10-25T01:30:00Z')).toBe('open'); // 01:30 GMT
    expect(at('2026-10-25T02:30:00Z')).toBe('closed'); // 02:30 GMT
  });

  it('says when the bank holiday list does not cover today', () => {
    const choice = choose('2026-12-28T10:00:00Z', contacts, NO_HOLIDAYS_KNOWN);
    expect(choice.holidaysKnown).toBe(false);
    expect(choice.reason).toBe('office-hours');
  });

  it('opens on a bank holiday only when bankHoliday hours are given', () => {
    const always = asStored({ ...FRONT_DOOR, hours: 'always' }, 'always');
    const holidayHours = asStored(
      { ...FRONT_DOOR, hours: { mon: ['09:00-17:00'], bankHoliday: ['10:00-14:00'] } },
      'holiday',
    );
    const at = (contact: LocalContact, iso: string) =>
      openState(contact, { now: new Date(iso), holidays: TEST_HOLIDAYS });
    expect(at(frontDoor, '2026-12-28T10:00:00Z')).toBe('closed');
    expect(at(always, '2026-12-28T10:00:00Z')).toBe('open');
    expect(at(holidayHours, '2026-12-28T09:30:00Z')).toBe('closed');
    expect(at(holidayHours, '2026-12-28T11:00:00Z')).toBe('open');
  });

  it('falls back sensibly when contacts or hours are missing', () => {
    expect(choose('2026-11-18T10:00:00Z', [dsl]).reason).toBe('no-contacts');
    expect(choose('2026-11-18T21:00:00Z', [dutyTeam]).reason).toBe('duty-team-only');
    expect(choose('2026-11-18T10:00:00Z', [dutyTeam]).reason).toBe('none-open');
    expect(choose('2026-11-18T21:00:00Z', [frontDoor])).toMatchObject({
      reason: 'front-door-only',
      contact: undefined,
    });
    const noHours = asStored({ ...FRONT_DOOR, hours: undefined }, 'nohours');
    expect(choose('2026-11-18T21:00:00Z', [noHours, dutyTeam])).toMatchObject({
      reason: 'front-door-hours-unknown',
      contact: noHours,
    });
    const dutyNoHours = asStored({ ...DUTY_TEAM, hours: undefined }, 'dutynohours');
    expect(choose('2026-11-21T10:00:00Z', [frontDoor, dutyNoHours]).contact).toBe(dutyNoHours);
    const dutyDaytime = asStored({ ...DUTY_TEAM, hours: { wed: ['09:00-10:00'] } }, 'odd');
    expect(choose('2026-11-18T21:00:00Z', [frontDoor, dutyDaytime]).reason).toBe('none-open');
  });

  it('lists contacts for a role, open ones first', () => {
    const lado = asStored({ role: 'lado', label: 'LADO', phone: '020 7946 0003' }, 'lado');
    const ladoOffice = asStored(
      { role: 'lado', label: 'LADO office', phone: '020 7946 0004', hours: FRONT_DOOR.hours },
      'lado-office',
    );
    const listed = contactsForRole([lado, ladoOffice, dsl], 'lado', {
      now: new Date('2026-11-18T10:00:00Z'),
      holidays: TEST_HOLIDAYS,
    });
    expect(listed.map((l) => [l.contact.id, l.state])).toEqual([
      ['lado-office', 'open'],
      ['lado', 'unknown'],
    ]);
  });
});

describe('bank holidays file', () => {
  it('is valid and cites GOV.UK', () => {
    const checked = checkBankHolidays(shipped);
    expect(checked.ok).toBe(true);
    expect(BANK_HOLIDAYS.source).toBe('https://www.gov.uk/bank-holidays');
    expect(BANK_HOLIDAYS.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('answers "not known" for a year it does not list', () => {
    expect(isBankHoliday(TEST_HOLIDAYS, '2026-12-28')).toBe(true);
    expect(isBankHoliday(TEST_HOLIDAYS, '2026-12-29')).toBe(false);
    expect(isBankHoliday(TEST_HOLIDAYS, '2031-12-25')).toBeUndefined();
  });

  it('rejects impossible and weekend dates', () => {
    const file = (dates: string[]) => ({
      division: 'england-and-wales',
      source: 'https://www.gov.uk/bank-holidays',
      checkedOn: '2026-11-22',
      years: { '2026': dates.map((date) => ({ date, title: 'Test' })) },
    });
    expect(checkBankHolidays(file(['2026-02-30'])).ok).toBe(false);
    expect(checkBankHolidays(file(['2027-01-01'])).ok).toBe(false);
    expect(checkBankHolidays(file(['2026-12-26'])).ok).toBe(false); // a Saturday
    expect(checkBankHolidays(file(['2026-12-28'])).ok).toBe(true);
  });
});
