/**
 * Reads and validates the content directory (Node only: build, scripts, tests).
 * Every problem names the file, the node id when there is one, and what is wrong.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import {
  glossaryFile,
  languagesFile,
  metaFile,
  pathwayFile,
  scenariosFile,
  type Scenario,
  servicesFile,
  sourcesFile,
  type ContentBundle,
  type LocaleResources,
  type PathwayNode,
} from './schema.ts';
import { type Problem, ContentError } from './problems.ts';

function readJson(path: string, root: string, problems: Problem[]): unknown {
  const file = relative(root, path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    problems.push({ file, message: 'file is missing or unreadable' });
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    problems.push({ file, message: `not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

/** Names the node an issue path points into, so "nodes.3.answers.0" reads as node "role". */
function nodeIdAt(data: unknown, path: PropertyKey[]): string | undefined {
  const [list, index] = path;
  if (typeof list !== 'string' || typeof index !== 'number') return undefined;
  const items = (data as Record<string, unknown>)[list];
  if (!Array.isArray(items)) return undefined;
  const item = items[index] as { id?: unknown } | undefined;
  return typeof item?.id === 'string' ? item.id : `#${index}`;
}

function validate<T>(
  schema: z.ZodType<T>,
  data: unknown,
  file: string,
  problems: Problem[],
): T | undefined {
  if (data === undefined) return undefined;
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const nodeId = nodeIdAt(data, issue.path);
    const at = issue.path.slice(nodeId ? 2 : 0).join('.');
    problems.push({ file, nodeId, message: `${at ? `${at}: ` : ''}${issue.message}` });
  }
  return undefined;
}

function jsonFilesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
}

function loadLocales(root: string, problems: Problem[]): Record<string, LocaleResources> {
  const localesDir = join(root, 'locales');
  const locales: Record<string, LocaleResources> = {};
  if (!existsSync(localesDir)) {
    problems.push({ file: 'locales', message: 'no locales directory' });
    return locales;
  }
  for (const lang of readdirSync(localesDir).sort()) {
    const resources: LocaleResources = {};
    for (const path of jsonFilesIn(join(localesDir, lang))) {
      const data = readJson(path, root, problems);
      if (data === undefined) continue;
      const namespace = path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
      if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        problems.push({
          file: relative(root, path),
          message: 'a locale file must be a JSON object',
        });
        continue;
      }
      resources[namespace] = data as Record<string, unknown>;
    }
    locales[lang] = resources;
  }
  return locales;
}

/** Loads content/ and throws a ContentError listing every problem found. */
export function loadContent(root: string): ContentBundle {
  const problems: Problem[] = [];
  const meta = validate(
    metaFile,
    readJson(join(root, 'meta.json'), root, problems),
    'meta.json',
    problems,
  );

  const nodes: PathwayNode[] = [];
  const nodeFiles: Record<string, string> = {};
  const pathwayPaths = jsonFilesIn(join(root, 'pathway'));
  if (pathwayPaths.length === 0) problems.push({ file: 'pathway', message: 'no pathway files' });
  for (const path of pathwayPaths) {
    const file = relative(root, path);
    const parsed = validate(pathwayFile, readJson(path, root, problems), file, problems);
    for (const node of parsed?.nodes ?? []) {
      const earlier = nodeFiles[node.id];
      if (earlier) {
        problems.push({ file, nodeId: node.id, message: `id is already used in ${earlier}` });
        continue;
      }
      nodeFiles[node.id] = file;
      nodes.push(node);
    }
  }

  const services = validate(
    servicesFile,
    readJson(join(root, 'services.json'), root, problems),
    'services.json',
    problems,
  );
  const sources = validate(
    sourcesFile,
    readJson(join(root, 'sources.json'), root, problems),
    'sources.json',
    problems,
  );
  const glossary = validate(
    glossaryFile,
    readJson(join(root, 'glossary.json'), root, problems),
    'glossary.json',
    problems,
  );
  const scenarios: Scenario[] = [];
  const scenarioFiles: Record<string, string> = {};
  for (const path of jsonFilesIn(join(root, 'scenarios'))) {
    const file = relative(root, path);
    const parsed = validate(scenariosFile, readJson(path, root, problems), file, problems);
    for (const scenario of parsed?.scenarios ?? []) {
      const earlier = scenarioFiles[scenario.id];
      if (earlier) {
        problems.push({ file, nodeId: scenario.id, message: `id is already used in ${earlier}` });
        continue;
      }
      scenarioFiles[scenario.id] = file;
      scenarios.push(scenario);
    }
  }
  const locales = loadLocales(root, problems);
  const languages = validate(
    languagesFile,
    readJson(join(root, 'languages.json'), root, problems),
    'languages.json',
    problems,
  );

  if (problems.length > 0 || !meta || !services || !sources || !glossary || !languages) {
    throw new ContentError(problems);
  }
  return {
    meta,
    nodes,
    nodeFiles,
    services: services.services,
    sources: sources.sources,
    glossary: glossary.terms,
    scenarios,
    scenarioFiles,
    locales,
    languages,
  };
}
