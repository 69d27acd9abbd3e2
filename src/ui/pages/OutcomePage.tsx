import type { CompiledContent } from '../../content/compile';
import type { Citation, OutcomeNode } from '../../content/schema';
import type { Step } from '../../pathway/machine';
import { formatDate, useLang, useText } from '../text';
import { Heading } from '../components/Heading';
import { ContactCard } from '../components/ContactCard';
import { LocalContacts } from '../components/LocalContacts';
import type { PageName } from '../journey';
import { SourceList } from '../components/SourceList';
import { ActionSources } from '../components/ActionSources';
import { AnswerSummary } from '../components/AnswerSummary';

export function OutcomePage({
  node,
  content,
  steps = [],
  onChange = () => undefined,
  onOpen,
}: {
  node: OutcomeNode;
  content: CompiledContent;
  steps?: Step[];
  onChange?: (stepIndex: number) => void;
  /** Opens one of the app's pages (here, the organisation's contacts). */
  onOpen?: ((page: PageName) => void) | undefined;
}) {
  const t = useText();
  const lang = useLang();
  const actionCitations: Citation[] = node.actions.flatMap((a) => a.sources ?? []);
  const reviewBy = formatDate(node.reviewBy, lang);
  // The organisation's own contacts come before national services.
  const localRoles = node.contacts.flatMap((c) => ('local' in c ? [c.local] : []));
  const services = node.contacts.flatMap((c) => ('service' in c ? [c.service] : []));
  return (
    <article class="outcome" data-urgency={node.urgency}>
      <div class={`urgency urgency--${node.urgency}`}>
        <p class="urgency__title">{t(`outcome.urgency.${node.urgency}`)}</p>
        <p class="urgency__hint">{t(`outcome.urgencyHint.${node.urgency}`)}</p>
      </div>
      <Heading>{t(node.title)}</Heading>
      {node.summary && <p class="lead">{t(node.summary)}</p>}
      <button type="button" class="button button--secondary no-print" onClick={() => print()}>
        {t('outcome.print')}
      </button>

      <h2 class="heading-l">{t('outcome.actions')}</h2>
      <ol class="actions">
        {node.actions.map((action, index) => {
          const phone = action.call ? content.services[action.call]?.phone : undefined;
          return (
            <li key={action.text}>
              <span>{t(action.text)}</span>
              {phone && (
                <a
                  class="button button--emergency action__call"
                  href={`tel:${phone.replace(/ /g, '')}`}
                >
                  {t('outcome.call', { number: phone })}
                </a>
              )}
              {action.sources && action.sources.length > 0 && (
                <ActionSources
                  citations={action.sources}
                  sources={content.sources}
                  step={index + 1}
                />
              )}
            </li>
          );
        })}
      </ol>

      {node.doNot.length > 0 && (
        <section class="warning" aria-labelledby="do-not">
          <span class="warning__icon" aria-hidden="true">
            !
          </span>
          <div>
            <h2 class="heading-m" id="do-not">
              <span class="visually-hidden">{t('outcome.doNotHidden')}: </span>
              {t('outcome.doNot')}
            </h2>
            <ul>
              {node.doNot.map((key) => (
                <li key={key}>{t(key)}</li>
              ))}
            </ul>
          </div>
        </section>
      )}

      {node.record.length > 0 && (
        <section aria-labelledby="record">
          <h2 class="heading-l" id="record">
            {t('outcome.record')}
          </h2>
          <p class="hint">{t('outcome.recordHint')}</p>
          <ul class="checklist">
            {node.record.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="contacts">
        <h2 class="heading-l" id="contacts">
          {t('outcome.contacts')}
        </h2>
        {localRoles.length > 0 && <LocalContacts roles={localRoles} onOpen={onOpen} />}
        <ul class="contacts" role="list">
          {services.map((service) => (
            <li key={service}>
              <ContactCard service={content.services[service]!} />
            </li>
          ))}
        </ul>
      </section>

      <AnswerSummary steps={steps} content={content} onChange={onChange} />

      <section aria-labelledby="sources" class="outcome__sources">
        <h2 class="heading-l" id="sources">
          {t('outcome.sources')}
        </h2>
        <SourceList citations={[...node.sources, ...actionCitations]} sources={content.sources} />
        <p class="hint">{t('outcome.reviewBy', { date: reviewBy })}</p>
      </section>

      <p class="print-only print-footer">
        {t('outcome.printFooter', { version: content.version, date: reviewBy })}
      </p>
    </article>
  );
}
