import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createActor } from 'xstate';
import {
  joinContent,
  type CompiledContent,
  type ContentDetails,
  type PathwayGraph,
} from '../content/compile';
import {
  createPathwayMachine,
  currentNodeId,
  EXITED,
  type PathwaySnapshot,
} from '../pathway/machine';
import { ROLES, type Settings, type SettingsStore } from '../storage/settings';
import { TextContext, type TextValue } from './text';
import { textKeysOf } from '../content/check';
import { EmergencyBar } from './components/EmergencyBar';
import { ExitThisPage } from './components/ExitThisPage';
import { StartPage } from './pages/StartPage';
import { QuestionPage } from './pages/QuestionPage';
import { OutcomePage } from './pages/OutcomePage';
import { UpdatePrompt } from '../pwa/UpdatePrompt';
import { EXIT_PAGE, historyDepth, pushStep, returnToStart, leaveApp } from './navigation';

type View = 'start' | 'pathway';

const isRole = (value: string | undefined): value is NonNullable<Settings['role']> =>
  (ROLES as readonly string[]).includes(value ?? '');

export function App({
  content,
  loadDetails,
  text,
  settings,
  initialSettings,
}: {
  content: PathwayGraph;
  /** Outcome pages' details, loaded when a pathway starts (kept out of the first load). */
  loadDetails: () => Promise<ContentDetails>;
  text: TextValue;
  settings: SettingsStore;
  initialSettings: Settings;
}) {
  const machine = useMemo(() => createPathwayMachine(content), [content]);
  const actor = useMemo(
    () =>
      createActor(machine, {
        // The nation from settings routes Scotland, Northern Ireland and Wales to their own pages.
        input: {
          remembered: {
            nation: initialSettings.nation,
            ...(initialSettings.role ? { role: initialSettings.role } : {}),
          },
        },
      }).start(),
    [machine, initialSettings],
  );
  const [snapshot, setSnapshot] = useState<PathwaySnapshot>(actor.getSnapshot());
  const [view, setViewState] = useState<View>('start');
  // Handlers that can run before the next render (popstate, Exit, a quick second
  // tap) read the view from here: a stale closure made Back right after Start do nothing.
  const viewRef = useRef<View>('start');
  const setView = useCallback((next: View) => {
    viewRef.current = next;
    setViewState(next);
  }, []);
  const exiting = useRef(false);

  useEffect(() => {
    const subscription = actor.subscribe(setSnapshot);
    return () => subscription.unsubscribe();
  }, [actor]);

  // The role is remembered on this device once chosen (never anything about a child).
  const rememberedRole = snapshot.context.remembered.role;
  useEffect(() => {
    if (isRole(rememberedRole) && rememberedRole !== initialSettings.role) {
      void settings.save({ role: rememberedRole });
    }
  }, [rememberedRole, settings, initialSettings]);

  // The depth of the page on screen: 0 for the start page, then one per step.
  const depth = useCallback(
    () => (viewRef.current === 'start' ? 0 : actor.getSnapshot().context.history.length + 1),
    [actor],
  );

  // The browser's Back (and the back link) walks the pathway back one step at a time.
  useEffect(() => {
    const onPopState = (event: PopStateEvent) => {
      if (exiting.current) return;
      const target = historyDepth(event.state);
      let current = depth();
      if (target > current) {
        // Forward into steps we have already undone: they are gone, so go back to
        // the entry we were on. (Relabelling the forward entry instead left two
        // entries at one depth, so Back, Start again and Exit then missed a step.)
        history.go(current - target);
        return;
      }
      while (current > target) {
        if (actor.getSnapshot().context.history.length > 0) actor.send({ type: 'BACK' });
        else setView('start');
        current -= 1;
      }
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [actor, depth, setView]);

  const afterForward = () => {
    const after = actor.getSnapshot();
    pushStep(after.context.history.length + 1, currentNodeId(after));
  };

  /** Starts the pathway, optionally from a quick entry that already knows the concern. */
  // Outcome details load once, as soon as someone starts (an outcome is at least one tap away).
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

  const start = (vars?: Record<string, string>) => {
    requestDetails();
    actor.send({ type: 'START', vars });
    setView('pathway');
    pushStep(1, content.start);
  };
  const answer = (answerId: string) => {
    actor.send({ type: 'ANSWER', answer: answerId });
    afterForward();
  };
  const emergency = () => {
    if (viewRef.current === 'start') start();
    actor.send({ type: 'EMERGENCY' });
    afterForward();
  };
  const restart = () => {
    const from = depth();
    actor.send({ type: 'RESTART' });
    setView('start');
    returnToStart(from);
  };
  const exit = useCallback(() => {
    exiting.current = true;
    document.body.classList.add('is-exiting');
    const from = depth();
    actor.send({ type: 'EXIT' });
    leaveApp(from, EXIT_PAGE);
  }, [actor, depth]);

  const nodeId = currentNodeId(snapshot);
  const node = nodeId === EXITED ? undefined : content.nodes[nodeId];
  const t = text.t;
  const fullNode = node?.type === 'outcome' ? full?.nodes[node.id] : undefined;
  const outcome = fullNode?.type === 'outcome' ? fullNode : undefined;
  const detailsReady = node?.type !== 'outcome' || outcome !== undefined;
  useEffect(() => {
    if (!detailsReady) requestDetails();
  }, [detailsReady, requestDetails]);

  // A content area's text loads the first time one of its pages is shown.
  const shown = outcome ?? (node?.type === 'outcome' ? undefined : node);
  const keys = shown ? textKeysOf(shown) : [];
  const textReady = text.has(keys);
  const [, setLoadedText] = useState(0);
  useEffect(() => {
    if (!textReady) void text.ensure(keys).then(() => setLoadedText((n) => n + 1));
  });

  let page;
  if (view === 'pathway' && (!textReady || !detailsReady)) page = null;
  else if (view === 'start' || !node) page = <StartPage onStart={() => start()} />;
  else if (node.type === 'question') page = <QuestionPage node={node} onAnswer={answer} />;
  else if (outcome && full) page = <OutcomePage node={outcome} content={full} />;
  else page = <StartPage onStart={() => start()} />;

  const onPathway = view === 'pathway' && node !== undefined;

  return (
    <TextContext.Provider value={text}>
      <a class="skip-link" href="#main">
        {t('skipToMain')}
      </a>
      <header class="header">
        <div class="width-container header__inner">
          <span class="header__name">{t('app.name')}</span>
          <ExitThisPage onExit={exit} />
        </div>
      </header>
      <EmergencyBar
        onWhatToDo={node?.tags?.includes('immediate-danger') && onPathway ? undefined : emergency}
      />
      <div class="width-container">
        <UpdatePrompt canReloadNow={!onPathway} />
        {onPathway && (
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
            <button type="button" class="link-button" onClick={restart}>
              {t('nav.restart')}
            </button>
          </nav>
        )}
        <main id="main" class="main" data-node={onPathway ? nodeId : 'start'}>
          {page}
        </main>
      </div>
      <footer class="footer">
        <div class="width-container">
          <p>{t('app.tagline')}</p>
          {!settings.persistent && <p class="hint">{t('storage.unavailable')}</p>}
          <p class="hint">{t('exit.shortcut')}</p>
        </div>
      </footer>
    </TextContext.Provider>
  );
}
