import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load';
import { renderPathwayMap } from '../../src/content/map';
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
});
