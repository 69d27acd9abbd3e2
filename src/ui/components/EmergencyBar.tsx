import { useText } from '../text';

/** On every page: calling 999 is always one tap away. */
export function EmergencyBar({ onWhatToDo }: { onWhatToDo?: (() => void) | undefined }) {
  const t = useText();
  return (
    <div class="emergency-bar" role="region" aria-label={t('emergency.banner')}>
      <div class="width-container emergency-bar__inner">
        <span class="emergency-bar__question">{t('emergency.banner')}</span>
        <a class="button button--emergency" href="tel:999">
          {t('emergency.call')}
        </a>
        {onWhatToDo && (
          <button type="button" class="link-button emergency-bar__more" onClick={onWhatToDo}>
            {t('emergency.whatToDo')}
          </button>
        )}
      </div>
    </div>
  );
}
