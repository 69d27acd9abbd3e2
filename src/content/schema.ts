/**
 * The shape of everything under content/. Validation is strict: unknown keys are
 * rejected, so a typo in a reviewed file cannot silently drop a field.
 * Text is never stored here, only i18next keys written as "namespace:dotted.key".
 */
import { z } from 'zod';
import { localContactRoles, type LocalContactRole } from './roles.ts';

export const nodeId = z
  .string()
  .max(80, 'ids are at most 80 characters')
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');

export const textKey = z
  .string()
  .max(200, 'text keys are at most 200 characters')
  .regex(
    /^[a-z]+(-[a-z]+)*:[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/,
    'text keys look like "namespace:dotted.key" (a namespace is its locale file name, e.g. "child-on-child")',
  );

const isoDate = z.iso.date();

export const citation = z.strictObject({
  source: nodeId,
  section: z.string().min(1).max(200),
});

export { localContactRoles };

export const contactRef = z.union([
  z.strictObject({ service: nodeId }),
  z.strictObject({ local: z.enum(localContactRoles) }),
]);

export const urgencies = ['now', 'today', 'working-day'] as const;

const answer = z.strictObject({
  id: nodeId,
  label: textKey,
  next: nodeId,
  /** Context variables this answer sets, e.g. { "role": "staff" }. */
  set: z.record(nodeId, nodeId).optional(),
});

const details = z.strictObject({
  summary: textKey,
  body: z.array(textKey).min(1),
});

const tags = z.array(nodeId).optional();

export const questionNode = z.strictObject({
  id: nodeId,
  type: z.literal('question'),
  prompt: textKey,
  hint: textKey.optional(),
  details: details.optional(),
  answers: z.array(answer).min(2).max(12),
  tags,
});

/** A route node asks nothing: it picks the next node from a context variable. */
export const routeNode = z.strictObject({
  id: nodeId,
  type: z.literal('route'),
  on: nodeId,
  cases: z.array(z.strictObject({ when: nodeId, next: nodeId })).min(1),
  otherwise: nodeId,
  tags,
});

export const infoNode = z.strictObject({
  id: nodeId,
  type: z.literal('info'),
  title: textKey,
  body: z.array(textKey).min(1),
  next: nodeId,
  tags,
});

const action = z.strictObject({
  text: textKey,
  /** When set, the action is "call this service" and the UI shows its number. */
  call: nodeId.optional(),
  sources: z.array(citation).optional(),
  /** Shown only while this flag in meta.json is on (content that is ready but not yet in force). */
  flag: nodeId.optional(),
});

export const outcomeNode = z.strictObject({
  id: nodeId,
  type: z.literal('outcome'),
  urgency: z.enum(urgencies),
  title: textKey,
  summary: textKey.optional(),
  actions: z.array(action).min(1, 'an outcome needs at least one action'),
  doNot: z.array(textKey),
  record: z.array(textKey),
  contacts: z.array(contactRef).min(1, 'an outcome needs at least one contact'),
  sources: z.array(citation).min(1, 'an outcome needs at least one source'),
  reviewBy: isoDate,
  tags,
});

export const pathwayNode = z.discriminatedUnion('type', [
  questionNode,
  routeNode,
  infoNode,
  outcomeNode,
]);

export const pathwayFile = z.strictObject({
  area: nodeId,
  nodes: z.array(pathwayNode).min(1),
});

export const nations = ['england', 'wales', 'scotland', 'northern-ireland'] as const;

export const metaFile = z.strictObject({
  version: z.string().regex(/^\d{4}\.\d{1,2}\.\d+$/, 'version looks like 2026.11.0'),
  start: nodeId,
  /** The outcome every page can reach in one tap: call 999. */
  emergency: nodeId,
  /** Context variables and the values they may take. */
  variables: z.record(nodeId, z.array(nodeId).min(1)),
  /** Variables remembered on the device between visits (e.g. role). */
  remember: z.array(nodeId),
  /** Switches for content that is written but must not show yet. */
  flags: z.record(nodeId, z.boolean()),
});

export const service = z.strictObject({
  id: nodeId,
  name: textKey,
  audience: textKey,
  hours: textKey,
  phone: z
    .string()
    .regex(/^\d[\d ]{1,15}\d$/, 'phone numbers are digits and single spaces')
    .optional(),
  web: z.url({ protocol: /^https$/ }).optional(),
  nations: z.array(z.enum(nations)).min(1),
  /** Where the number and hours were checked, and when. */
  verifiedAt: z.url({ protocol: /^https$/ }),
  checkedOn: isoDate,
});

export const servicesFile = z.strictObject({
  services: z.array(service).min(1),
});

export const source = z
  .strictObject({
    id: nodeId,
    title: z.string().min(1).max(300),
    publisher: z.string().min(1).max(200),
    year: z.number().int().min(1989).max(2100),
    /** A later edition is out but the citations have not yet been re-checked against it. */
    newerEdition: z.number().int().min(1989).max(2100).optional(),
    url: z.url({ protocol: /^https$/ }),
  })
  .refine((s) => s.newerEdition === undefined || s.newerEdition > s.year, {
    message: 'newerEdition must be later than year',
    path: ['newerEdition'],
  });

export const glossaryTerm = z.strictObject({
  id: nodeId,
  term: textKey,
  definition: textKey,
  /** Older words this term replaces (e.g. "peer-on-peer abuse"), so people can find it by them. */
  replaces: z.array(textKey).optional(),
  source: citation,
});

export const glossaryFile = z.strictObject({
  terms: z.array(glossaryTerm).min(1),
});

/** A fictional training vignette and the route it should take through the pathway. */
export const scenario = z.strictObject({
  id: nodeId,
  title: textKey,
  /** The situation, told in a few short paragraphs: fictional, no real names or places. */
  story: z.array(textKey).min(1),
  /** Variables known before the walk starts, e.g. { "role": "youth-worker", "concern": "told" }. */
  start: z.record(nodeId, nodeId),
  steps: z
    .array(
      z.strictObject({
        node: nodeId,
        answer: nodeId,
        /** Why the pathway goes this way here, for the reveal. */
        why: textKey,
      }),
    )
    .min(1),
  outcome: nodeId,
  /** Discussion points for the trainer. */
  discussion: z.array(textKey).min(1),
  sources: z.array(citation).min(1),
});

export const scenariosFile = z.strictObject({
  scenarios: z.array(scenario).min(1),
});

export const sourcesFile = z.strictObject({
  sources: z.array(source).min(1),
});

/** A language code as the locale directories name them (en, cy). */
const languageCode = z
  .string()
  .regex(/^[a-z]{2,3}$/, 'a language code is 2 or 3 lower-case letters');
const namespaceName = z
  .string()
  .regex(/^[a-z]+(-[a-z]+)*$/, 'a namespace is its locale file name, e.g. "child-on-child"');

/**
 * Whether a fluent reader has approved a namespace's translation. "source" is the
 * language the text is written in; anything else is awaiting review until reviewed.
 */
export const reviewStatuses = ['source', 'awaiting-review', 'reviewed'] as const;

export const namespaceReview = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('source') }),
  z.strictObject({ status: z.literal('awaiting-review') }),
  z.strictObject({
    status: z.literal('reviewed'),
    /** A role or organisation, never a private person's contact details. */
    reviewedBy: z.string().min(1).max(200).optional(),
    reviewedOn: isoDate.optional(),
  }),
]);

export const language = z.strictObject({
  /** The language's name in itself: English, Cymraeg. */
  name: z.string().min(1).max(60),
  dir: z.enum(['ltr', 'rtl']),
  /** Per namespace; the source language needs none (all of it is the source). */
  review: z.record(namespaceName, namespaceReview),
});

export const languagesFile = z.strictObject({
  /** The language the text is written in and every other language is translated from. */
  source: languageCode,
  languages: z.record(languageCode, language),
});

export type Citation = z.infer<typeof citation>;
export type ContactRef = z.infer<typeof contactRef>;
export type { LocalContactRole };
export type Urgency = (typeof urgencies)[number];
export type QuestionNode = z.infer<typeof questionNode>;
export type RouteNode = z.infer<typeof routeNode>;
export type InfoNode = z.infer<typeof infoNode>;
export type OutcomeNode = z.infer<typeof outcomeNode>;
export type PathwayNode = z.infer<typeof pathwayNode>;
export type PathwayFile = z.infer<typeof pathwayFile>;
export type Meta = z.infer<typeof metaFile>;
export type Service = z.infer<typeof service>;
export type Source = z.infer<typeof source>;
export type Nation = (typeof nations)[number];
export type GlossaryTerm = z.infer<typeof glossaryTerm>;
export type Scenario = z.infer<typeof scenario>;
export type ReviewStatus = (typeof reviewStatuses)[number];
export type Language = z.infer<typeof language>;
export type Languages = z.infer<typeof languagesFile>;

/** Nested i18next resources: namespace -> (nested) key -> string. */
export type LocaleResources = Record<string, Record<string, unknown>>;

/** Everything the app needs, validated, with the file each node came from. */
export interface ContentBundle {
  meta: Meta;
  nodes: PathwayNode[];
  nodeFiles: Record<string, string>;
  services: Service[];
  sources: Source[];
  glossary: GlossaryTerm[];
  scenarios: Scenario[];
  scenarioFiles: Record<string, string>;
  locales: Record<string, LocaleResources>;
  languages: Languages;
}
