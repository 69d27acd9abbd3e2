import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lookupText } from '../../src/content/check';
import { loadContent } from '../../src/content/load';
import { CONTENT_DIR } from './fixtures';

describe('npm run content:report', () => {
  it('writes one document with every node, outcome title, service and source', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'csa-report-')), 'review.html');
    execFileSync('npx', ['tsx', 'scripts/content-report.ts', CONTENT_DIR, out], { stdio: 'pipe' });
    const html = readFileSync(out, 'utf8');
    const bundle = loadContent(CONTENT_DIR);
    for (const node of bundle.nodes) expect(html).toContain(`id="${node.id}"`);
    for (const node of bundle.nodes) {
      if (node.type === 'outcome')
        expect(html).toContain(lookupText(bundle.locales.en, node.title)!.replace(/'/g, '&#39;'));
    }
    for (const service of bundle.services) if (service.phone) expect(html).toContain(service.phone);
    for (const source of bundle.sources) expect(html).toContain(source.url);
    expect(html).not.toMatch(/\[missing: /);
    // Each translated namespace with its review status.
    expect(html).toContain('Cymraeg (cy)');
    for (const ns of Object.keys(bundle.locales.cy ?? {})) {
      expect(html).toContain(`${ns}: ${bundle.languages.languages.cy!.review[ns]!.status}`);
    }
  });
});
