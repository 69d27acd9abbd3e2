import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  createPathwayMachine,
  currentNodeId,
  EXITED,
  type PathwayEvent,
} from '../../src/pathway/machine';
import { content } from '../content/compiled';

function run(...events: PathwayEvent[]) {
  return runRemembering({}, ...events);
}

function runRemembering(remembered: Record<string, string>, ...events: PathwayEvent[]) {
  const actor = createActor(createPathwayMachine(content), { input: { remembered } }).start();
  for (const event of events) actor.send(event);
  return actor;
}

const answer = (id: string): PathwayEvent => ({ type: 'ANSWER', answer: id });

describe('the pathway machine', () => {
  it('starts at the start node with nothing remembered', () => {
    const snapshot = run().getSnapshot();
    expect(currentNodeId(snapshot)).toBe(content.start);
    expect(snapshot.context).toEqual({ history: [], vars: {}, remembered: {} });
  });

  it('moves on an answer and records the step', () => {
    const snapshot = run(answer('no')).getSnapshot();
    expect(currentNodeId(snapshot)).toBe('role');
    expect(snapshot.context.history).toEqual([
      { node: 'immediate-danger', answer: 'no', vars: {} },
    ]);
  });

  it('ignores an answer the current question does not offer', () => {
    const snapshot = run(answer('no'), answer('maybe')).getSnapshot();
    expect(currentNodeId(snapshot)).toBe('role');
    expect(snapshot.context.history).toHaveLength(1);
  });

  it('routes by the role the user chose', () => {
    expect(currentNodeId(run(answer('no'), answer('staff'), answer('told')).getSnapshot())).toBe(
      'outcome-disclosure-staff',
    );
    expect(
      currentNodeId(
        run(answer('no'), answer('dsl'), answer('told'), answer('parent')).getSnapshot(),
      ),
    ).toBe('outcome-dsl-told-household');
  });

  it('goes back one step at a time, restoring what was chosen before', () => {
    const actor = run(answer('no'), answer('dsl'), answer('told'));
    expect(actor.getSnapshot().context.vars).toEqual({ role: 'dsl', concern: 'told' });
    actor.send({ type: 'BACK' });
    expect(currentNodeId(actor.getSnapshot())).toBe('concern');
    expect(actor.getSnapshot().context.vars).toEqual({ role: 'dsl' });
    actor.send({ type: 'BACK' });
    expect(currentNodeId(actor.getSnapshot())).toBe('role');
    expect(actor.getSnapshot().context.vars).toEqual({});
    actor.send(answer('staff'));
    actor.send(answer('told'));
    expect(currentNodeId(actor.getSnapshot())).toBe('outcome-disclosure-staff');
  });

  it('does nothing on Back at the start', () => {
    const snapshot = run({ type: 'BACK' }).getSnapshot();
    expect(currentNodeId(snapshot)).toBe(content.start);
  });

  it('restarts keeping only the role, which is remembered', () => {
    const snapshot = run(answer('no'), answer('dsl'), answer('told'), {
      type: 'RESTART',
    }).getSnapshot();
    expect(currentNodeId(snapshot)).toBe(content.start);
    expect(snapshot.context).toEqual({
      history: [],
      vars: { role: 'dsl' },
      remembered: { role: 'dsl' },
    });
  });

  it('skips the role question when the role is remembered', () => {
    const snapshot = runRemembering({ role: 'staff' }, answer('no')).getSnapshot();
    expect(currentNodeId(snapshot)).toBe('concern');
  });

  it('starts from a quick entry: the concern is known, immediate danger is still asked first', () => {
    const actor = runRemembering({ role: 'staff' }, { type: 'START', vars: { concern: 'told' } });
    expect(currentNodeId(actor.getSnapshot())).toBe(content.start);
    actor.send(answer('no'));
    expect(currentNodeId(actor.getSnapshot())).toBe('outcome-disclosure-staff');
    actor.send({ type: 'BACK' });
    expect(currentNodeId(actor.getSnapshot())).toBe(content.start);
  });

  it('exits with nothing remembered, and can start again', () => {
    const actor = run(answer('no'), answer('dsl'), { type: 'EXIT' });
    expect(currentNodeId(actor.getSnapshot())).toBe(EXITED);
    expect(actor.getSnapshot().context).toEqual({ history: [], vars: {}, remembered: {} });
    actor.send({ type: 'RESTART' });
    expect(currentNodeId(actor.getSnapshot())).toBe(content.start);
  });

  it('reaches the 999 outcome from every question in one event, and Back returns', () => {
    const questions = Object.values(content.nodes).filter((n) => n.type === 'question');
    expect(questions.length).toBeGreaterThan(0);
    for (const question of questions) {
      const machine = createPathwayMachine({ ...content, start: question.id });
      const actor = createActor(machine, { input: {} }).start();
      actor.send({ type: 'EMERGENCY' });
      expect(currentNodeId(actor.getSnapshot()), question.id).toBe('outcome-immediate-danger');
      actor.send({ type: 'BACK' });
      expect(currentNodeId(actor.getSnapshot()), question.id).toBe(question.id);
    }
  });

  it('is a pure definition: no DOM is needed to run it', () => {
    expect(typeof document).toBe('undefined');
    expect(currentNodeId(run(answer('yes')).getSnapshot())).toBe('outcome-immediate-danger');
  });
});
