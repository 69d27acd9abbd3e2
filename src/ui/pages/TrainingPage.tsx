import { useEffect, useMemo, useState } from 'preact/hooks';
import { textKeysOf } from '../../content/check';
import type { Scenario } from '../../content/schema';
import { createPathwayMachine } from '../../pathway/machine';
import { reduceSession, startSession, type Session } from '../../training/session';
import { useModule } from '../lazy';
import { useText, useTextValue } from '../text';
import { Heading } from '../components/Heading';
import { ScenarioList } from '../training/ScenarioList';
import { PlayScreen } from '../training/PlayScreen';
import type { PageProps } from './types';
import '../training/training.css';

// Scenarios load with this page only, never on the first load.
const loadScenarios = () => import('virtual:scenarios');

/** Every text key the training screens may show for these scenarios. */
function keysFor(scenarios: Scenario[], content: PageProps['content']): string[] {
  const questions = Object.values(content.nodes).filter((n) => n.type === 'question');
  const outcomes = scenarios.map((s) => content.nodes[s.outcome]);
  return [
    'training:title',
    ...scenarios.flatMap((s) => [
      s.title,
      ...s.story,
      ...s.steps.map((x) => x.why),
      ...s.discussion,
    ]),
    ...[...questions, ...outcomes].flatMap((n) => (n ? textKeysOf(n) : [])),
  ];
}

/**
 * Training: scenarios a group plays on the real pathway. Everything about a
 * play is held in this component's memory and cleared by "Reset for the next group".
 */
export default function TrainingPage({ content }: PageProps) {
  const t = useText();
  const text = useTextValue();
  const scenarios = useModule(loadScenarios)?.default;
  const machine = useMemo(() => createPathwayMachine(content), [content]);
  const keys = useMemo(() => (scenarios ? keysFor(scenarios, content) : []), [scenarios, content]);
  const [, setLoaded] = useState(0);
  const ready = scenarios !== undefined && text.has(keys);
  useEffect(() => {
    if (scenarios && !ready) void text.ensure(keys).then(() => setLoaded((n) => n + 1));
  }, [scenarios, ready, keys, text]);

  const [presenter, setPresenter] = useState(false);
  const [session, setSession] = useState<Session | undefined>(undefined);
  // Counts resets, so the timer and anything else held for a group start afresh.
  const [group, setGroup] = useState(0);
  const [status, setStatus] = useState('');

  if (!ready) return null;
  const scenario = scenarios.find((s) => s.id === session?.scenarioId);

  const reset = () => {
    setSession(undefined);
    setGroup((n) => n + 1);
    setStatus(t('training:resetDone'));
  };

  return (
    <div class={presenter ? 'training training--presenter' : 'training'} data-group={group}>
      <button
        type="button"
        class="button button--secondary training__toggle"
        aria-pressed={presenter}
        onClick={() => setPresenter(!presenter)}
      >
        {t('training:presenter')}
      </button>
      {presenter && <p class="hint">{t('training:presenterOn')}</p>}
      <p class="hint" role="status">
        {status}
      </p>
      {session && scenario ? (
        <PlayScreen
          key={group}
          content={content}
          machine={machine}
          scenario={scenario}
          session={session}
          presenter={presenter}
          onAction={(action) => {
            setStatus('');
            setSession((now) => now && reduceSession(now, action));
          }}
          onReset={reset}
          onLeave={() => setSession(undefined)}
        />
      ) : (
        <>
          <Heading>{t('training:title')}</Heading>
          <p class="lead">{t('training:lead')}</p>
          <p data-scenarios-nation>{t('training:england')}</p>
          <ScenarioList
            content={content}
            scenarios={scenarios}
            onPlay={(chosen) => {
              setStatus('');
              setSession(startSession(chosen));
            }}
          />
        </>
      )}
    </div>
  );
}
