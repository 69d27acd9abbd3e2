/**
 * npm run pack -- <command>: make, sign and check contacts packs.
 *
 *   keygen  --out <private-key.jwk>                     new Ed25519 key pair
 *   create  <contacts.json> --publisher <name> [--checked-on YYYY-MM-DD] [--out <pack.json>]
 *   sign    <pack.json> --key <private-key.jwk> [--out <signed.json>]
 *   verify  <pack.json> [--trusted <trusted-publishers.json>]
 *   link    <pack.json> [--base <app url>]               a link (or QR code text) that carries the pack
 *
 * <contacts.json> is a list of contacts (or an object with "contacts"). Output
 * goes to --out, or to standard output. Exits 1 with the reason on any problem.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatIssues, type Issue } from '../src/contacts/issues';
import { createPack, packToJson, type ContactsPack } from '../src/contacts/pack';
import {
  checkTrustedPublishers,
  generateKeyPair,
  signPack,
  TRUSTED_PUBLISHERS,
} from '../src/contacts/signing';
import { readPack } from '../src/contacts/import';
import { encodePackFragment } from '../src/contacts/fragment';
import { londonTime } from '../src/contacts/london-time';

/** Wrong or missing arguments: the usage is printed too. */
class UsageError extends Error {}
/** A file that is not right: the message says what is wrong. */
class Refused extends Error {}

const listIssues = (message: string, issues: Issue[]): string =>
  issues.length === 0
    ? message
    : `${issues.length} problem${issues.length === 1 ? '' : 's'}, so nothing was written:\n${formatIssues(issues).replace(/^/gm, '  ')}`;

const USAGE = `Usage: npm run pack -- <command> [options]
  keygen  --out <private-key.jwk>
  create  <contacts.json> --publisher <name> [--checked-on YYYY-MM-DD] [--out <pack.json>]
  sign    <pack.json> --key <private-key.jwk> [--out <signed.json>]
  verify  <pack.json> [--trusted <trusted-publishers.json>]
  link    <pack.json> [--base <app url>]`;

function readText(path: string | undefined, what: string): string {
  if (!path) throw new UsageError(`give the ${what} file`);
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new Refused(`cannot read ${what} file "${path}"`);
  }
}

function readJson(path: string | undefined, what: string): unknown {
  const text = readText(path, what);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Refused(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}

function output(text: string, out: string | undefined, { secret = false } = {}): void {
  if (!out) {
    process.stdout.write(text);
    return;
  }
  if (secret && existsSync(out)) throw new Refused(`${out} already exists; not overwriting a key`);
  writeFileSync(out, text, secret ? { mode: 0o600 } : {});
  console.error(`Wrote ${out}`);
}

/** Reads and fully checks a pack file; exits with the app's own message if it would be refused. */
async function readPackFile(path: string | undefined, trusted = TRUSTED_PUBLISHERS) {
  const result = await readPack(readText(path, 'pack'), { trusted });
  if (!result.ok) throw new Refused(`${path}: ${listIssues(result.message, result.issues)}`);
  return result;
}

async function keygen(out: string | undefined): Promise<void> {
  if (!out) throw new UsageError('give --out <private-key.jwk>: the private key is never printed');
  const { publicKey, privateKey } = await generateKeyPair();
  output(`${JSON.stringify(privateKey, null, 2)}\n`, out, { secret: true });
  console.log(`Public key: ${publicKey}`);
  console.log(
    'Keep the private key file secret and backed up. To have this build trust it, add to',
  );
  console.log(
    'content/trusted-publishers.json, with your organisation name exactly as in your packs:',
  );
  console.log(JSON.stringify({ name: '<publisher name>', publicKey }, null, 2));
}

function create(
  path: string | undefined,
  publisher: string | undefined,
  checkedOn: string | undefined,
  out: string | undefined,
): void {
  if (!publisher) throw new UsageError('give --publisher "<organisation name>"');
  const data = readJson(path, 'contacts');
  const contacts = Array.isArray(data) ? data : (data as { contacts?: unknown } | null)?.contacts;
  if (!Array.isArray(contacts)) throw new Refused(`${path} must be a list of contacts`);
  const created = createPack(publisher, checkedOn ?? londonTime(new Date()).date, contacts);
  if (!created.ok) throw new Refused(`${path}: ${listIssues(created.message, created.issues)}`);
  output(packToJson(created.pack), out);
  console.error(
    `${created.pack.contacts.length} contacts. Unsigned: sign it with "npm run pack -- sign".`,
  );
}

async function sign(
  path: string | undefined,
  keyPath: string | undefined,
  out: string | undefined,
): Promise<void> {
  if (!keyPath) throw new UsageError('give --key <private-key.jwk>');
  const { pack } = await readPackFile(path, []);
  if (pack.signature) console.error('The pack was already signed; replacing the signature.');
  const key = readJson(keyPath, 'private key') as JsonWebKey;
  let signed: ContactsPack;
  try {
    signed = await signPack(pack, key);
  } catch (error) {
    throw new Refused(`${keyPath}: ${(error as Error).message}`);
  }
  output(packToJson(signed), out);
  console.error(`Signed with public key ${signed.signature!.publicKey}`);
}

async function verify(path: string | undefined, trustedPath: string | undefined): Promise<void> {
  const trusted = trustedPath
    ? checkTrustedPublishers(readJson(trustedPath, 'trusted publishers'))
    : TRUSTED_PUBLISHERS;
  const { pack, verification } = await readPackFile(path, trusted);
  switch (verification.status) {
    case 'verified':
      console.log(
        `Verified: published by ${verification.publisher}, checked on ${verification.checkedOn}.`,
      );
      break;
    case 'unsigned':
      console.log(
        'Unsigned: the app will say to check these numbers with your DSL before relying on them.',
      );
      break;
    case 'untrusted':
      console.log(
        `Signed with key ${verification.publicKey}, which ${trustedPath ?? 'content/trusted-publishers.json'} does not list.` +
          ' The signature matches, but the app will treat the pack as unsigned.',
      );
      break;
  }
  for (const c of pack.contacts) {
    console.log(
      `  ${c.role.padEnd(22)} ${c.label}${c.phone ? `, ${c.phone}` : ''}${c.web ? `, ${c.web}` : ''}`,
    );
  }
}

async function link(path: string | undefined, base: string): Promise<void> {
  const { pack } = await readPackFile(path, []);
  const url = new URL(base);
  url.hash = await encodePackFragment(packToJson(pack));
  console.log(url.href);
  console.error(
    `${url.href.length} characters. The pack is in the part after #, which is never sent to a server.`,
  );
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      publisher: { type: 'string' },
      'checked-on': { type: 'string' },
      key: { type: 'string' },
      trusted: { type: 'string' },
      base: { type: 'string', default: 'http://127.0.0.1:4173/' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, file, ...extra] = positionals;
  if (values.help || !command || command === 'help') {
    console.log(USAGE);
    return;
  }
  if (extra.length > 0) throw new UsageError(`unexpected ${extra.join(' ')}`);
  switch (command) {
    case 'keygen':
      return keygen(values.out);
    case 'create':
      return create(file, values.publisher, values['checked-on'], values.out);
    case 'sign':
      return sign(file, values.key, values.out);
    case 'verify':
      return verify(file, values.trusted);
    case 'link':
      return link(file, values.base);
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (
    error instanceof UsageError ||
    (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
  ) {
    console.error(`error: ${(error as Error).message}\n\n${USAGE}`);
  } else if (error instanceof Refused) {
    console.error(`error: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
