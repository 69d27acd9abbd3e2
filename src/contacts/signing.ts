/**
 * Ed25519 signatures on packs, with WebCrypto (browsers and Node 20 alike).
 * A pack says which public key signed it; the app trusts only the publishers in
 * content/trusted-publishers.json, fixed at build time.
 *
 *   signature matches, key trusted, names agree -> verified
 *   no signature                                 -> unsigned
 *   signature matches, key not trusted           -> untrusted (shown like unsigned)
 *   signature does not match, or names disagree  -> refused
 */
import trustedFile from '../../content/trusted-publishers.json';
import { fromBase64url, toBase64url } from './base64url';
import { signedBytes } from './canonical';
import { reject, type ContactsPack, type PackRejection, type PackSignature } from './pack';

const ED25519 = { name: 'Ed25519' } as const;

export interface TrustedPublisher {
  /** The name the app shows; a pack signed with this key must give the same publisher. */
  name: string;
  /** Raw 32-byte Ed25519 public key, base64url. */
  publicKey: string;
}

export type Verification =
  | { status: 'verified'; publisher: string; checkedOn: string }
  | { status: 'unsigned' }
  | { status: 'untrusted'; publicKey: string };

export function checkTrustedPublishers(raw: unknown): TrustedPublisher[] {
  const list = (raw as { publishers?: unknown } | null)?.publishers;
  if (!Array.isArray(list)) throw new Error('trusted-publishers.json: "publishers" must be a list');
  return list.map((entry: unknown, i) => {
    const { name, publicKey } = (entry ?? {}) as Record<string, unknown>;
    if (typeof name !== 'string' || name.trim() === '') {
      throw new Error(`trusted-publishers.json: publishers.${i}.name is missing`);
    }
    if (typeof publicKey !== 'string' || fromBase64url(publicKey)?.length !== 32) {
      throw new Error(
        `trusted-publishers.json: publishers.${i}.publicKey is not a 32-byte base64url key`,
      );
    }
    return { name: name.trim(), publicKey };
  });
}

export const TRUSTED_PUBLISHERS: readonly TrustedPublisher[] = checkTrustedPublishers(trustedFile);

export async function generateKeyPair(): Promise<{ publicKey: string; privateKey: JsonWebKey }> {
  const pair = (await crypto.subtle.generateKey(ED25519, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return {
    publicKey: toBase64url(raw),
    privateKey: await crypto.subtle.exportKey('jwk', pair.privateKey),
  };
}

/** Signs a pack with a private key (JWK, as keygen writes it). Any old signature is replaced. */
export async function signPack(pack: ContactsPack, privateKey: JsonWebKey): Promise<ContactsPack> {
  if (privateKey.kty !== 'OKP' || privateKey.crv !== 'Ed25519' || !privateKey.d || !privateKey.x) {
    throw new Error('the key is not an Ed25519 private key (JWK with kty OKP, crv Ed25519)');
  }
  const key = await crypto.subtle.importKey('jwk', privateKey, ED25519, false, ['sign']);
  const unsigned: ContactsPack = { ...pack, signature: undefined };
  const bytes = signedBytes(unsigned as unknown as Record<string, unknown>);
  const value = new Uint8Array(await crypto.subtle.sign(ED25519, key, bytes));
  const signature: PackSignature = {
    alg: 'Ed25519',
    publicKey: privateKey.x,
    value: toBase64url(value),
  };
  return { ...pack, signature };
}

async function signatureMatches(
  raw: Record<string, unknown>,
  signature: PackSignature,
): Promise<boolean> {
  const publicKey = fromBase64url(signature.publicKey);
  const value = fromBase64url(signature.value);
  if (publicKey?.length !== 32 || value?.length !== 64) return false;
  try {
    const key = await crypto.subtle.importKey('raw', publicKey, ED25519, false, ['verify']);
    return await crypto.subtle.verify(ED25519, key, value, signedBytes(raw));
  } catch {
    return false;
  }
}

/**
 * Checks a pack's signature over `raw`, the pack exactly as it was read (before
 * normalising), against the trusted publishers.
 */
export async function verifyPack(
  pack: ContactsPack,
  raw: Record<string, unknown>,
  trusted: readonly TrustedPublisher[] = TRUSTED_PUBLISHERS,
): Promise<{ ok: true; verification: Verification } | PackRejection> {
  const signature = pack.signature;
  if (!signature) return { ok: true, verification: { status: 'unsigned' } };
  if (!(await signatureMatches(raw, signature))) {
    return reject(
      'bad-signature',
      'This pack was refused: its signature does not match its contents, so it may have been changed after it was signed. Ask the publisher for a fresh copy.',
    );
  }
  const publisher = trusted.find((p) => p.publicKey === signature.publicKey);
  if (!publisher) {
    return { ok: true, verification: { status: 'untrusted', publicKey: signature.publicKey } };
  }
  if (publisher.name !== pack.publisher) {
    return reject(
      'bad-signature',
      `This pack was refused: it says it is published by "${pack.publisher}" but it is signed with the key of "${publisher.name}".`,
    );
  }
  return {
    ok: true,
    verification: { status: 'verified', publisher: publisher.name, checkedOn: pack.checkedOn },
  };
}
