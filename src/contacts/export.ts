/** The contacts on this device as an (unsigned) pack, for sharing or for the CLI to sign. */
import { detailsOf, type LocalContact } from './contact';
import { createPack, type ParsedPack } from './pack';

export function exportPack(
  contacts: readonly LocalContact[],
  publisher: string,
  checkedOn: string,
): ParsedPack {
  return createPack(publisher, checkedOn, contacts.map(detailsOf));
}
