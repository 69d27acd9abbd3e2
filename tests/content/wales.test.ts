/**
 * The Wales pathway: every route someone in Wales can take (the nation is remembered
 * from settings) is walked, and every page on it is checked for England-only terms and
 * guidance, and against the safety invariants.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createPathwayMachine, currentNodeId } from '../../src/pathway/machine';
import { invariantViolations, isWalesRoute } from '../../src/content/invariants';
import type { OutcomeNode } from '../../src/content/schema';
import { bundle, content, pathsForEveryNation } from './compiled';
import {
  ENGLAND_ONLY_FOR_WALES,
  SOURCES_FOR_WALES,
  citedSources,
  englandOnlyTermsIn,
  nodeText,
} from './england-only';

const machine = createPathwayMachine(content);
const walesPaths = pathsForEveryNation(machine).find((n) => n.nation === 'wales')!.paths;
const node = (id: string) => content.nodes[id]!;
const walesOutcomes = Object.values(content.nodes).filter(
  (n): n is OutcomeNode => n.type === 'outcome' && (n.tags ?? []).includes('wales'),
);

describe('every route through the Wales pathway', () => {
  it('is walked: more than one route, each ending at a Wales outcome', () => {
    console.log(`wales: ${walesPaths.length} paths`);
    expect(walesPaths.length).toBeGreaterThan(20);
    for (const path of walesPaths) {
      const end = node(currentNodeId(path.final));
      expect(end.type, path.nodes.join(' > ')).toBe('outcome');
      expect(end.tags, path.nodes.join(' > ')).toContain('wales');
    }
  });

  it('reaches every Wales outcome', () => {
    const reached = new Set(walesPaths.map((p) => currentNodeId(p.final)));
    expect(walesOutcomes.map((n) => n.id).filter((id) => !reached.has(id))).toEqual([]);
  });

  it('visits no England node after the first question', () => {
    const visited = new Set(walesPaths.flatMap((p) => p.nodes.slice(1)));
    const outside = [...visited].filter(
      (id) =>
        bundle.nodeFiles[id] !== 'pathway/wales.json' && id !== 'outcome-immediate-danger-wales',
    );
    expect(outside).toEqual([]);
  });

  it('shows no England-only term on any page (question, answer, outcome, contact or source)', () => {
    const found = walesPaths.flatMap((path) =>
      path.nodes.flatMap((id) =>
        englandOnlyTermsIn(nodeText(node(id)), ENGLAND_ONLY_FOR_WALES).map(
          (line) => `${id}: ${line}`,
        ),
      ),
    );
    expect([...new Set(found)]).toEqual([]);
  });

  it('cites only Wales guidance and UK-wide services, never England-only guidance', () => {
    const cited = walesPaths.flatMap((path) =>
      path.nodes.flatMap((id) => citedSources(node(id)).map((source) => `${id}: ${source}`)),
    );
    expect(cited.length).toBeGreaterThan(0);
    expect([...new Set(cited.filter((c) => !SOURCES_FOR_WALES.has(c.split(': ')[1]!)))]).toEqual(
      [],
    );
  });

  it('holds every safety invariant, in Wales wording', () => {
    const broken = walesPaths.flatMap((path) => {
      const outcome = node(currentNodeId(path.final)) as OutcomeNode;
      const route = { outcome, vars: path.final.context.vars };
      expect(isWalesRoute(route)).toBe(true);
      return invariantViolations(route).map((problem) => `${path.nodes.join(' > ')}: ${problem}`);
    });
    expect(broken).toEqual([]);
  });

  it('gives the DSP an outcome written for the DSP, and everyone else one that says to tell the DSP', () => {
    for (const path of walesPaths) {
      const outcome = node(currentNodeId(path.final)) as OutcomeNode;
      if (!outcome.tags?.includes('child-concern')) continue;
      const lead = path.final.context.vars.role === 'dsl';
      expect(outcome.tags, path.nodes.join(' > ')).toContain(lead ? 'dsl' : 'non-dsl');
      if (!lead) expect(outcome.actions.map((a) => a.text)).toContain('wales:shared.tellDspToday');
    }
  });

  it('tells the DSP to report a child at risk to local authority social services, and to confirm a phone report in writing', () => {
    const dspOutcomes = walesOutcomes.filter(
      (n) => n.tags?.includes('dsl') && n.tags.includes('child-concern'),
    );
    expect(dspOutcomes.length).toBeGreaterThan(5);
    for (const outcome of dspOutcomes) {
      const actions = outcome.actions.map((a) => a.text);
      expect(actions, outcome.id).toContain('wales:shared.report');
      expect(actions, outcome.id).toContain('wales:shared.confirmInWriting');
    }
  });

  it('names the Local Authority Designated Officer for Safeguarding on every allegation route', () => {
    const allegations = walesPaths.filter((p) => p.final.hasTag('allegation'));
    expect(allegations.length).toBeGreaterThan(0);
    for (const path of allegations) {
      const outcome = node(currentNodeId(path.final)) as OutcomeNode;
      expect(outcome.contacts).toContainEqual({ local: 'la-designated-officer' });
      expect(outcome.actions.map((a) => a.text)).toContain('wales:shared.designatedOfficer');
    }
  });

  it('brings a staff member in Wales with a disclosure to the first instruction within 3 taps of the start page', () => {
    const actor = createActor(machine, { input: { remembered: { nation: 'wales' } } }).start();
    actor.send({ type: 'START', vars: { concern: 'told' } });
    let taps = 1;
    for (const answer of ['no', 'staff']) {
      if (node(currentNodeId(actor.getSnapshot())).type !== 'question') break;
      actor.send({ type: 'ANSWER', answer });
      taps += 1;
    }
    expect(currentNodeId(actor.getSnapshot())).toBe('outcome-wales-told-staff');
    expect(taps).toBeLessThanOrEqual(3);
  });

  it('the term check does find England terms on England pages', () => {
    const england = node('outcome-disclosure-staff');
    expect(englandOnlyTermsIn(nodeText(england), ENGLAND_ONLY_FOR_WALES).length).toBeGreaterThan(0);
    expect(citedSources(england).some((s) => !SOURCES_FOR_WALES.has(s))).toBe(true);
  });
});
