import { hasMessage, t } from './i18n.ts';

/**
 * A validator problem in the user's language, from its stable `code`; a code the catalogue does
 * not know yet keeps the server's English message.
 */
export function problemMessage(problem: { code: string; message: string }): string {
  const key = `problems.${problem.code}`;
  return hasMessage(key) ? t(key) : problem.message;
}
