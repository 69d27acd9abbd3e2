/**
 * Model-based test: every route through the compiled machine, found by sending
 * every answer at every question, must end at an outcome.
 */
import { describe, expect, it } from 'vitest';
import { createPathwayMachine, currentNodeId } from '../../src/pathway/machine';
import { enumeratePaths } from '../../src/pathway/paths';
import { content } from './compiled';

describe('every path through the compiled pathway', () => {
  const machine = createPathwayMachine(content);
  const paths = enumeratePaths(machine, content);
  console.log(
    `pathway: ${paths.length} paths from "${content.start}" enumerated through the machine`,
  );

  it('ends at an outcome', () => {
    expect(paths.length).toBeGreaterThan(0);
    const notOutcomes = paths.filter((p) => !p.final.hasTag('outcome'));
    expect(notOutcomes.map((p) => p.nodes.join(' > '))).toEqual([]);
  });

  it('reaches every outcome in the content', () => {
    const reached = new Set(paths.map((p) => currentNodeId(p.final)));
    const outcomes = Object.values(content.nodes)
      .filter((n) => n.type === 'outcome')
      .map((n) => n.id);
    expect([...reached].sort()).toEqual(outcomes.sort());
  });

  it('goes straight to the 999 outcome when a child is in immediate danger', () => {
    const yes = paths.filter((p) => p.events[0]?.type === 'ANSWER' && p.events[0].answer === 'yes');
    expect(yes.map((p) => p.nodes)).toEqual([[content.start, content.emergency]]);
  });

  it('keeps every non-DSL disclosure route on an outcome that tells the DSL', () => {
    const disclosures = paths.filter(
      (p) => p.final.hasTag('disclosure') && p.final.context.vars.role !== 'dsl',
    );
    expect(disclosures.length).toBeGreaterThan(0);
    for (const path of disclosures) {
      expect(path.final.hasTag('non-dsl'), path.nodes.join(' > ')).toBe(true);
    }
  });
});
