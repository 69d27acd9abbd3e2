import { useEffect, useState } from 'preact/hooks';
import { clock, splitTime } from '../../training/clock';
import { useText } from '../text';

/**
 * A visible timer for a discussion: start, pause and reset. The time is not read
 * out as it ticks; only starting, pausing and resetting are announced.
 */
export function Timer() {
  const t = useText();
  // Time banked before the current run, and when the current run began (if running).
  const [banked, setBanked] = useState(0);
  const [since, setSince] = useState<number | undefined>(undefined);
  const [now, setNow] = useState(() => Date.now());
  const [said, setSaid] = useState('');

  useEffect(() => {
    if (since === undefined) return;
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(tick);
  }, [since]);

  const elapsed = banked + (since === undefined ? 0 : now - since);
  const spoken = () => {
    const { minutes, seconds } = splitTime(elapsed);
    const parts = minutes > 0 ? [t('training:timer.minutes', { count: minutes })] : [];
    return [...parts, t('training:timer.seconds', { count: seconds })].join(' ');
  };

  const toggle = () => {
    if (since === undefined) {
      const at = Date.now();
      setSince(at);
      setNow(at);
      setSaid(t('training:timer.started'));
    } else {
      setBanked(elapsed);
      setSince(undefined);
      setSaid(t('training:timer.paused', { time: spoken() }));
    }
  };
  const reset = () => {
    setBanked(0);
    setSince(undefined);
    setSaid(t('training:timer.cleared'));
  };

  return (
    <div class="training__timer">
      <p class="training__clock">
        <span class="training__clock-label">{t('training:timer.label')}</span>{' '}
        <span role="timer" class="training__clock-time">
          {clock(elapsed)}
        </span>
      </p>
      <div class="button-group">
        <button type="button" class="button button--secondary" onClick={toggle}>
          {since === undefined ? t('training:timer.start') : t('training:timer.pause')}
        </button>
        <button type="button" class="button button--secondary" onClick={reset}>
          {t('training:timer.reset')}
        </button>
      </div>
      <p class="visually-hidden" aria-live="polite">
        {said}
      </p>
    </div>
  );
}
