// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import type { i18n } from 'i18next';
import { createI18n, loadAllNamespaces } from '../../src/i18n';
import { TextContext } from '../../src/ui/text';
import { checkContact } from '../../src/contacts/contact';
import { readPack } from '../../src/contacts/import';
import { createPack, packToJson } from '../../src/contacts/pack';
import { generateKeyPair, signPack } from '../../src/contacts/signing';
import {
  emptyForm,
  fieldErrors,
  formFromContact,
  inputFromForm,
  roleChange,
  type FormValues,
} from '../../src/ui/contact-form';
import { contactsStore } from '../../src/ui/contacts-store';
import { PackPreview } from '../../src/ui/components/PackPreview';
import { LocalContacts } from '../../src/ui/components/LocalContacts';
import { HoursText } from '../../src/ui/components/ContactDetails';
import ContactsPage from '../../src/ui/pages/ContactsPage';
import { asStored, DSL, DUTY_TEAM, FRONT_DOOR } from './contacts-fixtures';

let i18n: i18n;
beforeAll(async () => {
  i18n = await createI18n('en');
  await loadAllNamespaces(i18n);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const withText = (children: ComponentChildren) =>
  render(
    <TextContext.Provider
      value={{ t: i18n.t.bind(i18n), lang: 'en', ensure: async () => undefined, has: () => true }}
    >
      {children}
    </TextContext.Provider>,
  );

const errorsOf = (values: FormValues) => {
  const checked = checkContact(inputFromForm(values));
  return checked.ok ? new Map() : fieldErrors(checked.issues, values);
};

describe('the contact form’s values and errors', () => {
  it('fills in 101 for police non-emergency, but never over a number already typed', () => {
    expect(roleChange(emptyForm(), 'police-non-emergency')).toEqual({
      role: 'police-non-emergency',
      phone: '101',
    });
    const typed = { ...emptyForm(), phone: '01632 960123' };
    expect(roleChange(typed, 'police-non-emergency')).toEqual({ role: 'police-non-emergency' });
    expect(roleChange(emptyForm(), 'lado')).toEqual({ role: 'lado' });
    expect(
      checkContact(
        inputFromForm({
          ...emptyForm(),
          label: 'Police',
          ...roleChange(emptyForm(), 'police-non-emergency'),
        }),
      ).ok,
    ).toBe(true);
  });

  it('gives one error per field, in page order, for an empty form', () => {
    expect([...errorsOf(emptyForm())]).toEqual([
      ['role', { key: 'role' }],
      ['label', { key: 'labelMissing' }],
      ['phone', { key: 'phoneMissing' }],
    ]);
  });

  it('tells a missing number from a wrong one, and names the day with bad hours', () => {
    const values: FormValues = {
      ...emptyForm(),
      role: 'front-door',
      label: 'Front door',
      phone: '12345',
      web: 'http://example.gov.uk',
      hoursMode: 'set',
      days: { ...emptyForm().days, mon: '09:00-17:00', wed: '9-5' },
    };
    expect([...errorsOf(values).keys()]).toEqual(['phone', 'web', 'hours-wed']);
    expect(errorsOf(values).get('phone')).toEqual({ key: 'phoneInvalid' });
  });

  it('asks for at least one day when set times are chosen but none given', () => {
    const values: FormValues = {
      ...emptyForm(),
      role: 'dsl',
      label: 'DSL',
      phone: '07700 900123',
      hoursMode: 'set',
    };
    expect([...errorsOf(values)]).toEqual([['hours', { key: 'hoursNone' }]]);
  });

  it('turns a stored contact into the form and back without change', () => {
    for (const details of [FRONT_DOOR, DUTY_TEAM, DSL, { ...DSL, hours: 'always' as const }]) {
      const { id, ...input } = inputFromForm(formFromContact(asStored(details, 'id-1')));
      expect(id).toBe('id-1');
      expect(checkContact(input)).toEqual({ ok: true, value: details });
    }
  });
});

describe('opening hours as text', () => {
  const lines = (hours: (typeof FRONT_DOOR)['hours']) => {
    withText(<HoursText hours={hours} />);
    const list = screen.queryByRole('list');
    const result = list
      ? within(list)
          .getAllByRole('listitem')
          .map((li) => li.textContent)
      : [];
    cleanup();
    return result;
  };

  it('lists the open days, then says when it is closed', () => {
    expect(lines(FRONT_DOOR.hours)).toEqual([
      'Monday: 09:00-17:00',
      'Tuesday: 09:00-17:00',
      'Wednesday: 09:00-17:00',
      'Thursday: 09:00-17:00',
      'Friday: 09:00-16:30',
      'Closed on other days and on bank holidays.',
    ]);
    const duty = lines(DUTY_TEAM.hours);
    expect(duty).toHaveLength(8);
    expect(duty.at(-1)).toBe('Bank holidays: 00:00-24:00');
    const weekOnly = { ...(DUTY_TEAM.hours as Record<string, string[]>) };
    delete weekOnly.bankHoliday;
    expect(lines(weekOnly).at(-1)).toBe('Closed on bank holidays.');
  });
});

describe('the pack preview', () => {
  const pack = createPack('Anytown Council', '2026-11-20', [FRONT_DOOR, DUTY_TEAM]);
  if (!pack.ok) throw new Error(pack.message);

  async function preview(trustKey: boolean) {
    const keys = await generateKeyPair();
    const signed = await signPack(pack.ok ? pack.pack : (undefined as never), keys.privateKey);
    const trusted = trustKey ? [{ name: 'Anytown Council', publicKey: keys.publicKey }] : [];
    const result = await readPack(packToJson(signed), {
      trusted,
      now: new Date('2026-11-25T12:00:00Z'),
    });
    if (!result.ok) throw new Error(result.message);
    withText(
      <PackPreview
        pack={result.pack}
        verification={result.verification}
        replacing={1}
        busy={false}
        onImport={() => undefined}
        onCancel={() => undefined}
      />,
    );
    return screen.getByRole('region').textContent ?? '';
  }

  it('says "Verified" for a pack signed with a key this build trusts', async () => {
    const text = await preview(true);
    expect(text).toContain('Verified: published by Anytown Council, checked on 20 November 2026');
    expect(text).not.toContain('Unsigned');
    expect(text).toContain('Importing replaces the 1 contact on this device.');
  });

  it('warns that a pack signed with an unknown key is unsigned', async () => {
    const text = await preview(false);
    expect(text).toContain('Unsigned — check these numbers with your DSL before relying on them');
    expect(text).not.toContain('Verified');
  });
});

describe('local contacts on an outcome', () => {
  beforeEach(async () => {
    await (await contactsStore()).replaceAll([]);
  });

  it('without contacts, says to use the policy and links to set them up', async () => {
    const onOpen = vi.fn();
    withText(<LocalContacts roles={['dsl', 'front-door']} onOpen={onOpen} />);
    const link = await screen.findByRole('link', { name: 'Set up your organisation’s contacts' });
    expect(
      screen.getAllByText("Use the number in your organisation's safeguarding policy."),
    ).toHaveLength(2);
    fireEvent.click(link);
    expect(onOpen).toHaveBeenCalledWith('contacts');
  });

  it('at the weekend, picks the emergency duty team and says why', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-28T11:00:00Z')); // a Saturday
    await (
      await contactsStore()
    ).replaceAll([asStored(FRONT_DOOR, 'front'), asStored(DUTY_TEAM, 'duty')]);
    withText(<LocalContacts roles={['front-door', 'emergency-duty-team']} />);
    await screen.findByText('Weekend: call the emergency duty team.');
    const cards = screen.getAllByRole('listitem');
    expect(cards).toHaveLength(1);
    const chosen = cards[0]!.querySelector('[data-chosen]')!;
    expect(chosen.textContent).toContain('Emergency duty team');
    expect(within(cards[0]!).getByRole('link', { name: 'Call 999' }).getAttribute('href')).toBe(
      'tel:999',
    );
  });
});

describe('the contacts page', () => {
  beforeEach(async () => {
    const store = await contactsStore();
    await store.replaceAll([
      {
        ...asStored(DSL, 'dsl'),
        origin: { publisher: 'Anytown', checkedOn: '2026-11-20', verified: false },
      },
    ]);
  });

  it('removes a contact only after you confirm', async () => {
    withText(<ContactsPage />);
    fireEvent.click(await screen.findByRole('button', { name: /^Remove/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await (await contactsStore()).list()).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: /^Remove/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, remove it' }));
    await screen.findByText('Removed Designated safeguarding lead.');
    expect(await (await contactsStore()).list()).toEqual([]);
  });

  it('saves a change, and the contact is then your own, not the publisher’s', async () => {
    withText(<ContactsPage />);
    expect(
      await screen.findByText('Unsigned pack from Anytown, checked on 20 November 2026'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Change/ }));
    expect(screen.getByText(/This contact came from Anytown’s pack/)).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Name of the service or team'), {
      target: { value: 'Deputy DSL' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save contact' }));
    await screen.findByText('Saved Deputy DSL.');
    const [saved] = await (await contactsStore()).list();
    expect(saved).toMatchObject({ id: 'dsl', label: 'Deputy DSL', phone: DSL.phone });
    expect(saved!.origin).toBeUndefined();
    expect(screen.getByText('Added on this device')).toBeTruthy();
  });

  it('says contacts last only for this tab when the device will not store them', async () => {
    withText(<ContactsPage />);
    expect(
      await screen.findByText(
        'This device is not letting the app save. Contacts you add or import last only until you close this tab.',
      ),
    ).toBeTruthy();
  });
});
