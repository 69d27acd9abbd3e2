import { useRef, useState } from 'preact/hooks';
import { availableLanguages } from '../../i18n';
import { clearAllData } from '../../storage/inventory';
import { NATIONS, ROLES, TEXT_SIZES, THEMES, type Settings } from '../../storage/settings';
import { useText } from '../text';
import { Heading } from '../components/Heading';
import { Radios } from '../components/Radios';
import { languageName } from '../components/LanguageSwitch';
import type { PageProps } from './types';

const ASK = 'ask';

export default function SettingsPage({
  content,
  settings,
  saveSettings,
  persistent,
  open,
}: PageProps) {
  const t = useText();
  const [saved, setSaved] = useState(false);
  const save = (patch: Partial<Settings>) => {
    setSaved(false);
    void saveSettings(patch).then(() => setSaved(true));
  };
  const languages = availableLanguages();

  return (
    <>
      <Heading>{t('pages:settings.title')}</Heading>
      <p>{t('pages:settings.lead')}</p>
      <Radios
        name="role"
        legend={t('pages:settings.role')}
        hint={t('pages:settings.roleHint')}
        options={[...ROLES, ASK].map((value) => ({
          value,
          label: t(`pages:settings.roles.${value}`),
        }))}
        value={settings.role ?? ASK}
        onChange={(value) =>
          save({ role: value === ASK ? undefined : (value as Settings['role']) })
        }
      />
      <Radios
        name="nation"
        legend={t('pages:settings.nation')}
        hint={t('pages:settings.nationHint')}
        options={NATIONS.map((value) => ({ value, label: t(`pages:settings.nations.${value}`) }))}
        value={settings.nation}
        onChange={(value) => save({ nation: value as Settings['nation'] })}
      />
      {languages.length > 1 && (
        <Radios
          name="language"
          legend={t('pages:settings.language')}
          options={languages.map((value) => ({
            value,
            label: languageName(content.languages, value),
            lang: value,
          }))}
          value={settings.language}
          onChange={(value) => save({ language: value })}
        />
      )}
      <Radios
        name="theme"
        legend={t('pages:settings.theme')}
        options={THEMES.map((value) => ({ value, label: t(`pages:settings.themes.${value}`) }))}
        value={settings.theme}
        onChange={(value) => save({ theme: value as Settings['theme'] })}
      />
      <Radios
        name="text-size"
        legend={t('pages:settings.textSize')}
        options={TEXT_SIZES.map((value) => ({
          value,
          label: t(`pages:settings.textSizes.${value}`),
        }))}
        value={settings.textSize}
        onChange={(value) => save({ textSize: value as Settings['textSize'] })}
      />
      <p class="hint" role="status">
        {saved ? t(persistent ? 'settings.saved' : 'settings.savedSession') : ''}
      </p>
      <section aria-labelledby="local-contacts" class="section">
        <h2 class="heading-l" id="local-contacts">
          {t('pages:settings.contactsTitle')}
        </h2>
        <p>{t('pages:settings.contactsLead')}</p>
        <p>
          <a
            href="#/contacts"
            onClick={(event) => {
              event.preventDefault();
              open('contacts');
            }}
          >
            {t('pages:settings.contactsLink')}
          </a>
        </p>
      </section>
      <ClearAllData />
    </>
  );
}

/** Two steps, as GOV.UK does for anything that cannot be undone. */
function ClearAllData() {
  const t = useText();
  const [confirming, setConfirming] = useState(false);
  const [clearing, setClearing] = useState(false);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const clear = async () => {
    setClearing(true);
    await clearAllData();
    // Back to a fresh start page, as if the app had just been opened.
    location.replace('/');
  };
  return (
    <section aria-labelledby="clear" class="section">
      <h2 class="heading-l" id="clear">
        {t('pages:settings.clearTitle')}
      </h2>
      <p>{t('pages:settings.clearLead')}</p>
      {!confirming ? (
        <button
          type="button"
          class="button button--warning"
          onClick={() => {
            setConfirming(true);
            setTimeout(() => confirmRef.current?.focus(), 0);
          }}
        >
          {t('pages:settings.clear')}
        </button>
      ) : (
        <div class="confirm" data-confirm="clear">
          <h3 class="heading-m" tabIndex={-1} ref={confirmRef}>
            {t('pages:settings.clearConfirmTitle')}
          </h3>
          <div class="warning">
            <span class="warning__icon" aria-hidden="true">
              !
            </span>
            <strong>
              <span class="visually-hidden">{t('outcome.doNotHidden')}: </span>
              {t('pages:settings.clearWarning')}
            </strong>
          </div>
          <div class="button-group">
            <button
              type="button"
              class="button button--warning"
              disabled={clearing}
              onClick={() => void clear()}
            >
              {t('pages:settings.clearConfirm')}
            </button>
            <button
              type="button"
              class="button button--secondary"
              onClick={() => setConfirming(false)}
            >
              {t('pages:settings.clearCancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
