/**
 * npm run content:check — validates content/ and prints a summary.
 * Exits 1 with a list naming file, node and problem when anything is wrong.
 * Usage: content-check [content-dir]
 */
import { resolve } from 'node:path';
import { loadContent } from '../src/content/load';
import { checkContent } from '../src/content/check';
import { ContentError, formatProblem } from '../src/content/problems';

const dir = resolve(process.argv[2] ?? 'content');

try {
  const bundle = loadContent(dir);
  const { errors, warnings, summary } = checkContent(bundle);
  for (const w of warnings) console.warn(`warning: ${formatProblem(w)}`);
  if (errors.length > 0) throw new ContentError(errors);
  console.log(`Content ${bundle.meta.version} in ${dir} is valid.`);
  console.log(
    `  ${summary.questions} questions, ${summary.infos} info pages, ${summary.routes} routes, ` +
      `${summary.outcomes} outcomes; ${summary.services} services; ${summary.sources} sources; ` +
      `${bundle.glossary.length} glossary terms`,
  );
  console.log(
    `  ${summary.paths} graph paths from start, all ending in an outcome ` +
      '(every route branch counted; tests/content/paths.test.ts counts the routes the machine allows)',
  );
  console.log(`  languages: ${Object.keys(bundle.locales).join(', ')}`);
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
