import { ApiError } from '../../api/client.ts';
import type { MessageKey } from '../../i18n/catalogue.ts';
import { hasMessage, t } from '../../i18n/i18n.ts';

/**
 * The server's refusal of a form value, on its field, in the user's language: the engine names
 * the field and the rule it broke (`required`, a type such as `long`, `min`, `maxlength`...).
 * Null when the error is not about one field.
 */
export function fieldError(error: unknown): { field: string; message: string } | null {
  if (!(error instanceof ApiError) || error.code !== 'form-invalid') return null;
  const { field, rule, limit } = error.details as { field?: string; rule?: string; limit?: number };
  if (!field) return null;
  const key = `form.error.${rule}`;
  return {
    field,
    message: hasMessage(key) ? t(key as MessageKey, { limit: limit ?? '' }) : error.message,
  };
}
