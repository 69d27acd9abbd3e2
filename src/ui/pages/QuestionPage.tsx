import type { QuestionNode } from '../../content/schema';
import { useText } from '../text';
import { Heading } from '../components/Heading';

export function QuestionPage({
  node,
  onAnswer,
}: {
  node: QuestionNode;
  onAnswer: (answerId: string) => void;
}) {
  const t = useText();
  const headingId = `q-${node.id}`;
  return (
    <>
      <div id={headingId}>
        <Heading>{t(node.prompt)}</Heading>
      </div>
      {node.hint && <p class="hint">{t(node.hint)}</p>}
      {node.details && (
        <details class="details">
          <summary>{t(node.details.summary)}</summary>
          <div class="details__body">
            {node.details.body.map((key) => (
              <p key={key}>{t(key)}</p>
            ))}
          </div>
        </details>
      )}
      <ul class="answers" role="list" aria-labelledby={headingId}>
        {node.answers.map((answer) => (
          <li key={answer.id}>
            <button
              type="button"
              class="button button--answer"
              data-answer={answer.id}
              onClick={() => onAnswer(answer.id)}
            >
              {t(answer.label)}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
