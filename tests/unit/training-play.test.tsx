// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { createI18n, loadAllNamespaces } from '../../src/i18n';
import { lookupText } from '../../src/content/check';
import { createPathwayMachine } from '../../src/pathway/machine';
import { reduceSession, startSession, type Session } from '../../src/training/session';
import { TextContext } from '../../src/ui/text';
import { PlayScreen } from '../../src/ui/training/PlayScreen';
import { bundle, content } from '../content/compiled';

afterEach(cleanup);

const machine = createPathwayMachine(content);
const scenario = bundle.scenarios[0]!;
const en = (key: string) => lookupText(bundle.locales.en, key)!;

function Harness({ presenter }: { presenter: boolean }) {
  const [session, setSession] = useState<Session>(() => startSession(scenario));
  return (
    <PlayScreen
      content={content}
      machine={machine}
      scenario={scenario}
      session={session}
      presenter={presenter}
      onAction={(action) => setSession((now) => reduceSession(now, action))}
      onReset={() => setSession(startSession(scenario))}
      onLeave={() => undefined}
    />
  );
}

async function renderPlay(presenter: boolean) {
  const i18n = await createI18n('en');
  await loadAllNamespaces(i18n);
  const text = { t: i18n.t.bind(i18n), lang: 'en', ensure: async () => undefined, has: () => true };
  const view = render(
    <TextContext.Provider value={text}>
      <Harness presenter={presenter} />
    </TextContext.Provider>,
  );
  const play = () => view.container.querySelector('.training__play')!;
  return {
    view,
    phase: () => `${play().getAttribute('data-phase')}:${play().getAttribute('data-step')}`,
  };
}

const button = (name: string) => screen.getByRole('button', { name });
const key = (key: string, init: KeyboardEventInit = {}, target: Element = document.body) =>
  fireEvent.keyDown(target, { key, bubbles: true, ...init });

describe('playing a scenario with buttons', () => {
  it('hides the pathway’s answer until Check, then shows it with why, then sums up', async () => {
    const { phase } = await renderPlay(false);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(en(scenario.title));
    fireEvent.click(button(en('training:begin')));
    const first = scenario.steps[0]!;
    expect(phase()).toBe('decide:0');
    expect(document.querySelector('[data-pathway]')).toBeNull();
    expect(screen.queryByText(en(first.why))).toBeNull();

    const wrong = document.querySelector(
      `button[data-answer]:not([data-answer="${first.answer}"])`,
    )!;
    fireEvent.click(wrong);
    expect(wrong.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(button(en('training:check')));
    expect(phase()).toBe('revealed:0');
    expect(document.querySelector('[data-pathway]')?.getAttribute('data-answer')).toBe(
      first.answer,
    );
    expect(screen.getByText(en(first.why))).toBeTruthy();
    expect(screen.getByText(en('training:noMatch'), { selector: 'h2' })).toBeTruthy();

    for (let i = 1; i < scenario.steps.length; i++) {
      fireEvent.click(button(en('training:next')));
      fireEvent.click(button(en('training:check')));
    }
    fireEvent.click(button(en('training:toOutcome')));
    expect(phase()).toBe(`outcome:${scenario.steps.length}`);
    const rows = document.querySelectorAll('.training__decisions > li');
    expect(rows).toHaveLength(scenario.steps.length);
    expect(rows[0]!.getAttribute('data-match')).toBe('false');
  });

  it('ignores the keyboard outside presenter view', async () => {
    const { phase } = await renderPlay(false);
    key('ArrowRight');
    expect(phase()).toBe('story:0');
  });
});

describe('presenter keys', () => {
  it('move the play on, pick by number and leave modifiers and fields alone', async () => {
    const { phase } = await renderPlay(true);
    key('ArrowRight');
    expect(phase()).toBe('decide:0');
    const answers = [...document.querySelectorAll('button[data-answer]')].map((b) =>
      b.getAttribute('data-answer'),
    );
    key('2');
    expect(document.querySelector('[aria-pressed="true"]')?.getAttribute('data-answer')).toBe(
      answers[1],
    );
    key('ArrowDown');
    expect(document.querySelector('[aria-pressed="true"]')?.getAttribute('data-answer')).toBe(
      answers[2 % answers.length],
    );

    key('ArrowRight', { ctrlKey: true });
    key('ArrowRight', { altKey: true });
    expect(phase()).toBe('decide:0');

    const field = document.body.appendChild(document.createElement('input'));
    key('ArrowRight', {}, field);
    key(' ', {}, field);
    key('1', {}, field);
    expect(phase()).toBe('decide:0');
    field.remove();

    // Enter on a button is the button's own; elsewhere it reveals.
    key('Enter', {}, button(en('training:back')));
    expect(phase()).toBe('decide:0');
    key('Enter');
    expect(phase()).toBe('revealed:0');
    key('ArrowLeft');
    expect(phase()).toBe('decide:0');
    expect(document.querySelector('[data-pathway]')).toBeNull();
  });
});
