/**
 * Printing the pathway map: a class on <html> picks the paper and orientation
 * (a named @page in map.css), so the print styles scale the whole map to one
 * sheet. Classes, not inline styles, so a strict CSP never gets in the way.
 */
export const PAPERS = ['a4', 'a3'] as const;
export type Paper = (typeof PAPERS)[number];
export type Orientation = 'portrait' | 'landscape';

const PREFIX = 'map-print';

/** Tall maps print portrait and wide ones landscape, so the map fills the sheet. */
export const orientationFor = (width: number, height: number): Orientation =>
  height > width ? 'portrait' : 'landscape';

/** Chooses the paper the next print uses (also for the browser's own Print command). */
export function choosePaper(
  paper: Paper,
  orientation: Orientation,
  root = document.documentElement,
) {
  clearPaper(root);
  root.classList.add(PREFIX, `${PREFIX}--${paper}-${orientation}`);
}

/** Back to normal printing, e.g. when leaving the map page. */
export function clearPaper(root = document.documentElement) {
  for (const name of [...root.classList]) {
    if (name === PREFIX || name.startsWith(`${PREFIX}--`)) root.classList.remove(name);
  }
}
