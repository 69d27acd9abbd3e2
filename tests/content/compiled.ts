/** The real content, compiled exactly as the build does. */
import { loadContent } from '../../src/content/load';
import { compileContent } from '../../src/content/compile';
import { CONTENT_DIR } from './fixtures';

export const content = compileContent(loadContent(CONTENT_DIR));
