import { useState } from 'preact/hooks';
import { useText } from '../text';
import { useTextReady } from '../textReady';
import { Heading } from '../components/Heading';
import { QrCode } from '../components/QrCode';
import './share.css';

const TEXT = 'training-extras:share.title';

/** The app's own address: where it is installed from, with nothing else in it. */
export const appAddress = (origin = location.origin): string => `${origin}/`;

/** A QR code for the app, made on this device (it works offline), drawn as SVG. */
export default function SharePage() {
  const t = useText();
  const ready = useTextReady([TEXT]);
  const address = appAddress();
  const [copied, setCopied] = useState<'copied' | 'copyFailed' | undefined>(undefined);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(address);
      setCopied('copied');
    } catch {
      setCopied('copyFailed');
    }
  };

  if (!ready) return null;
  return (
    <>
      <Heading>{t('training-extras:share.title')}</Heading>
      <p class="lead">{t('training-extras:share.lead')}</p>
      {/* Medium error correction, for projectors and phones at a distance. */}
      <QrCode text={address} ecc="M" label={t('training-extras:share.qr', { address })} />
      <h2 class="heading-m">{t('training-extras:share.addressTitle')}</h2>
      <p class="share__address">
        <code data-address>{address}</code>
      </p>
      <button type="button" class="button button--secondary" onClick={() => void copy()}>
        {t('training-extras:share.copy')}
      </button>
      <p class="hint" role="status">
        {copied && t(`training-extras:share.${copied}`)}
      </p>
      <p>{t('training-extras:share.install')}</p>
      <p class="hint">{t('training-extras:share.private')}</p>
    </>
  );
}
