import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/content/load';
import { checkContent } from '../../src/content/check';
import { ContentError, formatProblem } from '../../src/content/problems';
import type { PathwayFile, OutcomeNode } from '../../src/content/schema';
import { CONTENT_DIR, copyContent, editJson } from './fixtures';

/** Loads and checks a content directory, returning every problem as text. */
function problemsIn(dir: string): string[] {
  try {
    const { errors } = checkContent(loadContent(dir));
    return errors.map(formatProblem);
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(formatProblem);
    throw error;
  }
}

const outcome = (file: PathwayFile, id: string) =>
  file.nodes.find((n): n is OutcomeNode => n.id === id && n.type === 'outcome')!;

describe('the shipped content', () => {
  it('loads and passes every graph check', () => {
    const bundle = loadContent(CONTENT_DIR);
    const result = checkContent(bundle);
    expect(result.errors.map(formatProblem)).toEqual([]);
    expect(result.summary.outcomes).toBeGreaterThan(0);
    expect(result.summary.paths).toBeGreaterThan(0);
  });
});

describe('broken content is rejected with the file, node and problem named', () => {
  it('a dangling node id', () => {
    const dir = copyContent();
    editJson<PathwayFile>(dir, 'pathway/core.json', (file) => {
      const role = file.nodes.find((n) => n.id === 'role');
      if (role?.type !== 'question') throw new Error('fixture changed');
      role.answers[0]!.next = 'no-such-node';
    });
    expect(problemsIn(dir)).toContain(
      'pathway/core.json: node "role": leads to "no-such-node", which does not exist',
    );
  });

  it('a missing text key', () => {
    const dir = copyContent();
    editJson<PathwayFile>(dir, 'pathway/disclosure.json', (file) => {
      outcome(file, 'outcome-disclosure-staff').doNot.push('pathway:doNot.noSuchKey');
    });
    expect(problemsIn(dir)).toContain(
      'pathway/disclosure.json: node "outcome-disclosure-staff": text key "pathway:doNot.noSuchKey" is missing in locales/en',
    );
  });

  it('an outcome without a source', () => {
    const dir = copyContent();
    editJson<PathwayFile>(dir, 'pathway/disclosure.json', (file) => {
      outcome(file, 'outcome-dsl-told-household').sources = [];
    });
    expect(problemsIn(dir)).toContain(
      'pathway/disclosure.json: node "outcome-dsl-told-household": sources: an outcome needs at least one source',
    );
  });

  it('a citation of a source that does not exist', () => {
    const dir = copyContent();
    editJson<PathwayFile>(dir, 'pathway/disclosure.json', (file) => {
      outcome(file, 'outcome-signs-staff').sources[0]!.source = 'made-up-guidance';
    });
    expect(problemsIn(dir)).toContain(
      'pathway/disclosure.json: node "outcome-signs-staff": cites source "made-up-guidance", which does not exist',
    );
  });

  it('a node nothing leads to', () => {
    const dir = copyContent();
    editJson<PathwayFile>(dir, 'pathway/disclosure.json', (file) => {
      file.nodes.push({ ...outcome(file, 'outcome-signs-staff'), id: 'orphan-outcome' });
    });
    expect(problemsIn(dir)).toContain(
      'pathway/disclosure.json: node "orphan-outcome": cannot be reached from the start node "immediate-danger"',
    );
  });

  it('a loop', () => {
    const dir = copyContent();
    editJson<PathwayFile>(dir, 'pathway/core.json', (file) => {
      const concern = file.nodes.find((n) => n.id === 'concern');
      if (concern?.type !== 'question') throw new Error('fixture changed');
      concern.answers[1]!.next = 'role';
    });
    expect(
      problemsIn(dir).some((p) => /is part of a loop: .*concern -> role -> route-concern/.test(p)),
    ).toBe(true);
  });

  it('an emergency outcome whose first action is not calling 999', () => {
    const dir = copyContent();
    editJson<PathwayFile>(dir, 'pathway/core.json', (file) => {
      outcome(file, 'outcome-immediate-danger').actions.reverse();
    });
    expect(problemsIn(dir)).toContain(
      'pathway/core.json: node "outcome-immediate-danger": is tagged "immediate-danger" but its first action is not to call 999',
    );
  });

  it('unknown keys, wrong types and script-like ids', () => {
    const dir = copyContent();
    editJson<{ nodes: Record<string, unknown>[] }>(dir, 'pathway/core.json', (file) => {
      file.nodes[0]!.onclick = 'alert(1)';
      file.nodes[2]!.answers = 'staff';
      file.nodes[4]!.id = '<script>';
    });
    const problems = problemsIn(dir);
    expect(problems).toContain(
      'pathway/core.json: node "immediate-danger": Unrecognized key: "onclick"',
    );
    expect(
      problems.some((p) => p.startsWith('pathway/core.json: node "role": answers: Invalid input')),
    ).toBe(true);
    expect(problems).toContain(
      'pathway/core.json: node "<script>": id: ids are lower-case words joined by hyphens',
    );
  });

  it('script-like, over-long and non-text values in a locale file', () => {
    const dir = copyContent();
    editJson<Record<string, Record<string, unknown>>>(dir, 'locales/en/pathway.json', (text) => {
      text.role!.prompt = 'What is your role?<script>alert(1)</script>';
      text.role!.why = '<img src=x onerror=alert(1)>';
      text.concern!.told = 'A child has told me something. '.repeat(40);
      text.concern!.signs = { toString: 'a group is fine' };
      text.immediateDanger!.hint = 42;
      text.immediateDanger!.no = ['No'];
    });
    const problems = problemsIn(dir);
    const file = 'locales/en/pathway.json';
    expect(problems).toContain(
      `${file}: key "role.prompt": text must be plain, but contains markup "<script>"`,
    );
    expect(problems).toContain(
      `${file}: key "role.why": text must be plain, but contains markup "<img src=x onerror=alert(1)>"`,
    );
    expect(problems).toContain(
      `${file}: key "concern.told": text is 1240 characters, more than 1000`,
    );
    expect(problems).toContain(
      `${file}: key "immediateDanger.hint": must be text or a group of keys, not number`,
    );
    expect(problems).toContain(
      `${file}: key "immediateDanger.no": must be text or a group of keys, not a list`,
    );
    expect(problems.filter((p) => p.includes('concern.signs'))).toEqual([
      'pathway/core.json: node "concern": text key "pathway:concern.signs" is missing in locales/en',
      'pathway/wales.json: node "wales-concern": text key "pathway:concern.signs" is missing in locales/en',
    ]);
  });

  it('allows a less-than sign that is not markup', () => {
    const dir = copyContent();
    editJson<Record<string, Record<string, unknown>>>(dir, 'locales/en/pathway.json', (text) => {
      text.concern!.signs = 'A child <13 told a friend, and 3 < 4';
    });
    expect(problemsIn(dir)).toEqual([]);
  });

  it('over-long ids and keys, wrong types and unsafe links in data files', () => {
    const dir = copyContent();
    editJson<{ nodes: Record<string, unknown>[] }>(dir, 'pathway/core.json', (file) => {
      file.nodes[0]!.id = 'a'.repeat(500);
      file.nodes[2]!.prompt = `pathway:${'x'.repeat(300)}`;
    });
    editJson<{ sources: Record<string, unknown>[] }>(dir, 'sources.json', (file) => {
      file.sources[0]!.url = 'javascript:alert(1)';
      file.sources[0]!.year = '2025';
    });
    editJson<{ services: Record<string, unknown>[] }>(dir, 'services.json', (file) => {
      file.services[0]!.phone = '<a href=x>999</a>';
      file.services[0]!.web = 'http://example.org';
    });
    const problems = problemsIn(dir);
    expect(problems).toContain(
      `pathway/core.json: node "${'a'.repeat(500)}": id: ids are at most 80 characters`,
    );
    expect(problems).toContain(
      'pathway/core.json: node "role": prompt: text keys are at most 200 characters',
    );
    expect(problems).toContain('sources.json: node "kcsie-2025": url: Invalid URL');
    expect(problems).toContain(
      'sources.json: node "kcsie-2025": year: Invalid input: expected number, received string',
    );
    expect(problems).toContain(
      'services.json: node "police-emergency": phone: phone numbers are digits and single spaces',
    );
    expect(problems).toContain('services.json: node "police-emergency": web: Invalid URL');
  });

  it('a file that is not JSON', () => {
    const dir = copyContent();
    writeFileSync(join(dir, 'services.json'), '{ "services": [');
    expect(problemsIn(dir)[0]).toMatch(/^services\.json: not valid JSON/);
  });

  it('makes npm run content:check fail with the same message', () => {
    const dir = copyContent();
    editJson<PathwayFile>(dir, 'pathway/disclosure.json', (file) => {
      outcome(file, 'outcome-dsl-told-household').sources = [];
    });
    let output = '';
    let status = 0;
    try {
      execFileSync('npx', ['tsx', 'scripts/content-check.ts', dir], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      const failure = error as { status: number; stderr: string };
      status = failure.status;
      output = failure.stderr;
    }
    expect(status).toBe(1);
    expect(output).toContain(
      'node "outcome-dsl-told-household": sources: an outcome needs at least one source',
    );
  });
});

describe('words', () => {
  it('rejects an outdated term the glossary says was replaced', () => {
    const dir = copyContent();
    editJson<Record<string, Record<string, string>>>(dir, 'locales/en/pathway.json', (text) => {
      text.concern!.prompt = 'Is this sexting?';
    });
    expect(problemsIn(dir)).toContain(
      'locales/en/pathway.json: node "concern.prompt": uses the outdated term "sexting"; use "Sharing nudes and semi-nudes"',
    );
  });

  it('rejects a glossary entry citing a source that does not exist', () => {
    const dir = copyContent();
    editJson<{ terms: { source: { source: string } }[] }>(dir, 'glossary.json', (glossary) => {
      glossary.terms[0]!.source.source = 'made-up-guidance';
    });
    expect(
      problemsIn(dir).some((p) =>
        /^glossary\.json: node "child": cites source "made-up-guidance"/.test(p),
      ),
    ).toBe(true);
  });
});

describe('text keys', () => {
  it('may use a hyphenated namespace named after its locale file', async () => {
    const { textKey } = await import('../../src/content/schema');
    expect(textKey.safeParse('child-on-child:what.prompt').success).toBe(true);
    expect(textKey.safeParse('pathway:shared.listen').success).toBe(true);
    expect(textKey.safeParse('child-:what.prompt').success).toBe(false);
    expect(textKey.safeParse('Child:what.prompt').success).toBe(false);
  });
});
