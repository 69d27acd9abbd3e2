import { useMemo } from 'preact/hooks';
import { encode } from 'uqr';
import { modulesPath } from '../qr';
import './qr.css';

type Correction = 'L' | 'M';

/** The QR modules for this text, or undefined when it is too long for any QR code. */
export function qrModules(text: string, ecc: Correction) {
  try {
    return encode(text, { ecc, border: 4 });
  } catch {
    return undefined;
  }
}

/**
 * A QR code drawn as SVG on this device (it works offline). `tooLong` is shown
 * instead when the text does not fit in a QR code.
 */
export function QrCode({
  text,
  label,
  ecc,
  tooLong,
}: {
  text: string;
  label: string;
  ecc: Correction;
  /** What to say when the text is too long for a QR code. */
  tooLong?: string;
}) {
  const qr = useMemo(() => qrModules(text, ecc), [text, ecc]);
  if (!qr) return tooLong ? <p data-qr-too-long>{tooLong}</p> : null;
  const titleId = `qr-title-${ecc}`;
  return (
    <svg
      class="qr"
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      role="img"
      aria-labelledby={titleId}
      data-qr
    >
      <title id={titleId}>{label}</title>
      <rect width={qr.size} height={qr.size} fill="#ffffff" />
      <path d={modulesPath(qr.data)} fill="#000000" shape-rendering="crispEdges" />
    </svg>
  );
}
