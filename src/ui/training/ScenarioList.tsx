import type { CompiledContent } from '../../content/compile';
import type { Scenario } from '../../content/schema';
import { labelFor, varsOf } from '../../training/walk';
import { useText } from '../text';

/** What the list says about each scenario: the role and the concern, in the pathway's words. */
const SHOWN_VARS = ['role', 'concern'] as const;

export function ScenarioList({
  content,
  scenarios,
  onPlay,
}: {
  content: CompiledContent;
  scenarios: Scenario[];
  onPlay: (scenario: Scenario) => void;
}) {
  const t = useText();
  return (
    <>
      <h2 class="heading-l">{t('training:scenarios')}</h2>
      <ul class="training__list" role="list">
        {scenarios.map((scenario) => {
          const vars = varsOf(content, scenario);
          return (
            <li key={scenario.id} class="training__item" data-scenario={scenario.id}>
              <h3 class="heading-m">{t(scenario.title)}</h3>
              {SHOWN_VARS.map((name) => {
                const value = vars[name];
                const label = value ? labelFor(content, name, value) : undefined;
                return label ? (
                  <p key={name} class="hint training__meta">
                    {t(`training:${name}`, { value: t(label) })}
                  </p>
                ) : null;
              })}
              <button type="button" class="button" onClick={() => onPlay(scenario)}>
                <span aria-hidden="true">{t('training:play')}</span>
                <span class="visually-hidden">
                  {t('training:playHidden', { title: t(scenario.title) })}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
