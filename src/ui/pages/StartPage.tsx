import { useText } from '../text';
import { Heading } from '../components/Heading';

export function StartPage({ onStart }: { onStart: () => void }) {
  const t = useText();
  return (
    <>
      <Heading>{t('start.title')}</Heading>
      <p class="lead">{t('start.lead')}</p>
      <div class="call-panel">
        <p class="call-panel__question">{t('emergency.banner')}</p>
        <a class="button button--emergency button--large" href="tel:999">
          {t('emergency.call')}
        </a>
      </div>
      <button type="button" class="button button--start" onClick={onStart}>
        {t('start.button')}
      </button>
      <p>{t('start.noData')}</p>
      <p class="hint">{t('start.offline')}</p>
    </>
  );
}
