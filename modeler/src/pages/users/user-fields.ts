import type { Role } from '../../api/client.ts';

/** The roles an administrator hands out, lowest first. */
export const roles: Role[] = ['staff', 'supervisor', 'analyst', 'developer', 'admin'];

/** Groups as typed: separated by commas or spaces, empty ones dropped, each once. */
export function parseGroups(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).filter(Boolean))];
}
