// @vitest-environment jsdom
/**
 * Welsh in the interface: the language switch, the notice on translations not
 * yet reviewed, Welsh plural forms and dates, and <html lang>/dir.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import type { i18n } from 'i18next';
import { applyDocumentLanguage, createI18n } from '../../src/i18n';
import { TextContext, formatDate } from '../../src/ui/text';
import { LanguageSwitch } from '../../src/ui/components/LanguageSwitch';
import {
  TranslationNotice,
  awaitingReview,
  pageNamespaces,
} from '../../src/ui/components/TranslationNotice';
import { appLanguages, type AppLanguages } from '../../src/content/compile';
import { content } from '../content/compiled';
import cyUi from '../../content/locales/cy/ui.json';
import enUi from '../../content/locales/en/ui.json';

afterEach(cleanup);

const languages: AppLanguages = {
  source: 'en',
  languages: {
    en: { name: 'English', dir: 'ltr', reviewed: [] },
    cy: { name: 'Cymraeg', dir: 'ltr', reviewed: ['ui'] },
  },
};

const textValue = (instance: i18n) => ({
  t: instance.t.bind(instance),
  lang: instance.language,
  ensure: async () => undefined,
  has: () => true,
});

describe('which pages say their translation awaits review', () => {
  it('never the source language', () => {
    expect(awaitingReview(languages, 'en', ['ui', 'pages'])).toBe(false);
  });
  it('a page with any namespace not yet reviewed', () => {
    expect(awaitingReview(languages, 'cy', ['ui', 'pages'])).toBe(true);
  });
  it('not a page whose namespaces are all reviewed', () => {
    expect(awaitingReview(languages, 'cy', ['ui'])).toBe(false);
  });
  it('a namespace with no status counts as not reviewed', () => {
    expect(awaitingReview(languages, 'cy', ['ui', 'wales'])).toBe(true);
  });
  it('the app is told only which namespaces are reviewed', () => {
    expect(
      appLanguages({
        source: 'en',
        languages: {
          cy: {
            name: 'Cymraeg',
            dir: 'ltr',
            review: {
              ui: { status: 'reviewed', reviewedOn: '2026-12-01' },
              pages: { status: 'awaiting-review' },
            },
          },
        },
      }),
    ).toEqual({
      source: 'en',
      languages: { cy: { name: 'Cymraeg', dir: 'ltr', reviewed: ['ui'] } },
    });
  });

  it('the shipped content marks Welsh as awaiting review', () => {
    expect(awaitingReview(content.languages, 'cy', ['ui'])).toBe(true);
  });
});

describe('the namespaces a page shows', () => {
  it("ui, then the page's own", () => {
    expect(pageNamespaces('start', [], 'cy')).toEqual(['ui']);
    expect(pageNamespaces('pathway', ['wales:a.b', 'pathway:c', 'wales:d'], 'cy')).toEqual([
      'ui',
      'wales',
      'pathway',
    ]);
    expect(pageNamespaces('glossary', [], 'cy')).toEqual(['ui', 'pages', 'glossary']);
    expect(pageNamespaces('find', [], 'en')).toContain('services');
  });
});

describe('the notice', () => {
  async function renderNotice(lang: string, onReadInSource: () => void) {
    const instance = await createI18n(lang);
    render(
      <TextContext.Provider value={textValue(instance)}>
        <TranslationNotice
          languages={languages}
          view="settings"
          keys={[]}
          onReadInSource={onReadInSource}
        />
      </TextContext.Provider>,
    );
  }

  it('speaks Welsh and links to the English in English', async () => {
    const onRead = vi.fn();
    await renderNotice('cy', onRead);
    expect(screen.getByText(cyUi.language.unreviewed, { exact: false })).toBeTruthy();
    const link = screen.getByRole('button', { name: enUi.language.readInSource });
    expect(link.getAttribute('lang')).toBe('en');
    fireEvent.click(link);
    expect(onRead).toHaveBeenCalledOnce();
  });

  it('is not shown in English', async () => {
    await renderNotice('en', vi.fn());
    expect(document.querySelector('[data-notice]')).toBeNull();
  });
});

describe('the language switch', () => {
  it('offers the other language by its own name, marked with its language', async () => {
    const instance = await createI18n('en');
    const onSwitch = vi.fn();
    render(
      <TextContext.Provider value={textValue(instance)}>
        <LanguageSwitch
          languages={languages}
          available={['cy', 'en']}
          current="en"
          onSwitch={onSwitch}
        />
      </TextContext.Provider>,
    );
    const button = screen.getByRole('button', { name: 'Cymraeg' });
    expect(button.getAttribute('lang')).toBe('cy');
    expect(screen.queryByRole('button', { name: 'English' })).toBeNull();
    fireEvent.click(button);
    expect(onSwitch).toHaveBeenCalledWith('cy');
  });

  it('is not shown when there is only one language', async () => {
    const instance = await createI18n('en');
    render(
      <TextContext.Provider value={textValue(instance)}>
        <LanguageSwitch languages={languages} available={['en']} current="en" onSwitch={vi.fn()} />
      </TextContext.Provider>,
    );
    expect(document.querySelector('nav')).toBeNull();
  });
});

describe('Welsh text', () => {
  it('uses every Welsh plural form from the text files', async () => {
    const instance = await createI18n('cy');
    const forms = cyUi.exit;
    expect(instance.t('exit.pressesLeft', { count: 1 })).toBe(forms.pressesLeft_one);
    expect(instance.t('exit.pressesLeft', { count: 2 })).toBe(
      forms.pressesLeft_two.replace('{{count}}', '2'),
    );
    expect(instance.t('exit.pressesLeft', { count: 3 })).toBe(
      forms.pressesLeft_few.replace('{{count}}', '3'),
    );
    expect(instance.t('exit.pressesLeft', { count: 6 })).toBe(
      forms.pressesLeft_many.replace('{{count}}', '6'),
    );
    expect(instance.t('exit.pressesLeft', { count: 0 })).toBe(
      forms.pressesLeft_zero.replace('{{count}}', '0'),
    );
  });

  it('formats dates in Welsh', () => {
    expect(formatDate('2027-03-31', 'cy')).toMatch(/Mawrth/);
    expect(formatDate('2027-03-31', 'en')).toBe('31 March 2027');
  });

  it('sets <html lang> and dir', () => {
    applyDocumentLanguage('cy', 'ltr');
    expect(document.documentElement.lang).toBe('cy');
    expect(document.documentElement.dir).toBe('ltr');
    applyDocumentLanguage('en');
    expect(document.documentElement.lang).toBe('en');
  });
});
