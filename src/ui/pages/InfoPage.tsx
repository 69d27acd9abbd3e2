import type { InfoNode } from '../../content/schema';
import { useText } from '../text';
import { Heading } from '../components/Heading';

export function InfoPage({ node, onContinue }: { node: InfoNode; onContinue: () => void }) {
  const t = useText();
  return (
    <>
      <Heading>{t(node.title)}</Heading>
      {node.body.map((key) => (
        <p key={key}>{t(key)}</p>
      ))}
      <button type="button" class="button" data-continue onClick={onContinue}>
        {t('nav.continue')}
      </button>
    </>
  );
}
