/**
 * Loading parts of the UI on demand, keeping the first load small. The service
 * worker precaches every chunk, so they load offline too.
 */
import { useEffect, useState } from 'preact/hooks';

const modules = new Map<() => Promise<unknown>, unknown>();
const pending = new Map<() => Promise<unknown>, Promise<unknown>>();

/** Starts loading a module (e.g. when the pathway starts, before its outcome is needed). */
export function preload<T>(load: () => Promise<T>): Promise<T> {
  const known =
    pending.get(load) ??
    load().then(
      (module) => (modules.set(load, module), module),
      (error: unknown) => {
        // A failed load (offline before the service worker had it) can be tried again.
        pending.delete(load);
        throw error;
      },
    );
  pending.set(load, known);
  return known as Promise<T>;
}

/** The module once loaded; undefined (and a re-render when it arrives) until then. */
export function useModule<T>(load: () => Promise<T>, wanted = true): T | undefined {
  const [, setLoaded] = useState(0);
  const module = modules.get(load) as T | undefined;
  useEffect(() => {
    if (module || !wanted) return;
    let live = true;
    void preload(load).then(() => live && setLoaded((n) => n + 1));
    return () => {
      live = false;
    };
  }, [load, module, wanted]);
  return module;
}
