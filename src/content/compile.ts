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
  remember: string[];
  flags: Record<string, boolean>;
  nodes: Record<string, PathwayNode>;
  services: Record<string, Service>;
  sources: Record<string, Source>;
}

const byId = <T extends { id: string }>(items: T[]): Record<string, T> =>
  Object.fromEntries(items.map((item) => [item.id, item]));

/** Drops actions switched off by a content flag (e.g. a legal duty not yet in force). */
function withFlags(node: PathwayNode, flags: Record<string, boolean>): PathwayNode {
  if (node.type !== 'outcome') return node;
  const actions = node.actions.filter((a) => !a.flag || flags[a.flag]);
  return {
    ...node,
    actions: actions.map((action) => {
      const shown = { ...action };
      delete shown.flag;
      return shown;
    }),
  };
}

export function compileContent(bundle: ContentBundle): CompiledContent {
  return {
    version: bundle.meta.version,
    start: bundle.meta.start,
    emergency: bundle.meta.emergency,
    variables: bundle.meta.variables,
    remember: bundle.meta.remember,
    flags: bundle.meta.flags,
    nodes: byId(bundle.nodes.map((node) => withFlags(node, bundle.meta.flags))),
    services: byId(bundle.services),
    sources: byId(bundle.sources),
  };
}
