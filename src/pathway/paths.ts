/**
 * Enumerates every route through the compiled machine by sending the forward
 * events each node offers (every answer, or Continue), using XState's pure
 * transition function. Used by the model-based tests and the content report.
 */
import { initialTransition, transition } from 'xstate';
import type { PathwayGraph } from '../content/compile';
import {
  currentNodeId,
  type PathwayEvent,
  type PathwayMachine,
  type PathwaySnapshot,
  type Vars,
} from './machine';

export interface WalkedPath {
  /** Nodes visited, in order, ending at the last node reached. */
  nodes: string[];
  events: PathwayEvent[];
  final: PathwaySnapshot;
}

export function forwardEvents(content: PathwayGraph, nodeId: string): PathwayEvent[] {
  const node = content.nodes[nodeId];
  if (node?.type === 'question') return node.answers.map((a) => ({ type: 'ANSWER', answer: a.id }));
  if (node?.type === 'info') return [{ type: 'CONTINUE' }];
  return [];
}

/**
 * `remembered` is what the device already knows (e.g. { nation: 'wales' } from
 * settings), as the app passes it to the machine; routes on it are taken silently.
 */
export function enumeratePaths(
  machine: PathwayMachine,
  content: PathwayGraph,
  remembered: Vars = {},
  maxDepth = 64,
): WalkedPath[] {
  const paths: WalkedPath[] = [];
  const walk = (snapshot: PathwaySnapshot, nodes: string[], events: PathwayEvent[]) => {
    const here = currentNodeId(snapshot);
    const next = forwardEvents(content, here);
    if (next.length === 0 || nodes.length > maxDepth) {
      paths.push({ nodes, events, final: snapshot });
      return;
    }
    for (const event of next) {
      const [after] = transition(machine, snapshot, event);
      const there = currentNodeId(after);
      if (there === here) {
        // The event was not taken: record the stuck path so the test can fail on it.
        paths.push({ nodes, events: [...events, event], final: after });
        continue;
      }
      walk(after, [...nodes, there], [...events, event]);
    }
  };
  const [initial] = initialTransition(machine, { remembered });
  walk(initial, [currentNodeId(initial)], []);
  return paths;
}
