import { describe, expect, it } from 'vitest';
import { checkPhone, telHref } from '../../src/contacts/phone';
import { checkHours } from '../../src/contacts/hours';
import { checkContact, checkWebAddress, LIMITS } from '../../src/contacts/contact';
import { localContactRoles } from '../../src/content/schema';
import { CONTACT_ROLES } from '../../src/contacts/contact';
import { DSL, FRONT_DOOR } from './contacts-fixtures';

const phone = (input: string) => {
  const result = checkPhone(input);
  return result.ok ? result.value : `error: ${result.issues[0]!.message}`;
};

describe('UK phone numbers', () => {
  it.each([
    ['02079460000', '020 7946 0000'],
    ['020-7946-0000', '020 7946 0000'],
    ['+44 (0)20 7946 0000', '020 7946 0000'],
    ['+44 20 7946 0000', '020 7946 0000'],
    ['0044 113 496 0000', '0113 496 0000'],
    ['01134960000', '0113 496 0000'],
    ['0161 496 0000', '0161 496 0000'],
    ['01632960000', '01632 960000'],
    ['07700900123', '07700 900123'],
    ['0300 123 4567', '0300 123 4567'],
    ['03069990000', '0306 999 0000'],
    ['08081570000', '0808 157 0000'],
    ['0800 1111', '0800 1111'],
    ['999', '999'],
    ['101', '101'],
    ['111', '111'],
    ['116123', '116 123'],
    ['116 000', '116 000'],
  ])('accepts %s as %s', (input, expected) => {
    expect(phone(input)).toBe(expected);
  });

  it.each([
    ['', /digits/],
    ['call the office', /digits/],
    ['020 7946 000', /11 digits; this one has 10/],
    ['020 7946 00000', /11 digits; this one has 12/],
    ['0909 879 0000', /starting 09 are not accepted/],
    ['0500 123 456', /starting 05/],
    ['112', /starts with 0/],
    ['1161234', /starts with 0/],
    ['+1 212 555 0100', /digits|starts with 0/],
  ])('rejects %j with a message', (input, message) => {
    expect(phone(input)).toMatch(message);
  });

  it('makes tel: links without spaces', () => {
    expect(telHref('020 7946 0000')).toBe('tel:02079460000');
  });
});

describe('web addresses', () => {
  it('accepts https and normalises', () => {
    const result = checkWebAddress(' https://www.example.gov.uk/report ');
    expect(result).toEqual({ ok: true, value: 'https://www.example.gov.uk/report' });
  });

  it.each([
    ['http://www.example.gov.uk/', /https/],
    ['javascript:alert(1)', /https/],
    ['www.example.gov.uk', /not a web address/],
    ['https://user:pw@example.gov.uk/', /user name or password/],
    ['https://intranet/', /public/],
    [`https://example.gov.uk/${'a'.repeat(LIMITS.web)}`, /longer than/],
  ])('rejects %s', (input, message) => {
    const result = checkWebAddress(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.message).toMatch(message);
  });
});

describe('opening hours', () => {
  it('accepts "always" and a weekly pattern, sorting ranges', () => {
    expect(checkHours('always')).toEqual({ ok: true, value: 'always' });
    expect(checkHours({ mon: ['13:00-17:00', '09:00-12:30'], sat: [], bankHoliday: [] })).toEqual({
      ok: true,
      value: { mon: ['09:00-12:30', '13:00-17:00'], sat: [], bankHoliday: [] },
    });
  });

  it('allows ranges that touch and the whole day', () => {
    expect(checkHours({ tue: ['00:00-09:00', '09:00-24:00'] }).ok).toBe(true);
  });

  it.each([
    [{ mon: ['17:00-09:00'] }, 'mon.0', /ends before it starts/],
    [{ mon: ['09:00-09:00'] }, 'mon.0', /ends before it starts/],
    [{ mon: ['09:00-12:00', '11:00-13:00'] }, 'mon', /09:00-12:00 overlaps 11:00-13:00/],
    [{ mon: ['25:00-26:00'] }, 'mon.0', /does not exist/],
    [{ mon: ['09:60-10:00'] }, 'mon.0', /does not exist/],
    [{ mon: ['24:30-24:45'] }, 'mon.0', /does not exist/],
    [{ mon: ['9:00-17:00'] }, 'mon.0', /not a time range/],
    [{ mon: '09:00-17:00' }, 'mon', /list/],
    [{ monday: ['09:00-17:00'] }, 'monday', /unknown day/],
    [{}, '', /no opening times/],
    [{ sat: [] }, '', /no opening times/],
    ['weekdays', '', /"always" or days/],
  ])('rejects %j at %s', (hours, path, message) => {
    const result = checkHours(hours);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0]!.path).toBe(path);
      expect(result.issues[0]!.message).toMatch(message);
    }
  });
});

describe('a local contact', () => {
  it('uses the pathway roles plus "other"', () => {
    expect(CONTACT_ROLES).toEqual([...localContactRoles, 'other']);
  });

  it('is accepted and normalised', () => {
    const result = checkContact({
      ...DSL,
      label: '  Designated safeguarding lead ',
      phone: '+44 7700 900123',
      notes: 'Line one\nLine two',
      web: '',
    });
    expect(result).toEqual({
      ok: true,
      value: { ...DSL, notes: 'Line one\nLine two' },
    });
  });

  it('needs a phone number or a web address', () => {
    const result = checkContact({ role: 'lado', label: 'LADO', phone: ' ' });
    expect(result).toEqual({
      ok: false,
      issues: [{ path: 'phone', message: 'give a phone number, a web address, or both' }],
    });
    expect(
      checkContact({ role: 'lado', label: 'LADO', web: 'https://lado.example.gov.uk/' }).ok,
    ).toBe(true);
  });

  it('reports a phone number that is not text once', () => {
    expect(checkContact({ role: 'police-non-emergency', label: 'Police', phone: 101 })).toEqual({
      ok: false,
      issues: [{ path: 'phone', message: 'must be text' }],
    });
  });

  it('reports every problem with the field it belongs to', () => {
    const result = checkContact({
      role: 'headteacher',
      label: '',
      phone: '0909 879 0000',
      web: 'http://example.gov.uk',
      hours: { mon: ['17:00-09:00'] },
      staffName: 'x'.repeat(LIMITS.staffName + 1),
      notes: 'n'.repeat(LIMITS.notes + 1),
      childName: 'must never be stored',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.issues.map((i) => i.path).sort();
    expect(paths).toEqual(
      ['childName', 'hours.mon.0', 'label', 'notes', 'phone', 'role', 'staffName', 'web'].sort(),
    );
  });

  it('keeps line breaks out of labels and hidden characters out of everything', () => {
    expect(checkContact({ ...FRONT_DOOR, label: 'Front\ndoor' }).ok).toBe(false);
    expect(checkContact({ ...FRONT_DOOR, notes: 'call \u202eodd' }).ok).toBe(false);
    expect(checkContact({ ...FRONT_DOOR, notes: 'bell\u0007' }).ok).toBe(false);
  });
});
