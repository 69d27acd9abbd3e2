/**
 * Model-based test: every route through the compiled machine, found by sending
 * every answer at every question, must end at an outcome. The nation comes from
 * settings (a remembered variable), so the routes are walked once per nation.
 */
import { describe, expect, it } from 'vitest';
import { createPathwayMachine, currentNodeId } from '../../src/pathway/machine';
import { content, pathsForEveryNation } from './compiled';

/** Nations without their own pathway yet: one page, straight after the 999 question. */
const OTHER_NATION_OUTCOMES: Record<string, string> = {
  scotland: 'outcome-scotland',
  'northern-ireland': 'outcome-northern-ireland',
};

describe('every path through the compiled pathway', () => {
  const machine = createPathwayMachine(content);
  const byNation = pathsForEveryNation(machine);
  const paths = byNation.flatMap((n) => n.paths);
  for (const { nation, paths: walked } of byNation) {
    console.log(
      `pathway: ${walked.length} paths from "${content.start}" for nation ${nation ?? '(not set)'}`,
    );
  }

  it('ends at an outcome, for every nation', () => {
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

  it('goes straight to the 999 outcome when a child is in immediate danger, in every nation', () => {
    for (const { nation, paths: walked } of byNation) {
      const yes = walked.filter(
        (p) => p.events[0]?.type === 'ANSWER' && p.events[0].answer === 'yes',
      );
      expect(
        yes.map((p) => p.nodes),
        `nation ${nation ?? '(not set)'}`,
      ).toEqual([
        [
          content.start,
          !nation || nation === 'england'
            ? 'outcome-immediate-danger'
            : `outcome-immediate-danger-${nation}`,
        ],
      ]);
    }
  });

  it('never gives England procedures to someone whose nation is Scotland or Northern Ireland', () => {
    for (const { nation, paths: walked } of byNation) {
      if (!nation || !(nation in OTHER_NATION_OUTCOMES)) continue;
      const notInDanger = walked.filter(
        (p) => p.events[0]?.type === 'ANSWER' && p.events[0].answer === 'no',
      );
      // Immediate danger is asked first; then the nation's own page, with no more questions.
      expect(notInDanger.map((p) => p.nodes)).toEqual([
        [content.start, OTHER_NATION_OUTCOMES[nation]],
      ]);
      expect(notInDanger[0]!.final.hasTag('other-nation')).toBe(true);
    }
  });

  it('keeps England (and a nation not yet set) on the England pathway', () => {
    for (const { nation, paths: walked } of byNation) {
      if (nation && nation !== 'england') continue;
      expect(walked.some((p) => p.final.hasTag('other-nation'))).toBe(false);
      expect(walked.some((p) => p.final.hasTag('wales'))).toBe(false);
    }
  });

  it('takes someone in Wales onto the Wales pathway, and only there', () => {
    const wales = byNation.find((n) => n.nation === 'wales')!.paths;
    expect(wales.length).toBeGreaterThan(1);
    const notWales = wales.filter((p) => !p.final.hasTag('wales'));
    expect(notWales.map((p) => p.nodes.join(' > '))).toEqual([]);
    const onlyScotlandOrNi = byNation.filter(
      (n) => n.nation === 'scotland' || n.nation === 'northern-ireland',
    );
    for (const { paths: walked } of onlyScotlandOrNi) {
      expect(walked.some((p) => p.final.hasTag('wales'))).toBe(false);
    }
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
