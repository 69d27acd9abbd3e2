/** Colours and text size chosen in settings, applied to <html> so the stylesheet can follow. */
import type { Settings } from '../storage/settings';

export function applyAppearance(settings: Pick<Settings, 'theme' | 'textSize'>): void {
  const root = document.documentElement;
  // No attribute means "follow the device" (prefers-color-scheme).
  if (settings.theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = settings.theme;
  if (settings.textSize === 'large') root.dataset.textSize = 'large';
  else delete root.dataset.textSize;
}
