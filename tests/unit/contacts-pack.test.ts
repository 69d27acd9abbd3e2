import { beforeAll, describe, expect, it } from 'vitest';
import {
  createPack,
  MAX_PACK_BYTES,
  packToJson,
  PACK_SCHEMA,
  type ContactsPack,
} from '../../src/contacts/pack';
import { canonicalJson, signedBytes } from '../../src/contacts/canonical';
import {
  checkTrustedPublishers,
  generateKeyPair,
  signPack,
  TRUSTED_PUBLISHERS,
  type TrustedPublisher,
} from '../../src/contacts/signing';
import {
  decodePackFragment,
  encodePackFragment,
  hasPackFragment,
  MAX_FRAGMENT_LENGTH,
} from '../../src/contacts/fragment';
import { readPack, readPackFromFragment, contactsFromPack } from '../../src/contacts/import';
import { exportPack } from '../../src/contacts/export';
import { toBase64url } from '../../src/contacts/base64url';
import trustedFile from '../../content/trusted-publishers.json';
import { asStored, DSL, DUTY_TEAM, FRONT_DOOR } from './contacts-fixtures';

const PUBLISHER = 'Anytown Council Children’s Services';
const NOW = { now: new Date('2026-11-22T12:00:00Z') };

function unsignedPack(): ContactsPack {
  const created = createPack(PUBLISHER, '2026-11-20', [FRONT_DOOR, DUTY_TEAM, DSL]);
  if (!created.ok) throw new Error(created.message);
  return created.pack;
}

let keys: Awaited<ReturnType<typeof generateKeyPair>>;
let trusted: TrustedPublisher[];
let signedJson: string;

beforeAll(async () => {
  keys = await generateKeyPair();
  trusted = [{ name: PUBLISHER, publicKey: keys.publicKey }];
  signedJson = packToJson(await signPack(unsignedPack(), keys.privateKey));
});

describe('reading a pack', () => {
  it('accepts a valid pack and normalises its contacts', async () => {
    const raw = JSON.parse(packToJson(unsignedPack()));
    raw.contacts[0].phone = '+44 20 7946 0001';
    const result = await readPack(JSON.stringify(raw), NOW);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.contacts[0]!.phone).toBe('020 7946 0001');
  });

  it.each([
    ['invalid JSON', '{"schema": ', 'not-json', /not valid JSON/],
    ['a JSON array', '[]', 'wrong-schema', /not a JSON object/],
    [
      'another schema',
      '{"schema":"vcard","version":1}',
      'wrong-schema',
      /"vcard", not "csa-pathway/,
    ],
    ['no schema', '{"version":1}', 'wrong-schema', /"schema" is missing/],
    [
      'an unknown version',
      JSON.stringify({ schema: PACK_SCHEMA, version: 2 }),
      'unknown-version',
      /version 2; this app reads version 1/,
    ],
  ])('rejects %s, saying what is wrong', async (_, text, problem, message) => {
    const result = await readPack(text, NOW);
    expect(result).toMatchObject({ ok: false, problem });
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('rejects a pack that is too large before parsing it', async () => {
    const text = JSON.stringify({ schema: PACK_SCHEMA, pad: 'x'.repeat(MAX_PACK_BYTES) });
    const result = await readPack(text, NOW);
    expect(result).toMatchObject({ ok: false, problem: 'too-large' });
    if (!result.ok) expect(result.message).toMatch(/the most this app accepts is 32 KB/);
  });

  it('rejects an invalid contact, naming it, and uses none of the pack', async () => {
    const raw = JSON.parse(packToJson(unsignedPack()));
    raw.contacts[1].phone = '0909 879 0000';
    raw.contacts[2].hours = { mon: ['17:00-09:00'] };
    raw.extra = true;
    const result = await readPack(JSON.stringify(raw), NOW);
    expect(result).toMatchObject({ ok: false, problem: 'invalid' });
    if (result.ok) return;
    expect(result.issues.map((i) => i.path)).toEqual([
      'extra',
      'contacts.1.phone',
      'contacts.2.hours.mon.0',
    ]);
    expect(result.message).toMatch(/^This pack has 3 problems/);
  });

  it('rejects a checkedOn date in the future, or no contacts', async () => {
    const raw = JSON.parse(packToJson(unsignedPack()));
    expect(await readPack(JSON.stringify({ ...raw, checkedOn: '2027-01-01' }), NOW)).toMatchObject({
      ok: false,
      issues: [{ path: 'checkedOn', message: '2027-01-01 is in the future' }],
    });
    expect(await readPack(JSON.stringify({ ...raw, contacts: [] }), NOW)).toMatchObject({
      ok: false,
      issues: [{ path: 'contacts' }],
    });
  });
});

describe('canonical form', () => {
  it('ignores key order and whitespace, and covers everything but the signature', () => {
    const a = { b: [1, { d: 'x', c: null }], a: 'ü"\n', signature: { value: 'ignored' } };
    expect(canonicalJson(a)).toBe(
      '{"a":"ü\\"\\n","b":[1,{"c":null,"d":"x"}],"signature":{"value":"ignored"}}',
    );
    const b = JSON.parse(` { "a" : "ü\\"\\n", "b": [1, {"c": null, "d": "x"}] } `);
    expect(signedBytes(a)).toEqual(signedBytes(b));
    expect(new TextDecoder().decode(signedBytes(b))).toMatch(
      /^csa-pathway contacts-pack signature v1\n\{/,
    );
  });

  it('refuses values JSON cannot carry exactly', () => {
    expect(() => canonicalJson({ n: 1.5 })).toThrow(/whole numbers/);
  });
});

describe('signatures', () => {
  it('verifies a signed pack from a trusted publisher', async () => {
    const result = await readPack(signedJson, { ...NOW, trusted });
    expect(result).toMatchObject({
      ok: true,
      verification: { status: 'verified', publisher: PUBLISHER, checkedOn: '2026-11-20' },
    });
  });

  it('verifies whatever the file’s key order and spacing', async () => {
    const raw = JSON.parse(signedJson) as Record<string, unknown>;
    const reordered = Object.fromEntries(Object.entries(raw).reverse());
    const result = await readPack(JSON.stringify(reordered), { ...NOW, trusted });
    expect(result).toMatchObject({ ok: true, verification: { status: 'verified' } });
  });

  it('calls an unsigned pack unsigned', async () => {
    const result = await readPack(packToJson(unsignedPack()), { ...NOW, trusted });
    expect(result).toMatchObject({ ok: true, verification: { status: 'unsigned' } });
  });

  it('does not verify a good signature from a key the app does not trust', async () => {
    const result = await readPack(signedJson, { ...NOW, trusted: [] });
    expect(result).toMatchObject({
      ok: true,
      verification: { status: 'untrusted', publicKey: keys.publicKey },
    });
  });

  it.each([
    ['a changed phone number', (p: ContactsPack) => (p.contacts[0]!.phone = '020 7946 0999')],
    ['a changed date', (p: ContactsPack) => (p.checkedOn = '2026-11-21')],
    ['a removed contact', (p: ContactsPack) => p.contacts.pop()],
    ['an added field', (p: ContactsPack) => (p.contacts[2]!.notes = 'Call me instead')],
  ])('refuses a pack with %s after signing', async (_, tamper) => {
    const pack = JSON.parse(signedJson) as ContactsPack;
    tamper(pack);
    for (const options of [{ trusted }, { trusted: [] }]) {
      const result = await readPack(JSON.stringify(pack), { ...NOW, ...options });
      expect(result).toMatchObject({ ok: false, problem: 'bad-signature' });
      if (!result.ok) expect(result.message).toMatch(/signature does not match/);
    }
  });

  it('refuses a signature made with another key', async () => {
    const other = await generateKeyPair();
    const forged = await signPack(unsignedPack(), other.privateKey);
    forged.signature!.publicKey = keys.publicKey;
    const result = await readPack(JSON.stringify(forged), { ...NOW, trusted });
    expect(result).toMatchObject({ ok: false, problem: 'bad-signature' });
  });

  it('refuses a trusted key used for another publisher’s name', async () => {
    const pack = { ...unsignedPack(), publisher: 'Someone Else' };
    const signed = await signPack(pack, keys.privateKey);
    const result = await readPack(JSON.stringify(signed), { ...NOW, trusted });
    expect(result).toMatchObject({ ok: false, problem: 'bad-signature' });
    if (!result.ok)
      expect(result.message).toMatch(/"Someone Else" but it is signed with the key of/);
  });

  it('refuses a malformed signature', async () => {
    const pack = JSON.parse(signedJson) as ContactsPack;
    pack.signature!.value = toBase64url(new Uint8Array(10));
    expect(await readPack(JSON.stringify(pack), { ...NOW, trusted })).toMatchObject({
      ok: false,
      problem: 'bad-signature',
    });
    const noAlg = JSON.parse(signedJson);
    noAlg.signature.alg = 'RS256';
    expect(await readPack(JSON.stringify(noAlg), { ...NOW, trusted })).toMatchObject({
      ok: false,
      problem: 'invalid',
      issues: [{ path: 'signature.alg' }],
    });
  });

  it('ships a valid trusted publishers list', () => {
    expect(checkTrustedPublishers(trustedFile)).toEqual(TRUSTED_PUBLISHERS);
    expect(() => checkTrustedPublishers({ publishers: [{ name: 'X', publicKey: 'abc' }] })).toThrow(
      /publicKey/,
    );
  });
});

describe('links', () => {
  it('round-trips a signed pack through a URL fragment', async () => {
    const fragment = await encodePackFragment(signedJson);
    expect(fragment).toMatch(/^pack=[A-Za-z0-9_-]+$/);
    expect(fragment.length).toBeLessThan(signedJson.length);
    expect(hasPackFragment(`#${fragment}`)).toBe(true);
    expect(await decodePackFragment(`#${fragment}`)).toEqual({ ok: true, json: signedJson });
    const result = await readPackFromFragment(`#${fragment}`, { ...NOW, trusted });
    expect(result).toMatchObject({ ok: true, verification: { status: 'verified' } });
    if (result.ok) expect(result.pack.contacts).toEqual([FRONT_DOOR, DUTY_TEAM, DSL]);
  });

  it('round-trips text outside ASCII', async () => {
    const json = packToJson({
      ...unsignedPack(),
      publisher: 'Cyngor Sir Ynys Môn – Gwasanaethau Plant',
    });
    const decoded = await decodePackFragment(`#${await encodePackFragment(json)}`);
    expect(decoded).toEqual({ ok: true, json });
  });

  it.each([
    ['no pack', '#/question/role', 'bad-link', /does not carry/],
    ['a cut-off link', '#pack=', 'bad-link', /damaged/],
    ['not base64url', '#pack=abc$def', 'bad-link', /damaged/],
    ['garbage', '#pack=AAAAAAAAAAAA', 'bad-link', /damaged/],
    ['too long a link', `#pack=${'A'.repeat(MAX_FRAGMENT_LENGTH)}`, 'too-large', /too long/],
  ])('rejects %s', async (_, hash, problem, message) => {
    const result = await decodePackFragment(hash);
    expect(result).toMatchObject({ ok: false, problem });
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('rejects a cut-short link', async () => {
    const fragment = await encodePackFragment(signedJson);
    const result = await readPackFromFragment(`#${fragment.slice(0, fragment.length - 20)}`, NOW);
    expect(result.ok).toBe(false);
  });

  it('refuses a small link that inflates beyond the size limit', async () => {
    const bomb = await encodePackFragment(' '.repeat(MAX_PACK_BYTES * 4));
    expect(bomb.length).toBeLessThan(MAX_FRAGMENT_LENGTH);
    expect(await decodePackFragment(`#${bomb}`)).toMatchObject({ ok: false, problem: 'too-large' });
  });
});

describe('exporting', () => {
  it('turns stored contacts back into a pack that imports to the same contacts', async () => {
    const stored = [
      asStored(FRONT_DOOR, '1'),
      {
        ...asStored(DSL, '2'),
        origin: { publisher: 'X', checkedOn: '2026-01-01', verified: true },
      },
    ];
    const exported = exportPack(stored, 'Example Academy', '2026-11-22');
    expect(exported.ok).toBe(true);
    if (!exported.ok) return;
    const result = await readPack(packToJson(exported.pack), NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const again = contactsFromPack(result.pack, result.verification, () => 'id');
    expect(again).toEqual([
      {
        ...FRONT_DOOR,
        id: 'id',
        origin: { publisher: 'Example Academy', checkedOn: '2026-11-22', verified: false },
      },
      {
        ...DSL,
        id: 'id',
        origin: { publisher: 'Example Academy', checkedOn: '2026-11-22', verified: false },
      },
    ]);
  });
});
