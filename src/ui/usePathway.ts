/**
 * The pathway's state machine (XState and the machine built from the content)
 * is not needed to show the start page, so it loads apart from it: when the
 * user first presses, types or moves focus, or before the first render when a
 * page lands mid-pathway or on a deep link (see main.tsx). The service worker
 * precaches it, so later visits find it at once.
 */
import { useEffect } from 'preact/hooks';
import type { PathwayGraph } from '../content/compile';
import type { PathwayMachine } from '../pathway/machine';
import { preload, useModule } from './lazy';

export const loadEngine = () => import('./engine');
export type Engine = Awaited<ReturnType<typeof loadEngine>>;

export interface Pathway {
  engine: Engine;
  machine: PathwayMachine;
}

const made = new WeakMap<PathwayGraph, Pathway>();

/** One machine per content graph, built once, so memos that depend on it stay put. */
function pathwayFor(engine: Engine, content: PathwayGraph): Pathway {
  let pathway = made.get(content);
  if (!pathway) {
    pathway = { engine, machine: engine.createPathwayMachine(content) };
    made.set(content, pathway);
  }
  return pathway;
}

/** Runs `use` with the pathway as soon as it has loaded (a microtask later if it already has). */
export function withPathway(content: PathwayGraph, use: (pathway: Pathway) => void): void {
  void preload(loadEngine).then(
    (engine) => use(pathwayFor(engine, content)),
    (error: unknown) => console.error(error),
  );
}

/** Signs that a tap is coming: loading starts then, so the tap itself is not kept waiting. */
const EARLY = ['pointerdown', 'keydown', 'focusin'] as const;

/** The pathway once loaded, or undefined (the start page renders without it). */
export function usePathway(content: PathwayGraph): Pathway | undefined {
  const engine = useModule(loadEngine, false);
  useEffect(() => {
    if (engine) return;
    // Builds the machine too, so the tap itself only has to take its step.
    const early = () => withPathway(content, () => undefined);
    for (const kind of EARLY) document.addEventListener(kind, early, { capture: true, once: true });
    return () => {
      for (const kind of EARLY) document.removeEventListener(kind, early, { capture: true });
    };
  }, [engine, content]);
  return engine ? pathwayFor(engine, content) : undefined;
}
