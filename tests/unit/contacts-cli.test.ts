// The pack CLI end to end, as an organisation would use it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DUTY_TEAM, FRONT_DOOR } from './contacts-fixtures';

let dir: string;
const file = (name: string) => join(dir, name);

function pack(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/pack.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pack-cli-'));
  writeFileSync(file('contacts.json'), JSON.stringify([FRONT_DOOR, DUTY_TEAM]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run pack', () => {
  it('makes a key, creates, signs and verifies a pack, and refuses a changed one', () => {
    const keygen = pack('keygen', '--out', file('key.jwk'));
    expect(keygen.code).toBe(0);
    expect(statSync(file('key.jwk')).mode & 0o077).toBe(0);
    const publicKey = /Public key: (\S+)/.exec(keygen.out)![1]!;
    expect(keygen.out).not.toContain(JSON.parse(readFileSync(file('key.jwk'), 'utf8')).d);

    const args = ['--publisher', 'Anytown Council', '--checked-on', '2026-11-20'];
    expect(pack('create', file('contacts.json'), ...args, '--out', file('pack.json')).code).toBe(0);
    expect(pack('verify', file('pack.json')).out).toMatch(/^Unsigned/);

    expect(
      pack('sign', file('pack.json'), '--key', file('key.jwk'), '--out', file('signed.json')).code,
    ).toBe(0);
    writeFileSync(
      file('trusted.json'),
      JSON.stringify({ publishers: [{ name: 'Anytown Council', publicKey }] }),
    );
    const verified = pack('verify', file('signed.json'), '--trusted', file('trusted.json'));
    expect(verified.code).toBe(0);
    expect(verified.out).toMatch(
      /^Verified: published by Anytown Council, checked on 2026-11-20\./,
    );
    expect(pack('verify', file('signed.json')).out).toMatch(/does not list/);

    writeFileSync(
      file('tampered.json'),
      readFileSync(file('signed.json'), 'utf8').replace('020 7946 0002', '020 7946 0666'),
    );
    const tampered = pack('verify', file('tampered.json'), '--trusted', file('trusted.json'));
    expect(tampered.code).toBe(1);
    expect(tampered.err).toMatch(/signature does not match/);

    const link = pack('link', file('signed.json'), '--base', 'https://app.example/');
    expect(link.out).toMatch(/^https:\/\/app\.example\/#pack=[\w-]+\n$/);
  }, 30_000);

  it('explains what is wrong and writes nothing', () => {
    writeFileSync(file('bad.json'), JSON.stringify([{ ...FRONT_DOOR, phone: '0909 879 0000' }]));
    const bad = pack(
      'create',
      file('bad.json'),
      '--publisher',
      'X',
      '--out',
      file('bad-pack.json'),
    );
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/contacts\.0\.phone: numbers starting 09 are not accepted/);
    expect(() => statSync(file('bad-pack.json'))).toThrow();
    expect(pack('create', file('contacts.json')).err).toMatch(/give --publisher/);
    expect(pack('keygen', '--out', file('key.jwk')).err).toMatch(/already exists/);
    expect(pack('sign', file('contacts.json'), '--key', file('key.jwk')).code).toBe(1);
    expect(pack('launch').err).toMatch(/unknown command "launch"/);
  }, 30_000);
});
