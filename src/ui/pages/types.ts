import type { CompiledContent } from '../../content/compile';
import type { Settings } from '../../storage/settings';
import type { PageName } from '../journey';

/** What every secondary page (settings, glossary, about, privacy, find) is given. */
export interface PageProps {
  content: CompiledContent;
  settings: Settings;
  /** False when settings live in memory only. */
  persistent: boolean;
  saveSettings: (patch: Partial<Settings>) => Promise<void>;
  start: (vars?: Record<string, string>) => void;
  open: (page: PageName) => void;
}
