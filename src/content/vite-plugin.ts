/**
 * Vite plugin: validates and checks content/ at build (and dev) time, fails the
 * build with a message naming file and node, and serves the compiled graph as
 * the module "virtual:content".
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadContent } from './load.ts';
import { checkContent } from './check.ts';
import { compileContent, splitContent } from './compile.ts';
import { ContentError } from './problems.ts';
import { renderPathwayMap } from './map.ts';

const VIRTUAL_ID = 'virtual:content';
const RESOLVED_ID = '\0' + VIRTUAL_ID;
/** Outcome pages' actions, contacts and sources: loaded when a pathway starts. */
const DETAILS_ID = 'virtual:content-details';
const RESOLVED_DETAILS_ID = '\0' + DETAILS_ID;
/** The glossary is its own module so it loads only with the glossary page. */
const GLOSSARY_ID = 'virtual:glossary';
const RESOLVED_GLOSSARY_ID = '\0' + GLOSSARY_ID;
/** The printable map of the whole pathway, emitted with the build (and precached). */
export const MAP_FILE = 'pathway-map.svg';
const MAP_TITLE = 'CSA Pathway: the whole pathway';

export function contentPlugin(contentDir: string): Plugin {
  const root = resolve(contentDir);
  return {
    name: 'csa-content',
    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED_ID;
      if (id === GLOSSARY_ID) return RESOLVED_GLOSSARY_ID;
      if (id === DETAILS_ID) return RESOLVED_DETAILS_ID;
      return undefined;
    },
    // The dev server draws the map on each request, so the map page works there too.
    configureServer(server) {
      server.middlewares.use(`/${MAP_FILE}`, (_request, response) => {
        response.setHeader('Content-Type', 'image/svg+xml');
        response.end(renderPathwayMap(loadContent(root), MAP_TITLE).svg);
      });
    },
    generateBundle() {
      const map = renderPathwayMap(loadContent(root), MAP_TITLE);
      this.emitFile({ type: 'asset', fileName: MAP_FILE, source: map.svg });
    },
    load(id) {
      if (![RESOLVED_ID, RESOLVED_GLOSSARY_ID, RESOLVED_DETAILS_ID].includes(id)) return undefined;
      const bundle = loadContent(root);
      const { errors } = checkContent(bundle);
      if (errors.length > 0) throw new ContentError(errors);
      this.addWatchFile(root);
      const { graph, details } = splitContent(compileContent(bundle));
      const data =
        id === RESOLVED_ID ? graph : id === RESOLVED_DETAILS_ID ? details : bundle.glossary;
      return `export default ${JSON.stringify(data)};`;
    },
  };
}
