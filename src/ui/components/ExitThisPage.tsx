import { useEffect, useRef, useState } from 'preact/hooks';
import { useText } from '../text';

const PRESSES_TO_EXIT = 3;
// As in the GOV.UK component, the timer restarts on each Shift press.
const PRESS_WINDOW_MS = 5000;

/**
 * "Exit this page": a button on every page and Shift pressed three times.
 * The caller does the leaving (clearing state and replacing history).
 */
export function ExitThisPage({ onExit }: { onExit: () => void }) {
  const t = useText();
  const [presses, setPresses] = useState(0);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    const reset = () => {
      window.clearTimeout(timer.current);
      setPresses(0);
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key !== 'Shift') {
        reset();
        return;
      }
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(reset, PRESS_WINDOW_MS);
      setPresses((count) => {
        if (count + 1 >= PRESSES_TO_EXIT) {
          onExit();
          return 0;
        }
        return count + 1;
      });
    };
    // A Shift used with another key (Shift+A) does not count.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Shift') reset();
    };
    document.addEventListener('keyup', onKeyUp);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keyup', onKeyUp);
      document.removeEventListener('keydown', onKeyDown);
      window.clearTimeout(timer.current);
    };
  }, [onExit]);

  return (
    <div class="exit-this-page">
      <button type="button" class="button button--exit" onClick={onExit}>
        {t('exit.button')}
      </button>
      <span class="visually-hidden" role="status" aria-live="polite">
        {presses > 0 ? t('exit.pressesLeft', { count: PRESSES_TO_EXIT - presses }) : ''}
      </span>
    </div>
  );
}
