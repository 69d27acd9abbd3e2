/**
 * Replaying a journey through the pathway's state machine: the state of every
 * history entry. Kept apart from journey.ts so that XState loads only once the
 * pathway is needed, not with the start page.
 */
import { initialTransition, transition } from 'xstate';
import type { PathwayMachine, PathwaySnapshot, Vars } from '../pathway/machine';
import type { Journey, JourneyEvent, View } from './journey';

export interface JourneyState {
  snapshot: PathwaySnapshot;
  view: View;
}

export function initialState(machine: PathwayMachine, input: Vars): JourneyState {
  const [snapshot] = initialTransition(machine, { remembered: input });
  return { snapshot, view: 'start' };
}

export function nextState(
  machine: PathwayMachine,
  state: JourneyState,
  event: JourneyEvent,
): JourneyState {
  if (event.type === 'PAGE') return { ...state, view: event.page };
  if (event.type === 'HOME') return { ...state, view: 'start' };
  const [snapshot] = transition(machine, state.snapshot, event);
  return { snapshot, view: 'pathway' };
}

/** The state of every entry, 0 to events.length. */
export function replay(machine: PathwayMachine, journey: Journey): JourneyState[] {
  const states = [initialState(machine, journey.input)];
  for (const event of journey.events) states.push(nextState(machine, states.at(-1)!, event));
  return states;
}
