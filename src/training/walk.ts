/**
 * Where a scenario stands on the real pathway machine after its first few
 * decisions, taken with the pathway's own answers. The training screens show
 * the machine's current node, so a scenario is always played on the pathway
 * the app uses.
 */
import { initialTransition, transition } from 'xstate';
import type { PathwayGraph } from '../content/compile';
import type { Scenario } from '../content/schema';
import {
  currentNodeId,
  type PathwayMachine,
  type PathwaySnapshot,
  type Vars,
} from '../pathway/machine';

/** The most info pages in a row the walk steps through before giving up. */
const MAX_INFO = 20;

function pastInfoPages(
  machine: PathwayMachine,
  graph: PathwayGraph,
  snapshot: PathwaySnapshot,
): PathwaySnapshot {
  let current = snapshot;
  for (let i = 0; i < MAX_INFO; i++) {
    if (graph.nodes[currentNodeId(current)]?.type !== 'info') break;
    [current] = transition(machine, current, { type: 'CONTINUE' });
  }
  return current;
}

/** The node on screen after the scenario's first `answered` decisions. */
export function nodeAfter(
  machine: PathwayMachine,
  graph: PathwayGraph,
  scenario: Pick<Scenario, 'start' | 'steps'>,
  answered: number,
): string {
  const remembered: Vars = scenario.start.role ? { role: scenario.start.role } : {};
  let [snapshot] = initialTransition(machine, { remembered });
  [snapshot] = transition(machine, snapshot, { type: 'START', vars: scenario.start });
  snapshot = pastInfoPages(machine, graph, snapshot);
  for (const step of scenario.steps.slice(0, answered)) {
    [snapshot] = transition(machine, snapshot, { type: 'ANSWER', answer: step.answer });
    snapshot = pastInfoPages(machine, graph, snapshot);
  }
  return currentNodeId(snapshot);
}

/** False when a content change has moved the pathway away from this scenario's route. */
export function scenarioFits(
  machine: PathwayMachine,
  graph: PathwayGraph,
  scenario: Pick<Scenario, 'start' | 'steps' | 'outcome'>,
): boolean {
  return (
    scenario.steps.every(
      (step, index) => nodeAfter(machine, graph, scenario, index) === step.node,
    ) && nodeAfter(machine, graph, scenario, scenario.steps.length) === scenario.outcome
  );
}

/**
 * The pathway's label for a variable's value (e.g. role "staff"): the label of the
 * answer that sets it, so the training list uses the pathway's own words.
 */
export function labelFor(graph: PathwayGraph, name: string, value: string): string | undefined {
  for (const node of Object.values(graph.nodes)) {
    if (node.type !== 'question') continue;
    const answer = node.answers.find((a) => a.set?.[name] === value);
    if (answer) return answer.label;
  }
  return undefined;
}

/** The variables a scenario sets: its start, then each of the pathway's answers. */
export function varsOf(graph: PathwayGraph, scenario: Pick<Scenario, 'start' | 'steps'>) {
  const vars: Record<string, string> = { ...scenario.start };
  for (const step of scenario.steps) {
    const node = graph.nodes[step.node];
    if (node?.type !== 'question') continue;
    Object.assign(vars, node.answers.find((a) => a.id === step.answer)?.set ?? {});
  }
  return vars;
}
