/**
 * A problem found while checking a contact or a pack. `path` names the field
 * ("contacts.2.phone") so a form can show the message next to it; `message` is
 * plain English for the CLI and for people fixing a pack by hand.
 */
export interface Issue {
  path: string;
  message: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

export const at = (prefix: string, issues: Issue[]): Issue[] =>
  issues.map((i) => ({ ...i, path: i.path ? `${prefix}.${i.path}` : prefix }));

export function formatIssues(issues: readonly Issue[]): string {
  return issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('\n');
}
