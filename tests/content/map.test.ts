import { describe, expect, it } from 'vitest';
import { lookupText } from '../../src/content/check';
import { loadContent } from '../../src/content/load';
import { MAP_TEXT, renderPathwayMap } from '../../src/content/map';
import type { ContentBundle, PathwayNode } from '../../src/content/schema';
import { createPathwayMachine, EXITED } from '../../src/pathway/machine';
import { CONTENT_DIR } from './fixtures';
import { content } from './compiled';

const bundle = loadContent(CONTENT_DIR);
const LANGUAGES = Object.keys(bundle.locales);

const unescape = (text: string) =>
  text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));

/** Each node's label as drawn: its lines of text, joined again. */
function drawnLabels(svg: string): Map<string, string> {
  const groups = svg.matchAll(/<g class="node[^"]*" data-node="([^"]+)">(.*?)<\/g>/g);
  return new Map(
    [...groups].map(([, id, inner]) => [
      id!,
      [...inner!.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => unescape(m[1]!)).join(' '),
    ]),
  );
}

/** Each area band's name as drawn, by area. */
function drawnAreas(svg: string): Map<string, string> {
  const groups = svg.matchAll(
    /<g class="area" data-area="([^"]+)">.*?<text [^>]*>([^<]*)<\/text>/g,
  );
  return new Map([...groups].map(([, area, name]) => [area!, unescape(name!)]));
}

/** The text a node's label is made from: a prompt, a title, or the route's variable. */
function labelKey(node: PathwayNode): string {
  if (node.type === 'question') return node.prompt;
  if (node.type === 'route') return MAP_TEXT.route(node.on);
  return node.title;
}

/** What a reader sees: the label, or its first lines ending "…" when it is too long. */
function shows(drawn: string, text: string): boolean {
  const words = text.split(/\s+/).join(' ');
  return drawn.endsWith('…') ? words.startsWith(drawn.slice(0, -1)) : drawn === words;
}

const rootAttribute = (svg: string, name: string) =>
  new RegExp(`<svg [^>]*\\b${name}="([^"]+)"`).exec(svg)?.[1];

describe('the pathway map', () => {
  const { svg } = renderPathwayMap(bundle, 'en');
  const drawn = [...svg.matchAll(/data-node="([^"]+)"/g)].map((m) => m[1]);

  it('draws every state of the compiled machine once', () => {
    const states = Object.keys(createPathwayMachine(content).states).filter((s) => s !== EXITED);
    expect(drawn.length).toBe(states.length);
    expect([...drawn].sort()).toEqual([...states].sort());
  });

  it('draws one arrow per way from one node to the next', () => {
    const edges = bundle.nodes.reduce(
      (sum, n) =>
        sum +
        (n.type === 'question'
          ? n.answers.length
          : n.type === 'route'
            ? n.cases.length + 1
            : n.type === 'info'
              ? 1
              : 0),
      0,
    );
    expect(svg.match(/marker-end="url\(#arrow\)"/g)?.length).toBe(edges);
  });

  it('escapes text and uses no style element, so it is safe under a strict CSP', () => {
    const hostile = structuredClone(bundle);
    (
      hostile.locales.en!.pathway as Record<string, Record<string, string>>
    ).immediateDanger!.prompt = '<script>alert(1)</script>';
    const { svg: out } = renderPathwayMap(hostile, 'en');
    expect(out).not.toContain('<script>');
    expect(out).toContain('&#60;script&#62;');
    expect(out).not.toMatch(/<style|style=/);
  });

  it('has English text for its title, every area and every route', () => {
    const en = bundle.locales.en;
    const areas = new Set(Object.values(bundle.nodeFiles).map((f) => f.replace(/\.json$/, '')));
    const keys = [
      MAP_TEXT.title,
      ...[...areas].map((file) => MAP_TEXT.area(file.replace(/^pathway\//, ''))),
      ...bundle.nodes.flatMap((n) => (n.type === 'route' ? [MAP_TEXT.route(n.on)] : [])),
    ];
    expect(keys.filter((key) => lookupText(en, key) === undefined)).toEqual([]);
  });
});

describe('the pathway map in each language', () => {
  it('is drawn in more than one language', () => {
    expect(LANGUAGES).toContain('en');
    expect(LANGUAGES).toContain('cy');
  });

  for (const lang of LANGUAGES) {
    describe(lang, () => {
      const { svg } = renderPathwayMap(bundle, lang);
      const labels = drawnLabels(svg);
      const text = (key: string) =>
        lookupText(bundle.locales[lang], key) ?? lookupText(bundle.locales.en, key);

      it('says which language it is in', () => {
        expect(rootAttribute(svg, 'lang')).toBe(lang);
        expect(rootAttribute(svg, 'xml:lang')).toBe(lang);
      });

      it('draws every node once, as the English map does', () => {
        const english = drawnLabels(renderPathwayMap(bundle, 'en').svg);
        expect([...labels.keys()].sort()).toEqual([...english.keys()].sort());
        expect(labels.size).toBe(bundle.nodes.length);
      });

      it("labels every node, area and the title in this language's text", () => {
        const wrong = bundle.nodes
          .filter((node) => !shows(labels.get(node.id)!, text(labelKey(node))!))
          .map((node) => `${node.id}: "${labels.get(node.id)}"`);
        expect(wrong).toEqual([]);
        for (const [area, name] of drawnAreas(svg)) expect(name).toBe(text(MAP_TEXT.area(area)));
        expect(unescape(/<title id="map-title">([^<]*)</.exec(svg)![1]!)).toBe(
          text(MAP_TEXT.title),
        );
      });
    });
  }

  it('uses Welsh text in the Welsh map, not English', () => {
    const { svg } = renderPathwayMap(bundle, 'cy');
    const labels = drawnLabels(svg);
    const cy = bundle.locales.cy;
    expect(labels.get('immediate-danger')).toBe(lookupText(cy, 'pathway:immediateDanger.prompt'));
    expect(labels.get('route-role')).toBe(lookupText(cy, MAP_TEXT.route('role')));
    expect(drawnAreas(svg).get('wales')).toBe(lookupText(cy, MAP_TEXT.area('wales')));
    const english = drawnLabels(renderPathwayMap(bundle, 'en').svg);
    const same = [...labels].filter(([id, label]) => english.get(id) === label);
    expect(same.length).toBeLessThan(labels.size / 10);
  });

  it('falls back to English, key by key, where a language has no text yet', () => {
    const partial: ContentBundle = structuredClone(bundle);
    delete (partial.locales.cy!.pathway as Record<string, unknown>).immediateDanger;
    partial.locales.xx = {};
    const cy = drawnLabels(renderPathwayMap(partial, 'cy').svg);
    const en = lookupText(bundle.locales.en, 'pathway:immediateDanger.prompt');
    expect(cy.get('immediate-danger')).toBe(en);
    expect(cy.get('role')).toBe(lookupText(bundle.locales.cy, 'pathway:role.prompt'));

    const { svg } = renderPathwayMap(partial, 'xx');
    expect(rootAttribute(svg, 'lang')).toBe('xx');
    expect([...drawnLabels(svg)]).toEqual([...drawnLabels(renderPathwayMap(bundle, 'en').svg)]);
  });
});
