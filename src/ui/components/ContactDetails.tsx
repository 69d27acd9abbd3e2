import type { LocalContact } from '../../contacts/contact';
import { HOURS_KEYS } from '../../contacts/hours';
import { telHref } from '../../contacts/phone';
import { formatDate, useLang, useText } from '../text';

/** Opening hours as lines a person reads: "Monday: 09:00-17:00". */
export function HoursText({ hours }: { hours: LocalContact['hours'] }) {
  const t = useText();
  if (hours === undefined) return <>{t('contacts:list.hoursUnknown')}</>;
  if (hours === 'always') return <>{t('contacts:list.always')}</>;
  const days = HOURS_KEYS.filter((key) => (hours[key] ?? []).length > 0);
  const holidayOpen = days.includes('bankHoliday');
  const everyDay = days.length - (holidayOpen ? 1 : 0) === 7;
  const closed = everyDay
    ? holidayOpen
      ? undefined
      : 'contacts:list.bankHolidaysClosed'
    : holidayOpen
      ? 'contacts:list.otherDaysClosedHolidayOpen'
      : 'contacts:list.otherDaysClosed';
  return (
    <ul class="hours-list" role="list">
      {days.map((key) => (
        <li key={key}>
          {t(`contacts:days.${key}`)}: {hours[key]!.join(', ')}
        </li>
      ))}
      {closed && <li>{t(closed)}</li>}
    </ul>
  );
}

/** Where a contact came from: a pack (verified or not), or typed on this device. */
export function originText(
  contact: LocalContact,
  t: ReturnType<typeof useText>,
  lang: string,
): string {
  const origin = contact.origin;
  if (!origin) return t('contacts:list.typedHere');
  return t(origin.verified ? 'contacts:list.fromVerified' : 'contacts:list.fromUnsigned', {
    publisher: origin.publisher,
    date: formatDate(origin.checkedOn, lang),
  });
}

/** A contact's facts as a description list (phone, website, hours, staff name, notes, source). */
export function ContactFacts({
  contact,
  withPhone = true,
}: {
  contact: LocalContact;
  withPhone?: boolean;
}) {
  const t = useText();
  const lang = useLang();
  return (
    <dl class="contact__facts">
      {withPhone && contact.phone && (
        <>
          <dt>{t('contacts:list.phone')}</dt>
          <dd>
            <a href={telHref(contact.phone)}>{contact.phone}</a>
          </dd>
        </>
      )}
      {contact.web && (
        <>
          <dt>{t('contacts:list.web')}</dt>
          <dd>
            <a href={contact.web} rel="noreferrer" target="_blank">
              {contact.web}
            </a>
          </dd>
        </>
      )}
      <dt>{t('contacts:list.hours')}</dt>
      <dd>
        <HoursText hours={contact.hours} />
      </dd>
      {contact.staffName && (
        <>
          <dt>{t('contacts:list.staffName')}</dt>
          <dd>{contact.staffName}</dd>
        </>
      )}
      {contact.notes && (
        <>
          <dt>{t('contacts:list.notes')}</dt>
          <dd class="contact__notes">{contact.notes}</dd>
        </>
      )}
      <dt>{t('contacts:list.source')}</dt>
      <dd>{originText(contact, t, lang)}</dd>
    </dl>
  );
}
