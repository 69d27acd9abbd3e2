import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CompiledContent } from '../../content/compile';
import type { QuestionNode, Scenario } from '../../content/schema';
import type { PathwayMachine } from '../../pathway/machine';
import { actionFor, commandFor, keyTargetOf } from '../../training/keys';
import { decisionsOf, type Session, type SessionAction } from '../../training/session';
import { nodeAfter, scenarioFits } from '../../training/walk';
import { useText } from '../text';
import { Heading } from '../components/Heading';
import { SourceList } from '../components/SourceList';
import { Timer } from './Timer';
import { Decisions } from './Decisions';

/** One scenario, played decision by decision on the real pathway machine. */
export function PlayScreen({
  content,
  machine,
  scenario,
  session,
  presenter,
  onAction,
  onReset,
  onLeave,
}: {
  content: CompiledContent;
  machine: PathwayMachine;
  scenario: Scenario;
  session: Session;
  presenter: boolean;
  /** Applies an action to the latest play (several keys may arrive before a render). */
  onAction: (action: SessionAction) => void;
  onReset: () => void;
  onLeave: () => void;
}) {
  const t = useText();
  const [timer, setTimer] = useState(false);
  const fits = useMemo(
    () => scenarioFits(machine, content, scenario),
    [machine, content, scenario],
  );
  const { phase, step } = session;
  const nodeId = nodeAfter(machine, content, scenario, step);
  const shown = content.nodes[nodeId];
  const question: QuestionNode | undefined = shown?.type === 'question' ? shown : undefined;
  const answers = question?.answers.map((a) => a.id) ?? [];
  const dispatch = onAction;

  // Presenter view: the keyboard drives the play (see training/keys.ts for what it leaves alone).
  // The handler reads the play from a ref, so a key pressed just after a render is never stale.
  const latest = useRef({ answers, dispatch });
  latest.current = { answers, dispatch };
  // A layout effect, so the keys work from the moment presenter view shows.
  useLayoutEffect(() => {
    if (!presenter || !fits) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const command = commandFor(event, keyTargetOf(event.target));
      const action = command && actionFor(command, latest.current.answers);
      if (!action) return;
      event.preventDefault();
      latest.current.dispatch(action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [presenter, fits]);

  const notes = (
    <details class="details training__notes">
      <summary>{t('training:notes')}</summary>
      <div class="details__body">
        <h2 class="heading-m">{t('training:discussion')}</h2>
        <ul>
          {scenario.discussion.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
        <h2 class="heading-m">{t('training:sources')}</h2>
        <SourceList citations={scenario.sources} sources={content.sources} />
      </div>
    </details>
  );
  const story = scenario.story.map((key) => <p key={key}>{t(key)}</p>);
  const label = (answer: string | undefined) =>
    t(question?.answers.find((a) => a.id === answer)?.label ?? '');
  const pathwayStep = scenario.steps[step];
  const chosen = session.choices[step];
  const revealed = phase === 'revealed';

  let body;
  if (!fits) {
    body = (
      <>
        <Heading>{t(scenario.title)}</Heading>
        <p>{t('training:doesNotFit')}</p>
      </>
    );
  } else if (phase === 'story') {
    body = (
      <>
        <Heading caption={t('training:scenarioCaption')}>{t(scenario.title)}</Heading>
        <div class="training__story">{story}</div>
      </>
    );
  } else if (phase === 'outcome') {
    const reached = content.nodes[scenario.outcome];
    const outcome = reached?.type === 'outcome' ? reached : undefined;
    body = (
      <>
        <Heading caption={t('training:outcome')}>{outcome ? t(outcome.title) : ''}</Heading>
        {outcome?.summary && <p class="lead">{t(outcome.summary)}</p>}
        <h2 class="heading-l">{t('training:summary')}</h2>
        <Decisions content={content} decisions={decisionsOf(session, scenario)} />
      </>
    );
  } else if (question && pathwayStep) {
    body = (
      <>
        <Heading
          caption={t('training:decisionCaption', { number: step + 1, total: session.steps })}
        >
          {t(question.prompt)}
        </Heading>
        <details class="details">
          <summary>{t('training:story')}</summary>
          <div class="details__body">{story}</div>
        </details>
        <p class="hint">{t('training:choose')}</p>
        <ol class="answers training__answers">
          {question.answers.map((answer, index) => {
            const isChosen = chosen === answer.id;
            const isPathway = revealed && pathwayStep.answer === answer.id;
            return (
              <li key={answer.id}>
                <button
                  type="button"
                  class="button button--answer"
                  data-answer={answer.id}
                  data-pathway={isPathway ? 'true' : undefined}
                  aria-pressed={isChosen}
                  aria-disabled={revealed ? 'true' : undefined}
                  onClick={() => dispatch({ type: 'CHOOSE', answer: answer.id })}
                >
                  {presenter && (
                    <span class="training__number" aria-hidden="true">
                      {index + 1}
                    </span>
                  )}
                  <span>{t(answer.label)}</span>
                  {isChosen && <span class="training__tag">{t('training:chosen')}</span>}
                  {isPathway && <span class="training__tag">{t('training:pathwayAnswer')}</span>}
                </button>
              </li>
            );
          })}
        </ol>
        {revealed && (
          <section class="training__reveal" data-match={chosen === pathwayStep.answer}>
            <h2 class="heading-l">
              {chosen === pathwayStep.answer ? t('training:match') : t('training:noMatch')}
            </h2>
            <p>
              {chosen ? t('training:youChose', { answer: label(chosen) }) : t('training:noChoice')}
            </p>
            <p class="training__pathway">
              {t('training:pathwayChose', { answer: label(pathwayStep.answer) })}
            </p>
            <h3 class="heading-m">{t('training:why')}</h3>
            <p class="training__why">{t(pathwayStep.why)}</p>
            <h3 class="heading-m">{t('training:sources')}</h3>
            <SourceList citations={scenario.sources} sources={content.sources} />
          </section>
        )}
      </>
    );
  }

  const primary =
    phase === 'story'
      ? t('training:begin')
      : phase === 'decide'
        ? presenter
          ? t('training:reveal')
          : t('training:check')
        : phase === 'revealed'
          ? step + 1 < session.steps
            ? t('training:next')
            : t('training:toOutcome')
          : undefined;

  return (
    <div class="training__play" data-phase={phase} data-step={step}>
      {body}
      <p class="visually-hidden" aria-live="polite">
        {revealed && pathwayStep
          ? chosen === pathwayStep.answer
            ? t('training:match')
            : t('training:noMatch')
          : ''}
      </p>
      {fits && (
        <div class="button-group">
          {primary && (
            <button
              type="button"
              class="button training__primary"
              onClick={() => dispatch({ type: 'NEXT' })}
            >
              {primary}
            </button>
          )}
          {phase !== 'story' && (
            <button
              type="button"
              class="button button--secondary"
              onClick={() => dispatch({ type: 'BACK' })}
            >
              {t('training:back')}
            </button>
          )}
        </div>
      )}
      {presenter && <p class="hint training__keys">{t('training:keys')}</p>}
      {presenter && (
        <button
          type="button"
          class="link-button"
          aria-expanded={timer}
          onClick={() => setTimer(!timer)}
        >
          {timer ? t('training:timer.hide') : t('training:timer.show')}
        </button>
      )}
      {presenter && timer && <Timer />}
      {notes}
      <div class="button-group training__end">
        <button type="button" class="button button--secondary training__reset" onClick={onReset}>
          {t('training:reset')}
        </button>
        <button type="button" class="link-button" onClick={onLeave}>
          {t('training:another')}
        </button>
      </div>
    </div>
  );
}
