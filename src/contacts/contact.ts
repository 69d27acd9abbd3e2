/**
 * One local contact: who to call in the organisation or local area, never anything
 * about a child or family. checkContact() validates what a form or a pack gives
 * and returns it normalised (trimmed, phone spaced, hours sorted).
 */
import { localContactRoles } from '../content/roles';
import { checkHours, type WeeklyHours } from './hours';
import { checkPhone } from './phone';
import { at, type Checked, type Issue } from './issues';

/** The pathway's roles, plus "other" for free extra entries. */
export const CONTACT_ROLES = [...localContactRoles, 'other'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

export const LIMITS = { label: 80, staffName: 80, notes: 200, web: 300 } as const;
const MAX_RAW_INPUT = 400;

/** What a person types in, or a pack carries. */
export interface ContactDetails {
  role: ContactRole;
  label: string;
  phone?: string | undefined;
  web?: string | undefined;
  hours?: WeeklyHours | undefined;
  staffName?: string | undefined;
  notes?: string | undefined;
}

/** Where a stored contact came from; dropped when someone edits it on the device. */
export interface ContactOrigin {
  publisher: string;
  checkedOn: string;
  verified: boolean;
}

export interface LocalContact extends ContactDetails {
  id: string;
  origin?: ContactOrigin | undefined;
}

const KEYS = ['role', 'label', 'phone', 'web', 'hours', 'staffName', 'notes'] as const;

const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;

/** Control and bidi characters could hide text or break the layout; notes may have line breaks. */
export function hasControlCharacters(text: string, allowLineBreaks = false): boolean {
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (allowLineBreaks && (char === '\n' || char === '\r')) continue;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return BIDI_CONTROLS.test(text);
}

function checkText(
  value: unknown,
  max: number,
  { multiline = false } = {},
): Checked<string | undefined> {
  const fail = (message: string): Checked<string | undefined> => ({
    ok: false,
    issues: [{ path: '', message }],
  });
  if (value === undefined || value === null) return { ok: true, value: undefined };
  if (typeof value !== 'string') return fail('must be text');
  const text = value.trim();
  if (text.length > max) return fail(`is ${text.length} characters long; at most ${max}`);
  if (hasControlCharacters(text, multiline)) {
    return fail('contains characters that are not allowed here');
  }
  return { ok: true, value: text === '' ? undefined : text };
}

export function checkWebAddress(value: string): Checked<string> {
  const fail = (message: string): Checked<string> => ({
    ok: false,
    issues: [{ path: '', message }],
  });
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return fail('is not a web address; it should look like https://www.example.gov.uk/page');
  }
  if (url.protocol !== 'https:') return fail('must start with https://');
  if (url.username || url.password) return fail('must not contain a user name or password');
  if (!url.hostname.includes('.')) return fail('must be a public web address');
  if (url.href.length > LIMITS.web) return fail(`is longer than ${LIMITS.web} characters`);
  return { ok: true, value: url.href };
}

/** Only the fields a person enters: no id, no origin. */
export function detailsOf(contact: ContactDetails): ContactDetails {
  const { role, label, phone, web, hours, staffName, notes } = contact;
  const all = { role, label, phone, web, hours, staffName, notes };
  return Object.fromEntries(
    Object.entries(all).filter(([, value]) => value !== undefined),
  ) as unknown as ContactDetails;
}

export function checkContact(input: unknown): Checked<ContactDetails> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, issues: [{ path: '', message: 'a contact must be an object' }] };
  }
  const raw = input as Record<string, unknown>;
  const issues: Issue[] = [];
  for (const key of Object.keys(raw)) {
    if (!(KEYS as readonly string[]).includes(key)) {
      issues.push({ path: key, message: `unknown field; a contact has ${KEYS.join(', ')}` });
    }
  }

  const role = raw.role;
  if (typeof role !== 'string' || !(CONTACT_ROLES as readonly string[]).includes(role)) {
    issues.push({ path: 'role', message: `must be one of ${CONTACT_ROLES.join(', ')}` });
  }

  const take = <T>(key: string, checked: Checked<T>): T | undefined => {
    if (checked.ok) return checked.value;
    issues.push(...at(key, checked.issues));
    return undefined;
  };
  const label = take('label', checkText(raw.label, LIMITS.label));
  if (label === undefined && !issues.some((i) => i.path.startsWith('label'))) {
    issues.push({ path: 'label', message: 'is needed, e.g. "Children\'s services front door"' });
  }
  const staffName = take('staffName', checkText(raw.staffName, LIMITS.staffName));
  const notes = take('notes', checkText(raw.notes, LIMITS.notes, { multiline: true }));

  // Phone and web are length-checked again once normalised; this only bounds the raw input.
  const phoneText = take('phone', checkText(raw.phone, MAX_RAW_INPUT));
  const phone = phoneText === undefined ? undefined : take('phone', checkPhone(phoneText));
  const webText = take('web', checkText(raw.web, MAX_RAW_INPUT));
  const web = webText === undefined ? undefined : take('web', checkWebAddress(webText));
  const reachable = phoneText !== undefined || webText !== undefined;
  if (!reachable && !issues.some((i) => i.path === 'phone' || i.path === 'web')) {
    issues.push({ path: 'phone', message: 'give a phone number, a web address, or both' });
  }

  const hours = raw.hours == null ? undefined : take('hours', checkHours(raw.hours));

  if (issues.length > 0) return { ok: false, issues };
  const details: ContactDetails = { role: role as ContactRole, label: label! };
  if (phone !== undefined) details.phone = phone;
  if (web !== undefined) details.web = web;
  if (hours !== undefined) details.hours = hours;
  if (staffName !== undefined) details.staffName = staffName;
  if (notes !== undefined) details.notes = notes;
  return { ok: true, value: details };
}
