import { useEffect, useState } from 'preact/hooks';
import { useText } from '../ui/text';
import { JOURNEY_KEY } from '../storage/inventory';
import { applyUpdate, registerServiceWorker } from './register';

/**
 * Tells the user when the app works offline, and when a new version is ready.
 * It never reloads by itself: the user chooses, so nobody loses their place.
 */
export function UpdatePrompt({ canReloadNow }: { canReloadNow: boolean }) {
  const t = useText();
  const [needRefresh, setNeedRefresh] = useState(false);
  const [offlineReady, setOfflineReady] = useState(false);
  useEffect(() => {
    registerServiceWorker({
      onNeedRefresh: () => setNeedRefresh(true),
      onOfflineReady: () => setOfflineReady(true),
    });
  }, []);

  const acceptUpdate = () => {
    // The new version starts at the start page, as the banner says: forget this tab's steps.
    sessionStorage.removeItem(JOURNEY_KEY);
    applyUpdate();
  };

  if (needRefresh) {
    return (
      <div class="banner" role="status" data-banner="update">
        <p>{t('update.available')}</p>
        <div class="banner__actions">
          <button type="button" class="button" onClick={acceptUpdate}>
            {t('update.reload')}
          </button>
          <button
            type="button"
            class="button button--secondary"
            onClick={() => setNeedRefresh(false)}
          >
            {t('update.later')}
          </button>
        </div>
        {!canReloadNow && <p class="hint">{t('update.startsAgain')}</p>}
      </div>
    );
  }
  if (offlineReady) {
    return (
      <div class="banner banner--quiet" role="status" data-banner="offline-ready">
        <p>{t('update.offlineReady')}</p>
        <button type="button" class="link-button" onClick={() => setOfflineReady(false)}>
          {t('update.dismiss')}
        </button>
      </div>
    );
  }
  return null;
}
