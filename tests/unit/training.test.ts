import { describe, expect, it } from 'vitest';
import { createPathwayMachine } from '../../src/pathway/machine';
import {
  decisionsOf,
  reduceSession,
  startSession,
  type Session,
  type SessionAction,
} from '../../src/training/session';
import { actionFor, commandFor, type KeyPress } from '../../src/training/keys';
import { clock, splitTime } from '../../src/training/clock';
import { labelFor, nodeAfter, scenarioFits, varsOf } from '../../src/training/walk';
import { bundle, content } from '../content/compiled';

const scenario = {
  id: 'two-steps',
  start: { role: 'staff' },
  steps: [
    { node: 'immediate-danger', answer: 'no', why: 'x:why.1' },
    { node: 'concern', answer: 'told', why: 'x:why.2' },
  ],
  outcome: 'outcome-disclosure-staff',
};

const play = (actions: SessionAction[], from: Session = startSession(scenario)) =>
  actions.reduce(reduceSession, from);
const NEXT = { type: 'NEXT' } as const;
const BACK = { type: 'BACK' } as const;
const choose = (answer: string) => ({ type: 'CHOOSE', answer }) as const;

describe('a training session', () => {
  it('goes story, then decide and reveal for each decision, then the outcome', () => {
    const phases: string[] = [];
    let session = startSession(scenario);
    for (let i = 0; i < 6; i++) {
      phases.push(`${session.phase}:${session.step}`);
      session = reduceSession(session, NEXT);
    }
    expect(phases).toEqual([
      'story:0',
      'decide:0',
      'revealed:0',
      'decide:1',
      'revealed:1',
      'outcome:2',
    ]);
    expect(reduceSession(session, NEXT)).toBe(session);
  });

  it('goes back one step at a time, to the story', () => {
    let session = play([NEXT, NEXT, NEXT, NEXT, NEXT]);
    const phases: string[] = [];
    for (let i = 0; i < 6; i++) {
      phases.push(`${session.phase}:${session.step}`);
      session = reduceSession(session, BACK);
    }
    expect(phases).toEqual([
      'outcome:2',
      'revealed:1',
      'decide:1',
      'revealed:0',
      'decide:0',
      'story:0',
    ]);
    expect(session.phase).toBe('story');
  });

  it('keeps the choice once the pathway is revealed', () => {
    const session = play([NEXT, choose('yes'), NEXT, choose('no')]);
    expect(session.phase).toBe('revealed');
    expect(session.choices).toEqual(['yes', undefined]);
    expect(play([choose('yes')]).choices).toEqual([undefined, undefined]);
  });

  it('moves the choice with the arrows, wrapping round', () => {
    const answers = ['yes', 'no', 'unsure'];
    const down = { type: 'MOVE', by: 1, answers } as const;
    const up = { type: 'MOVE', by: -1, answers } as const;
    expect(play([NEXT, down]).choices[0]).toBe('yes');
    expect(play([NEXT, up]).choices[0]).toBe('unsure');
    expect(play([NEXT, down, down, down, down]).choices[0]).toBe('yes');
    expect(play([NEXT, choose('yes'), up]).choices[0]).toBe('unsure');
  });

  it('summarises every decision, matched or not, including one left unchosen', () => {
    const session = play([NEXT, choose('yes'), NEXT, NEXT, NEXT, NEXT]);
    expect(session.phase).toBe('outcome');
    expect(decisionsOf(session, scenario)).toEqual([
      { node: 'immediate-danger', chosen: 'yes', pathway: 'no', matches: false },
      { node: 'concern', chosen: undefined, pathway: 'told', matches: false },
    ]);
    const right = play([NEXT, choose('no'), NEXT, NEXT, choose('told'), NEXT, NEXT]);
    expect(decisionsOf(right, scenario).map((d) => d.matches)).toEqual([true, true]);
    expect(decisionsOf(play([NEXT, NEXT, NEXT]), scenario)).toHaveLength(1);
  });
});

describe('presenter keys', () => {
  const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...mods,
  });

  it('map arrows, Space, Enter and numbers to commands', () => {
    expect(commandFor(press('ArrowRight'), 'other')).toEqual({ type: 'NEXT' });
    expect(commandFor(press(' '), 'other')).toEqual({ type: 'NEXT' });
    expect(commandFor(press('Enter'), 'other')).toEqual({ type: 'NEXT' });
    expect(commandFor(press('ArrowLeft'), 'control')).toEqual({ type: 'BACK' });
    expect(commandFor(press('ArrowDown'), 'control')).toEqual({ type: 'MOVE', by: 1 });
    expect(commandFor(press('ArrowUp'), 'other')).toEqual({ type: 'MOVE', by: -1 });
    expect(commandFor(press('3'), 'other')).toEqual({ type: 'PICK', index: 2 });
    expect(commandFor(press('0'), 'other')).toBeUndefined();
    expect(commandFor(press('a'), 'other')).toBeUndefined();
  });

  it('leave the browser’s shortcuts, form fields, and Space and Enter on buttons alone', () => {
    for (const mod of ['ctrlKey', 'metaKey', 'altKey', 'shiftKey'] as const) {
      expect(commandFor(press('ArrowLeft', { [mod]: true }), 'other')).toBeUndefined();
      expect(commandFor(press('1', { [mod]: true }), 'other')).toBeUndefined();
    }
    for (const key of ['ArrowRight', ' ', '1', 'Enter']) {
      expect(commandFor(press(key), 'field')).toBeUndefined();
    }
    expect(commandFor(press(' '), 'control')).toBeUndefined();
    expect(commandFor(press('Enter'), 'control')).toBeUndefined();
  });

  it('pick only answers that are on screen', () => {
    expect(actionFor({ type: 'PICK', index: 1 }, ['yes', 'no'])).toEqual(choose('no'));
    expect(actionFor({ type: 'PICK', index: 2 }, ['yes', 'no'])).toBeUndefined();
    expect(actionFor({ type: 'MOVE', by: 1 }, ['yes'])).toEqual({
      type: 'MOVE',
      by: 1,
      answers: ['yes'],
    });
  });
});

describe('the timer display', () => {
  it('shows minutes and seconds', () => {
    expect(clock(0)).toBe('0:00');
    expect(clock(65_900)).toBe('1:05');
    expect(splitTime(-5)).toEqual({ minutes: 0, seconds: 0 });
    expect(splitTime(3_600_000)).toEqual({ minutes: 60, seconds: 0 });
  });
});

describe('a scenario on the real pathway', () => {
  const machine = createPathwayMachine(content);

  it('is shown at the node the machine is on after each of the pathway’s answers', () => {
    expect(nodeAfter(machine, content, scenario, 0)).toBe('immediate-danger');
    expect(nodeAfter(machine, content, scenario, 1)).toBe('concern');
    expect(nodeAfter(machine, content, scenario, 2)).toBe('outcome-disclosure-staff');
    expect(scenarioFits(machine, content, scenario)).toBe(true);
  });

  it('is caught when the pathway no longer takes its route', () => {
    expect(scenarioFits(machine, content, { ...scenario, outcome: 'outcome-signs-staff' })).toBe(
      false,
    );
    const wrongAnswer = { ...scenario, steps: [{ ...scenario.steps[0]!, answer: 'yes' }] };
    expect(
      scenarioFits(machine, content, {
        ...wrongAnswer,
        steps: [...wrongAnswer.steps, scenario.steps[1]!],
      }),
    ).toBe(false);
  });

  it('every scenario in the content fits', () => {
    for (const s of bundle.scenarios) expect(scenarioFits(machine, content, s), s.id).toBe(true);
  });

  it('is labelled with the pathway’s own words for its role and concern', () => {
    const vars = varsOf(content, scenario);
    expect(vars).toMatchObject({ role: 'staff', concern: 'told' });
    expect(labelFor(content, 'role', 'staff')).toBe('pathway:role.staff');
    expect(labelFor(content, 'concern', 'told')).toBe('pathway:concern.told');
    expect(labelFor(content, 'role', 'astronaut')).toBeUndefined();
  });
});
