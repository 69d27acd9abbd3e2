import { useEffect, useRef } from 'preact/hooks';
import type { ContactsPack, PackRejection } from '../../contacts/pack';
import type { Verification } from '../../contacts/signing';
import { formatDate, useLang, useText } from '../text';

/** What a pack says about itself, before anything is written. */
export function PackPreview({
  pack,
  verification,
  replacing,
  busy,
  onImport,
  onCancel,
}: {
  pack: ContactsPack;
  verification: Verification;
  /** How many contacts on this device the import would replace. */
  replacing: number;
  busy: boolean;
  onImport: () => void;
  onCancel: () => void;
}) {
  const t = useText();
  const lang = useLang();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const date = formatDate(pack.checkedOn, lang);
  const verified = verification.status === 'verified';
  return (
    <section class="banner pack-preview" aria-labelledby="pack-preview" data-pack-preview>
      <h2 class="heading-l" id="pack-preview" tabIndex={-1} ref={ref}>
        {t('contacts:import.previewTitle')}
      </h2>
      {verified ? (
        <p class="pack-preview__status pack-preview__status--verified" data-verification="verified">
          <strong>
            {t('contacts:import.verified', { publisher: verification.publisher, date })}
          </strong>
        </p>
      ) : (
        <div class="warning" data-verification="unsigned">
          <span class="warning__icon" aria-hidden="true">
            !
          </span>
          <div>
            <p>
              <strong>{t('contacts:import.unsigned')}</strong>
            </p>
            <p>{t('contacts:import.claims', { publisher: pack.publisher, date })}</p>
          </div>
        </div>
      )}
      <p>{t('contacts:import.count', { count: pack.contacts.length })}</p>
      <ul class="pack-preview__list">
        {pack.contacts.map((contact, index) => (
          <li key={index}>
            <strong>{t(`contacts:roles.${contact.role}`)}</strong>: {contact.label}
            {contact.phone && <> – {contact.phone}</>}
          </li>
        ))}
      </ul>
      {replacing > 0 && <p>{t('contacts:import.replaces', { count: replacing })}</p>}
      <div class="button-group">
        <button type="button" class="button" disabled={busy} onClick={onImport}>
          {t('contacts:import.confirm')}
        </button>
        <button type="button" class="button button--secondary" onClick={onCancel}>
          {t('contacts:import.cancel')}
        </button>
      </div>
    </section>
  );
}

/** Why a pack was refused; the contacts on the device are untouched. */
export function PackRefused({ rejection }: { rejection: PackRejection }) {
  const t = useText();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [rejection]);
  return (
    <div
      class="error-summary"
      tabIndex={-1}
      ref={ref}
      aria-labelledby="pack-refused"
      data-pack-refused={rejection.problem}
    >
      <div role="alert">
        <h2 class="heading-m" id="pack-refused">
          {t('contacts:import.refusedTitle')}
        </h2>
        <p>{t(`contacts:import.problem.${rejection.problem}`)}</p>
        <p>{t('contacts:import.kept')}</p>
      </div>
    </div>
  );
}
