import { useEffect, useRef, useState } from 'preact/hooks';
import type { LocalContact } from '../../contacts/contact';
import { importPack, readPack, readPackFromFragment, type PackResult } from '../../contacts/import';
import { MAX_PACK_BYTES, reject } from '../../contacts/pack';
import { ContactForm } from '../components/ContactForm';
import { ContactFacts } from '../components/ContactDetails';
import { Heading } from '../components/Heading';
import { PackExport } from '../components/PackExport';
import { PackPreview, PackRefused } from '../components/PackPreview';
import { emptyForm, formFromContact, type FormValues } from '../contact-form';
import { useStoredContacts } from '../contacts-store';
import { takePackLink } from '../pack-link';
import { useText, useTextValue } from '../text';

const TEXT = ['contacts:title'];

/** The organisation's local contacts: list, add, change, remove, import and share. */
export default function ContactsPage() {
  const text = useTextValue();
  const [ready, setReady] = useState(() => text.has(TEXT));
  useEffect(() => {
    if (!ready) void text.ensure(TEXT).then(() => setReady(true));
  }, [ready, text]);
  return ready ? <Contacts /> : null;
}

function Contacts() {
  const t = useText();
  const [stored, reload] = useStoredContacts();
  const [editing, setEditing] = useState<
    { values: FormValues; publisher?: string | undefined } | undefined
  >(undefined);
  const [removing, setRemoving] = useState<LocalContact | undefined>(undefined);
  const [incoming, setIncoming] = useState<PackResult | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);

  // A pack link opened the app: offer to import it.
  useEffect(() => {
    const link = takePackLink();
    if (link) void readPackFromFragment(link).then(setIncoming);
  }, []);

  const announce = (message: string) => {
    setStatus(message);
    setTimeout(() => statusRef.current?.focus(), 0);
  };

  if (!stored) return null;
  const { store, contacts } = stored;

  const chooseFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setStatus('');
    // Refuse a huge file before reading it into memory.
    if (file.size > MAX_PACK_BYTES) setIncoming(reject('too-large', ''));
    else setIncoming(await readPack(await file.text()));
  };

  const confirmImport = async () => {
    if (!incoming?.ok) return;
    setBusy(true);
    try {
      await importPack(store, incoming);
      await reload();
      announce(t('contacts:import.imported', { count: incoming.pack.contacts.length }));
    } finally {
      setBusy(false);
      setIncoming(undefined);
    }
  };

  const startEditing = (values: FormValues, publisher?: string) => {
    setIncoming(undefined);
    setStatus('');
    setEditing({ values, publisher });
  };

  const remove = async (contact: LocalContact) => {
    await store.remove(contact.id);
    setRemoving(undefined);
    await reload();
    announce(t('contacts:list.removed', { label: contact.label }));
  };

  return (
    <>
      <Heading>{t('contacts:title')}</Heading>
      <p class="lead">{t('contacts:lead')}</p>
      {!store.persistent && (
        <div class="warning" data-not-persistent>
          <span class="warning__icon" aria-hidden="true">
            !
          </span>
          <strong>{t('contacts:notPersistent')}</strong>
        </div>
      )}
      <p class="hint" role="status" tabIndex={-1} ref={statusRef} data-status>
        {status}
      </p>

      {incoming &&
        (incoming.ok ? (
          <PackPreview
            pack={incoming.pack}
            verification={incoming.verification}
            replacing={contacts.length}
            busy={busy}
            onImport={() => void confirmImport()}
            onCancel={() => {
              setIncoming(undefined);
              announce(t('contacts:import.cancelled'));
            }}
          />
        ) : (
          <PackRefused rejection={incoming} />
        ))}

      {editing ? (
        <ContactForm
          initial={editing.values}
          publisher={editing.publisher}
          store={store}
          onCancel={() => setEditing(undefined)}
          onSaved={(contact) => {
            setEditing(undefined);
            void reload().then(() => announce(t('contacts:list.saved', { label: contact.label })));
          }}
        />
      ) : (
        <>
          <section aria-labelledby="stored" class="section">
            <h2 class="heading-l" id="stored">
              {t('contacts:list.title')}
            </h2>
            {contacts.length === 0 && <p data-no-contacts>{t('contacts:none')}</p>}
            <ul class="contacts" role="list" data-contacts>
              {contacts.map((contact) => (
                <li key={contact.id} data-contact={contact.role}>
                  <div class="contact contact--local">
                    <p class="caption">{t(`contacts:roles.${contact.role}`)}</p>
                    <h3 class="heading-s">{contact.label}</h3>
                    <ContactFacts contact={contact} />
                    {removing?.id === contact.id ? (
                      <div class="confirm" data-confirm="remove">
                        <p class="heading-s">
                          {t('contacts:list.removeTitle', { label: contact.label })}
                        </p>
                        <div class="button-group">
                          <button
                            type="button"
                            class="button button--warning"
                            onClick={() => void remove(contact)}
                          >
                            {t('contacts:list.removeConfirm')}
                          </button>
                          <button
                            type="button"
                            class="button button--secondary"
                            onClick={() => setRemoving(undefined)}
                          >
                            {t('contacts:list.cancel')}
                          </button>
                        </div>
                      </div>
                    ) : (
                      <div class="button-group">
                        <button
                          type="button"
                          class="button button--secondary"
                          onClick={() =>
                            startEditing(formFromContact(contact), contact.origin?.publisher)
                          }
                        >
                          {t('contacts:list.change')}
                          <span class="visually-hidden"> {contact.label}</span>
                        </button>
                        <button
                          type="button"
                          class="button button--secondary"
                          onClick={() => setRemoving(contact)}
                        >
                          {t('contacts:list.remove')}
                          <span class="visually-hidden"> {contact.label}</span>
                        </button>
                      </div>
                    )}
                  </div>
                </li>
              ))}
            </ul>
            <button type="button" class="button" onClick={() => startEditing(emptyForm())}>
              {t('contacts:list.add')}
            </button>
          </section>

          <section aria-labelledby="import" class="section">
            <h2 class="heading-l" id="import">
              {t('contacts:import.title')}
            </h2>
            <p>{t('contacts:import.lead')}</p>
            <div class="form-group">
              <label class="label label--s" for="pack-file">
                {t('contacts:import.file')}
              </label>
              <p class="hint" id="pack-file-hint">
                {t('contacts:import.fileHint')}
              </p>
              <input
                class="file-input"
                id="pack-file"
                type="file"
                accept=".json,application/json"
                aria-describedby="pack-file-hint"
                onChange={(e) => void chooseFile(e.target as HTMLInputElement)}
              />
            </div>
          </section>

          {contacts.length > 0 && <PackExport contacts={contacts} />}
        </>
      )}
    </>
  );
}
