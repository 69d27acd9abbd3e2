import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load';
import { mapFileName, renderPathwayMap } from '../../src/content/map';
import { lookupText } from '../../src/content/check';
import { createPathwayMachine, EXITED } from '../../src/pathway/machine';
import { CONTENT_DIR } from './fixtures';
import { content } from './compiled';

describe('the pathway map', () => {
  const bundle = loadContent(CONTENT_DIR);
  const { svg } = renderPathwayMap(bundle, 'Map');
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
    const { svg: out } = renderPathwayMap(hostile, 'Map');
    expect(out).not.toContain('<script>');
    expect(out).toContain('&#60;script&#62;');
    expect(out).not.toMatch(/<style|style=/);
  });

  it('draws a map in each language, in that language', () => {
    const start = bundle.nodes.find((n) => n.id === content.start);
    if (start?.type !== 'question') throw new Error('the start node is a question');
    const words = (lang: string) =>
      lookupText(bundle.locales[lang], start.prompt)!.split(' ').slice(0, 3).join(' ');
    const welsh = renderPathwayMap(bundle, 'Map', 'cy').svg;
    expect(welsh).toContain(escapeXml(words('cy')));
    expect(welsh).not.toContain(escapeXml(words('en')));
    expect(welsh).toContain(lookupText(bundle.locales.cy, 'training-extras:map.svg.routeBy.role'));
    expect(svg).toContain('By role');
    expect(mapFileName('en')).toBe('pathway-map.svg');
    expect(mapFileName('cy')).toBe('pathway-map.cy.svg');
  });
});

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
