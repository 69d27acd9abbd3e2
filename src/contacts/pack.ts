/**
 * Contacts packs: one JSON file an organisation publishes with its contacts.
 *
 *   { "schema": "csa-pathway/contacts-pack", "version": 1,
 *     "publisher": "Anytown Council", "checkedOn": "2026-11-20",
 *     "contacts": [ { "role": "front-door", "label": "...", "phone": "...", "hours": {...} } ],
 *     "signature": { "alg": "Ed25519", "publicKey": "...", "value": "..." } }
 *
 * parsePack() turns text into a checked pack or says exactly what is wrong. It
 * does not check the signature (see signing.ts).
 */
import { parseIsoDate } from './bank-holidays';
import { checkContact, hasControlCharacters, type ContactDetails } from './contact';
import { at, type Issue } from './issues';

export const PACK_SCHEMA = 'csa-pathway/contacts-pack';
export const PACK_VERSION = 1;
/** Larger than any real pack (40 contacts is about 12 KB), small enough for a link. */
export const MAX_PACK_BYTES = 32 * 1024;
export const MAX_CONTACTS = 40;
const MAX_PUBLISHER = 120;

export interface PackSignature {
  alg: 'Ed25519';
  /** The signer's raw 32-byte public key, base64url. */
  publicKey: string;
  /** The signature over signedBytes(pack), base64url. */
  value: string;
}

export interface ContactsPack {
  schema: typeof PACK_SCHEMA;
  version: typeof PACK_VERSION;
  publisher: string;
  checkedOn: string;
  contacts: ContactDetails[];
  signature?: PackSignature | undefined;
}

export type PackProblem =
  | 'too-large'
  | 'not-json'
  | 'wrong-schema'
  | 'unknown-version'
  | 'invalid'
  | 'bad-link'
  | 'bad-signature';

export interface PackRejection {
  ok: false;
  problem: PackProblem;
  /** One sentence for the person importing the pack. */
  message: string;
  /** Field-by-field detail for the publisher, when the problem is "invalid". */
  issues: Issue[];
}

export const reject = (
  problem: PackProblem,
  message: string,
  issues: Issue[] = [],
): PackRejection => ({
  ok: false,
  problem,
  message,
  issues,
});

export type ParsedPack =
  { ok: true; pack: ContactsPack; raw: Record<string, unknown> } | PackRejection;

const KEYS = ['schema', 'version', 'publisher', 'checkedOn', 'contacts', 'signature'];

const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

const kb = (bytes: number): string => `${Math.ceil(bytes / 1024)} KB`;

function checkSignatureShape(value: unknown): Issue[] {
  const sig = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const issues: Issue[] = [];
  if (sig.alg !== 'Ed25519') issues.push({ path: 'signature.alg', message: 'must be "Ed25519"' });
  for (const key of ['publicKey', 'value']) {
    if (typeof sig[key] !== 'string' || !/^[A-Za-z0-9_-]+$/.test(sig[key])) {
      issues.push({ path: `signature.${key}`, message: 'must be base64url text' });
    }
  }
  for (const key of Object.keys(sig)) {
    if (!['alg', 'publicKey', 'value'].includes(key)) {
      issues.push({ path: `signature.${key}`, message: 'unknown field' });
    }
  }
  return issues;
}

/** Checks everything but the signature. `today` (YYYY-MM-DD) rejects a checkedOn date in the future. */
export function checkPack(data: unknown, today?: string): ParsedPack {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return reject('wrong-schema', 'This is not a contacts pack: it is not a JSON object.');
  }
  const raw = data as Record<string, unknown>;
  if (raw.schema !== PACK_SCHEMA) {
    return reject(
      'wrong-schema',
      `This is not a contacts pack for this app: its "schema" is ${JSON.stringify(raw.schema) ?? 'missing'}, not "${PACK_SCHEMA}".`,
    );
  }
  if (raw.version !== PACK_VERSION) {
    return reject(
      'unknown-version',
      `This pack is version ${JSON.stringify(raw.version) ?? '(none)'}; this app reads version ${PACK_VERSION}. Ask the publisher for a version ${PACK_VERSION} pack, or update the app.`,
    );
  }

  const issues: Issue[] = [];
  for (const key of Object.keys(raw)) {
    if (!KEYS.includes(key)) issues.push({ path: key, message: 'unknown field' });
  }
  const publisher = typeof raw.publisher === 'string' ? raw.publisher.trim() : '';
  if (
    publisher.length === 0 ||
    publisher.length > MAX_PUBLISHER ||
    hasControlCharacters(publisher)
  ) {
    issues.push({
      path: 'publisher',
      message: `must be the organisation's name (1–${MAX_PUBLISHER} characters)`,
    });
  }
  if (!parseIsoDate(raw.checkedOn)) {
    issues.push({
      path: 'checkedOn',
      message: 'must be the date the numbers were checked, as YYYY-MM-DD',
    });
  } else if (today && String(raw.checkedOn) > today) {
    issues.push({ path: 'checkedOn', message: `${String(raw.checkedOn)} is in the future` });
  }
  const contacts: ContactDetails[] = [];
  if (!Array.isArray(raw.contacts) || raw.contacts.length === 0) {
    issues.push({ path: 'contacts', message: 'must list at least one contact' });
  } else if (raw.contacts.length > MAX_CONTACTS) {
    issues.push({
      path: 'contacts',
      message: `has ${raw.contacts.length} contacts; at most ${MAX_CONTACTS}`,
    });
  } else {
    raw.contacts.forEach((item, i) => {
      const checked = checkContact(item);
      if (checked.ok) contacts.push(checked.value);
      else issues.push(...at(`contacts.${i}`, checked.issues));
    });
  }
  if (raw.signature !== undefined) issues.push(...checkSignatureShape(raw.signature));

  if (issues.length > 0) {
    const n = issues.length;
    return reject(
      'invalid',
      `This pack has ${n} problem${n === 1 ? '' : 's'}, so none of it was used. First: ${issues[0]!.path}: ${issues[0]!.message}.`,
      issues,
    );
  }
  const pack: ContactsPack = {
    schema: PACK_SCHEMA,
    version: PACK_VERSION,
    publisher,
    checkedOn: String(raw.checkedOn),
    contacts,
  };
  if (raw.signature !== undefined) pack.signature = raw.signature as PackSignature;
  return { ok: true, pack, raw };
}

export function parsePack(text: string, today?: string): ParsedPack {
  const size = utf8Length(text);
  if (size > MAX_PACK_BYTES) {
    return reject(
      'too-large',
      `This pack is ${kb(size)}; the most this app accepts is ${kb(MAX_PACK_BYTES)}.`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return reject(
      'not-json',
      `This is not a contacts pack: it is not valid JSON (${(error as Error).message}).`,
    );
  }
  return checkPack(data, today);
}

/** A new unsigned pack from contacts, validated as parsePack would. */
export function createPack(
  publisher: string,
  checkedOn: string,
  contacts: readonly ContactDetails[],
): ParsedPack {
  return checkPack({
    schema: PACK_SCHEMA,
    version: PACK_VERSION,
    publisher,
    checkedOn,
    contacts: [...contacts],
  });
}

/** The pack as a file: two-space JSON, keys in a readable order. */
export const packToJson = (pack: ContactsPack): string => `${JSON.stringify(pack, null, 2)}\n`;
