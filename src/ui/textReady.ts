import { useEffect, useState } from 'preact/hooks';
import { useTextValue } from './text';

/** True once the text behind these keys is loaded; starts loading it if it is not. */
export function useTextReady(keys: string[]): boolean {
  const text = useTextValue();
  const [ready, setReady] = useState(() => text.has(keys));
  const wanted = keys.join('\n');
  useEffect(() => {
    if (ready) return;
    let live = true;
    void text.ensure(wanted.split('\n')).then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [ready, wanted, text]);
  return ready;
}
