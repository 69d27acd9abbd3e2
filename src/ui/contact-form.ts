/**
 * The contact form's values, turned into what checkContact() reads, and its
 * issues turned into one message key per field. The messages are the app's own
 * (contacts:errors.*), so they can be translated; checkContact's English text is
 * for the pack CLI.
 */
import { CONTACT_ROLES, LIMITS, type ContactRole, type LocalContact } from '../contacts/contact';
import { HOURS_KEYS, type HoursKey } from '../contacts/hours';
import type { Issue } from '../contacts/issues';

export type HoursMode = 'unknown' | 'always' | 'set';

export interface FormValues {
  id?: string | undefined;
  role: ContactRole | '';
  label: string;
  phone: string;
  web: string;
  staffName: string;
  notes: string;
  hoursMode: HoursMode;
  /** Each day's ranges as typed: "09:00-12:30, 13:30-17:00". */
  days: Record<HoursKey, string>;
}

const noDays = (): Record<HoursKey, string> =>
  Object.fromEntries(HOURS_KEYS.map((key) => [key, ''])) as Record<HoursKey, string>;

export const emptyForm = (): FormValues => ({
  role: '',
  label: '',
  phone: '',
  web: '',
  staffName: '',
  notes: '',
  hoursMode: 'unknown',
  days: noDays(),
});

/** 101 is the police non-emergency number everywhere in the UK. */
export const POLICE_NON_EMERGENCY = '101';

/** Choosing a role: police non-emergency fills in 101 when no number is typed yet. */
export function roleChange(values: FormValues, role: ContactRole): Partial<FormValues> {
  return role === 'police-non-emergency' && values.phone.trim() === ''
    ? { role, phone: POLICE_NON_EMERGENCY }
    : { role };
}

export function formFromContact(contact: LocalContact): FormValues {
  const days = noDays();
  if (contact.hours && contact.hours !== 'always') {
    for (const key of HOURS_KEYS) days[key] = (contact.hours[key] ?? []).join(', ');
  }
  return {
    id: contact.id,
    role: contact.role,
    label: contact.label,
    phone: contact.phone ?? '',
    web: contact.web ?? '',
    staffName: contact.staffName ?? '',
    notes: contact.notes ?? '',
    hoursMode:
      contact.hours === undefined ? 'unknown' : contact.hours === 'always' ? 'always' : 'set',
    days,
  };
}

/** What the store's save() takes; empty fields are left out. */
export function inputFromForm(values: FormValues): Record<string, unknown> {
  const input: Record<string, unknown> = { role: values.role, label: values.label };
  for (const key of ['phone', 'web', 'staffName', 'notes'] as const) {
    if (values[key].trim() !== '') input[key] = values[key];
  }
  if (values.hoursMode === 'always') input.hours = 'always';
  if (values.hoursMode === 'set') {
    const hours: Record<string, string[]> = {};
    for (const key of HOURS_KEYS) {
      const ranges = values.days[key]
        .split(',')
        .map((range) => range.trim())
        .filter(Boolean);
      if (ranges.length > 0) hours[key] = ranges;
    }
    input.hours = hours;
  }
  if (values.id) input.id = values.id;
  return input;
}

/** Form fields in page order; the id of each field's input (or first radio). */
export const FIELDS = [
  'role',
  'label',
  'phone',
  'web',
  'staffName',
  'notes',
  'hours',
  ...HOURS_KEYS.map((key) => `hours-${key}` as const),
] as const;
export type Field = (typeof FIELDS)[number];

export interface FieldError {
  /** contacts:errors.<key> */
  key: string;
  max?: number;
}

/** One error per field, in page order, from checkContact's issues. */
export function fieldErrors(issues: readonly Issue[], values: FormValues): Map<Field, FieldError> {
  const found = new Map<Field, FieldError>();
  const reachable = values.phone.trim() !== '' || values.web.trim() !== '';
  for (const { path } of issues) {
    const [first, day] = path.split('.');
    let field: Field | undefined;
    let error: FieldError | undefined;
    if (first === 'role') [field, error] = ['role', { key: 'role' }];
    else if (first === 'label') {
      field = 'label';
      error =
        values.label.trim() === ''
          ? { key: 'labelMissing' }
          : { key: 'labelInvalid', max: LIMITS.label };
    } else if (first === 'phone') {
      field = 'phone';
      error = reachable ? { key: 'phoneInvalid' } : { key: 'phoneMissing' };
    } else if (first === 'web') [field, error] = ['web', { key: 'webInvalid' }];
    else if (first === 'staffName') {
      [field, error] = ['staffName', { key: 'staffNameInvalid', max: LIMITS.staffName }];
    } else if (first === 'notes') {
      [field, error] = ['notes', { key: 'notesInvalid', max: LIMITS.notes }];
    } else if (first === 'hours') {
      const key = (HOURS_KEYS as readonly string[]).includes(day ?? '') ? day : undefined;
      field = key ? (`hours-${key}` as Field) : 'hours';
      error = key ? { key: 'hoursInvalid' } : { key: 'hoursNone' };
    }
    if (field && error && !found.has(field)) found.set(field, error);
  }
  return new Map(FIELDS.flatMap((f) => (found.has(f) ? [[f, found.get(f)!] as const] : [])));
}

export const isRole = (value: string): value is ContactRole =>
  (CONTACT_ROLES as readonly string[]).includes(value);
