/**
 * Whether a link carries a contacts pack ("#pack=..."). Kept apart from
 * fragment.ts so the first load can check for one without loading the pack code.
 */
export const FRAGMENT_KEY = 'pack';

/** Whether a location hash carries a pack, so the app can offer to import it. */
export const hasPackFragment = (hash: string): boolean =>
  hash.replace(/^#/, '').startsWith(`${FRAGMENT_KEY}=`);
