/// <reference lib="webworker" />
/**
 * Service worker: precaches every built file (all languages and content), serves
 * the app shell for navigations when offline, and waits to activate a new version
 * until the page asks, so an update never interrupts someone mid-pathway.
 */
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Deep links and reloads offline get the app shell; the exit page is its own file.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/^\/exit\.html/] }),
);

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// Control the first page load too, so it works offline without a second visit.
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
