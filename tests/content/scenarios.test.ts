/**
 * Every training scenario walks the real compiled machine: each step must be
 * on the page the scenario expects, and the walk must end at its outcome. A
 * content change that breaks a scenario fails the build.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createPathwayMachine, currentNodeId } from '../../src/pathway/machine';
import { loadContent } from '../../src/content/load';
import { CONTENT_DIR } from './fixtures';
import { content } from './compiled';

const { scenarios } = loadContent(CONTENT_DIR);

describe('training scenarios', () => {
  it('exist', () => {
    expect(scenarios.length).toBeGreaterThan(0);
  });

  for (const scenario of scenarios) {
    it(`"${scenario.id}" takes its route to ${scenario.outcome}`, () => {
      const remembered: Record<string, string> = scenario.start.role
        ? { role: scenario.start.role }
        : {};
      const actor = createActor(createPathwayMachine(content), { input: { remembered } }).start();
      actor.send({ type: 'START', vars: scenario.start });
      for (const step of scenario.steps) {
        expect(currentNodeId(actor.getSnapshot())).toBe(step.node);
        actor.send({ type: 'ANSWER', answer: step.answer });
      }
      expect(currentNodeId(actor.getSnapshot())).toBe(scenario.outcome);
    });
  }
});
