/**
 * Roles of an organisation's local contacts. Kept apart from schema.ts so the app
 * can use them without pulling zod (a build-time dependency) into the bundle.
 */
export const localContactRoles = [
  'dsl',
  'org-safeguarding-lead',
  'front-door',
  'emergency-duty-team',
  'lado',
  'police-non-emergency',
  'sarc',
  // Wales: local authority social services, and the Local Authority Designated Officer for Safeguarding.
  'social-services',
  'la-designated-officer',
] as const;

export type LocalContactRole = (typeof localContactRoles)[number];
