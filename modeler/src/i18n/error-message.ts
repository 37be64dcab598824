import { ApiError, NetworkError } from '../api/client.ts';
import { formatDateTime } from './format.ts';
import { hasMessage, language, t } from './i18n.ts';
import type { Params } from './translate.ts';

/**
 * What to tell a person about a failed request, in their language: the server's stable error
 * `code` picks the message and its `details` fill it; the English `message` is for developers.
 * `fields` names the request's fields as the page labels them, for `details.field`.
 */
export function errorMessage(error: unknown, fields: Record<string, string> = {}): string {
  if (error instanceof NetworkError) return t('errors.network');
  if (!(error instanceof ApiError)) return t('errors.unknown', { code: 'client' });
  const key = `errors.${error.code}`;
  if (!hasMessage(key)) return t('errors.unknown', { code: error.code });
  const params: Params = {};
  for (const [name, value] of Object.entries(error.details)) {
    const role = `role.${value}`;
    // The API names instants `…At` (ISO 8601): shown as a date and time in the user's language;
    // roles by their code: shown by their name.
    if (name.endsWith('At') && typeof value === 'string') params[name] = formatDateTime(value);
    else if (name.endsWith('Role') && hasMessage(role)) params[name] = t(role);
    else if (name === 'field' && typeof value === 'string' && fields[value])
      params[name] = fields[value];
    else if (typeof value === 'string' || typeof value === 'number') params[name] = value;
    // A list of names (the processes reading a policy): joined as the language joins a list.
    else if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
      params[name] = new Intl.ListFormat(language.value, { type: 'conjunction' }).format(value);
  }
  return t(key, params);
}
