import { useText } from '../text';

/**
 * On every page: calling 999 is always one tap away. The start page has its own
 * large call panel, so there the bar offers only "What to do".
 */
export function EmergencyBar({
  onWhatToDo,
  withCall = true,
}: {
  onWhatToDo?: (() => void) | undefined;
  withCall?: boolean;
}) {
  const t = useText();
  return (
    <div class="emergency-bar" role="region" aria-label={t('emergency.banner')}>
      <div class="width-container emergency-bar__inner">
        {withCall && (
          <>
            <span class="emergency-bar__question">{t('emergency.banner')}</span>
            <a class="button button--emergency" href="tel:999">
              {t('emergency.call')}
            </a>
          </>
        )}
        {onWhatToDo && (
          <button type="button" class="link-button emergency-bar__more" onClick={onWhatToDo}>
            {t('emergency.whatToDo')}
          </button>
        )}
      </div>
    </div>
  );
}
