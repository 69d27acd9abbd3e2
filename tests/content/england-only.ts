/**
 * What only England has: its guidance, its names for roles and bodies. None of it may
 * appear on a page for another nation (Scotland, Northern Ireland, Wales).
 */
import { lookupText } from '../../src/content/check';
import type { OutcomeNode, PathwayNode } from '../../src/content/schema';
import { bundle, content } from './compiled';

export const ENGLAND_ONLY_TERMS = [
  /\bKCSIE\b/i,
  /keeping children safe in education/i,
  /working together to safeguard children/i,
  /designated safeguarding lead/i,
  /\bDSL\b/,
  /\bLADO\b/i,
];

/**
 * Wales also has its own names for bodies: local authority social services (not
 * "children's social care"), regional safeguarding boards (not "safeguarding partners"),
 * Estyn (not Ofsted). The Scotland and Northern Ireland pages still use the shared
 * "children's social care" contact label, so this stricter list is for Wales routes.
 */
export const ENGLAND_ONLY_FOR_WALES = [
  ...ENGLAND_ONLY_TERMS,
  /children's social care/i,
  /safeguarding partners/i,
  /\bacademy\b/i,
  /\bOfsted\b/i,
  /\bMASH\b/,
];

/** Guidance a Wales route may cite: Wales's own, and UK-wide services' own pages. */
export const SOURCES_FOR_WALES = new Set([
  'wales-safeguarding-procedures-2019',
  'keeping-learners-safe-2021',
  'wales-allegations-circular-2014',
  'wales-nudes-guidance',
  'nca-sextortion-alert-2024',
  'stop-it-now-helpline',
]);

const text = (key: string) => lookupText(bundle.locales.en, key) ?? `[missing ${key}]`;

/** Everything an outcome page shows: its text, its contacts' text and its sources. */
export function outcomeText(outcome: OutcomeNode): string[] {
  const serviceIds = [
    ...outcome.contacts.flatMap((c) => ('service' in c ? [c.service] : [])),
    ...outcome.actions.flatMap((a) => (a.call ? [a.call] : [])),
  ];
  const citations = [...outcome.sources, ...outcome.actions.flatMap((a) => a.sources ?? [])];
  return [
    text(outcome.title),
    ...(outcome.summary ? [text(outcome.summary)] : []),
    ...outcome.actions.map((a) => text(a.text)),
    ...outcome.doNot.map(text),
    ...outcome.record.map(text),
    ...serviceIds.flatMap((id) => {
      const s = content.services[id]!;
      return [text(s.name), text(s.audience), text(s.hours)];
    }),
    ...outcome.contacts.flatMap((c) => ('local' in c ? [text(`ui:local.${c.local}`)] : [])),
    ...citations.flatMap((c) => [content.sources[c.source]!.title, c.section]),
  ];
}

/** Everything any page shows for this node (a route shows nothing). */
export function nodeText(node: PathwayNode): string[] {
  switch (node.type) {
    case 'outcome':
      return outcomeText(node);
    case 'question':
      return [
        text(node.prompt),
        ...(node.hint ? [text(node.hint)] : []),
        ...(node.details ? [node.details.summary, ...node.details.body].map(text) : []),
        ...node.answers.map((a) => text(a.label)),
      ];
    case 'info':
      return [text(node.title), ...node.body.map(text)];
    case 'route':
      return [];
  }
}

export const englandOnlyTermsIn = (lines: string[], terms = ENGLAND_ONLY_TERMS) =>
  lines.filter((line) => terms.some((term) => term.test(line)));

/** Sources a node cites. */
export const citedSources = (node: PathwayNode): string[] =>
  node.type === 'outcome'
    ? [...node.sources, ...node.actions.flatMap((a) => a.sources ?? [])].map((c) => c.source)
    : [];
