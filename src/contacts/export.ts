/** The contacts on this device as an (unsigned) pack, for sharing or for the CLI to sign. */
import type { ContactDetails, LocalContact } from './contact';
import { createPack, type ParsedPack } from './pack';

export function exportPack(
  contacts: readonly LocalContact[],
  publisher: string,
  checkedOn: string,
): ParsedPack {
  const details = contacts.map((c): ContactDetails => {
    const out: ContactDetails = { role: c.role, label: c.label };
    if (c.phone !== undefined) out.phone = c.phone;
    if (c.web !== undefined) out.web = c.web;
    if (c.hours !== undefined) out.hours = c.hours;
    if (c.staffName !== undefined) out.staffName = c.staffName;
    if (c.notes !== undefined) out.notes = c.notes;
    return out;
  });
  return createPack(publisher, checkedOn, details);
}
