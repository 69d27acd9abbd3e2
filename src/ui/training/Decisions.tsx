import type { CompiledContent } from '../../content/compile';
import type { Decision } from '../../training/session';
import { useText } from '../text';

/** The summary at the end of a play: each decision, the group's choice beside the pathway's. */
export function Decisions({
  content,
  decisions,
}: {
  content: CompiledContent;
  decisions: Decision[];
}) {
  const t = useText();
  return (
    <ol class="training__decisions">
      {decisions.map((decision) => {
        const node = content.nodes[decision.node];
        if (node?.type !== 'question') return null;
        const label = (id: string | undefined) =>
          t(node.answers.find((a) => a.id === id)?.label ?? '');
        return (
          <li key={decision.node} data-match={decision.matches}>
            <p class="heading-s">{t(node.prompt)}</p>
            <p>
              {decision.chosen
                ? t('training:youChose', { answer: label(decision.chosen) })
                : t('training:noChoice')}
            </p>
            <p>{t('training:pathwayChose', { answer: label(decision.pathway) })}</p>
            <p class="training__verdict">
              {decision.matches ? t('training:summaryMatch') : t('training:summaryNoMatch')}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
