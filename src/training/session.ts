/**
 * One group's play of a training scenario, as a pure reducer. It lives in memory
 * only: nothing here is ever saved, put in a URL or sent anywhere.
 *
 * A play goes: the story, then for each of the scenario's decisions the group
 * picks an answer ("decide") and then sees the pathway's answer ("revealed"),
 * then the outcome with a summary of every decision.
 */
import type { Scenario } from '../content/schema';

export type Phase = 'story' | 'decide' | 'revealed' | 'outcome';

export interface Session {
  scenarioId: string;
  /** How many decisions the scenario has. */
  steps: number;
  phase: Phase;
  /** The decision on screen (0-based); in the story it is 0, at the outcome it is `steps`. */
  step: number;
  /** The group's answer at each decision, if it picked one. */
  choices: (string | undefined)[];
}

export type SessionAction =
  | { type: 'NEXT' }
  | { type: 'BACK' }
  | { type: 'CHOOSE'; answer: string }
  /** Moves the choice up or down the answers on screen (arrow keys). */
  | { type: 'MOVE'; by: 1 | -1; answers: string[] };

export function startSession(scenario: Pick<Scenario, 'id' | 'steps'>): Session {
  return {
    scenarioId: scenario.id,
    steps: scenario.steps.length,
    phase: 'story',
    step: 0,
    choices: scenario.steps.map(() => undefined),
  };
}

function withChoice(session: Session, answer: string): Session {
  const choices = [...session.choices];
  choices[session.step] = answer;
  return { ...session, choices };
}

export function reduceSession(session: Session, action: SessionAction): Session {
  const { phase, step, steps } = session;
  switch (action.type) {
    case 'NEXT':
      if (phase === 'story') return { ...session, phase: 'decide', step: 0 };
      if (phase === 'decide') return { ...session, phase: 'revealed' };
      if (phase === 'revealed') {
        return step + 1 < steps
          ? { ...session, phase: 'decide', step: step + 1 }
          : { ...session, phase: 'outcome', step: steps };
      }
      return session;
    case 'BACK':
      if (phase === 'revealed') return { ...session, phase: 'decide' };
      if (phase === 'decide') {
        return step === 0
          ? { ...session, phase: 'story' }
          : { ...session, phase: 'revealed', step: step - 1 };
      }
      if (phase === 'outcome') return { ...session, phase: 'revealed', step: steps - 1 };
      return session;
    case 'CHOOSE':
      // Once the pathway's answer is shown, the group's choice stands.
      return phase === 'decide' ? withChoice(session, action.answer) : session;
    case 'MOVE': {
      if (phase !== 'decide' || action.answers.length === 0) return session;
      const at = action.answers.indexOf(session.choices[step] ?? '');
      const count = action.answers.length;
      const next = at === -1 ? (action.by === 1 ? 0 : count - 1) : (at + action.by + count) % count;
      return withChoice(session, action.answers[next]!);
    }
  }
}

export interface Decision {
  node: string;
  /** The group's answer, or undefined when it revealed without choosing. */
  chosen: string | undefined;
  pathway: string;
  matches: boolean;
}

/** Every decision so far: what the group chose beside the pathway's answer. */
export function decisionsOf(session: Session, scenario: Pick<Scenario, 'steps'>): Decision[] {
  const shown = session.phase === 'outcome' ? session.steps : session.step;
  return scenario.steps.slice(0, shown).map((step, index) => {
    const chosen = session.choices[index];
    return { node: step.node, chosen, pathway: step.answer, matches: chosen === step.answer };
  });
}
