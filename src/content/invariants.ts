/**
 * Safety invariants: things every route must say (or never say), checked
 * mechanically over every path through the pathway. Outcomes declare what they
 * are about with tags; paths carry the answers given (context variables).
 * Content authors: docs/content-guide.md explains the tags and shared text keys.
 */
import type { OutcomeNode } from './schema.ts';

export interface RouteFacts {
  outcome: OutcomeNode;
  /** Context variables at the end of the route, e.g. { role: 'staff', suspect: 'parent' }. */
  vars: Record<string, string>;
}

type Part = 'actions' | 'doNot' | 'record' | 'contacts';

/** Each inner array is "one of these"; every inner array must be satisfied. */
type Requirement = Partial<Record<Part, string[][]>>;

export interface Invariant {
  id: string;
  says: string;
  appliesTo: (route: RouteFacts) => boolean;
  requires?: (route: RouteFacts) => Requirement;
  /** Text keys that must never appear among the actions. */
  forbidsActions?: string[];
  /** Keys that must never appear in these parts of this route's outcome. */
  forbids?: (route: RouteFacts) => Partial<Record<Part, string[]>>;
  /** Tags the outcome must carry. */
  requiresTags?: string[];
}

const has = (route: RouteFacts, tag: string) => route.outcome.tags?.includes(tag) ?? false;
/** The organisation's lead: the DSL in England, the designated safeguarding person (DSP) in Wales. */
const isDsl = (route: RouteFacts) => route.vars.role === 'dsl';

/**
 * Text that names a nation's own roles and bodies. England's wording names the DSL,
 * children's social care and the LADO; Wales has the designated safeguarding person,
 * local authority social services and the Local Authority Designated Officer for
 * Safeguarding. Each rule asks for the same instruction in the route's own nation's
 * words, so a Wales route cannot pass with England's text (nor England's with Wales's).
 */
export interface NationKeys {
  tellLeadToday: string;
  leadUnavailable: string;
  tellParentsDoNot: string;
  adviceBeforeParents: string;
  tellChair: string;
  alertPerson: string;
  designatedOfficer: string;
  referCurrentContact: string;
}

export const NATION_KEYS: Record<'england' | 'wales', NationKeys> = {
  england: {
    tellLeadToday: 'pathway:shared.tellDslToday',
    leadUnavailable: 'pathway:shared.dslUnavailable',
    tellParentsDoNot: 'pathway:doNot.tellParents',
    adviceBeforeParents: 'pathway:shared.adviceBeforeParents',
    tellChair: 'pathway:shared.tellChairOrProprietor',
    alertPerson: 'pathway:doNot.alertPerson',
    designatedOfficer: 'local:lado',
    referCurrentContact: 'pathway:shared.referCurrentContact',
  },
  wales: {
    tellLeadToday: 'wales:shared.tellDspToday',
    leadUnavailable: 'wales:shared.dspUnavailable',
    tellParentsDoNot: 'wales:doNot.tellParents',
    adviceBeforeParents: 'wales:shared.adviceBeforeParents',
    tellChair: 'wales:shared.tellChairOfGovernors',
    alertPerson: 'wales:doNot.alertPerson',
    designatedOfficer: 'local:la-designated-officer',
    referCurrentContact: 'wales:shared.referCurrentContact',
  },
};

/** A route is a Wales route when the nation is Wales or the outcome is written for Wales. */
export const isWalesRoute = (route: RouteFacts) =>
  route.vars.nation === 'wales' || has(route, 'wales');
const keysFor = (route: RouteFacts) => NATION_KEYS[isWalesRoute(route) ? 'wales' : 'england'];

export const HOUSEHOLD_SUSPECTS = ['parent', 'household'];

export const INVARIANTS: Invariant[] = [
  {
    id: 'dsl-outcome-for-dsl',
    says: 'A designated safeguarding lead (in Wales, the designated safeguarding person) worried about a child reaches an outcome written for them.',
    appliesTo: (r) => has(r, 'child-concern') && isDsl(r),
    requiresTags: ['dsl'],
  },
  {
    id: 'non-dsl-tells-dsl',
    says: 'Anyone else worried about a child is told: tell the DSL (in Wales, the DSP) or deputy today; if they are not available, do not wait; and do not investigate.',
    appliesTo: (r) => has(r, 'child-concern') && !isDsl(r),
    requiresTags: ['non-dsl'],
    requires: (r) => ({
      actions: [[keysFor(r).tellLeadToday], [keysFor(r).leadUnavailable]],
      doNot: [['pathway:doNot.investigate']],
    }),
  },
  {
    id: 'disclosure-response',
    says: "After a disclosure: listen, don't promise to keep it secret, no leading questions, write down the child's own words.",
    appliesTo: (r) => has(r, 'disclosure'),
    requires: () => ({
      actions: [['pathway:shared.listen'], ['pathway:shared.noSecret']],
      doNot: [['pathway:doNot.leadingQuestions']],
      record: [['pathway:record.ownWords']],
    }),
  },
  {
    id: 'household-no-parents-first',
    says: 'Where the person may be a parent, carer or household member: never tell the user to inform the parents; take advice from children’s social care or police first.',
    appliesTo: (r) => has(r, 'household') || HOUSEHOLD_SUSPECTS.includes(r.vars.suspect ?? ''),
    forbidsActions: ['pathway:shared.informParents'],
    requires: (r) =>
      isDsl(r)
        ? { actions: [[keysFor(r).adviceBeforeParents]] }
        : { doNot: [[keysFor(r).tellParentsDoNot]] },
  },
  {
    id: 'allegation-route',
    says: 'A concern about staff or a volunteer names the head teacher (or chair of governors or proprietor when it is about the head) and the LADO (in Wales, the Local Authority Designated Officer for Safeguarding), and never says to speak to the person.',
    appliesTo: (r) => has(r, 'allegation'),
    requires: (r) => ({
      actions: [
        r.vars['about-head'] === 'yes' || has(r, 'about-head')
          ? [keysFor(r).tellChair]
          : ['pathway:shared.tellHeadteacher', keysFor(r).tellChair],
      ],
      doNot: [[keysFor(r).alertPerson]],
      contacts: [[keysFor(r).designatedOfficer]],
    }),
  },
  {
    id: 'nation-own-words',
    says: "A route uses its own nation's words for roles and bodies: never England's DSL, children's social care or LADO wording on a Wales route, nor Wales's on an England route.",
    appliesTo: () => true,
    forbids: (r) => {
      const other = NATION_KEYS[isWalesRoute(r) ? 'england' : 'wales'];
      const keys = Object.values(other);
      return { actions: keys, doNot: keys, contacts: keys };
    },
  },
  {
    id: 'images-never-view',
    says: 'Any image route says never view, copy, print, share, store or save the image, or ask for it.',
    appliesTo: (r) => has(r, 'images'),
    requires: () => ({ doNot: [['pathway:doNot.viewImages']] }),
  },
  {
    id: 'sextortion-support',
    says: "Sextortion adds: don't pay, keep the evidence, it is not the child's fault, and Report Remove.",
    appliesTo: (r) => has(r, 'sextortion'),
    requires: () => ({
      actions: [['pathway:shared.keepEvidence'], ['pathway:shared.notTheirFault']],
      doNot: [['pathway:doNot.pay']],
      contacts: [['service:report-remove']],
    }),
  },
  {
    id: 'child-on-child-every-child',
    says: 'A child-on-child route considers the needs of every child involved.',
    appliesTo: (r) => has(r, 'child-on-child'),
    requires: () => ({ actions: [['pathway:shared.everyChildsNeeds']] }),
  },
  {
    id: 'non-recent-current-contact-referral',
    says: 'An adult’s disclosure of non-recent abuse, where the person may still have contact with children, leads to a referral.',
    appliesTo: (r) =>
      has(r, 'adult-non-recent') && ['yes', 'unsure'].includes(r.vars['current-contact'] ?? ''),
    requiresTags: ['referral'],
    requires: (r) => ({ actions: [[keysFor(r).referCurrentContact]] }),
  },
];

function partKeys(outcome: OutcomeNode, part: Part): string[] {
  switch (part) {
    case 'actions':
      return outcome.actions.map((a) => a.text);
    case 'doNot':
      return outcome.doNot;
    case 'record':
      return outcome.record;
    case 'contacts':
      return outcome.contacts.map((c) =>
        'service' in c ? `service:${c.service}` : `local:${c.local}`,
      );
  }
}

/** Every invariant this route breaks, as readable messages. */
export function invariantViolations(route: RouteFacts): string[] {
  const problems: string[] = [];
  for (const rule of INVARIANTS) {
    if (!rule.appliesTo(route)) continue;
    for (const tag of rule.requiresTags ?? []) {
      if (!route.outcome.tags?.includes(tag))
        problems.push(`${rule.id}: outcome is not tagged "${tag}"`);
    }
    const required = rule.requires?.(route) ?? {};
    for (const [part, groups] of Object.entries(required) as [Part, string[][]][]) {
      const present = partKeys(route.outcome, part);
      for (const group of groups) {
        if (!group.some((key) => present.includes(key))) {
          problems.push(`${rule.id}: ${part} must include ${group.join(' or ')}`);
        }
      }
    }
    for (const key of rule.forbidsActions ?? []) {
      if (partKeys(route.outcome, 'actions').includes(key))
        problems.push(`${rule.id}: actions must not include ${key}`);
    }
    for (const [part, keys] of Object.entries(rule.forbids?.(route) ?? {}) as [Part, string[]][]) {
      const present = partKeys(route.outcome, part);
      for (const key of keys.filter((k) => present.includes(k)))
        problems.push(`${rule.id}: ${part} must not include ${key}`);
    }
  }
  return problems;
}
