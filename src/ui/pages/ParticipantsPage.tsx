import { useMemo } from 'preact/hooks';
import type { Citation } from '../../content/schema';
import { useText } from '../text';
import { useTextReady } from '../textReady';
import { Heading } from '../components/Heading';
import { ContactCard } from '../components/ContactCard';
import { SourceList } from '../components/SourceList';
import type { PageProps } from './types';

const NS = 'training-extras:participants';

/** The quick entry for an adult telling you about their own childhood (see StartPage). */
export const DISCLOSURE_ROUTE = { concern: 'adult-non-recent' } as const;

/** Services for adults abused as children, only those in services.json (checked numbers). */
export const SUPPORT_SERVICES = ['napac', 'survivors-trust', 'rape-crisis-247'] as const;

/** Guidance behind the disclosure advice: the same sections the adults' pathway cites. */
const CITATIONS: { source: string; section: string }[] = [
  { source: 'gm-non-recent', section: `${NS}.sources.gmNonRecent` },
  { source: 'derbyshire-non-recent', section: `${NS}.sources.derbyshireNonRecent` },
  { source: 'info-sharing-2024', section: `${NS}.sources.infoSharing` },
];

const LISTS = {
  before: ['1', '2', '3', '4'],
  during: ['1', '2', '3'],
  disclose: ['1', '2', '3', '4'],
} as const;

/** A short guide for trainers: looking after a group, and what to do if someone discloses. */
export default function ParticipantsPage({ content, settings, start }: PageProps) {
  const t = useText();
  const services = useMemo(
    () =>
      SUPPORT_SERVICES.flatMap((id) => content.services[id] ?? []).filter((service) =>
        (service.nations as string[]).includes(settings.nation),
      ),
    [content, settings.nation],
  );
  const ready = useTextReady([`${NS}.title`, ...services.map((s) => s.name)]);
  if (!ready) return null;

  const list = (name: keyof typeof LISTS) => (
    <ul>
      {LISTS[name].map((item) => (
        <li key={item}>{t(`${NS}.${name}.${item}`)}</li>
      ))}
    </ul>
  );
  const citations: Citation[] = CITATIONS.filter((c) => content.sources[c.source]).map((c) => ({
    source: c.source,
    section: t(c.section),
  }));
  const concerns = content.variables.concern ?? [];

  return (
    <>
      <Heading>{t(`${NS}.title`)}</Heading>
      <p class="lead">{t(`${NS}.lead`)}</p>

      <h2 class="heading-l">{t(`${NS}.beforeTitle`)}</h2>
      {list('before')}

      <h2 class="heading-l">{t(`${NS}.duringTitle`)}</h2>
      {list('during')}

      <h2 class="heading-l">{t(`${NS}.discloseTitle`)}</h2>
      {list('disclose')}
      {concerns.includes(DISCLOSURE_ROUTE.concern) && (
        <p>
          <a
            class="button"
            href={`#/topic/${DISCLOSURE_ROUTE.concern}`}
            data-concern={DISCLOSURE_ROUTE.concern}
            onClick={(event) => {
              event.preventDefault();
              start({ ...DISCLOSURE_ROUTE });
            }}
          >
            {t(`${NS}.start`)}
          </a>
        </p>
      )}

      {services.length > 0 && (
        <>
          <h2 class="heading-l">{t(`${NS}.supportTitle`)}</h2>
          <p>{t(`${NS}.supportLead`)}</p>
          <ul class="contacts" role="list">
            {services.map((service) => (
              <li key={service.id}>
                <ContactCard service={service} />
              </li>
            ))}
          </ul>
        </>
      )}

      <h2 class="heading-l">{t(`${NS}.selfTitle`)}</h2>
      <p>{t(`${NS}.self`)}</p>

      {citations.length > 0 && (
        <>
          <h2 class="heading-l">{t(`${NS}.sourcesTitle`)}</h2>
          <SourceList citations={citations} sources={content.sources} />
        </>
      )}
    </>
  );
}
