/**
 * Browser history for the app: each step or page is a history entry holding its
 * depth (how many steps from the start page), so the phone's Back gesture goes
 * to the previous question. URLs carry only content node ids and page names,
 * never anything about a child.
 */
import { eventForHash, loadJourney, saveJourney, type Journey, type JourneyEvent } from './journey';

/** A page on this origin with nothing on it, precached so it also works offline. */
export const EXIT_PAGE = '/exit.html';

export function historyDepth(state: unknown): number {
  const depth = (state as { depth?: unknown } | null)?.depth;
  return typeof depth === 'number' && Number.isInteger(depth) && depth >= 0 ? depth : 0;
}

/** Returns to the start page's own history entry; the entries after it stay until replaced. */
export function returnToStart(fromDepth: number): void {
  if (fromDepth > 0) history.go(-fromDepth);
}

/**
 * Leaves the app so that Back cannot return to any step: go back to the app's
 * first entry, then replace it with the exit page. A navigation from there also
 * discards the forward entries (the steps).
 */
export function leaveApp(fromDepth: number, exitUrl: string): void {
  sessionStorage.clear();
  const replace = () => location.replace(exitUrl);
  if (fromDepth === 0) {
    replace();
    return;
  }
  window.addEventListener('popstate', replace, { once: true });
  history.go(-fromDepth);
}

export interface Landing {
  /** The journey saved in this tab and the entry to show, after a reload. */
  journey?: Journey | undefined;
  depth?: number | undefined;
  /** A deep link (#/topic/online, #/settings) to open from the start page. */
  deepLink?: JourneyEvent | undefined;
}

/** Where a page load lands: back on the same step after a reload, a deep link, or the start. */
export function land(concerns: readonly string[], version: string): Landing {
  const saved = loadJourney();
  const state: unknown = history.state;
  const depth = historyDepth(state);
  // Answers given in an older version of the content may not fit the new one: start again.
  const fits = saved?.version === version;
  if (saved && fits && state !== null && depth <= saved.events.length) {
    return { journey: saved, depth };
  }
  saveJourney({ input: {}, events: [] });
  const deepLink = eventForHash(location.hash, concerns);
  // Other fragments (a contacts pack link) stay in the address for the code that reads them.
  const ours = location.hash === '' || location.hash.startsWith('#/');
  history.replaceState({ depth: 0 }, '', ours ? location.pathname : location.href);
  return { deepLink };
}
