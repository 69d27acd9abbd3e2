/**
 * The pathway as an XState machine, compiled from content. One state per content
 * node; route nodes are eventless. The history stack lives in context so Back can
 * return to any earlier step with the variables it had then.
 */
import { assign, setup, type SnapshotFrom } from 'xstate';
import type { GraphNode, PathwayGraph } from '../content/compile';

export type Vars = Record<string, string>;

/** A node the user has left, the answer they gave there, and the variables before it. */
export interface Step {
  node: string;
  answer?: string | undefined;
  vars: Vars;
}

export interface PathwayContext {
  history: Step[];
  vars: Vars;
  /** Variables kept across Start again (e.g. role), as the content's meta.remember lists. */
  remembered: Vars;
}

export type PathwayEvent =
  | { type: 'START'; vars?: Vars }
  | { type: 'ANSWER'; answer: string }
  | { type: 'CONTINUE' }
  | { type: 'EMERGENCY' }
  | { type: 'BACK' }
  | { type: 'RESTART' }
  | { type: 'EXIT' };

/** Not a content node: where EXIT leaves the machine, with nothing remembered. */
export const EXITED = 'exited';

const pathwaySetup = setup({
  types: {
    context: {} as PathwayContext,
    events: {} as PathwayEvent,
    input: {} as { remembered?: Vars },
  },
  guards: {
    answerIs: ({ event }, params: { answer: string }) =>
      event.type === 'ANSWER' && event.answer === params.answer,
    varIs: ({ context }, params: { variable: string; value: string }) =>
      context.vars[params.variable] === params.value,
    lastStepIs: ({ context }, params: { node: string }) =>
      context.history.at(-1)?.node === params.node,
  },
  actions: {
    pushStep: assign({
      history: ({ context }, params: { node: string; answer?: string }) => [
        ...context.history,
        { node: params.node, answer: params.answer, vars: context.vars },
      ],
    }),
    setVars: assign(({ context }, params: { vars: Vars; remember: string[] }) => {
      const kept = Object.entries(params.vars).filter(([name]) => params.remember.includes(name));
      return {
        vars: { ...context.vars, ...params.vars },
        remembered: kept.length
          ? { ...context.remembered, ...Object.fromEntries(kept) }
          : context.remembered,
      };
    }),
    popStep: assign(({ context }) => ({
      history: context.history.slice(0, -1),
      vars: context.history.at(-1)?.vars ?? context.vars,
    })),
    begin: assign(({ context, event }) => ({
      history: [],
      vars: { ...context.remembered, ...(event.type === 'START' ? event.vars : {}) },
    })),
    forget: assign({ history: [], vars: {}, remembered: {} }),
  },
});

type StateConfigs = NonNullable<Parameters<typeof pathwaySetup.createMachine>[0]['states']>;
type StateConfig = StateConfigs[string];

function stateFor(node: GraphNode, content: PathwayGraph): StateConfig {
  const tags = [node.type, ...(node.tags ?? [])];
  // Pages that already put 999 first do not offer the way to the 999 page.
  const emergency =
    node.id === content.emergency || node.tags?.includes('immediate-danger')
      ? {}
      : {
          EMERGENCY: {
            target: content.emergency,
            actions: { type: 'pushStep' as const, params: { node: node.id } },
          },
        };
  switch (node.type) {
    case 'question':
      return {
        tags,
        on: {
          ...emergency,
          ANSWER: node.answers.map((answer) => ({
            guard: { type: 'answerIs' as const, params: { answer: answer.id } },
            target: answer.next,
            actions: [
              { type: 'pushStep' as const, params: { node: node.id, answer: answer.id } },
              {
                type: 'setVars' as const,
                params: { vars: answer.set ?? {}, remember: content.remember },
              },
            ],
          })),
        },
      };
    case 'info':
      return {
        tags,
        on: {
          ...emergency,
          CONTINUE: {
            target: node.next,
            actions: { type: 'pushStep' as const, params: { node: node.id } },
          },
        },
      };
    case 'route':
      return {
        tags,
        always: [
          ...node.cases.map((c) => ({
            guard: { type: 'varIs' as const, params: { variable: node.on, value: c.when } },
            target: c.next,
          })),
          { target: node.otherwise },
        ],
      };
    case 'outcome':
      return { tags, on: emergency };
  }
}

export function createPathwayMachine(content: PathwayGraph) {
  const nodes = Object.values(content.nodes);
  const states: StateConfigs = Object.fromEntries(nodes.map((n) => [n.id, stateFor(n, content)]));
  states[EXITED] = { tags: ['exited'] };
  const backTargets = nodes.filter((n) => n.type !== 'route').map((n) => n.id);

  return pathwaySetup.createMachine({
    id: 'pathway',
    initial: content.start,
    context: ({ input }) => ({
      history: [],
      vars: { ...input.remembered },
      remembered: { ...input.remembered },
    }),
    states,
    on: {
      BACK: backTargets.map((id) => ({
        guard: { type: 'lastStepIs' as const, params: { node: id } },
        target: `.${id}`,
        actions: 'popStep' as const,
      })),
      START: { target: `.${content.start}`, actions: 'begin' as const },
      RESTART: { target: `.${content.start}`, actions: 'begin' as const },
      EXIT: { target: `.${EXITED}`, actions: 'forget' as const },
    },
  });
}

export type PathwayMachine = ReturnType<typeof createPathwayMachine>;
export type PathwaySnapshot = SnapshotFrom<PathwayMachine>;

/** The content node the user is on (route nodes are never current: they resolve at once). */
export function currentNodeId(snapshot: PathwaySnapshot): string {
  const value: unknown = snapshot.value;
  if (typeof value !== 'string') throw new Error('pathway states are flat');
  return value;
}
