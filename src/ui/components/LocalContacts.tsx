import { useEffect, useState } from 'preact/hooks';
import { chooseSocialCareContact, contactsForRole, openState } from '../../contacts/choose';
import type { LocalContact } from '../../contacts/contact';
import { telHref } from '../../contacts/phone';
import type { LocalContactRole } from '../../content/roles';
import type { PageName } from '../journey';
import { useStoredContacts } from '../contacts-store';
import { useText, useTextValue } from '../text';
import { LocalContactCard } from './ContactCard';

const TEXT = ['contacts:title'];
const SOCIAL_CARE: readonly LocalContactRole[] = ['front-door', 'emergency-duty-team'];

/**
 * The local contacts an outcome asks for, from this device, before national
 * services. Children's social care is one card: whichever of the front door and
 * the emergency duty team is open now, and why. With nothing set up, each role
 * says to use the organisation's policy, with a link to set contacts up.
 */
export function LocalContacts({
  roles,
  onOpen,
}: {
  roles: LocalContactRole[];
  onOpen?: ((page: PageName) => void) | undefined;
}) {
  const t = useText();
  const text = useTextValue();
  const [stored] = useStoredContacts();
  const [ready, setReady] = useState(() => text.has(TEXT));
  useEffect(() => {
    if (!ready) void text.ensure(TEXT).then(() => setReady(true));
  }, [ready, text]);

  const contacts = ready && stored ? stored.contacts : [];
  const now = new Date();
  // Social care shows once, where the outcome first lists either of its roles.
  const shown = roles.filter(
    (role, i) =>
      !SOCIAL_CARE.includes(role) || roles.findIndex((r) => SOCIAL_CARE.includes(r)) === i,
  );
  return (
    <>
      <ul class="contacts" role="list" data-local-contacts>
        {shown.map((role) => {
          if (SOCIAL_CARE.includes(role)) {
            const choice = chooseSocialCareContact(contacts, { now });
            if (choice.reason !== 'no-contacts') {
              const dutyTeamSet = contacts.some((c) => c.role === 'emergency-duty-team');
              const daytime =
                choice.reason === 'office-hours' || choice.reason === 'front-door-hours-unknown';
              return (
                <li key="social-care" data-social-care data-reason={choice.reason}>
                  <div class="contact contact--chosen">
                    <h3 class="heading-s">{t('contacts:outcome.socialCare')}</h3>
                    <p class="contact__reason" data-reason-text>
                      <strong>{t(`contacts:reason.${choice.reason}`)}</strong>
                    </p>
                    {!choice.holidaysKnown && daytime && dutyTeamSet && (
                      <p>{t('contacts:outcome.bankHoliday')}</p>
                    )}
                    {choice.contact && <StoredContact contact={choice.contact} now={now} chosen />}
                    <p class="contact__danger">
                      {t('contacts:outcome.danger')}{' '}
                      <a class="button button--emergency" href="tel:999">
                        {t('emergency.call')}
                      </a>
                    </p>
                    {choice.others.length > 0 && (
                      <div class="contact__others" data-others>
                        <p class="heading-s">{t('contacts:outcome.others')}</p>
                        {choice.others.map((other) => (
                          <StoredContact key={other.id} contact={other} now={now} />
                        ))}
                      </div>
                    )}
                  </div>
                </li>
              );
            }
            return SOCIAL_CARE.filter((r) => roles.includes(r)).map((r) => (
              <li key={r}>
                <LocalContactCard role={r} />
              </li>
            ));
          }
          const found = contactsForRole(contacts, role, { now });
          if (found.length === 0) {
            return (
              <li key={role}>
                <LocalContactCard role={role} />
              </li>
            );
          }
          return (
            <li key={role} data-local-role={role}>
              <div class="contact contact--chosen">
                <h3 class="heading-s">{t(`local.${role}`)}</h3>
                {found.map(({ contact }) => (
                  <StoredContact key={contact.id} contact={contact} now={now} />
                ))}
              </div>
            </li>
          );
        })}
      </ul>
      {ready && stored && onOpen && (
        <p class="no-print">
          <a
            href="#/contacts"
            data-contacts-link
            onClick={(event) => {
              event.preventDefault();
              onOpen('contacts');
            }}
          >
            {t(contacts.length > 0 ? 'contacts:outcome.change' : 'contacts:outcome.setUp')}
          </a>
        </p>
      )}
    </>
  );
}

/** One stored contact: its name, whether it is open now, and how to reach it. */
function StoredContact({
  contact,
  now,
  chosen = false,
}: {
  contact: LocalContact;
  now: Date;
  chosen?: boolean;
}) {
  const t = useText();
  const state = openState(contact, { now });
  return (
    <div
      class="stored-contact"
      data-stored-contact={contact.role}
      data-chosen={chosen || undefined}
    >
      <p class="stored-contact__name">
        <strong>{contact.label}</strong>
        {state !== 'unknown' && (
          <span class="hint" data-open={state}>
            {' '}
            ({t(state === 'open' ? 'contacts:outcome.open' : 'contacts:outcome.closed')})
          </span>
        )}
      </p>
      {contact.staffName && <p>{contact.staffName}</p>}
      {contact.notes && <p class="contact__notes">{contact.notes}</p>}
      <div class="contact__links">
        {contact.phone && (
          <a class={chosen ? 'button' : 'button button--secondary'} href={telHref(contact.phone)}>
            {t('outcome.call', { number: contact.phone })}
          </a>
        )}
        {contact.web && (
          <a href={contact.web} rel="noreferrer" target="_blank">
            {t('outcome.website')}
            <span class="visually-hidden">: {contact.label}</span>
          </a>
        )}
      </div>
      {contact.origin && !contact.origin.verified && (
        <p class="hint">{t('contacts:outcome.unverified')}</p>
      )}
    </div>
  );
}
