import { useMemo, useState } from 'preact/hooks';
import { encode } from 'uqr';
import { useText } from '../text';
import { useTextReady } from '../textReady';
import { Heading } from '../components/Heading';
import { modulesPath } from '../qr';
import './share.css';

const TEXT = 'training-extras:share.title';

/** The app's own address: where it is installed from, with nothing else in it. */
export const appAddress = (origin = location.origin): string => `${origin}/`;

/** A QR code for the app, made on this device (it works offline), drawn as SVG. */
export default function SharePage() {
  const t = useText();
  const ready = useTextReady([TEXT]);
  const address = appAddress();
  // Medium error correction and the standard four-module quiet zone, for projectors and phones.
  const qr = useMemo(() => encode(address, { ecc: 'M', border: 4 }), [address]);
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
      <svg
        class="qr"
        viewBox={`0 0 ${qr.size} ${qr.size}`}
        role="img"
        aria-labelledby="qr-title"
        data-qr
      >
        <title id="qr-title">{t('training-extras:share.qr', { address })}</title>
        <rect width={qr.size} height={qr.size} fill="#ffffff" />
        <path d={modulesPath(qr.data)} fill="#000000" shape-rendering="crispEdges" />
      </svg>
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
