/**
 * The local contacts store, opened once per page load and shared by the contacts
 * page and the outcome pages, with a hook that lists what is stored.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { LocalContact } from '../contacts/contact';
import type { ContactsStore } from '../contacts/store';
import { openContactsStore } from '../storage/contacts';

let opened: Promise<ContactsStore> | undefined;

export const contactsStore = (): Promise<ContactsStore> => (opened ??= openContactsStore());

export interface StoredContacts {
  store: ContactsStore;
  contacts: LocalContact[];
}

/** The store and its contacts once read (undefined until then), and a way to read them again. */
export function useStoredContacts(): [StoredContacts | undefined, () => Promise<void>] {
  const [state, setState] = useState<StoredContacts | undefined>(undefined);
  const reload = useCallback(async () => {
    const store = await contactsStore();
    setState({ store, contacts: await store.list() });
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return [state, reload];
}
