/**
 * Vite plugin: validates and checks content/ at build (and dev) time, fails the
 * build with a message naming file and node, and serves the compiled graph as
 * the module "virtual:content".
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadContent } from './load.ts';
import { BASE_LANGUAGE, checkContent } from './check.ts';
import { compileContent, splitContent, type PathwayGraph } from './compile.ts';
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
/** Training scenarios: their own module, loaded only with the training page. */
const SCENARIOS_ID = 'virtual:scenarios';
const RESOLVED_SCENARIOS_ID = '\0' + SCENARIOS_ID;
/** Which map file is each language's: { base, urls: { en: '/pathway-map.svg', … } }. */
const MAPS_ID = 'virtual:pathway-maps';
const RESOLVED_MAPS_ID = '\0' + MAPS_ID;
const LANGUAGE_CODE = /^[a-z]{2,3}(-[a-z0-9]+)*$/i;

/**
 * The printable map of the whole pathway, one per language, emitted with the build
 * (and precached): "pathway-map.svg" in English, "pathway-map.cy.svg" in Welsh.
 */
export function mapFile(lang: string): string {
  if (!LANGUAGE_CODE.test(lang)) throw new Error(`locales/${lang}: not a language code`);
  return lang === BASE_LANGUAGE ? 'pathway-map.svg' : `pathway-map.${lang}.svg`;
}

/** One map per language in content/locales, by file name. */
function mapFiles(root: string): Map<string, string> {
  return new Map(Object.keys(loadContent(root).locales).map((lang) => [mapFile(lang), lang]));
}

export function contentPlugin(contentDir: string): Plugin {
  const root = resolve(contentDir);
  return {
    name: 'csa-content',
    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED_ID;
      if (id === GLOSSARY_ID) return RESOLVED_GLOSSARY_ID;
      if (id === DETAILS_ID) return RESOLVED_DETAILS_ID;
      if (id === SCENARIOS_ID) return RESOLVED_SCENARIOS_ID;
      if (id === MAPS_ID) return RESOLVED_MAPS_ID;
      return undefined;
    },
    // The dev server draws each map on request, so the map page works there too.
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const file = new URL(request.url ?? '/', 'http://dev').pathname.slice(1);
        const lang = file.endsWith('.svg') ? mapFiles(root).get(file) : undefined;
        if (!lang) return next();
        response.setHeader('Content-Type', 'image/svg+xml');
        response.end(renderPathwayMap(loadContent(root), lang).svg);
      });
    },
    generateBundle() {
      const bundle = loadContent(root);
      for (const lang of Object.keys(bundle.locales)) {
        const map = renderPathwayMap(bundle, lang);
        this.emitFile({ type: 'asset', fileName: mapFile(lang), source: map.svg });
      }
    },
    load(id) {
      if (id === RESOLVED_MAPS_ID) {
        this.addWatchFile(root);
        const urls = Object.fromEntries(
          [...mapFiles(root)].map(([file, lang]) => [lang, `/${file}`]),
        );
        return `export default ${JSON.stringify({ base: BASE_LANGUAGE, urls })};`;
      }
      const ids = [RESOLVED_ID, RESOLVED_GLOSSARY_ID, RESOLVED_DETAILS_ID, RESOLVED_SCENARIOS_ID];
      if (!ids.includes(id)) return undefined;
      const bundle = loadContent(root);
      const { errors } = checkContent(bundle);
      if (errors.length > 0) throw new ContentError(errors);
      this.addWatchFile(root);
      const { graph, details } = splitContent(compileContent(bundle));
      if (id === RESOLVED_ID) return graphModule(graph);
      if (id === RESOLVED_SCENARIOS_ID)
        return `export default ${JSON.stringify(bundle.scenarios)};`;
      const data = id === RESOLVED_DETAILS_ID ? details : bundle.glossary;
      return `export default ${JSON.stringify(data)};`;
    },
  };
}

/**
 * The graph is on the first-load path, so each node's id (already its key) is left
 * out of the JSON and put back when the module runs: about 0.7 kB less gzip.
 */
function graphModule(graph: PathwayGraph): string {
  const nodes = Object.fromEntries(
    Object.entries(graph.nodes).map(([key, node]) => {
      const { id, ...rest } = node;
      if (id !== key) throw new Error(`node key "${key}" differs from its id "${id}"`);
      return [key, rest];
    }),
  );
  return [
    `const graph = ${JSON.stringify({ ...graph, nodes })};`,
    'for (const id in graph.nodes) graph.nodes[id].id = id;',
    'export default graph;',
  ].join('\n');
}
