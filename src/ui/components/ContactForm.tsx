import { useEffect, useRef, useState } from 'preact/hooks';
import { CONTACT_ROLES, LIMITS } from '../../contacts/contact';
import { HOURS_KEYS } from '../../contacts/hours';
import type { ContactsStore } from '../../contacts/store';
import type { LocalContact } from '../../contacts/contact';
import {
  fieldErrors,
  inputFromForm,
  roleChange,
  type Field,
  type FieldError,
  type FormValues,
  type HoursMode,
} from '../contact-form';
import { useText } from '../text';
import { ErrorMessage, ErrorSummary } from './ErrorSummary';

type TextKey = 'label' | 'phone' | 'web' | 'staffName' | 'notes';

const INPUT_TYPES: Record<
  TextKey,
  { type: 'text' | 'tel' | 'url'; autocomplete: string; max: number }
> = {
  label: { type: 'text', autocomplete: 'off', max: LIMITS.label },
  phone: { type: 'tel', autocomplete: 'off', max: 40 },
  web: { type: 'url', autocomplete: 'off', max: LIMITS.web },
  staffName: { type: 'text', autocomplete: 'off', max: LIMITS.staffName },
  notes: { type: 'text', autocomplete: 'off', max: LIMITS.notes },
};

const HOURS_MODES: HoursMode[] = ['unknown', 'always', 'set'];

/** Add or change one contact. Nothing is saved until every field checks out. */
export function ContactForm({
  initial,
  publisher,
  store,
  onSaved,
  onCancel,
}: {
  initial: FormValues;
  /** The pack this contact came from: a change makes it the editor's own. */
  publisher?: string | undefined;
  store: ContactsStore;
  onSaved: (contact: LocalContact) => void;
  onCancel: () => void;
}) {
  const t = useText();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState(new Map<Field, FieldError>());
  const [saving, setSaving] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const set = (patch: Partial<FormValues>) => setValues((v) => ({ ...v, ...patch }));
  const message = (field: Field) => {
    const error = errors.get(field);
    return error && t(`contacts:errors.${error.key}`, { max: error.max });
  };
  const describedBy = (field: Field, hint: boolean) =>
    [hint ? `${field}-hint` : '', errors.has(field) ? `${field}-error` : '']
      .filter(Boolean)
      .join(' ') || undefined;

  const submit = async (event: Event) => {
    event.preventDefault();
    setSaving(true);
    const result = await store.save(
      inputFromForm(values) as unknown as Parameters<ContactsStore['save']>[0],
    );
    setSaving(false);
    if (result.ok) onSaved(result.contact);
    else {
      setErrors(fieldErrors(result.issues, values));
      setAttempt((n) => n + 1);
    }
  };

  const firstInput = (field: Field) =>
    field === 'role' ? `role-${CONTACT_ROLES[0]}` : field === 'hours' ? 'hours-unknown' : field;

  const textField = (key: TextKey, hint: boolean) => {
    const { type, autocomplete, max } = INPUT_TYPES[key];
    const error = message(key);
    const props = {
      id: key,
      name: key,
      class: `input${error ? ' input--error' : ''}`,
      value: values[key],
      maxLength: max,
      autocomplete,
      spellcheck: key === 'notes' || key === 'label',
      'aria-describedby': describedBy(key, hint),
      'aria-invalid': error ? ('true' as const) : undefined,
      onInput: (e: Event) => set({ [key]: (e.target as HTMLInputElement).value }),
    };
    return (
      <div class={`form-group${error ? ' form-group--error' : ''}`}>
        <label class="label" for={key}>
          {t(`contacts:form.${key}`)}
        </label>
        {hint && (
          <p class="hint" id={`${key}-hint`}>
            {t(`contacts:form.${key}Hint`)}
          </p>
        )}
        <ErrorMessage id={`${key}-error`} message={error} />
        {key === 'notes' ? (
          <textarea {...props} rows={3} />
        ) : (
          <input {...props} type={type as 'text'} />
        )}
      </div>
    );
  };

  const roleError = message('role');
  const hoursError = message('hours');
  return (
    <form class="contact-form" noValidate onSubmit={(e) => void submit(e)}>
      <h2 class="heading-l" tabIndex={-1} ref={headingRef}>
        {t(values.id ? 'contacts:form.editTitle' : 'contacts:form.addTitle')}
      </h2>
      {publisher && <p class="hint">{t('contacts:form.fromPack', { publisher })}</p>}
      <ErrorSummary
        title={t('contacts:errors.summary')}
        attempt={attempt}
        errors={[...errors.keys()].map((field) => ({
          href: firstInput(field),
          message: message(field)!,
        }))}
      />
      <fieldset
        class={`fieldset${roleError ? ' form-group--error' : ''}`}
        aria-describedby={roleError ? 'role-error' : undefined}
      >
        <legend class="fieldset__legend">{t('contacts:form.role')}</legend>
        <ErrorMessage id="role-error" message={roleError} />
        <div class="radios">
          {CONTACT_ROLES.map((role) => (
            <div class="radios__item" key={role}>
              <input
                class="radios__input"
                type="radio"
                id={`role-${role}`}
                name="role"
                value={role}
                checked={values.role === role}
                onChange={() => set(roleChange(values, role))}
              />
              <label class="radios__label" for={`role-${role}`}>
                {t(`contacts:roles.${role}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      {textField('label', true)}
      {textField('phone', true)}
      {textField('web', true)}
      {textField('staffName', true)}
      {textField('notes', true)}
      <fieldset
        class={`fieldset${hoursError ? ' form-group--error' : ''}`}
        aria-describedby={describedBy('hours', true)}
      >
        <legend class="fieldset__legend">{t('contacts:form.hours')}</legend>
        <p class="hint" id="hours-hint">
          {t('contacts:form.hoursHint')}
        </p>
        <ErrorMessage id="hours-error" message={hoursError} />
        <div class="radios">
          {HOURS_MODES.map((mode) => (
            <div class="radios__item" key={mode}>
              <input
                class="radios__input"
                type="radio"
                id={`hours-${mode}`}
                name="hours-mode"
                value={mode}
                checked={values.hoursMode === mode}
                onChange={() => set({ hoursMode: mode })}
              />
              <label class="radios__label" for={`hours-${mode}`}>
                {t(`contacts:form.hours${mode[0]!.toUpperCase()}${mode.slice(1)}`)}
              </label>
            </div>
          ))}
        </div>
        {values.hoursMode === 'set' && (
          <div class="contact-form__days">
            <p class="hint" id="days-hint">
              {t('contacts:form.daysHint')}
            </p>
            {HOURS_KEYS.map((key) => {
              const field = `hours-${key}` as Field;
              const error = message(field);
              return (
                <div class={`form-group${error ? ' form-group--error' : ''}`} key={key}>
                  <label class="label label--s" for={field}>
                    {t(`contacts:days.${key}`)}
                  </label>
                  <ErrorMessage id={`${field}-error`} message={error} />
                  <input
                    class={`input input--short${error ? ' input--error' : ''}`}
                    id={field}
                    name={field}
                    type="text"
                    autocomplete="off"
                    spellcheck={false}
                    maxLength={100}
                    value={values.days[key]}
                    aria-describedby={['days-hint', error ? `${field}-error` : '']
                      .filter(Boolean)
                      .join(' ')}
                    aria-invalid={error ? 'true' : undefined}
                    onInput={(e) =>
                      set({
                        days: { ...values.days, [key]: (e.target as HTMLInputElement).value },
                      })
                    }
                  />
                </div>
              );
            })}
          </div>
        )}
      </fieldset>
      <div class="button-group">
        <button type="submit" class="button" disabled={saving}>
          {t('contacts:form.save')}
        </button>
        <button type="button" class="button button--secondary" onClick={onCancel}>
          {t('contacts:form.cancel')}
        </button>
      </div>
    </form>
  );
}
