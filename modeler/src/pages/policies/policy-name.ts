import type { Schemas } from '../../api/client.ts';
import { language } from '../../i18n/i18n.ts';

/**
 * A policy's name in the app's language: its name for that language when it has one (the
 * shipped policies have English and Spanish), else the name a person gave it.
 */
export function policyName(policy: Pick<Schemas['SlaPolicy'], 'name' | 'names'>): string {
  return policy.names[language.value] ?? policy.name;
}
