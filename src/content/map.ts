/**
 * The whole pathway as an SVG diagram, generated from the same content graph
 * the app runs, so the printed map can never disagree with the app. Nodes are
 * laid out in columns by their distance from the start and in bands by area.
 */
import { BASE_LANGUAGE, lookupText, successors } from './check.ts';
import type { ContentBundle, PathwayNode } from './schema.ts';

const NODE_WIDTH = 220;
const NODE_HEIGHT = 64;
const GAP_X = 70;
const GAP_Y = 18;
const BAND_GAP = 36;
const MARGIN = 24;
const LABEL_CHARS = 30;
const LABEL_LINES = 3;

const AREA_COLOURS = ['#d2e2f1', '#e5f0d8', '#f7e3cf', '#eadcf2', '#f6d9de', '#dff1ef', '#efeccb'];
const TYPE_STROKE: Record<PathwayNode['type'], string> = {
  question: '#1d3b53',
  route: '#6f777b',
  info: '#1d3b53',
  outcome: '#00703c',
};

// Presentation attributes, not a <style> element, so a strict CSP never blocks them.
const FONT = 'font-family="system-ui, sans-serif" fill="#0b0c0c"';

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if ((line + ' ' + word).trim().length > LABEL_CHARS && line) {
      lines.push(line);
      line = word;
    } else line = `${line} ${word}`.trim();
  }
  if (line) lines.push(line);
  if (lines.length > LABEL_LINES) {
    lines.length = LABEL_LINES;
    lines[LABEL_LINES - 1] = `${lines[LABEL_LINES - 1]!.slice(0, LABEL_CHARS - 1)}…`;
  }
  return lines;
}

/** Keys of the map's own text: its title, each area's name, each route's label. */
export const MAP_TEXT = {
  title: 'training-extras:map.drawing.title',
  area: (name: string) => `training-extras:map.drawing.areas.${name}`,
  route: (on: string) => `training-extras:map.drawing.routes.${on}`,
};

type Text = (key: string) => string | undefined;

/** A language's text, falling back to English key by key, as i18next does in the app. */
function textIn(bundle: ContentBundle, lang: string): Text {
  return (key) =>
    lookupText(bundle.locales[lang], key) ?? lookupText(bundle.locales[BASE_LANGUAGE], key);
}

/** The area's name: its file name without the folder and ".json" (e.g. "online"). */
const areaName = (file: string) => file.replace(/^pathway\//, '').replace(/\.json$/, '');

function labelOf(node: PathwayNode, lookup: Text): string {
  const text = (key: string) => lookup(key) ?? key;
  switch (node.type) {
    case 'question':
      return text(node.prompt);
    case 'info':
      return text(node.title);
    case 'outcome':
      return text(node.title);
    case 'route':
      return lookup(MAP_TEXT.route(node.on)) ?? node.on;
  }
}

/** Longest distance from the start, so every edge points rightwards. */
function depths(bundle: ContentBundle): Map<string, number> {
  const byId = new Map(bundle.nodes.map((n) => [n.id, n]));
  const depth = new Map<string, number>();
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id) || !byId.has(id)) return;
    seen.add(id);
    for (const next of successors(byId.get(id)!)) visit(next);
    order.push(id);
  };
  visit(bundle.meta.start);
  for (const node of bundle.nodes) visit(node.id);
  for (const id of order.reverse()) {
    const d = depth.get(id) ?? 0;
    depth.set(id, d);
    for (const next of successors(byId.get(id)!))
      depth.set(next, Math.max(depth.get(next) ?? 0, d + 1));
  }
  return depth;
}

export interface PathwayMap {
  svg: string;
  nodeCount: number;
  width: number;
  height: number;
}

/** The map in one language: its labels from that language's text, English where a key is missing. */
export function renderPathwayMap(bundle: ContentBundle, lang: string): PathwayMap {
  const lookup = textIn(bundle, lang);
  const title = lookup(MAP_TEXT.title) ?? MAP_TEXT.title;
  const depth = depths(bundle);
  const areas = [...new Set(bundle.nodes.map((n) => bundle.nodeFiles[n.id] ?? ''))];
  const position = new Map<string, { x: number; y: number }>();
  const bands: { area: string; top: number; height: number; colour: string }[] = [];
  let top = MARGIN + 40;
  let maxDepth = 0;

  areas.forEach((area, index) => {
    const nodes = bundle.nodes.filter((n) => (bundle.nodeFiles[n.id] ?? '') === area);
    const rowsAt = new Map<number, number>();
    for (const node of nodes) {
      const d = depth.get(node.id) ?? 0;
      const row = rowsAt.get(d) ?? 0;
      rowsAt.set(d, row + 1);
      maxDepth = Math.max(maxDepth, d);
      position.set(node.id, {
        x: MARGIN + d * (NODE_WIDTH + GAP_X),
        y: top + 28 + row * (NODE_HEIGHT + GAP_Y),
      });
    }
    const rows = Math.max(1, ...rowsAt.values());
    const height = 28 + rows * (NODE_HEIGHT + GAP_Y);
    bands.push({ area, top, height, colour: AREA_COLOURS[index % AREA_COLOURS.length]! });
    top += height + BAND_GAP;
  });

  const width = MARGIN * 2 + (maxDepth + 1) * (NODE_WIDTH + GAP_X) - GAP_X;
  const height = top + MARGIN;
  const parts: string[] = [];

  for (const band of bands) {
    const name = areaName(band.area);
    const label = lookup(MAP_TEXT.area(name)) ?? name;
    parts.push(
      `<g class="area" data-area="${escape(name)}"><rect x="${MARGIN / 2}" y="${band.top}" width="${width - MARGIN}" height="${band.height}" fill="${band.colour}" rx="6"/>` +
        `<text x="${MARGIN}" y="${band.top + 20}" ${FONT} font-size="15" font-weight="bold">${escape(label)}</text></g>`,
    );
  }
  for (const node of bundle.nodes) {
    const from = position.get(node.id)!;
    for (const next of successors(node)) {
      const to = position.get(next);
      if (!to) continue;
      const x1 = from.x + NODE_WIDTH;
      const y1 = from.y + NODE_HEIGHT / 2;
      const x2 = to.x;
      const y2 = to.y + NODE_HEIGHT / 2;
      const bend = Math.max(30, (x2 - x1) / 2);
      parts.push(
        `<path d="M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}" fill="none" stroke="#505a5f" stroke-width="1.2" marker-end="url(#arrow)"/>`,
      );
    }
  }
  for (const node of bundle.nodes) {
    const { x, y } = position.get(node.id)!;
    const lines = wrap(labelOf(node, lookup));
    const emergency = node.tags?.includes('immediate-danger');
    parts.push(
      `<g class="node node--${node.type}" data-node="${escape(node.id)}">` +
        `<rect x="${x}" y="${y}" width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="${node.type === 'outcome' ? 12 : 3}" ` +
        `fill="#ffffff" stroke="${emergency ? '#b10e1e' : TYPE_STROKE[node.type]}" stroke-width="${node.type === 'route' ? 1 : 2}"` +
        `${node.type === 'route' ? ' stroke-dasharray="4 3"' : ''}/>` +
        `<title>${escape(node.id)}</title>` +
        lines
          .map(
            (line, i) =>
              `<text x="${x + 8}" y="${y + 18 + i * 16}" ${FONT} font-size="13">${escape(line)}</text>`,
          )
          .join('') +
        `</g>`,
    );
  }

  const svg = `<svg xmlns="http://www.w3.org/2000/svg" lang="${escape(lang)}" xml:lang="${escape(lang)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="map-title">
<title id="map-title">${escape(title)}</title>
<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#505a5f"/></marker></defs>
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="${MARGIN}" y="${MARGIN + 16}" ${FONT} font-size="22" font-weight="bold">${escape(title)}</text>
${parts.join('\n')}
</svg>
`;
  return { svg, nodeCount: bundle.nodes.length, width, height };
}
