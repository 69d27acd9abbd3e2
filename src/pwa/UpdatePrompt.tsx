import { useRegisterSW } from 'virtual:pwa-register/preact';
import { useText } from '../ui/text';
import { JOURNEY_KEY } from '../storage/inventory';

// Long-lived tabs and installed apps check for a new version hourly, only when online.
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Tells the user when the app works offline, and when a new version is ready.
 * It never reloads by itself: the user chooses, so nobody loses their place.
 */
export function UpdatePrompt({ canReloadNow }: { canReloadNow: boolean }) {
  const t = useText();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      window.setInterval(() => {
        if (navigator.onLine) void registration.update().catch(() => undefined);
      }, UPDATE_CHECK_MS);
    },
  });

  const acceptUpdate = () => {
    // workbox-window reloads only if a service worker already controlled the page
    // when it registered, so on the first visit accepting did nothing. Reload
    // ourselves once the new version takes control.
    // The new version starts at the start page, as the banner says: forget this tab's steps.
    sessionStorage.removeItem(JOURNEY_KEY);
    navigator.serviceWorker?.addEventListener('controllerchange', () => location.reload(), {
      once: true,
    });
    void updateServiceWorker(true);
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
