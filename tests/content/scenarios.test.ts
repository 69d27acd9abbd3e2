/**
 * Every training scenario walks the real compiled machine: each step must be
 * on the page the scenario expects, and the walk must end at its outcome. A
 * content change that breaks a scenario fails the build.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createPathwayMachine, currentNodeId, type Vars } from '../../src/pathway/machine';
import { loadContent } from '../../src/content/load';
import type { Scenario } from '../../src/content/schema';
import { CONTENT_DIR } from './fixtures';
import { content } from './compiled';

const { scenarios, meta, nodes } = loadContent(CONTENT_DIR);

/** Plays a scenario on the machine; returns the variables it ends with. */
function play(scenario: Scenario): Vars {
  const remembered: Vars = scenario.start.role ? { role: scenario.start.role } : {};
  const actor = createActor(createPathwayMachine(content), { input: { remembered } }).start();
  actor.send({ type: 'START', vars: scenario.start });
  for (const step of scenario.steps) {
    expect(currentNodeId(actor.getSnapshot()), `${scenario.id}: page before "${step.answer}"`).toBe(
      step.node,
    );
    actor.send({ type: 'ANSWER', answer: step.answer });
  }
  expect(currentNodeId(actor.getSnapshot())).toBe(scenario.outcome);
  return actor.getSnapshot().context.vars;
}

describe('training scenarios', () => {
  it('are a library of at least 12', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(12);
  });

  for (const scenario of scenarios) {
    it(`"${scenario.id}" takes its route to ${scenario.outcome}`, () => {
      play(scenario);
    });
  }

  it('cover every role and every kind of concern the pathway asks about', () => {
    const ended = scenarios.map(play);
    const seen = (variable: string) =>
      [...new Set(ended.flatMap((vars) => vars[variable] ?? []))].sort();
    expect(seen('role')).toEqual([...(meta.variables.role ?? [])].sort());
    expect(seen('concern')).toEqual([...(meta.variables.concern ?? [])].sort());
  });

  it('start only with variables and values meta.json declares', () => {
    for (const scenario of scenarios) {
      for (const [variable, value] of Object.entries(scenario.start)) {
        expect(meta.variables[variable], `${scenario.id}: ${variable}`).toContain(value);
      }
    }
  });

  it('cite only what their outcome cites, in the same words', () => {
    const outcomes = new Map(nodes.flatMap((n) => (n.type === 'outcome' ? [[n.id, n]] : [])));
    for (const scenario of scenarios) {
      const cited = (outcomes.get(scenario.outcome)?.sources ?? []).map(
        (c) => `${c.source}: ${c.section}`,
      );
      for (const c of scenario.sources) {
        expect(cited, scenario.id).toContain(`${c.source}: ${c.section}`);
      }
    }
  });

  it('give the trainer two to four discussion points each', () => {
    for (const scenario of scenarios) {
      expect(scenario.discussion.length, scenario.id).toBeGreaterThanOrEqual(2);
      expect(scenario.discussion.length, scenario.id).toBeLessThanOrEqual(4);
    }
  });
});

describe('the scenarios’ nation', () => {
  const { nodeFiles } = loadContent(CONTENT_DIR);
  const otherNations = new Set(['pathway/wales.json', 'pathway/nations.json']);

  it('every scenario is for England, as the training page says: no nation set, no other nation’s pages', () => {
    for (const scenario of scenarios) {
      expect(scenario.start.nation, scenario.id).toBeUndefined();
      const pages = [...scenario.steps.map((step) => step.node), scenario.outcome];
      for (const page of pages) {
        expect(otherNations.has(nodeFiles[page] ?? ''), `${scenario.id}: ${page}`).toBe(false);
      }
    }
  });
});
