/**
 * UK phone numbers as people write them ("+44 (0)20 7946 0000", "0300-123-4567")
 * checked and rewritten with the usual spacing ("020 7946 0000"). Only numbers a
 * safeguarding contact could have are accepted: geographic (01, 02), non-geographic
 * (03, 08), mobile (07), and the short codes 999, 101, 111 and 116 xxx.
 */
import type { Checked } from './issues';

const SHORT_CODES = new Set(['999', '101', '111']);

const digitsOf = (input: string): string | undefined => {
  let s = input.trim().replace(/[\s\-().]/g, '');
  if (s.startsWith('+44')) s = '0' + s.slice(3).replace(/^0/, '');
  else if (s.startsWith('0044')) s = '0' + s.slice(4).replace(/^0/, '');
  return /^\d+$/.test(s) ? s : undefined;
};

function group(digits: string, sizes: number[]): string {
  const parts: string[] = [];
  let i = 0;
  for (const size of sizes) {
    if (i >= digits.length) break;
    parts.push(digits.slice(i, i + size));
    i += size;
  }
  if (i < digits.length) parts.push(digits.slice(i));
  return parts.join(' ');
}

/** Spacing as Ofcom and GOV.UK write numbers: 020 7946 0000, 0113 496 0000, 01632 960000. */
function space(d: string): string {
  if (d.startsWith('02')) return group(d, [3, 4, 4]);
  if (/^01\d1/.test(d) || d.startsWith('011')) return group(d, [4, 3, 4]);
  if (d.startsWith('01') || d.startsWith('07')) return group(d, [5]);
  if (d.length === 8) return group(d, [4, 4]); // 0800 1111
  return group(d, [4, 3, 4]); // 03xx and 08xx
}

export function checkPhone(input: string): Checked<string> {
  const fail = (message: string): Checked<string> => ({
    ok: false,
    issues: [{ path: '', message }],
  });
  const digits = digitsOf(input);
  if (!digits) {
    return fail('use digits and spaces only, for example 020 7946 0000 (a leading +44 is fine)');
  }
  if (SHORT_CODES.has(digits)) return { ok: true, value: digits };
  if (/^116\d{3}$/.test(digits)) return { ok: true, value: group(digits, [3, 3]) };
  if (!digits.startsWith('0')) {
    return fail(
      'a UK number starts with 0 (or +44), or is 999, 101, 111 or 116 followed by three digits',
    );
  }
  const prefix = digits.slice(0, 2);
  const lengths: Record<string, number[]> = {
    '01': [10, 11],
    '02': [11],
    '03': [11],
    '07': [11],
    '08': [10, 11],
  };
  const allowed = lengths[prefix];
  if (!allowed) {
    return fail(`numbers starting ${prefix} are not accepted: use a 01, 02, 03, 07 or 08 number`);
  }
  if (!allowed.includes(digits.length) && digits !== '08001111') {
    return fail(
      `a ${prefix} number has ${allowed.join(' or ')} digits; this one has ${digits.length}`,
    );
  }
  return { ok: true, value: space(digits) };
}

/** The number for a tel: link (no spaces). */
export const telHref = (phone: string): string => `tel:${phone.replace(/\s/g, '')}`;
