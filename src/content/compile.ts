/**
 * Turns a validated content bundle into the compact form the app ships:
 * nodes, services and sources keyed by id. Text stays in the locale files.
 */
import type {
  ContentBundle,
  Languages,
  Meta,
  OutcomeNode,
  PathwayNode,
  Service,
  Source,
} from './schema.ts';

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
  languages: AppLanguages;
}

/**
 * What the app needs to know of each language: its name in itself, its direction,
 * and which namespaces a fluent reader has approved (any other is awaiting review).
 */
export interface AppLanguages {
  source: string;
  languages: Record<string, { name: string; dir: 'ltr' | 'rtl'; reviewed: string[] }>;
}

export function appLanguages(languages: Languages): AppLanguages {
  return {
    source: languages.source,
    languages: Object.fromEntries(
      Object.entries(languages.languages).map(([code, { name, dir, review }]) => [
        code,
        {
          name,
          dir,
          reviewed: Object.keys(review).filter((ns) => review[ns]!.status === 'reviewed'),
        },
      ]),
    ),
  };
}

/** What the machine and the question pages need: outcomes only by name and tag. */
export type OutcomeStub = Pick<OutcomeNode, 'id' | 'type' | 'urgency' | 'title' | 'tags'>;
export type GraphNode = Exclude<PathwayNode, OutcomeNode> | OutcomeStub;

export interface PathwayGraph extends Omit<CompiledContent, 'nodes' | 'services' | 'sources'> {
  nodes: Record<string, GraphNode>;
}

/** Everything an outcome page shows; shipped separately so the first load stays small. */
export interface ContentDetails {
  outcomes: Record<string, OutcomeNode>;
  services: Record<string, Service>;
  sources: Record<string, Source>;
}

export function splitContent(content: CompiledContent): {
  graph: PathwayGraph;
  details: ContentDetails;
} {
  const { services, sources, nodes, ...rest } = content;
  const outcomes: Record<string, OutcomeNode> = {};
  const graphNodes: Record<string, GraphNode> = {};
  for (const node of Object.values(nodes)) {
    if (node.type === 'outcome') {
      outcomes[node.id] = node;
      const { id, type, urgency, title, tags } = node;
      graphNodes[node.id] = { id, type, urgency, title, ...(tags ? { tags } : {}) };
    } else graphNodes[node.id] = node;
  }
  return { graph: { ...rest, nodes: graphNodes }, details: { outcomes, services, sources } };
}

export function joinContent(graph: PathwayGraph, details: ContentDetails): CompiledContent {
  const nodes: Record<string, PathwayNode> = {};
  for (const node of Object.values(graph.nodes)) {
    nodes[node.id] = node.type === 'outcome' ? details.outcomes[node.id]! : node;
  }
  return { ...graph, nodes, services: details.services, sources: details.sources };
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
    languages: appLanguages(bundle.languages),
  };
}
