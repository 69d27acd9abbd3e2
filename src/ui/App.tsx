import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CompiledContent } from '../content/compile';
import { textKeysOf } from '../content/check';
import { createPathwayMachine, currentNodeId, type Vars } from '../pathway/machine';
import { ROLES, type Settings, type SettingsStore } from '../storage/settings';
import { TextContext, type TextValue } from './text';
import { EmergencyBar } from './components/EmergencyBar';
import { ExitThisPage } from './components/ExitThisPage';
import { SiteFooter } from './components/SiteFooter';
import { StartPage } from './pages/StartPage';
import { QuestionPage } from './pages/QuestionPage';
import { InfoPage } from './pages/InfoPage';
import { LazyPage } from './pages/LazyPage';
import { UpdatePrompt } from '../pwa/UpdatePrompt';
import { EXIT_PAGE, historyDepth, returnToStart, leaveApp } from './navigation';
import { applyAppearance } from './appearance';
import { useModule } from './lazy';
import {
  nextState,
  replay,
  saveJourney,
  urlFor,
  type Journey,
  type JourneyEvent,
  type PageName,
} from './journey';

// Outcomes are not on the first screens: their code loads when a pathway starts.
const loadOutcome = () => import('./pages/OutcomePage');

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
  text,
  settings,
  initialSettings,
  initialJourney,
  initialDepth,
  deepLink,
}: {
  content: CompiledContent;
  text: TextValue;
  settings: SettingsStore;
  initialSettings: Settings;
  initialJourney?: Journey | undefined;
  initialDepth?: number | undefined;
  deepLink?: JourneyEvent | undefined;
}) {
  const machine = useMemo(() => createPathwayMachine(content), [content]);
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
  const exiting = useRef(false);

  const states = useMemo(() => replay(machine, journey), [machine, journey]);
  const state = states[Math.min(depth, states.length - 1)]!;
  const { snapshot, view } = state;

  // The role is remembered on this device once chosen (never anything about a child).
  // Saved when it is answered, not on every render, so clearing it in settings sticks.
  const rememberedRole = snapshot.context.remembered.role;
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
      if (target > journey.events.length) {
        // Forward into steps cleared by Start again: stay where we are.
        history.replaceState({ depth }, '', location.href);
        return;
      }
      setDepth(target);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [journey, depth]);

  /** Takes one or more steps forward, each its own history entry. */
  const go = (...events: JourneyEvent[]) => {
    // From the start page, a new journey begins with today's remembered settings.
    let next: Journey =
      depth === 0
        ? { version: content.version, input: rememberedFrom(prefs, content.remember), events: [] }
        : { ...journey, events: journey.events.slice(0, depth) };
    let current = depth === 0 ? replay(machine, next)[0]! : state;
    for (const event of events) {
      next = { ...next, events: [...next.events, event] };
      current = nextState(machine, current, event);
      history.pushState(
        { depth: next.events.length },
        '',
        urlFor(event, currentNodeId(current.snapshot)),
      );
    }
    saveJourney(next);
    setJourney(next);
    setDepth(next.events.length);
  };

  /** Starts the pathway, optionally from a quick entry that already knows the concern. */
  const start = (vars?: Record<string, string>) => go({ type: 'START', vars });
  const outcomeModule = useModule(loadOutcome, view === 'pathway');
  const open = (page: PageName) => go({ type: 'PAGE', page });
  const answer = (answerId: string) => go({ type: 'ANSWER', answer: answerId });
  const emergency = () =>
    view === 'pathway' ? go({ type: 'EMERGENCY' }) : go({ type: 'START' }, { type: 'EMERGENCY' });
  const home = () => {
    if (view !== 'start') go({ type: 'HOME' });
  };
  const restart = () => {
    const cleared = {
      version: content.version,
      input: rememberedFrom(prefs, content.remember),
      events: [],
    };
    saveJourney(cleared);
    setJourney(cleared);
    returnToStart(depth);
  };
  const exit = useCallback(() => {
    exiting.current = true;
    document.body.classList.add('is-exiting');
    leaveApp(depth, EXIT_PAGE);
  }, [depth]);

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
    if (patch.language && patch.language !== prefs.language) location.reload();
  };

  const nodeId = currentNodeId(snapshot);
  const node = content.nodes[nodeId];
  const steps = snapshot.context.history;
  const t = text.t;

  // A content area's text loads the first time one of its pages is shown.
  const keys =
    view === 'pathway' && node
      ? [
          ...textKeysOf(node),
          ...steps.flatMap((s) =>
            content.nodes[s.node] ? textKeysOf(content.nodes[s.node]!) : [],
          ),
        ]
      : [];
  const textReady = text.has(keys);
  const [, setLoadedText] = useState(0);
  useEffect(() => {
    if (!textReady) void text.ensure(keys).then(() => setLoadedText((n) => n + 1));
  });

  const onPathway = view === 'pathway' && node !== undefined;
  let page;
  if (view === 'start' || (view === 'pathway' && !node)) {
    page = <StartPage content={content} onStart={start} onOpen={open} />;
  } else if (view === 'pathway') {
    if (!textReady || !node) page = null;
    else if (node.type === 'question') page = <QuestionPage node={node} onAnswer={answer} />;
    else if (node.type === 'info') {
      page = <InfoPage node={node} onContinue={() => go({ type: 'CONTINUE' })} />;
    } else if (node.type === 'outcome' && outcomeModule) {
      const { OutcomePage } = outcomeModule;
      page = (
        <OutcomePage
          node={node}
          content={content}
          steps={steps}
          onChange={(index) => history.go(-(steps.length - index))}
        />
      );
    }
  } else {
    page = (
      <LazyPage
        name={view}
        content={content}
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
          <ExitThisPage onExit={exit} />
        </div>
      </header>
      {view !== 'start' && (
        <EmergencyBar
          onWhatToDo={nodeId === content.emergency && onPathway ? undefined : emergency}
        />
      )}
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
          {page}
        </main>
      </div>
      <SiteFooter content={content} persistent={settings.persistent} current={view} onOpen={open} />
    </TextContext.Provider>
  );
}
