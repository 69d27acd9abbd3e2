/** The real content, compiled exactly as the build does. */
import { loadContent } from '../../src/content/load';
import { compileContent } from '../../src/content/compile';
import type { PathwayMachine } from '../../src/pathway/machine';
import { enumeratePaths, type WalkedPath } from '../../src/pathway/paths';
import { CONTENT_DIR } from './fixtures';

export const bundle = loadContent(CONTENT_DIR);
export const content = compileContent(bundle);

/** Every nation the settings can hold, plus "not set" (a first visit, treated as England). */
export const NATIONS: (string | undefined)[] = [undefined, ...(content.variables.nation ?? [])];

/** Every path, walked once for each nation the app can pass in as remembered. */
export function pathsForEveryNation(
  machine: PathwayMachine,
): { nation: string | undefined; paths: WalkedPath[] }[] {
  return NATIONS.map((nation) => ({
    nation,
    paths: enumeratePaths(machine, content, nation ? { nation } : {}),
  }));
}
