/**
 * Reading a pack from a file or a link, and putting it on the device. Nothing is
 * written unless every check passes, so a bad pack leaves the contacts already
 * stored exactly as they were.
 */
import type { LocalContact } from './contact';
import { decodePackFragment } from './fragment';
import { parsePack, type ContactsPack, type PackRejection } from './pack';
import { verifyPack, type TrustedPublisher, type Verification } from './signing';
import type { ContactsStore } from './store';
import { londonTime } from './london-time';

export interface ReadOptions {
  trusted?: readonly TrustedPublisher[];
  now?: Date;
}

export type PackResult =
  { ok: true; pack: ContactsPack; verification: Verification } | PackRejection;

/** Parses, validates and verifies pack text (a file's contents). Writes nothing. */
export async function readPack(text: string, options: ReadOptions = {}): Promise<PackResult> {
  const today = londonTime(options.now ?? new Date()).date;
  const parsed = parsePack(text, today);
  if (!parsed.ok) return parsed;
  const verified = await verifyPack(parsed.pack, parsed.raw, options.trusted);
  if (!verified.ok) return verified;
  return { ok: true, pack: parsed.pack, verification: verified.verification };
}

/** The same from a link's fragment ("#pack=..."). */
export async function readPackFromFragment(
  hash: string,
  options: ReadOptions = {},
): Promise<PackResult> {
  const decoded = await decodePackFragment(hash);
  return decoded.ok ? readPack(decoded.json, options) : decoded;
}

/** The pack's contacts as stored contacts, each remembering where it came from. */
export function contactsFromPack(
  pack: ContactsPack,
  verification: Verification,
  newId: () => string = () => crypto.randomUUID(),
): LocalContact[] {
  const origin = {
    publisher: pack.publisher,
    checkedOn: pack.checkedOn,
    verified: verification.status === 'verified',
  };
  return pack.contacts.map((details) => ({ ...details, id: newId(), origin }));
}

/**
 * Replaces the stored contacts with an accepted pack's. A rejected result is
 * returned as it is and nothing is touched.
 */
export async function importPack(store: ContactsStore, result: PackResult): Promise<PackResult> {
  if (result.ok) await store.replaceAll(contactsFromPack(result.pack, result.verification));
  return result;
}
