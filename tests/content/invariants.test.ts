/**
 * The safety invariants, checked over every path through the compiled machine,
 * plus tests that each rule does fail when its content is missing.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createPathwayMachine, currentNodeId } from '../../src/pathway/machine';
import { enumeratePaths } from '../../src/pathway/paths';
import { INVARIANTS, invariantViolations, type RouteFacts } from '../../src/content/invariants';
import type { OutcomeNode } from '../../src/content/schema';
import { content } from './compiled';

const machine = createPathwayMachine(content);
const paths = enumeratePaths(machine, content);

function factsOf(path: (typeof paths)[number]): RouteFacts {
  const outcome = content.nodes[currentNodeId(path.final)];
  if (outcome?.type !== 'outcome')
    throw new Error(`${path.nodes.join(' > ')} does not end at an outcome`);
  return { outcome, vars: path.final.context.vars };
}

describe('safety invariants over every path', () => {
  it(`hold for all ${paths.length} paths`, () => {
    console.log(`invariants: ${INVARIANTS.length} rules checked over ${paths.length} paths`);
    const broken = paths.flatMap((path) =>
      invariantViolations(factsOf(path)).map((problem) => `${path.nodes.join(' > ')}: ${problem}`),
    );
    expect(broken).toEqual([]);
  });

  it('ask no more than 8 questions on any path', () => {
    const longest = Math.max(
      ...paths.map((p) => p.events.filter((e) => e.type === 'ANSWER').length),
    );
    expect(longest).toBeLessThanOrEqual(8);
  });

  it('bring a staff member with a disclosure to the first instruction within 3 taps of the start page', () => {
    // Tap 1: the "A child has told me something" quick entry. Then immediate danger, then role.
    const actor = createActor(machine, { input: {} }).start();
    actor.send({ type: 'START', vars: { concern: 'told' } });
    let taps = 1;
    for (const answer of ['no', 'staff']) {
      if (content.nodes[currentNodeId(actor.getSnapshot())]?.type !== 'question') break;
      actor.send({ type: 'ANSWER', answer });
      taps += 1;
    }
    const outcome = content.nodes[currentNodeId(actor.getSnapshot())];
    expect(outcome?.type).toBe('outcome');
    expect(outcome?.tags).toContain('disclosure');
    expect(taps).toBeLessThanOrEqual(3);
  });
});

describe('each invariant fails when its content is missing', () => {
  const bare: OutcomeNode = {
    id: 'bare',
    type: 'outcome',
    urgency: 'today',
    title: 'pathway:x.title',
    actions: [{ text: 'pathway:x.action' }],
    doNot: [],
    record: [],
    contacts: [{ local: 'dsl' }],
    sources: [{ source: 'kcsie-2025', section: 'Part one' }],
    reviewBy: '2027-08-31',
  };
  const cases: [string, RouteFacts][] = [
    [
      'dsl-outcome-for-dsl',
      { outcome: { ...bare, tags: ['child-concern'] }, vars: { role: 'dsl' } },
    ],
    [
      'non-dsl-tells-dsl',
      { outcome: { ...bare, tags: ['child-concern', 'non-dsl'] }, vars: { role: 'staff' } },
    ],
    ['disclosure-response', { outcome: { ...bare, tags: ['disclosure'] }, vars: {} }],
    ['household-no-parents-first', { outcome: bare, vars: { role: 'dsl', suspect: 'parent' } }],
    ['allegation-route', { outcome: { ...bare, tags: ['allegation'] }, vars: {} }],
    ['images-never-view', { outcome: { ...bare, tags: ['images'] }, vars: {} }],
    ['sextortion-support', { outcome: { ...bare, tags: ['sextortion'] }, vars: {} }],
    ['child-on-child-every-child', { outcome: { ...bare, tags: ['child-on-child'] }, vars: {} }],
    [
      'non-recent-current-contact-referral',
      { outcome: { ...bare, tags: ['adult-non-recent'] }, vars: { 'current-contact': 'yes' } },
    ],
  ];

  it('covers every rule', () => {
    expect(cases.map(([id]) => id).sort()).toEqual(INVARIANTS.map((r) => r.id).sort());
  });

  for (const [id, route] of cases) {
    it(id, () => {
      expect(invariantViolations(route).some((problem) => problem.startsWith(`${id}:`))).toBe(true);
    });
  }

  it('forbids telling the parents first where a parent may be involved', () => {
    const informs: OutcomeNode = {
      ...bare,
      actions: [
        { text: 'pathway:shared.adviceBeforeParents' },
        { text: 'pathway:shared.informParents' },
      ],
    };
    expect(
      invariantViolations({ outcome: informs, vars: { role: 'dsl', suspect: 'household' } }),
    ).toEqual([
      'household-no-parents-first: actions must not include pathway:shared.informParents',
    ]);
  });
});
