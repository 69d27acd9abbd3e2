import { STORAGE_INVENTORY } from '../../storage/inventory';
import { useText } from '../text';
import { Heading } from '../components/Heading';
import type { PageProps } from './types';

/** Generated from the storage inventory, so it cannot drift from what the app stores. */
export default function PrivacyPage({ open }: PageProps) {
  const t = useText();
  return (
    <>
      <Heading>{t('pages:privacy.title')}</Heading>
      <p class="lead">{t('pages:privacy.lead')}</p>
      <ul>
        <li>{t('pages:privacy.never1')}</li>
        <li>{t('pages:privacy.never2')}</li>
        <li>{t('pages:privacy.never3')}</li>
      </ul>
      <h2 class="heading-l">{t('pages:privacy.storedTitle')}</h2>
      <dl class="summary-list" data-inventory>
        {STORAGE_INVENTORY.map((entry) => (
          <div class="summary-list__row" key={entry.id} data-entry={entry.id}>
            <dt class="summary-list__key">
              {t(`pages:privacy.area.${entry.area}`)}
              <span class="hint privacy__name">
                <code>{entry.name}</code>
              </span>
            </dt>
            <dd class="summary-list__value">
              <p>{t(`pages:privacy.holds.${entry.id}`, { defaultValue: entry.holds })}</p>
              <p class="hint">{t(`pages:privacy.clears.${entry.area}`)}</p>
            </dd>
          </div>
        ))}
      </dl>
      <p data-staff-names>{t('pages:privacy.staffNames')}</p>
      <h2 class="heading-l">{t('pages:privacy.clearTitle')}</h2>
      <p>{t('pages:privacy.clearLead')}</p>
      <p>
        <a
          href="#/settings"
          onClick={(event) => {
            event.preventDefault();
            open('settings');
          }}
        >
          {t('pages:privacy.clearLink')}
        </a>
      </p>
      <h2 class="heading-l">{t('pages:privacy.historyTitle')}</h2>
      <p>{t('pages:privacy.history')}</p>
    </>
  );
}
