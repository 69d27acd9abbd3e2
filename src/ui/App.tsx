import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  joinContent,
  type CompiledContent,
  type ContentDetails,
  type PathwayGraph,
} from '../content/compile';
import { textKeysOf } from '../content/check';
import type { Vars } from '../pathway/machine';
import { ROLES, type Settings, type SettingsStore } from '../storage/settings';
import { TextContext, type TextValue } from './text';
import { EmergencyBar } from './components/EmergencyBar';
import { ExitThisPage } from './components/ExitThisPage';
import { SiteFooter } from './components/SiteFooter';
import { LanguageSwitch } from './components/LanguageSwitch';
import { availableLanguages } from '../i18n';
import { StartPage } from './pages/StartPage';
import { QuestionPage } from './pages/QuestionPage';
import { InfoPage } from './pages/InfoPage';
import { LazyPage } from './pages/LazyPage';
import { UpdatePrompt } from '../pwa/UpdatePrompt';
import { EXIT_PAGE, historyDepth, returnToStart, leaveApp } from './navigation';
import { applyAppearance } from './appearance';
import { useModule } from './lazy';
import { saveJourney, urlFor, type Journey, type JourneyEvent, type PageName } from './journey';
import { usePathway, withPathway, type Pathway } from './usePathway';

// Outcomes are not on the first screens: their code loads when a pathway starts.
const loadOutcome = () => import('./pages/OutcomePage');
/** Only a translation can await review: English never loads this (main.tsx preloads it otherwise). */
export const loadTranslationNotice = () => import('./components/TranslationNotice');

const isRole = (value: string | undefined): value is NonNullable<Settings['role']> =>
  (ROLES as readonly string[]).includes(value ?? '');

/** The settings the content asks to remember (role, nation), as machine variables. */
function rememberedFrom(settings: Settings, remember: string[]): Vars {
  const values = settings as unknown as Record<string, unknown>;
  return Object.fromEntries(
    remember.flatMap((name) => (typeof values[name] === 'string' ? [[name, values[name]]] : [])),
  ) as Vars;
}

export function App({
  content,
  loadDetails,
  text,
  settings,
  initialSettings,
  initialJourney,
  initialDepth,
  deepLink,
}: {
  content: PathwayGraph;
  /** Outcome pages' details, loaded when a pathway starts (kept out of the first load). */
  loadDetails: () => Promise<ContentDetails>;
  text: TextValue;
  settings: SettingsStore;
  initialSettings: Settings;
  initialJourney?: Journey | undefined;
  initialDepth?: number | undefined;
  deepLink?: JourneyEvent | undefined;
}) {
  // Undefined until the state machine has loaded: only the start page shows before then.
  const pathway = usePathway(content);
  const [prefs, setPrefs] = useState(initialSettings);
  const [journey, setJourney] = useState<Journey>(
    () =>
      initialJourney ?? {
        version: content.version,
        input: rememberedFrom(initialSettings, content.remember),
        events: [],
      },
  );
  // How many events the page on screen has taken: 0 is the start page.
  const [depth, setDepth] = useState(initialDepth ?? 0);
  // Handlers that run before the next render (popstate, Exit, a quick second tap)
  // read where we are from here, never from a stale closure.
  const where = useRef({ journey, depth });
  const moveTo = (next: Journey, nextDepth: number) => {
    where.current = { journey: next, depth: nextDepth };
    setJourney(next);
    setDepth(nextDepth);
  };
  const exiting = useRef(false);

  const states = useMemo(
    () => pathway && pathway.engine.replay(pathway.machine, journey),
    [pathway, journey],
  );
  const state = states?.[Math.min(depth, states.length - 1)];
  const view = state?.view ?? 'start';
  const snapshot = state?.snapshot;

  // The role is remembered on this device once chosen (never anything about a child).
  // Saved when it is answered, not on every render, so clearing it in settings sticks.
  const rememberedRole = snapshot?.context.remembered.role;
  const lastRole = useRef(rememberedRole);
  useEffect(() => {
    if (rememberedRole === lastRole.current) return;
    lastRole.current = rememberedRole;
    if (isRole(rememberedRole)) void settings.save({ role: rememberedRole }).then(setPrefs);
  }, [rememberedRole, settings]);

  // The browser's Back and Forward move through the journey one entry at a time.
  useEffect(() => {
    const onPopState = (event: PopStateEvent) => {
      if (exiting.current) return;
      const target = historyDepth(event.state);
      const { journey: now, depth: current } = where.current;
      if (target > now.events.length) {
        // Forward into steps cleared by Start again: they are gone, so go back to
        // the entry we were on (relabelling it would leave two entries at one depth).
        history.go(current - target);
        return;
      }
      moveTo(now, target);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  });

  /** Runs `use` with the state machine, waiting for it on the first tap of a first visit. */
  const withMachine = (use: (loaded: Pathway) => void) => {
    if (pathway) use(pathway);
    else withPathway(content, use);
  };

  /** Takes one or more steps forward, each its own history entry. */
  const go = (...events: JourneyEvent[]) => withMachine((loaded) => step(loaded, events));
  const step = ({ engine, machine }: Pathway, events: JourneyEvent[]) => {
    const { journey: now, depth: at } = where.current;
    // From the start page, a new journey begins with today's remembered settings.
    let next: Journey =
      at === 0
        ? { version: content.version, input: rememberedFrom(prefs, content.remember), events: [] }
        : { ...now, events: now.events.slice(0, at) };
    let current = engine.replay(machine, next).at(-1)!;
    for (const event of events) {
      next = { ...next, events: [...next.events, event] };
      current = engine.nextState(machine, current, event);
      history.pushState(
        { depth: next.events.length },
        '',
        urlFor(event, engine.currentNodeId(current.snapshot)),
      );
    }
    saveJourney(next);
    moveTo(next, next.events.length);
  };

  /** Starts the pathway, optionally from a quick entry that already knows the concern. */
  // Settings may have changed since this tab's journey began (a new nation, say): start with today's.
  const start = (vars?: Record<string, string>) =>
    go({ type: 'START', vars: { ...rememberedFrom(prefs, content.remember), ...vars } });
  const outcomeModule = useModule(loadOutcome, view === 'pathway');
  const open = (page: PageName) => go({ type: 'PAGE', page });
  const answer = (answerId: string) => go({ type: 'ANSWER', answer: answerId });
  const emergency = () =>
    withMachine((loaded) => {
      const { journey: now, depth: at } = where.current;
      const { engine, machine } = loaded;
      const here = engine.replay(machine, { ...now, events: now.events.slice(0, at) }).at(-1)!;
      if (here.view === 'pathway') step(loaded, [{ type: 'EMERGENCY' }]);
      else step(loaded, [{ type: 'START' }, { type: 'EMERGENCY' }]);
    });
  const home = () => {
    if (view !== 'start') go({ type: 'HOME' });
  };
  const restart = () => {
    const cleared = {
      version: content.version,
      input: rememberedFrom(prefs, content.remember),
      events: [],
    };
    const from = where.current.depth;
    saveJourney(cleared);
    where.current = { journey: cleared, depth: from };
    setJourney(cleared);
    returnToStart(from);
  };
  const exit = useCallback(() => {
    exiting.current = true;
    document.body.classList.add('is-exiting');
    leaveApp(where.current.depth, EXIT_PAGE);
  }, []);

  // A deep link opens as the step after the start page, so Back goes to the start page.
  const landed = useRef(false);
  useEffect(() => {
    if (deepLink && !landed.current) go(deepLink);
    landed.current = true;
  });

  const saveSettings = async (patch: Partial<Settings>) => {
    const saved = await settings.save(patch);
    setPrefs(saved);
    applyAppearance(saved);
    // Text for another language loads at start-up; the journey survives the reload.
    if (patch.language && patch.language !== text.lang) location.reload();
  };

  // Outcome details (and the services and sources every secondary page cites) load once,
  // as soon as someone leaves the start page.
  const [full, setFull] = useState<CompiledContent | undefined>(undefined);
  const detailsRequested = useRef(false);
  const requestDetails = useCallback(() => {
    if (detailsRequested.current) return;
    detailsRequested.current = true;
    void loadDetails()
      .then((details) => setFull(joinContent(content, details)))
      .catch((error: unknown) => {
        detailsRequested.current = false;
        console.error(error);
      });
  }, [content, loadDetails]);
  useEffect(() => {
    if (view !== 'start') requestDetails();
  }, [view, requestDetails]);

  const nodeId = snapshot && pathway?.engine.currentNodeId(snapshot);
  const graphNode = nodeId === undefined ? undefined : content.nodes[nodeId];
  const node = graphNode?.type === 'outcome' ? full?.nodes[graphNode.id] : graphNode;
  const steps = snapshot?.context.history ?? [];
  const t = text.t;

  // A content area's text loads the first time one of its pages is shown.
  const keys =
    view === 'pathway' && node
      ? [
          ...textKeysOf(node),
          ...steps.flatMap((s) => {
            const before = content.nodes[s.node];
            return before && before.type !== 'outcome' ? textKeysOf(before) : [];
          }),
          // An outcome's contact cards name its services.
          ...(node.type === 'outcome' && full
            ? node.contacts.flatMap((c) => {
                const service = 'service' in c ? full.services[c.service] : undefined;
                return service ? [service.name, service.audience, service.hours] : [];
              })
            : []),
        ]
      : [];
  const textReady = text.has(keys);
  const [, setLoadedText] = useState(0);
  useEffect(() => {
    if (!textReady) void text.ensure(keys).then(() => setLoadedText((n) => n + 1));
  });

  const onPathway = view === 'pathway' && graphNode !== undefined;
  const switchLanguage = (language: string) => void saveSettings({ language });
  const notice = useModule(loadTranslationNotice, text.lang !== content.languages.source);
  let page;
  if (view === 'start' || (view === 'pathway' && !graphNode)) {
    page = <StartPage content={content} onStart={start} onOpen={open} />;
  } else if (view === 'pathway') {
    if (!textReady || !node) page = null;
    else if (node.type === 'question') page = <QuestionPage node={node} onAnswer={answer} />;
    else if (node.type === 'info') {
      page = <InfoPage node={node} onContinue={() => go({ type: 'CONTINUE' })} />;
    } else if (node.type === 'outcome' && outcomeModule && full) {
      const { OutcomePage } = outcomeModule;
      page = (
        <OutcomePage
          node={node}
          content={full}
          steps={steps}
          onChange={(index) => history.go(-(steps.length - index))}
          onOpen={open}
        />
      );
    }
  } else if (full) {
    page = (
      <LazyPage
        name={view}
        content={full}
        settings={prefs}
        persistent={settings.persistent}
        saveSettings={saveSettings}
        start={start}
        open={open}
      />
    );
  }

  return (
    <TextContext.Provider value={text}>
      <a class="skip-link" href="#main">
        {t('skipToMain')}
      </a>
      <header class="header">
        <div class="width-container header__inner">
          <a
            class="header__name"
            href="#/"
            onClick={(event) => {
              event.preventDefault();
              home();
            }}
          >
            {t('app.name')}
          </a>
          <LanguageSwitch
            languages={content.languages}
            available={availableLanguages()}
            current={text.lang}
            onSwitch={switchLanguage}
          />
          <ExitThisPage onExit={exit} />
        </div>
      </header>
      <EmergencyBar
        withCall={view !== 'start'}
        onWhatToDo={
          onPathway &&
          (nodeId === content.emergency || graphNode?.tags?.includes('immediate-danger'))
            ? undefined
            : emergency
        }
      />
      <div class="width-container">
        <UpdatePrompt canReloadNow={!onPathway} />
        {view !== 'start' && (
          <nav class="step-nav" aria-label={t('nav.label')}>
            <a
              class="back-link"
              href="#"
              onClick={(event) => {
                event.preventDefault();
                history.back();
              }}
            >
              {t('nav.back')}
            </a>
            {onPathway && (
              <button type="button" class="link-button" onClick={restart}>
                {t('nav.restart')}
              </button>
            )}
          </nav>
        )}
        <main
          id="main"
          class="main"
          data-node={view === 'pathway' ? nodeId : view === 'start' ? 'start' : undefined}
          data-page={view !== 'pathway' && view !== 'start' ? view : undefined}
        >
          {page && notice && (
            <notice.TranslationNotice
              languages={content.languages}
              view={view}
              keys={keys}
              onReadInSource={() => switchLanguage(content.languages.source)}
            />
          )}
          {page}
        </main>
      </div>
      <SiteFooter content={content} persistent={settings.persistent} current={view} onOpen={open} />
    </TextContext.Provider>
  );
}
