/**
 * Turns a validated content bundle into the compact form the app ships:
 * nodes, services and sources keyed by id. Text stays in the locale files.
 */
import type { ContentBundle, Meta, PathwayNode, Service, Source } from './schema.ts';

export interface CompiledContent {
  version: string;
  start: string;
  emergency: string;
  variables: Meta['variables'];
  nodes: Record<string, PathwayNode>;
  services: Record<string, Service>;
  sources: Record<string, Source>;
}

const byId = <T extends { id: string }>(items: T[]): Record<string, T> =>
  Object.fromEntries(items.map((item) => [item.id, item]));

export function compileContent(bundle: ContentBundle): CompiledContent {
  return {
    version: bundle.meta.version,
    start: bundle.meta.start,
    emergency: bundle.meta.emergency,
    variables: bundle.meta.variables,
    nodes: byId(bundle.nodes),
    services: byId(bundle.services),
    sources: byId(bundle.sources),
  };
}
