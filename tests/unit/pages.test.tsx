// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import type { i18n } from 'i18next';
import { createI18n, loadAllNamespaces } from '../../src/i18n';
import { TextContext } from '../../src/ui/text';
import { OutcomePage } from '../../src/ui/pages/OutcomePage';
import { QuestionPage } from '../../src/ui/pages/QuestionPage';
import { content } from '../content/compiled';

afterEach(cleanup);

const textValue = (i18n: i18n) => ({
  t: i18n.t.bind(i18n),
  lang: 'en',
  ensure: async () => undefined,
  has: () => true,
});

async function withText(children: ComponentChildren) {
  const i18n = await createI18n('en');
  await loadAllNamespaces(i18n);
  return render(<TextContext.Provider value={textValue(i18n)}>{children}</TextContext.Provider>);
}

const node = <T extends string>(id: string, type: T) => {
  const found = content.nodes[id];
  if (found?.type !== type) throw new Error(`${id} is not a ${type}`);
  return found as Extract<typeof found, { type: T }>;
};

describe('QuestionPage', () => {
  it('shows one question as its heading, with an answer button each', async () => {
    const onAnswer = vi.fn();
    await withText(<QuestionPage node={node('role', 'question')} onAnswer={onAnswer} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('What is your role?');
    const buttons = within(screen.getByRole('list')).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Staff member or volunteer',
      'Designated safeguarding lead or deputy',
      'Youth worker',
      'Trainer or facilitator',
    ]);
    fireEvent.click(buttons[1]!);
    expect(onAnswer).toHaveBeenCalledWith('dsl');
  });
});

describe('QuestionPage with hostile text', () => {
  it('shows markup in a prompt, hint, details and answers as text, never as HTML', async () => {
    const i18n = await createI18n('en');
    const hostile = {
      'role.prompt': '<script>document.title="x"</script>',
      'role.why': '<a href="javascript:alert(1)">Why</a>',
      'role.whyBody': '<iframe src="https://example.org"></iframe>',
      'role.staff': '<img src=x onerror=alert(1)>',
    };
    for (const [key, value] of Object.entries(hostile))
      i18n.addResource('en', 'pathway', key, value);
    render(
      <TextContext.Provider value={textValue(i18n)}>
        <QuestionPage node={node('role', 'question')} onAnswer={() => undefined} />
      </TextContext.Provider>,
    );
    expect(document.querySelector('h1')?.textContent).toBe(hostile['role.prompt']);
    expect(document.querySelector('summary')?.textContent).toBe(hostile['role.why']);
    expect(document.querySelector('.details__body')?.textContent).toBe(hostile['role.whyBody']);
    expect(document.querySelector('button[data-answer="staff"]')?.textContent).toBe(
      hostile['role.staff'],
    );
    expect(document.querySelectorAll('script, a, iframe, img')).toHaveLength(0);
  });
});

describe('OutcomePage', () => {
  it('shows urgency, numbered actions, do-nots, what to record, contacts and sources', async () => {
    await withText(
      <OutcomePage node={node('outcome-disclosure-staff', 'outcome')} content={content} />,
    );
    expect(screen.getByText('Act today')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      document.querySelector('h1')?.textContent,
    );
    const actions = document.querySelectorAll('ol.actions > li');
    expect(actions.length).toBe(node('outcome-disclosure-staff', 'outcome').actions.length);
    expect(screen.getByRole('heading', { name: /Do not/ })).toBeTruthy();
    const calls = [...document.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].map((a) =>
      a.getAttribute('href'),
    );
    expect(calls).toEqual(expect.arrayContaining(['tel:08088005000', 'tel:08001111', 'tel:999']));
    expect(document.querySelector('.sources')?.textContent).toMatch(
      /Keeping children safe in education 2025/,
    );
    // KCSIE has a newer edition that these citations were not re-checked against: say so.
    const allSources = [...document.querySelectorAll('.sources')].map((e) => e.textContent);
    expect(allSources.join(' ')).toMatch(
      /A newer edition \(2026\) has been published. These steps were checked against the 2025 edition/,
    );
    expect(screen.getAllByText(/due for review by 31 August 2027/).length).toBeGreaterThan(0);
  });

  it('puts the 999 call first on the immediate danger outcome', async () => {
    await withText(
      <OutcomePage node={node('outcome-immediate-danger', 'outcome')} content={content} />,
    );
    const first = document.querySelector('ol.actions > li');
    expect(first?.querySelector('a')?.getAttribute('href')).toBe('tel:999');
    expect(screen.getByText('Act now')).toBeTruthy();
  });

  it('renders content as text, never as HTML', async () => {
    const i18n = await createI18n('en');
    i18n.addResource(
      'en',
      'disclosure',
      'outcomes.disclosureStaff.title',
      '<img src=x onerror=alert(1)>',
    );
    render(
      <TextContext.Provider value={textValue(i18n)}>
        <OutcomePage node={node('outcome-disclosure-staff', 'outcome')} content={content} />
      </TextContext.Provider>,
    );
    expect(document.querySelector('h1')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });
});
