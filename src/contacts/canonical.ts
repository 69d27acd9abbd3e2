/**
 * The exact bytes a pack signature covers, so signer and app agree whatever
 * whitespace or key order the file has: the pack without its "signature" field,
 * as JSON with object keys sorted (by UTF-16 code units, as Array.prototype.sort
 * does), no whitespace, strings escaped as JSON.stringify escapes them, integers
 * only. This is the subset of RFC 8785 (JCS) that packs need. The text is
 * prefixed with a context line so a signature made for anything else can never
 * be valid for a pack.
 */
const CONTEXT = 'csa-pathway contacts-pack signature v1\n';

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') {
    return JSON.stringify(value);
  }
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new TypeError('packs contain whole numbers only');
    return String(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    // Undefined values are left out, as JSON.stringify leaves them out of the file.
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
  }
  throw new TypeError(`cannot sign a value of type ${typeof value}`);
}

/** What is signed: the context line and the canonical pack, without its signature, in UTF-8. */
export function signedBytes(pack: Record<string, unknown>): Uint8Array<ArrayBuffer> {
  const unsigned = { ...pack };
  delete unsigned.signature;
  return new TextEncoder().encode(CONTEXT + canonicalJson(unsigned));
}
