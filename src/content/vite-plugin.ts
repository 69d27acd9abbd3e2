/**
 * Vite plugin: validates and checks content/ at build (and dev) time, fails the
 * build with a message naming file and node, and serves the compiled graph as
 * the module "virtual:content".
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadContent } from './load.ts';
import { checkContent } from './check.ts';
import { compileContent } from './compile.ts';
import { ContentError } from './problems.ts';
import { renderPathwayMap } from './map.ts';

const VIRTUAL_ID = 'virtual:content';
const RESOLVED_ID = '\0' + VIRTUAL_ID;
/** The printable map of the whole pathway, emitted with the build (and precached). */
export const MAP_FILE = 'pathway-map.svg';

export function contentPlugin(contentDir: string): Plugin {
  const root = resolve(contentDir);
  return {
    name: 'csa-content',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    generateBundle() {
      const map = renderPathwayMap(loadContent(root), 'CSA Pathway: the whole pathway');
      this.emitFile({ type: 'asset', fileName: MAP_FILE, source: map.svg });
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const bundle = loadContent(root);
      const { errors } = checkContent(bundle);
      if (errors.length > 0) throw new ContentError(errors);
      this.addWatchFile(root);
      return `export default ${JSON.stringify(compileContent(bundle))};`;
    },
  };
}
