import type { PathwayGraph } from '../../content/compile';
import { useText } from '../text';
import { PAGES, type PageName } from '../journey';

/** Links to the app's own pages, and the content version. */
export function SiteFooter({
  content,
  persistent,
  current,
  onOpen,
}: {
  content: PathwayGraph;
  persistent: boolean;
  current: string;
  onOpen: (page: PageName) => void;
}) {
  const t = useText();
  return (
    <footer class="footer">
      <div class="width-container">
        <nav aria-label={t('footer.label')}>
          <ul class="footer__links" role="list">
            {PAGES.map((page) => (
              <li key={page}>
                <a
                  href={`#/${page}`}
                  aria-current={page === current ? 'page' : undefined}
                  onClick={(event) => {
                    event.preventDefault();
                    onOpen(page);
                  }}
                >
                  {t(`pages.${page}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <p>{t('app.tagline')}</p>
        {!persistent && <p class="hint">{t('storage.unavailable')}</p>}
        <p class="hint">{t('exit.shortcut')}</p>
        <p class="hint">{t('footer.version', { version: content.version })}</p>
      </div>
    </footer>
  );
}
