/**
 * Local contacts: the organisation's own safeguarding numbers, imported from a
 * pack or typed in, and which one to call now. No UI here; this is what the UI uses.
 *
 * Store (src/storage/contacts.ts):
 *   const store = await openContactsStore();      // IndexedDB, or memory (store.persistent === false)
 *   await store.list();                           // LocalContact[], DSL first
 *   await store.save({ role, label, phone?, web?, hours?, staffName?, notes?, id? })
 *     -> { ok: true, contact } | { ok: false, issues: [{ path: 'phone', message }] }
 *   await store.remove(id);
 *   "Clear all data" (storage/inventory.ts) deletes the whole database, contacts included.
 *
 * Form fields: checkContact(input) returns the same issues without saving; path
 * names the field ("phone", "hours.mon.0"). CONTACT_ROLES and LIMITS drive the
 * form. Hours are "always" or { mon: ["09:00-17:00"], ..., bankHoliday: [] }.
 * telHref(phone) gives the tel: link.
 *
 * Import (nothing is written unless every check passes):
 *   if (hasPackFragment(location.hash)) {
 *     const result = await readPackFromFragment(location.hash);   // or readPack(await file.text())
 *     history.replaceState(null, '', location.pathname);           // do not keep the pack in history
 *     if (!result.ok) show(result.message);                        // problem: 'too-large' | 'not-json' |
 *                                                                  // 'wrong-schema' | 'unknown-version' |
 *                                                                  // 'invalid' (see result.issues) |
 *                                                                  // 'bad-link' | 'bad-signature'
 *     else { show preview of result.pack.contacts and result.verification; on confirm:
 *            await importPack(store, result); }                    // replaces all contacts
 *   }
 *   verification.status: 'verified'  -> "Verified: published by {publisher}, checked on {checkedOn}"
 *                         'unsigned' or 'untrusted'
 *                                     -> "Unsigned: check these numbers with your DSL before relying on them"
 *   Each stored contact keeps origin { publisher, checkedOn, verified }; editing it drops origin.
 *
 * Export: exportPack(contacts, publisher, checkedOn) -> { ok, pack }; packToJson(pack) for a
 * file; `#${await encodePackFragment(packToJson(pack))}` for a link or QR code.
 *
 * Which contact now (clock and bank holidays in Europe/London):
 *   chooseSocialCareContact(contacts, { now? })
 *     -> { contact?, reason, message, others, holidaysKnown, emergency: '999' }
 *     e.g. reason 'out-of-hours', message "Out of hours: call the emergency duty team."
 *     If holidaysKnown is false, the bank holiday list does not cover today: say
 *     "If today is a bank holiday, call the emergency duty team."
 *   contactsForRole(contacts, 'lado', { now? }) -> [{ contact, state: 'open' | 'closed' | 'unknown' }]
 *   openState(contact, { now? })
 */
export { CONTACT_ROLES, LIMITS, checkContact, checkWebAddress } from './contact';
export type { ContactDetails, ContactOrigin, ContactRole, LocalContact } from './contact';
export { checkPhone, telHref } from './phone';
export { checkHours, HOURS_KEYS } from './hours';
export type { HoursKey, WeeklyHours } from './hours';
export { formatIssues } from './issues';
export type { Issue } from './issues';
export { MAX_CONTACTS, MAX_PACK_BYTES, PACK_SCHEMA, PACK_VERSION, packToJson } from './pack';
export type { ContactsPack, PackProblem, PackRejection } from './pack';
export { encodePackFragment, decodePackFragment, hasPackFragment } from './fragment';
export { TRUSTED_PUBLISHERS } from './signing';
export type { TrustedPublisher, Verification } from './signing';
export { readPack, readPackFromFragment, importPack, contactsFromPack } from './import';
export type { PackResult } from './import';
export { exportPack } from './export';
export { chooseSocialCareContact, contactsForRole, openState, REASON_TEXT } from './choose';
export type { Choice, OpenState, Reason } from './choose';
export { BANK_HOLIDAYS } from './bank-holidays';
export type { ContactsStore, SaveResult } from './store';
