import { STORAGE_INVENTORY } from '../../storage/inventory';
import { useText } from '../text';
import { Heading } from '../components/Heading';
import type { PageProps } from './types';

/** Generated from the storage inventory, so it cannot drift from what the app stores. */
export default function PrivacyPage({ open }: PageProps) {
  const t = useText();
  return (
    <>
      <Heading>{t('privacy.title')}</Heading>
      <p class="lead">{t('privacy.lead')}</p>
      <ul>
        <li>{t('privacy.never1')}</li>
        <li>{t('privacy.never2')}</li>
        <li>{t('privacy.never3')}</li>
      </ul>
      <h2 class="heading-l">{t('privacy.storedTitle')}</h2>
      <dl class="summary-list" data-inventory>
        {STORAGE_INVENTORY.map((entry) => (
          <div class="summary-list__row" key={entry.id} data-entry={entry.id}>
            <dt class="summary-list__key">
              {t(`privacy.area.${entry.area}`)}
              <span class="hint privacy__name">
                <code>{entry.name}</code>
              </span>
            </dt>
            <dd class="summary-list__value">
              <p>{t(`privacy.holds.${entry.id}`, { defaultValue: entry.holds })}</p>
              <p class="hint">{t(`privacy.clears.${entry.area}`)}</p>
            </dd>
          </div>
        ))}
      </dl>
      <h2 class="heading-l">{t('privacy.clearTitle')}</h2>
      <p>{t('privacy.clearLead')}</p>
      <p>
        <a
          href="#/settings"
          onClick={(event) => {
            event.preventDefault();
            open('settings');
          }}
        >
          {t('privacy.clearLink')}
        </a>
      </p>
      <h2 class="heading-l">{t('privacy.historyTitle')}</h2>
      <p>{t('privacy.history')}</p>
    </>
  );
}
