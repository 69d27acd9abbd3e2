/**
 * Registers the service worker and reports what the update banner needs to
 * know, using the browser's own API (no library: this runs on every first load).
 * An update waits until the user accepts it; the app never reloads by itself.
 */

// Long-lived tabs and installed apps check for a new version hourly, only when online.
const UPDATE_CHECK_MS = 60 * 60 * 1000;

export interface ServiceWorkerEvents {
  /** A new version is installed and waiting. */
  onNeedRefresh: () => void;
  /** The app's files are cached: it now works offline. */
  onOfflineReady: () => void;
}

let registration: ServiceWorkerRegistration | undefined;
let registered = false;

export function registerServiceWorker(events: ServiceWorkerEvents): void {
  if (registered || !('serviceWorker' in navigator)) return;
  registered = true;
  const hadController = navigator.serviceWorker.controller !== null;
  const watch = (worker: ServiceWorker) => {
    worker.addEventListener('statechange', () => {
      if (worker.state !== 'installed') return;
      // With an older version in control, this one waits; otherwise it is the first install.
      if (navigator.serviceWorker.controller || hadController) events.onNeedRefresh();
      else events.onOfflineReady();
    });
  };
  navigator.serviceWorker
    .register('/sw.js', { scope: '/' })
    .then((registered) => {
      registration = registered;
      if (registered.waiting && navigator.serviceWorker.controller) events.onNeedRefresh();
      if (registered.installing) watch(registered.installing);
      registered.addEventListener('updatefound', () => {
        if (registered.installing) watch(registered.installing);
      });
      window.setInterval(() => {
        if (navigator.onLine) void registered.update().catch(() => undefined);
      }, UPDATE_CHECK_MS);
    })
    .catch((error: unknown) => console.warn('Service worker registration failed', error));
}

/** Activates the waiting version and reloads once it has taken control. */
export function applyUpdate(): void {
  const waiting = registration?.waiting;
  if (!waiting) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
    once: true,
  });
  waiting.postMessage({ type: 'SKIP_WAITING' });
}
