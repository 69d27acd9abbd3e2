import type { ContactDetails, LocalContact } from './contact';
import type { Issue } from './issues';

export type SaveResult = { ok: true; contact: LocalContact } | { ok: false; issues: Issue[] };

/**
 * Where local contacts are kept. src/storage implements it with IndexedDB (or
 * memory); contacts/ depends only on this shape, never on storage.
 */
export interface ContactsStore {
  /** False when contacts live in memory only and are lost when the tab closes. */
  readonly persistent: boolean;
  /** Every contact, in role order (DSL first), then by label. */
  list(): Promise<LocalContact[]>;
  /**
   * Adds (no id) or replaces (with id) one contact after validating it. A stored
   * contact can be passed back edited; its origin is dropped, as it is now the
   * editor's, not what the publisher checked.
   */
  save(contact: ContactDetails & { id?: string | undefined }): Promise<SaveResult>;
  remove(id: string): Promise<void>;
  /** Replaces every contact in one step: all or nothing. Rejects if any contact is invalid. */
  replaceAll(contacts: LocalContact[]): Promise<void>;
}
