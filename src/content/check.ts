/**
 * Checks over the whole content graph that a schema cannot express:
 * references resolve, every node is reachable, every route ends in an outcome,
 * the 999 outcome is sound, and every text key exists.
 */
import type { ContentBundle, PathwayNode, Citation, OutcomeNode } from './schema.ts';
import type { Problem } from './problems.ts';

export const BASE_LANGUAGE = 'en';
export const IMMEDIATE_DANGER_TAG = 'immediate-danger';
export const EMERGENCY_NUMBER = '999';
/** About 170 words: a short paragraph. Longer text belongs in several keys, or is a mistake. */
export const MAX_TEXT_LENGTH = 1000;
/** An HTML tag or comment. Text is shown as plain text, so markup would show as-is. */
const MARKUP = /<\/?[a-z][a-z0-9-]*(\s[^>]*)?\/?>|<!--/i;

export interface CheckResult {
  errors: Problem[];
  warnings: Problem[];
  summary: {
    questions: number;
    routes: number;
    infos: number;
    outcomes: number;
    services: number;
    sources: number;
    paths: number;
  };
}

/** The nodes a node can lead to, in order. */
export function successors(node: PathwayNode): string[] {
  switch (node.type) {
    case 'question':
      return node.answers.map((a) => a.next);
    case 'route':
      return [...node.cases.map((c) => c.next), node.otherwise];
    case 'info':
      return [node.next];
    case 'outcome':
      return [];
  }
}

/** Every text key a node refers to. */
export function textKeysOf(node: PathwayNode): string[] {
  switch (node.type) {
    case 'question':
      return [
        node.prompt,
        ...(node.hint ? [node.hint] : []),
        ...(node.details ? [node.details.summary, ...node.details.body] : []),
        ...node.answers.map((a) => a.label),
      ];
    case 'route':
      return [];
    case 'info':
      return [node.title, ...node.body];
    case 'outcome':
      return [
        node.title,
        ...(node.summary ? [node.summary] : []),
        ...node.actions.map((a) => a.text),
        ...node.doNot,
        ...node.record,
      ];
  }
}

function citationsOf(node: PathwayNode): Citation[] {
  if (node.type !== 'outcome') return [];
  return [...node.sources, ...node.actions.flatMap((a) => a.sources ?? [])];
}

/** Looks up "ns:a.b.c" in nested resources; returns the string or undefined. */
export function lookupText(
  resources: Record<string, Record<string, unknown>> | undefined,
  key: string,
): string | undefined {
  const [namespace, path] = key.split(':', 2) as [string, string];
  let value: unknown = resources?.[namespace];
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return typeof value === 'string' ? value : undefined;
}

/** Counts routes from start to an outcome; the graph is checked to be acyclic first. */
function countPaths(start: string, byId: Map<string, PathwayNode>): number {
  const memo = new Map<string, number>();
  const count = (id: string): number => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    if (!node) return 0;
    const next = successors(node);
    const total = next.length === 0 ? 1 : next.reduce((sum, n) => sum + count(n), 0);
    memo.set(id, total);
    return total;
  };
  return count(start);
}

function findCycle(start: string, byId: Map<string, PathwayNode>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): string[] | undefined => {
    if (state.get(id) === 'done' || !byId.has(id)) return undefined;
    if (state.get(id) === 'open') return [...stack.slice(stack.indexOf(id)), id];
    state.set(id, 'open');
    stack.push(id);
    for (const next of successors(byId.get(id)!)) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(id, 'done');
    return undefined;
  };
  return visit(start);
}

export function checkContent(bundle: ContentBundle, today: Date = new Date()): CheckResult {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const { meta, nodes, nodeFiles } = bundle;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const services = new Map(bundle.services.map((s) => [s.id, s]));
  const sources = new Map(bundle.sources.map((s) => [s.id, s]));
  const base = bundle.locales[BASE_LANGUAGE];
  const fileOf = (id: string) => nodeFiles[id] ?? 'meta.json';
  const err = (nodeId: string, message: string) =>
    errors.push({ file: fileOf(nodeId), nodeId, message });

  if (!base) errors.push({ file: `locales/${BASE_LANGUAGE}`, message: 'base language is missing' });

  for (const [name, id] of [
    ['start', meta.start],
    ['emergency', meta.emergency],
  ] as const) {
    if (!byId.has(id))
      errors.push({ file: 'meta.json', message: `${name} node "${id}" does not exist` });
  }

  for (const name of meta.remember) {
    if (!meta.variables[name])
      errors.push({ file: 'meta.json', message: `remembers unknown variable "${name}"` });
  }

  const usedServices = new Set<string>();
  const usedSources = new Set<string>();

  for (const node of nodes) {
    for (const next of successors(node)) {
      if (!byId.has(next)) err(node.id, `leads to "${next}", which does not exist`);
    }
    if (node.type !== 'outcome' && successors(node).length === 0) err(node.id, 'has no way out');

    if (node.type === 'question') {
      const seen = new Set<string>();
      for (const answer of node.answers) {
        if (seen.has(answer.id)) err(node.id, `answer "${answer.id}" appears twice`);
        seen.add(answer.id);
        for (const [variable, value] of Object.entries(answer.set ?? {})) {
          const allowed = meta.variables[variable];
          if (!allowed) err(node.id, `answer "${answer.id}" sets unknown variable "${variable}"`);
          else if (!allowed.includes(value))
            err(node.id, `answer "${answer.id}" sets ${variable} to unknown value "${value}"`);
        }
      }
    }
    if (node.type === 'route') {
      const allowed = meta.variables[node.on];
      if (!allowed) err(node.id, `routes on unknown variable "${node.on}"`);
      for (const c of node.cases) {
        if (allowed && !allowed.includes(c.when))
          err(node.id, `case "${c.when}" is not a value of ${node.on}`);
      }
    }
    if (node.type === 'outcome') {
      for (const contact of node.contacts) {
        if ('service' in contact) {
          usedServices.add(contact.service);
          if (!services.has(contact.service))
            err(node.id, `contact service "${contact.service}" does not exist`);
        }
      }
      for (const action of node.actions) {
        if (action.flag !== undefined && !(action.flag in meta.flags)) {
          err(node.id, `action uses flag "${action.flag}", which meta.json does not declare`);
        }
        if (!action.call) continue;
        usedServices.add(action.call);
        const called = services.get(action.call);
        if (!called) err(node.id, `action calls service "${action.call}", which does not exist`);
        else if (!called.phone)
          err(node.id, `action calls service "${action.call}", which has no phone number`);
      }
      if (node.tags?.includes(IMMEDIATE_DANGER_TAG)) checkImmediateDanger(node, err, services);
      if (node.reviewBy < today.toISOString().slice(0, 10)) {
        warnings.push({
          file: fileOf(node.id),
          nodeId: node.id,
          message: `review date ${node.reviewBy} has passed`,
        });
      }
    }
    for (const cited of citationsOf(node)) {
      usedSources.add(cited.source);
      if (!sources.has(cited.source))
        err(node.id, `cites source "${cited.source}", which does not exist`);
    }
    if (base) {
      for (const key of textKeysOf(node)) {
        if (!lookupText(base, key)?.trim())
          err(node.id, `text key "${key}" is missing in locales/${BASE_LANGUAGE}`);
      }
    }
  }

  // The one-tap 999 page: an outcome, or a route choosing one per nation.
  const emergency = byId.get(meta.emergency);
  const emergencyOutcomes =
    emergency?.type === 'route' ? successors(emergency).map((id) => byId.get(id)) : [emergency];
  for (const target of emergencyOutcomes) {
    if (target && (target.type !== 'outcome' || !target.tags?.includes(IMMEDIATE_DANGER_TAG))) {
      err(
        meta.emergency,
        `the emergency node must be an outcome tagged "${IMMEDIATE_DANGER_TAG}", or a route to such outcomes ("${target.id}" is not)`,
      );
    }
  }

  for (const s of bundle.services) {
    if (base) {
      for (const key of [s.name, s.audience, s.hours]) {
        if (!lookupText(base, key)?.trim())
          errors.push({
            file: 'services.json',
            nodeId: s.id,
            message: `text key "${key}" is missing in locales/${BASE_LANGUAGE}`,
          });
      }
    }
    if (!s.phone && !s.web)
      errors.push({
        file: 'services.json',
        nodeId: s.id,
        message: 'needs a phone number or a web address',
      });
    if (!usedServices.has(s.id))
      warnings.push({ file: 'services.json', nodeId: s.id, message: 'is not used by any outcome' });
  }
  for (const entry of bundle.glossary) {
    usedSources.add(entry.source.source);
    if (!sources.has(entry.source.source)) {
      errors.push({
        file: 'glossary.json',
        nodeId: entry.id,
        message: `cites source "${entry.source.source}", which does not exist`,
      });
    }
    for (const key of [entry.term, entry.definition, ...(entry.replaces ?? [])]) {
      if (base && !lookupText(base, key)?.trim()) {
        errors.push({
          file: 'glossary.json',
          nodeId: entry.id,
          message: `text key "${key}" is missing in locales/${BASE_LANGUAGE}`,
        });
      }
    }
  }
  errors.push(...checkScenarios(bundle, byId, sources));
  if (base) errors.push(...outdatedTerms(bundle));
  for (const s of bundle.sources) {
    if (!usedSources.has(s.id))
      warnings.push({ file: 'sources.json', nodeId: s.id, message: 'is not cited anywhere' });
  }

  errors.push(...checkLocaleText(bundle.locales));
  const languageProblems = checkLanguages(bundle.languages, bundle.locales);
  errors.push(...languageProblems.errors);
  warnings.push(...languageProblems.warnings);

  // Reachability and termination only make sense once references resolve.
  let paths = 0;
  if (errors.length === 0) {
    const reachable = new Set<string>();
    const queue = [meta.start];
    while (queue.length > 0) {
      const id = queue.pop()!;
      if (reachable.has(id)) continue;
      reachable.add(id);
      queue.push(...successors(byId.get(id)!));
    }
    reachable.add(meta.emergency);
    for (const node of nodes) {
      if (!reachable.has(node.id))
        err(node.id, `cannot be reached from the start node "${meta.start}"`);
    }
    const cycle = findCycle(meta.start, byId);
    if (cycle) err(cycle[0]!, `is part of a loop: ${cycle.join(' -> ')}`);
    else paths = countPaths(meta.start, byId);
  }

  const countOf = (type: PathwayNode['type']) => nodes.filter((n) => n.type === type).length;
  return {
    errors,
    warnings,
    summary: {
      questions: countOf('question'),
      routes: countOf('route'),
      infos: countOf('info'),
      outcomes: countOf('outcome'),
      services: bundle.services.length,
      sources: bundle.sources.length,
      paths,
    },
  };
}

/** Scenarios refer to real nodes, answers and outcomes; their walk is tested on the machine. */
function checkScenarios(
  bundle: ContentBundle,
  byId: Map<string, PathwayNode>,
  sources: Map<string, unknown>,
): Problem[] {
  const problems: Problem[] = [];
  const base = bundle.locales[BASE_LANGUAGE];
  for (const scenario of bundle.scenarios) {
    const at = (message: string) =>
      problems.push({ file: 'scenarios', nodeId: scenario.id, message });
    for (const step of scenario.steps) {
      const node = byId.get(step.node);
      if (node?.type !== 'question') at(`step node "${step.node}" is not a question`);
      else if (!node.answers.some((a) => a.id === step.answer)) {
        at(`"${step.node}" has no answer "${step.answer}"`);
      }
    }
    if (byId.get(scenario.outcome)?.type !== 'outcome')
      at(`outcome "${scenario.outcome}" is not an outcome`);
    for (const cited of scenario.sources) {
      if (!sources.has(cited.source)) at(`cites source "${cited.source}", which does not exist`);
    }
    const keys = [
      scenario.title,
      ...scenario.story,
      ...scenario.steps.map((s) => s.why),
      ...scenario.discussion,
    ];
    for (const key of keys) {
      if (base && !lookupText(base, key)?.trim())
        at(`text key "${key}" is missing in locales/${BASE_LANGUAGE}`);
    }
  }
  return problems;
}

/** Every string in nested locale resources, with its key. */
function allTexts(resources: Record<string, unknown>, prefix = ''): [string, string][] {
  return Object.entries(resources).flatMap(([key, value]): [string, string][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') return [[path, value]];
    if (typeof value === 'object' && value !== null)
      return allTexts(value as Record<string, unknown>, path);
    return [];
  });
}

/** Older words the glossary says have been replaced must not appear in any other text. */
function outdatedTerms(bundle: ContentBundle): Problem[] {
  const base = bundle.locales[BASE_LANGUAGE] ?? {};
  const problems: Problem[] = [];
  for (const entry of bundle.glossary) {
    const current = lookupText(base, entry.term);
    for (const key of entry.replaces ?? []) {
      const old = lookupText(base, key)
        ?.replace(/\s*\(.*\)$/, '')
        .toLowerCase();
      if (!old) continue;
      for (const [namespace, resources] of Object.entries(base)) {
        if (namespace === 'glossary') continue;
        for (const [path, text] of allTexts(resources)) {
          if (text.toLowerCase().includes(old)) {
            problems.push({
              file: `locales/${BASE_LANGUAGE}/${namespace}.json`,
              nodeId: path,
              message: `uses the outdated term "${old}"; use "${current}"`,
            });
          }
        }
      }
    }
  }
  return problems;
}

function checkImmediateDanger(
  node: OutcomeNode,
  err: (nodeId: string, message: string) => void,
  services: Map<string, { phone?: string | undefined }>,
): void {
  const first = node.actions[0];
  const calls999 =
    first?.call !== undefined && services.get(first.call)?.phone === EMERGENCY_NUMBER;
  if (!calls999)
    err(
      node.id,
      `is tagged "${IMMEDIATE_DANGER_TAG}" but its first action is not to call ${EMERGENCY_NUMBER}`,
    );
  if (node.urgency !== 'now')
    err(node.id, `is tagged "${IMMEDIATE_DANGER_TAG}" but its urgency is not "now"`);
}

/** Every value in every locale file is plain text of a sensible length (or a group of keys). */
export function checkLocaleText(locales: ContentBundle['locales']): Problem[] {
  const problems: Problem[] = [];
  const visit = (file: string, path: string, value: unknown) => {
    const at = (message: string) => problems.push({ file, message: `key "${path}": ${message}` });
    if (typeof value === 'string') {
      if (value.length > MAX_TEXT_LENGTH)
        at(`text is ${value.length} characters, more than ${MAX_TEXT_LENGTH}`);
      const markup = MARKUP.exec(value);
      if (markup) at(`text must be plain, but contains markup "${markup[0].slice(0, 40)}"`);
    } else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [key, child] of Object.entries(value))
        visit(file, path ? `${path}.${key}` : key, child);
    } else {
      at(
        `must be text or a group of keys, not ${Array.isArray(value) ? 'a list' : String(value === null ? 'null' : typeof value)}`,
      );
    }
  };
  for (const [lang, namespaces] of Object.entries(locales)) {
    for (const [namespace, resources] of Object.entries(namespaces)) {
      visit(`locales/${lang}/${namespace}.json`, '', resources);
    }
  }
  return problems;
}

/**
 * languages.json describes every language with text, and records for every
 * namespace file of every translated language whether a fluent reader has
 * approved it. The namespaces come from the files present, so a new file
 * without a status is caught.
 */
export function checkLanguages(
  languages: ContentBundle['languages'],
  locales: ContentBundle['locales'],
): { errors: Problem[]; warnings: Problem[] } {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const file = 'languages.json';
  if (languages.source !== BASE_LANGUAGE) {
    errors.push({ file, message: `the source language must be "${BASE_LANGUAGE}"` });
  }
  for (const lang of Object.keys(locales)) {
    if (!languages.languages[lang]) {
      errors.push({ file, nodeId: lang, message: `locales/${lang} has no entry here` });
    }
  }
  for (const [lang, language] of Object.entries(languages.languages)) {
    const at = (message: string) => errors.push({ file, nodeId: lang, message });
    const namespaces = Object.keys(locales[lang] ?? {});
    if (!locales[lang]) at(`has no text: locales/${lang} does not exist`);
    const isSource = lang === languages.source;
    for (const [namespace, review] of Object.entries(language.review)) {
      if (review.status === 'source' && !isSource) {
        at(`"${namespace}" is marked "source", but ${lang} is translated`);
      }
      if (!namespaces.includes(namespace)) {
        warnings.push({
          file,
          nodeId: lang,
          message: `has a review status for "${namespace}", but locales/${lang}/${namespace}.json does not exist yet`,
        });
      }
    }
    if (isSource) continue;
    for (const namespace of namespaces) {
      if (!language.review[namespace]) {
        at(
          `locales/${lang}/${namespace}.json has no review status: add "${namespace}": { "status": "awaiting-review" }`,
        );
      }
    }
  }
  return { errors, warnings };
}
