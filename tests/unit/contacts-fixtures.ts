/**
 * Shared test data. Phone numbers are from Ofcom's ranges for drama and
 * examples (020 7946 0xxx, 0113 496 0xxx, 07700 900xxx), so none rings anyone.
 * The bank holiday calendar is a test fixture, not real data.
 */
import type { BankHolidayCalendar } from '../../src/contacts/bank-holidays';
import type { ContactDetails, LocalContact } from '../../src/contacts/contact';

export const FRONT_DOOR: ContactDetails = {
  role: 'front-door',
  label: "Children's services front door (MASH)",
  phone: '020 7946 0001',
  web: 'https://www.example.gov.uk/report-a-concern',
  hours: {
    mon: ['09:00-17:00'],
    tue: ['09:00-17:00'],
    wed: ['09:00-17:00'],
    thu: ['09:00-17:00'],
    fri: ['09:00-16:30'],
  },
};

export const DUTY_TEAM: ContactDetails = {
  role: 'emergency-duty-team',
  label: 'Emergency duty team',
  phone: '020 7946 0002',
  hours: {
    mon: ['00:00-09:00', '17:00-24:00'],
    tue: ['00:00-09:00', '17:00-24:00'],
    wed: ['00:00-09:00', '17:00-24:00'],
    thu: ['00:00-09:00', '17:00-24:00'],
    fri: ['00:00-09:00', '16:30-24:00'],
    sat: ['00:00-24:00'],
    sun: ['00:00-24:00'],
    bankHoliday: ['00:00-24:00'],
  },
};

export const DSL: ContactDetails = {
  role: 'dsl',
  label: 'Designated safeguarding lead',
  phone: '07700 900123',
  staffName: 'A. Example',
  notes: 'If the DSL is away, ask the office for the deputy DSL.',
};

export const asStored = (details: ContactDetails, id: string): LocalContact => ({ ...details, id });

/** A fixture: 2026 has one bank holiday listed, on Monday 28 December. */
export const TEST_HOLIDAYS: BankHolidayCalendar = {
  source: 'https://www.gov.uk/bank-holidays',
  checkedOn: '2026-11-22',
  years: { '2026': ['2026-12-28'] },
};

export const NO_HOLIDAYS_KNOWN: BankHolidayCalendar = { ...TEST_HOLIDAYS, years: {} };
