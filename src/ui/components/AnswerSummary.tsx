import type { CompiledContent } from '../../content/compile';
import type { Step } from '../../pathway/machine';
import { useText } from '../text';

/**
 * "Change my answers": each answer given, linking back to its question. Going
 * back is history.go, so the browser's own history stays in step.
 */
export function AnswerSummary({
  steps,
  content,
  onChange,
}: {
  steps: Step[];
  content: CompiledContent;
  onChange: (stepIndex: number) => void;
}) {
  const t = useText();
  const rows = steps.flatMap((step, index) => {
    const node = content.nodes[step.node];
    if (node?.type !== 'question' || !step.answer) return [];
    const answer = node.answers.find((a) => a.id === step.answer);
    return answer ? [{ index, node, prompt: t(node.prompt), label: t(answer.label) }] : [];
  });
  if (rows.length === 0) return null;
  return (
    <section class="no-print" aria-labelledby="answers">
      <h2 class="heading-l" id="answers">
        {t('outcome.answers')}
      </h2>
      <dl class="summary-list">
        {rows.map((row) => (
          <div class="summary-list__row" key={row.index}>
            <dt class="summary-list__key">{row.prompt}</dt>
            <dd class="summary-list__value">{row.label}</dd>
            <dd class="summary-list__actions">
              <a
                href={`#/step/${row.node.id}`}
                data-change={row.node.id}
                onClick={(event) => {
                  event.preventDefault();
                  onChange(row.index);
                }}
              >
                {t('outcome.change')}
                <span class="visually-hidden">
                  {' '}
                  {t('outcome.changeHidden', { question: row.prompt })}
                </span>
              </a>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
