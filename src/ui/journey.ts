/**
 * The user's way through the app as a list of events, one per browser history
 * entry: entry N shows the state after the first N events. Replaying the list
 * rebuilds any entry, so Back, Forward and reload all land on the right page.
 * The list lives in sessionStorage only (see the storage inventory) and is
 * cleared by Exit, Start again and Clear all data. Replaying it needs the state
 * machine, which loads apart from the start page: see steps.ts.
 */
import type { PathwayEvent, Vars } from '../pathway/machine';
import { JOURNEY_KEY } from '../storage/inventory';

// In the footer's order: the practitioner's pages first, then the trainer's.
export const PAGES = [
  'find',
  'settings',
  'contacts',
  'glossary',
  'about',
  'privacy',
  'training',
  'map',
  'participants',
  'share',
] as const;
export type PageName = (typeof PAGES)[number];

export type JourneyEvent =
  | Extract<PathwayEvent, { type: 'START' | 'ANSWER' | 'CONTINUE' | 'EMERGENCY' }>
  | { type: 'PAGE'; page: PageName }
  | { type: 'HOME' };

export type View = 'start' | 'pathway' | PageName;

export interface Journey {
  /** The content version the answers were given in: after an update they may not fit. */
  version?: string | undefined;
  /** Remembered variables (e.g. role) when the journey began, so replays take the same route. */
  input: Vars;
  events: JourneyEvent[];
}

const isVars = (value: unknown): value is Vars =>
  typeof value === 'object' &&
  value !== null &&
  Object.values(value).every((v) => typeof v === 'string');

function isEvent(value: unknown): value is JourneyEvent {
  if (typeof value !== 'object' || value === null) return false;
  const event = value as Record<string, unknown>;
  switch (event.type) {
    case 'START':
      return event.vars === undefined || isVars(event.vars);
    case 'ANSWER':
      return typeof event.answer === 'string';
    case 'PAGE':
      return (PAGES as readonly unknown[]).includes(event.page);
    case 'CONTINUE':
    case 'EMERGENCY':
    case 'HOME':
      return true;
    default:
      return false;
  }
}

/** The journey saved in this tab, or undefined when there is none or it is malformed. */
export function loadJourney(storage: Storage = sessionStorage): Journey | undefined {
  try {
    const raw: unknown = JSON.parse(storage.getItem(JOURNEY_KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return undefined;
    const { version, input, events } = raw as Record<string, unknown>;
    if (!isVars(input) || !Array.isArray(events) || !events.every(isEvent)) return undefined;
    return { version: typeof version === 'string' ? version : undefined, input, events };
  } catch {
    return undefined;
  }
}

export function saveJourney(journey: Journey, storage: Storage = sessionStorage): void {
  try {
    if (journey.events.length === 0) storage.removeItem(JOURNEY_KEY);
    else storage.setItem(JOURNEY_KEY, JSON.stringify(journey));
  } catch {
    // Storage full or blocked: the journey still works, it just will not survive a reload.
  }
}

/** Hash routes: pages and topics. Steps use #/step/<node>; nothing about a child goes in a URL. */
export function urlFor(event: JourneyEvent, nodeId: string): string {
  if (event.type === 'PAGE') return `#/${event.page}`;
  if (event.type === 'HOME') return '#/';
  return `#/step/${nodeId}`;
}

/** The event a deep link stands for: #/topic/<concern> or #/<page>. */
export function eventForHash(hash: string, concerns: readonly string[]): JourneyEvent | undefined {
  const topic = /^#\/topic\/([a-z0-9-]+)$/.exec(hash);
  if (topic && concerns.includes(topic[1]!)) return { type: 'START', vars: { concern: topic[1]! } };
  const page = /^#\/([a-z]+)$/.exec(hash)?.[1];
  if (page && (PAGES as readonly string[]).includes(page)) {
    return { type: 'PAGE', page: page as PageName };
  }
  return undefined;
}
