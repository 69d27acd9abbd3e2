import { useState } from 'preact/hooks';
import type { LocalContact } from '../../contacts/contact';
import { exportPack } from '../../contacts/export';
import { encodePackFragment } from '../../contacts/fragment';
import { londonTime } from '../../contacts/london-time';
import { packToJson, type ContactsPack } from '../../contacts/pack';
import { useText } from '../text';
import { ErrorMessage } from './ErrorSummary';
import { QrCode } from './QrCode';

/** Makes a pack of the contacts on this device, as a file or a link. Nothing is sent anywhere. */
export function PackExport({ contacts }: { contacts: LocalContact[] }) {
  const t = useText();
  const [publisher, setPublisher] = useState(
    () => contacts.find((c) => c.origin)?.origin?.publisher ?? '',
  );
  const [missing, setMissing] = useState(false);
  const [link, setLink] = useState('');
  const [status, setStatus] = useState('');

  const pack = (): ContactsPack | undefined => {
    const made = exportPack(contacts, publisher, londonTime(new Date()).date);
    setMissing(!made.ok);
    if (!made.ok) document.getElementById('publisher')?.focus();
    return made.ok ? made.pack : undefined;
  };

  const download = () => {
    const made = pack();
    if (!made) return;
    const url = URL.createObjectURL(new Blob([packToJson(made)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'contacts-pack.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const makeLink = async () => {
    const made = pack();
    if (!made) return;
    const url = `${location.origin}${location.pathname}#${await encodePackFragment(packToJson(made))}`;
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setStatus(t('contacts:export.copied'));
    } catch {
      setStatus(t('contacts:export.copyFailed'));
    }
  };

  return (
    <section aria-labelledby="export" class="section">
      <h2 class="heading-l" id="export">
        {t('contacts:export.title')}
      </h2>
      <p>{t('contacts:export.lead')}</p>
      <div class={`form-group${missing ? ' form-group--error' : ''}`}>
        <label class="label" for="publisher">
          {t('contacts:export.publisher')}
        </label>
        <p class="hint" id="publisher-hint">
          {t('contacts:export.publisherHint')}
        </p>
        <ErrorMessage
          id="publisher-error"
          message={missing ? t('contacts:export.publisherMissing') : undefined}
        />
        <input
          class={`input${missing ? ' input--error' : ''}`}
          id="publisher"
          type="text"
          autocomplete="organization"
          maxLength={120}
          value={publisher}
          aria-describedby={missing ? 'publisher-hint publisher-error' : 'publisher-hint'}
          aria-invalid={missing ? 'true' : undefined}
          onInput={(e) => setPublisher((e.target as HTMLInputElement).value)}
        />
      </div>
      <div class="button-group">
        <button type="button" class="button button--secondary" onClick={download}>
          {t('contacts:export.download')}
        </button>
        <button type="button" class="button button--secondary" onClick={() => void makeLink()}>
          {t('contacts:export.link')}
        </button>
      </div>
      {link && (
        <div class="form-group">
          <label class="label" for="pack-link">
            {t('contacts:export.linkLabel')}
          </label>
          <p class="hint" id="pack-link-hint">
            {t('contacts:export.linkHint')}
          </p>
          <input
            class="input"
            id="pack-link"
            type="text"
            readOnly
            value={link}
            aria-describedby="pack-link-hint"
            onFocus={(e) => (e.target as HTMLInputElement).select()}
          />
          <p class="hint">{t('contacts:export.qrHint')}</p>
          {/* Low error correction: the most room for the pack, read from a screen close up. */}
          <QrCode
            text={link}
            ecc="L"
            label={t('contacts:export.qr')}
            tooLong={t('contacts:export.qrTooLong')}
          />
        </div>
      )}
      <p class="hint" role="status">
        {status}
      </p>
    </section>
  );
}
