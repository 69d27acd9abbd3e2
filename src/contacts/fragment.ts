/**
 * A whole pack carried in a link's fragment ("#pack=..."), so it can be shared by
 * link or QR code with no server: browsers never send the fragment anywhere.
 * The pack JSON is compressed with deflate-raw and written as base64url.
 */
import { fromBase64url, toBase64url } from './base64url';
import { FRAGMENT_KEY, hasPackFragment } from './link';
import { MAX_PACK_BYTES, reject, type PackRejection } from './pack';

export { FRAGMENT_KEY, hasPackFragment };
/** Compressed packs are far smaller than this; a longer fragment is refused unread. */
export const MAX_FRAGMENT_LENGTH = 16 * 1024;

async function collect(
  stream: ReadableStream<Uint8Array>,
  limit: number,
): Promise<Uint8Array | 'too-large'> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    // Stop a small link from inflating into something huge.
    if (size > limit) {
      await reader.cancel();
      return 'too-large';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function through(
  bytes: Uint8Array<ArrayBuffer>,
  transform: CompressionStream | DecompressionStream,
): ReadableStream<Uint8Array> {
  return new Blob([bytes]).stream().pipeThrough(transform);
}

/** "pack=..." for the pack's JSON text; put it after "#" in a link to the app. */
export async function encodePackFragment(json: string): Promise<string> {
  const compressed = await collect(
    through(new TextEncoder().encode(json), new CompressionStream('deflate-raw')),
    Number.POSITIVE_INFINITY,
  );
  return `${FRAGMENT_KEY}=${toBase64url(compressed as Uint8Array)}`;
}

/** The pack JSON text from a location hash ("#pack=..."), or why it cannot be read. */
export async function decodePackFragment(
  hash: string,
): Promise<{ ok: true; json: string } | PackRejection> {
  const fragment = hash.replace(/^#/, '');
  if (!hasPackFragment(fragment)) {
    return reject('bad-link', 'This link does not carry a contacts pack.');
  }
  if (fragment.length > MAX_FRAGMENT_LENGTH) {
    return reject('too-large', 'This link is too long to be a contacts pack.');
  }
  const bytes = fromBase64url(fragment.slice(FRAGMENT_KEY.length + 1));
  const damaged = reject(
    'bad-link',
    'This link is damaged, perhaps cut short when it was copied. Copy the whole link again, or import the pack as a file.',
  );
  if (!bytes || bytes.length === 0) return damaged;
  try {
    const inflated = await collect(
      through(bytes, new DecompressionStream('deflate-raw')),
      MAX_PACK_BYTES,
    );
    if (inflated === 'too-large') {
      return reject(
        'too-large',
        `This pack is larger than ${MAX_PACK_BYTES / 1024} KB, the most this app accepts.`,
      );
    }
    return { ok: true, json: new TextDecoder('utf-8', { fatal: true }).decode(inflated) };
  } catch {
    return damaged;
  }
}
