import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useLang, useText } from '../text';
import { useTextReady } from '../textReady';
import { Heading } from '../components/Heading';
import { choosePaper, clearPaper, orientationFor, PAPERS, type Paper } from '../mapPrint';
import { mapFileFor } from '../mapFile';
import type { PageProps } from './types';
import './map.css';

const TEXT = 'training-extras:map.title';
const STEP = 1.25;
const MIN_SCALE = 0.05;
const MAX_SCALE = 2;

interface LoadedMap {
  svg: SVGSVGElement;
  width: number;
  height: number;
}

/** Our own build's SVG, parsed as XML (never as HTML) and adopted into this page. */
async function loadMap(url: string): Promise<LoadedMap> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const parsed = new DOMParser().parseFromString(await response.text(), 'image/svg+xml');
  const root = parsed.documentElement;
  if (!(root instanceof SVGSVGElement) || parsed.querySelector('parsererror')) {
    throw new Error(`${url} is not an SVG image`);
  }
  const svg = document.importNode(root, true);
  const { width, height } = svg.viewBox.baseVal;
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  svg.style.setProperty('--map-ratio', String(width / height));
  return { svg, width, height };
}

const clamp = (scale: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));

export default function MapPage({ content, open }: PageProps) {
  const t = useText();
  // Emitted for each language by the content plugin at build time, and precached.
  const file = mapFileFor(useLang());
  const ready = useTextReady([TEXT]);
  const frame = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<LoadedMap | 'failed' | undefined>(undefined);
  // Undefined until the map is shown, fitted to the screen.
  const [scale, setScale] = useState<number | undefined>(undefined);
  // Where the middle of the view was, as a fraction of the map, so zooming keeps it there.
  const centre = useRef<[number, number] | undefined>(undefined);

  useEffect(() => {
    let live = true;
    loadMap(file.url).then(
      (loaded) => live && setMap(loaded),
      (error: unknown) => {
        console.error(error);
        if (live) setMap('failed');
      },
    );
    return () => {
      live = false;
    };
  }, [file.url]);

  const fitScale = () => {
    const box = frame.current;
    if (!box || !map || map === 'failed') return 1;
    return clamp(Math.min(box.clientWidth / map.width, box.clientHeight / map.height));
  };

  const applyScale = (loaded: LoadedMap, next: number) => {
    loaded.svg.style.width = `${loaded.width * next}px`;
    loaded.svg.style.height = `${loaded.height * next}px`;
  };

  // Show the map once loaded, already fitted to the screen; print it on A4 unless asked otherwise.
  useLayoutEffect(() => {
    if (!map || map === 'failed' || !frame.current) return;
    const fitted = fitScale();
    applyScale(map, fitted);
    frame.current.replaceChildren(map.svg);
    setScale(fitted);
    choosePaper('a4', orientationFor(map.width, map.height));
    return () => clearPaper();
  }, [map, ready]);

  useLayoutEffect(() => {
    const box = frame.current;
    if (!map || map === 'failed' || !box || scale === undefined) return;
    applyScale(map, scale);
    if (centre.current) {
      const [x, y] = centre.current;
      box.scrollLeft = x * box.scrollWidth - box.clientWidth / 2;
      box.scrollTop = y * box.scrollHeight - box.clientHeight / 2;
      centre.current = undefined;
    }
  }, [map, scale]);

  const zoomTo = (next: number) => {
    const box = frame.current;
    if (box && box.scrollWidth > 0 && box.scrollHeight > 0) {
      centre.current = [
        (box.scrollLeft + box.clientWidth / 2) / box.scrollWidth,
        (box.scrollTop + box.clientHeight / 2) / box.scrollHeight,
      ];
    }
    setScale(clamp(next));
  };
  const zoomIn = () => zoomTo((scale ?? 1) * STEP);
  const zoomOut = () => zoomTo((scale ?? 1) / STEP);
  const fit = () => setScale(fitScale());

  const print = (paper: Paper) => {
    if (!map || map === 'failed') return;
    choosePaper(paper, orientationFor(map.width, map.height));
    window.print();
  };

  if (!ready) return null;
  const loaded = map !== undefined && map !== 'failed';
  const percent = Math.round((scale ?? 1) * 100);
  return (
    <div class="map-page">
      <Heading>{t('training-extras:map.title')}</Heading>
      <p class="lead">{t('training-extras:map.lead')}</p>
      <p>{t('training-extras:map.summary', { count: Object.keys(content.nodes).length })}</p>
      <p>
        <a
          href="#/find"
          onClick={(event) => {
            event.preventDefault();
            open('find');
          }}
        >
          {t('training-extras:map.find')}
        </a>
      </p>
      {map === undefined && <p class="hint">{t('training-extras:map.loading')}</p>}
      {map === 'failed' && <p class="hint">{t('training-extras:map.failed')}</p>}
      {loaded && (
        <div class="map__controls">
          <div class="button-group">
            <button type="button" class="button button--secondary" onClick={zoomOut}>
              {t('training-extras:map.zoomOut')}
            </button>
            <button type="button" class="button button--secondary" onClick={zoomIn}>
              {t('training-extras:map.zoomIn')}
            </button>
            <button type="button" class="button button--secondary" onClick={fit}>
              {t('training-extras:map.fit')}
            </button>
          </div>
          <p class="hint" role="status">
            {scale !== undefined && t('training-extras:map.zoom', { percent })}
          </p>
          <p class="hint" id="map-keys">
            {t('training-extras:map.keys')}
          </p>
        </div>
      )}
      <div
        ref={frame}
        class="map__frame"
        hidden={!loaded}
        tabIndex={loaded ? 0 : undefined}
        role="region"
        aria-label={t('training-extras:map.region')}
        aria-describedby="map-keys"
        lang={file.lang}
        onKeyDown={(event) => {
          if (event.ctrlKey || event.metaKey || event.altKey) return;
          const action = { '+': zoomIn, '=': zoomIn, '-': zoomOut, '0': fit }[event.key];
          if (!action) return;
          event.preventDefault();
          action();
        }}
      />
      {loaded && (
        <section class="map__print" aria-labelledby="map-print">
          <h2 class="heading-m" id="map-print">
            {t('training-extras:map.printTitle')}
          </h2>
          <p>{t('training-extras:map.printLead')}</p>
          <div class="button-group">
            {PAPERS.map((paper) => (
              <button
                key={paper}
                type="button"
                class="button"
                data-paper={paper}
                onClick={() => print(paper)}
              >
                {t(`training-extras:map.print${paper.toUpperCase()}`)}
              </button>
            ))}
          </div>
        </section>
      )}
    </div>
  );
}
