import type { LocalContactRole, Service } from '../../content/schema';
import { useText } from '../text';

export function ContactCard({ service }: { service: Service }) {
  const t = useText();
  return (
    <div class="contact" data-service={service.id}>
      <h3 class="heading-s">{t(service.name)}</h3>
      <dl class="contact__facts">
        <dt>{t('outcome.forWhom')}</dt>
        <dd>{t(service.audience)}</dd>
        <dt>{t('outcome.hours')}</dt>
        <dd>{t(service.hours)}</dd>
      </dl>
      <div class="contact__links">
        {service.phone && (
          <a class="button button--secondary" href={`tel:${service.phone.replace(/ /g, '')}`}>
            {t('outcome.call', { number: service.phone })}
          </a>
        )}
        {service.web && (
          <a href={service.web} rel="noreferrer" target="_blank">
            {t('outcome.website')}
            <span class="visually-hidden">: {t(service.name)}</span>
          </a>
        )}
      </div>
    </div>
  );
}

/** A contact only the organisation knows, e.g. its DSL; filled in locally later. */
export function LocalContactCard({ role }: { role: LocalContactRole }) {
  const t = useText();
  return (
    <div class="contact contact--local" data-local={role}>
      <h3 class="heading-s">{t(`local.${role}`)}</h3>
      <p>{t('local.notSet')}</p>
    </div>
  );
}
