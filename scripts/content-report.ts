/**
 * npm run content:report — writes one HTML document of the whole pathway for a
 * safeguarding lead to read and sign off: every question, answer, outcome,
 * service, source and glossary term, the safety rules, and anything past its
 * review date. Usage: content-report [content-dir] [output-file]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadContent } from '../src/content/load';
import { BASE_LANGUAGE, checkContent, lookupText } from '../src/content/check';
import { INVARIANTS } from '../src/content/invariants';
import { ContentError, formatProblem } from '../src/content/problems';
import type { Citation, ContactRef, PathwayNode, Service } from '../src/content/schema';

const contentDir = resolve(process.argv[2] ?? 'content');
const output = resolve(process.argv[3] ?? 'reports/content-review.html');
const DAY_MS = 24 * 60 * 60 * 1000;
const SOON_DAYS = 90;

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function main(): void {
  const bundle = loadContent(contentDir);
  const { errors, warnings, summary } = checkContent(bundle);
  if (errors.length > 0) throw new ContentError(errors);

  const base = bundle.locales[BASE_LANGUAGE];
  const text = (key: string) => escape(lookupText(base, key) ?? `[missing: ${key}]`);
  const services = new Map(bundle.services.map((s) => [s.id, s]));
  const sources = new Map(bundle.sources.map((s) => [s.id, s]));
  const today = new Date();
  const todayIso = today.toISOString().slice(0, 10);
  const soonIso = new Date(today.getTime() + SOON_DAYS * DAY_MS).toISOString().slice(0, 10);

  const link = (id: string) => `<a href="#${escape(id)}">${escape(id)}</a>`;
  const cite = (c: Citation) => {
    const s = sources.get(c.source);
    return s
      ? `<cite>${escape(s.title)}</cite> (${escape(s.publisher)}, ${s.year}): ${escape(c.section)}`
      : escape(c.source);
  };
  const serviceLine = (s: Service) =>
    `${text(s.name)}${s.phone ? `, <strong>${escape(s.phone)}</strong>` : ''}${
      s.web ? `, ${escape(s.web)}` : ''
    } (${text(s.hours)}; checked ${escape(s.checkedOn)})`;
  const contact = (c: ContactRef) =>
    'service' in c
      ? serviceLine(services.get(c.service)!)
      : `Local contact: ${escape(lookupText(base, `ui:local.${c.local}`) ?? c.local)}`;
  const list = (items: string[], tag = 'ul') =>
    items.length
      ? `<${tag}>${items.map((i) => `<li>${i}</li>`).join('')}</${tag}>`
      : '<p>None.</p>';

  const describe = (node: PathwayNode): string => {
    const tags = node.tags?.length
      ? `<p class="tags">Tags: ${node.tags.map(escape).join(', ')}</p>`
      : '';
    switch (node.type) {
      case 'question':
        return `<h3>Question: ${text(node.prompt)}</h3>${tags}
          ${node.hint ? `<p><em>Hint:</em> ${text(node.hint)}</p>` : ''}
          ${node.details ? `<p><em>${text(node.details.summary)}:</em> ${node.details.body.map(text).join(' ')}</p>` : ''}
          ${list(node.answers.map((a) => `${text(a.label)} → ${link(a.next)}${a.set ? ` (sets ${escape(JSON.stringify(a.set))})` : ''}`))}`;
      case 'route':
        return `<h3>Route on “${escape(node.on)}”</h3>${tags}
          ${list([...node.cases.map((c) => `${escape(c.when)} → ${link(c.next)}`), `otherwise → ${link(node.otherwise)}`])}`;
      case 'info':
        return `<h3>Information: ${text(node.title)}</h3>${tags}${node.body.map((k) => `<p>${text(k)}</p>`).join('')}<p>Continue → ${link(node.next)}</p>`;
      case 'outcome': {
        const due =
          node.reviewBy < todayIso
            ? '<strong class="flag">Past its review date</strong>'
            : node.reviewBy < soonIso
              ? '<strong class="flag">Due for review within 90 days</strong>'
              : '';
        return `<h3>Outcome: ${text(node.title)}</h3>${tags}
          <p>Urgency: <strong>${escape(node.urgency)}</strong>. Review by ${escape(node.reviewBy)}. ${due}</p>
          ${node.summary ? `<p>${text(node.summary)}</p>` : ''}
          <h4>Actions</h4>${list(
            node.actions.map(
              (a) =>
                `${text(a.text)}${a.call ? ` <em>[call ${escape(services.get(a.call)?.phone ?? a.call)}]</em>` : ''}${
                  a.flag
                    ? ` <strong class="flag">[only when “${escape(a.flag)}” is on: ${bundle.meta.flags[a.flag] ? 'on' : 'off'}]</strong>`
                    : ''
                }${a.sources?.length ? `<br><small>${a.sources.map(cite).join('; ')}</small>` : ''}`,
            ),
            'ol',
          )}
          <h4>Do not</h4>${list(node.doNot.map(text))}
          <h4>What to write down</h4>${list(node.record.map(text))}
          <h4>Who to contact</h4>${list(node.contacts.map(contact))}
          <h4>Sources</h4>${list(node.sources.map(cite))}`;
      }
    }
  };

  const areas = new Map<string, PathwayNode[]>();
  for (const node of bundle.nodes) {
    const file = bundle.nodeFiles[node.id]!;
    areas.set(file, [...(areas.get(file) ?? []), node]);
  }

  const html = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>CSA Pathway content review ${escape(bundle.meta.version)}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#0b0c0c}
section.node{border-top:1px solid #b1b4b6;padding-top:.5rem;margin-top:1.5rem}
.id{font-family:monospace;color:#505a5f}.tags{color:#505a5f;font-size:.9em}.flag{color:#b10e1e}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #b1b4b6;padding:.25rem .5rem;text-align:left;vertical-align:top}
</style></head><body>
<h1>CSA Pathway: content review</h1>
<p>Content version <strong>${escape(bundle.meta.version)}</strong>, generated ${escape(todayIso)} from <code>content/</code>.
${summary.questions} questions, ${summary.routes} routes, ${summary.infos} information pages, ${summary.outcomes} outcomes,
${summary.services} services, ${summary.sources} sources, ${bundle.glossary.length} glossary terms.</p>
<p>Reviewer: read every outcome below as a practitioner would. Sign off on the last page, or note what must change.</p>

<h2>Needs attention</h2>
${list(warnings.map((w) => escape(formatProblem(w))))}
<p>Content switched off by a flag: ${
    Object.entries(bundle.meta.flags)
      .map(([name, on]) => `${escape(name)} (${on ? 'on' : 'off'})`)
      .join(', ') || 'none'
  }.</p>

<h2>Safety rules checked on every path</h2>
${list(INVARIANTS.map((r) => escape(r.says)))}

<h2>The pathway</h2>
<p>Start: ${link(bundle.meta.start)}. One tap from every page: ${link(bundle.meta.emergency)}.</p>
${[...areas]
  .map(
    ([file, nodes]) =>
      `<h2>Area: ${escape(file)}</h2>${nodes
        .map(
          (n) =>
            `<section class="node" id="${escape(n.id)}"><p class="id">${escape(n.id)}</p>${describe(n)}</section>`,
        )
        .join('\n')}`,
  )
  .join('\n')}

<h2>National services</h2>
<table><thead><tr><th>Service</th><th>For</th><th>Contact</th><th>Hours</th><th>Nations</th><th>Checked</th></tr></thead><tbody>
${bundle.services
  .map(
    (s) =>
      `<tr><td>${text(s.name)}</td><td>${text(s.audience)}</td><td>${escape(s.phone ?? '')} ${escape(s.web ?? '')}</td><td>${text(s.hours)}</td><td>${s.nations.join(', ')}</td><td>${escape(s.checkedOn)} at ${escape(s.verifiedAt)}</td></tr>`,
  )
  .join('\n')}
</tbody></table>

<h2>Sources</h2>
${list(bundle.sources.map((s) => `<cite>${escape(s.title)}</cite>, ${escape(s.publisher)}, ${s.year}. ${escape(s.url)}`))}

<h2>Glossary</h2>
<dl>${bundle.glossary
    .map(
      (g) =>
        `<dt><strong>${text(g.term)}</strong>${g.replaces?.length ? ` (replaces: ${g.replaces.map(text).join(', ')})` : ''}</dt><dd>${text(g.definition)} <small>${cite(g.source)}</small></dd>`,
    )
    .join('')}</dl>

<h2>Translations</h2>
<p>Whether a fluent reader has approved each part of each translation (content/languages.json).</p>
${list(
  Object.entries(bundle.languages.languages)
    .filter(([code]) => code !== bundle.languages.source)
    .map(
      ([code, language]) =>
        `${escape(language.name)} (${escape(code)}): ${Object.keys(bundle.locales[code] ?? {})
          .map((ns) => {
            const review = language.review[ns];
            const who =
              review?.status === 'reviewed'
                ? [review.reviewedBy, review.reviewedOn].filter(Boolean).map((s) => escape(s!))
                : [];
            return `${escape(ns)}: ${escape(review?.status ?? 'no status')}${who.length ? ` (${who.join(', ')})` : ''}`;
          })
          .join('; ')}`,
    ),
)}

<h2>Sign-off</h2>
<p>Reviewed by (role, not name if you prefer): ____________________ Date: ____________</p>
</body></html>
`;
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, html);
  console.log(`Wrote ${output} (${bundle.nodes.length} nodes, ${warnings.length} warnings)`);
}

try {
  main();
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
