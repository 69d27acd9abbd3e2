/**
 * A contacts pack link ("#pack=..."), read once at start-up and taken out of the
 * address, so the pack is not kept in the tab's history or shown in the address bar.
 * The contacts page takes it and offers to import it.
 */
import { hasPackFragment } from '../contacts/link';

let pending: string | undefined;

/** Reads a pack link from the address and removes it; true if there was one. */
export function capturePackLink(): boolean {
  if (!hasPackFragment(location.hash)) return false;
  pending = location.hash;
  history.replaceState(history.state, '', location.pathname + location.search);
  return true;
}

/**
 * A pack link pasted into a tab that already shows the app changes only the hash:
 * reload, so it is read as a fresh start reads it.
 */
export function reloadOnPackLink(): void {
  window.addEventListener('hashchange', () => {
    if (hasPackFragment(location.hash)) location.reload();
  });
}

/** The pack link captured at start-up, once: a second call returns undefined. */
export function takePackLink(): string | undefined {
  const link = pending;
  pending = undefined;
  return link;
}
