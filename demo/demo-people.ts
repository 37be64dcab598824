import type { Identity } from '../api/auth/identity.ts';
import { generatePassword } from '../api/auth/secrets.ts';
import type { Role } from '../engine/index.ts';

/** One person per lane and role of the library, and the system account its workers use. */
export const demoPeople = [
  { username: 'ana', role: 'staff', groups: ['front-office'], works: 'front office' },
  { username: 'bruno', role: 'staff', groups: ['back-office'], works: 'back office' },
  { username: 'carla', role: 'staff', groups: ['back-office'], works: 'back office' },
  { username: 'sofia', role: 'staff', groups: ['sales'], works: 'sales' },
  {
    username: 'sara',
    role: 'supervisor',
    groups: ['supervisors', 'front-office', 'back-office', 'sales'],
    works: 'supervisor of every lane',
  },
  {
    username: 'alex',
    role: 'analyst',
    groups: [],
    works: 'analyst: dashboards, catalogue, inventory',
  },
  {
    username: 'demo-system',
    role: 'developer',
    groups: [],
    works: 'the simulated systems and workers',
  },
] as const satisfies { username: string; role: Role; groups: string[]; works: string }[];

export type DemoUsername = (typeof demoPeople)[number]['username'];

/**
 * Creates the demo people on a database that has none of them, each with a generated password
 * printed once; on a later start they are kept as they are and nothing is printed. Answers an
 * API token per person for the simulation (a token, so no password has to be kept).
 */
export async function ensureDemoPeople(
  identity: Identity,
  log: (line: string) => void,
): Promise<Record<DemoUsername, string>> {
  const existing = new Set((await identity.store.listUsers()).map((u) => u.username));
  const fresh = demoPeople.every((p) => !existing.has(p.username));
  if (fresh) log('Demo people (passwords shown once):');
  const tokens = {} as Record<DemoUsername, string>;
  for (const person of demoPeople) {
    if (fresh) {
      const password = generatePassword();
      await identity.addUser({ ...person, groups: [...person.groups], password });
      log(`  ${person.username.padEnd(12)} ${password}   ${person.role}, ${person.works}`);
    } else if (!existing.has(person.username)) {
      await identity.addUser({ ...person, groups: [...person.groups] });
    }
    tokens[person.username] = (await identity.createToken(person.username, 'demo')).token;
  }
  if (!fresh) log('Demo people kept from an earlier start (their passwords were shown then)');
  return tokens;
}
