/**
 * Browser history for the pathway: each step is a history entry holding its
 * depth, so the phone's Back gesture goes to the previous question. URLs carry
 * only the content node id, never anything about a child.
 */

/** A page on this origin with nothing on it, precached so it also works offline. */
export const EXIT_PAGE = '/exit.html';

export function historyDepth(state: unknown): number {
  const depth = (state as { depth?: unknown } | null)?.depth;
  return typeof depth === 'number' && Number.isInteger(depth) && depth >= 0 ? depth : 0;
}

export function pushStep(depth: number, nodeId: string): void {
  history.pushState({ depth }, '', `#/${nodeId}`);
}

/** Returns to the start page's own history entry, dropping the steps after it. */
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
