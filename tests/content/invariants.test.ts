/**
 * The safety invariants, checked over every path through the compiled machine,
 * plus tests that each rule does fail when its content is missing.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createPathwayMachine, currentNodeId } from '../../src/pathway/machine';
import {
  INVARIANTS,
  NATION_KEYS,
  invariantViolations,
  type RouteFacts,
} from '../../src/content/invariants';
import type { OutcomeNode } from '../../src/content/schema';
import { content, pathsForEveryNation } from './compiled';
import { englandOnlyTermsIn, outcomeText } from './england-only';

const machine = createPathwayMachine(content);
// The nation is remembered from settings, so every nation's routes are checked.
const paths = pathsForEveryNation(machine).flatMap((n) => n.paths);

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
    const actor = createActor(machine, { input: { remembered: { nation: 'england' } } }).start();
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
    [
      'nation-own-words',
      {
        outcome: { ...bare, actions: [{ text: NATION_KEYS.england.tellLeadToday }] },
        vars: { nation: 'wales' },
      },
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

  describe('on a Wales route, England wording does not count', () => {
    const wales = (outcome: OutcomeNode) => ({ outcome, vars: { nation: 'wales' } });
    const ids = (route: RouteFacts) => invariantViolations(route).map((p) => p.split(':')[0]);

    it('the non-lead rule asks for the DSP, not the DSL', () => {
      const england = {
        ...bare,
        tags: ['child-concern', 'non-dsl'],
        actions: [
          { text: NATION_KEYS.england.tellLeadToday },
          { text: NATION_KEYS.england.leadUnavailable },
        ],
        doNot: ['pathway:doNot.investigate'],
      };
      expect(invariantViolations({ outcome: england, vars: { role: 'staff' } })).toEqual([]);
      expect(ids(wales(england))).toEqual([
        'non-dsl-tells-dsl',
        'non-dsl-tells-dsl',
        'nation-own-words',
        'nation-own-words',
      ]);
      const walesText = {
        ...england,
        actions: [
          { text: NATION_KEYS.wales.tellLeadToday },
          { text: NATION_KEYS.wales.leadUnavailable },
        ],
      };
      expect(invariantViolations(wales(walesText))).toEqual([]);
    });

    it('the allegation rule asks for the Local Authority Designated Officer for Safeguarding', () => {
      const walesAllegation: OutcomeNode = {
        ...bare,
        tags: ['allegation', 'wales'],
        actions: [{ text: 'pathway:shared.tellHeadteacher' }],
        doNot: [NATION_KEYS.wales.alertPerson],
        contacts: [{ local: 'la-designated-officer' }],
      };
      expect(invariantViolations({ outcome: walesAllegation, vars: {} })).toEqual([]);
      const withLado = { ...walesAllegation, contacts: [{ local: 'lado' as const }] };
      expect(invariantViolations({ outcome: withLado, vars: {} })).toEqual([
        'allegation-route: contacts must include local:la-designated-officer',
        'nation-own-words: contacts must not include local:lado',
      ]);
      // And the other way: Wales wording does not pass on an England route.
      const onEnglandRoute = { ...walesAllegation, tags: ['allegation'] };
      expect(ids({ outcome: onEnglandRoute, vars: { nation: 'england' } })).toContain(
        'allegation-route',
      );
    });

    it('the household and non-recent rules ask for the Wales wording', () => {
      const dsp = {
        outcome: { ...bare, tags: ['wales'] },
        vars: { role: 'dsl', suspect: 'parent' },
      };
      expect(invariantViolations(dsp)).toEqual([
        `household-no-parents-first: actions must include ${NATION_KEYS.wales.adviceBeforeParents}`,
      ]);
      const nonRecent = {
        outcome: { ...bare, tags: ['adult-non-recent', 'referral', 'wales'] },
        vars: { 'current-contact': 'unsure' },
      };
      expect(invariantViolations(nonRecent)).toEqual([
        `non-recent-current-contact-referral: actions must include ${NATION_KEYS.wales.referCurrentContact}`,
      ]);
    });
  });

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

const englandOnlyTermsOn = (outcome: OutcomeNode) => englandOnlyTermsIn(outcomeText(outcome));

describe("pages for Scotland and Northern Ireland, and Wales's 999 page", () => {
  const otherNation = Object.values(content.nodes).filter(
    (n): n is OutcomeNode => n.type === 'outcome' && (n.tags ?? []).includes('other-nation'),
  );

  it('exist for Scotland and Northern Ireland, and for 999 in each of the three nations', () => {
    expect(otherNation.map((n) => n.id).sort()).toEqual([
      'outcome-immediate-danger-northern-ireland',
      'outcome-immediate-danger-scotland',
      'outcome-immediate-danger-wales',
      'outcome-northern-ireland',
      'outcome-scotland',
    ]);
  });

  for (const outcome of otherNation) {
    it(`${outcome.id} contains no England-only terms (KCSIE, DSL, LADO)`, () => {
      expect(englandOnlyTermsOn(outcome)).toEqual([]);
    });

    it(`${outcome.id} offers 999 first and is not dressed up as an England child-concern page`, () => {
      expect(outcome.actions[0]?.call).toBe('police-emergency');
      expect(outcome.tags).not.toContain('child-concern');
      expect(outcome.contacts).toContainEqual({ service: 'police-emergency' });
    });
  }

  it('the term check does find England-only terms on an England page', () => {
    const england = content.nodes['outcome-immediate-danger'] as OutcomeNode;
    expect(englandOnlyTermsOn(england).length).toBeGreaterThan(0);
  });
});
