import { ApiError } from '../../api/client.ts';
import type { MessageKey } from '../../i18n/catalogue.ts';
import { hasMessage, t } from '../../i18n/i18n.ts';

interface FieldProblem {
  field?: string;
  rule?: string;
  limit?: number;
  message: string;
}

/**
 * The server's refusals of form values, each on its field, in the user's language: the engine
 * names every invalid field at once with the rule it broke (`required`, a type such as `long`,
 * `min`, `maxlength`...). Null when the error is not about form fields.
 */
export function fieldErrors(error: unknown): Record<string, string> | null {
  if (!(error instanceof ApiError) || error.code !== 'form-invalid') return null;
  const problems = (error.details.problems as FieldProblem[] | undefined) ?? [
    { ...(error.details as Omit<FieldProblem, 'message'>), message: error.message },
  ];
  const errors: Record<string, string> = {};
  for (const { field, rule, limit, message } of problems) {
    if (!field || errors[field]) continue;
    const key = `form.error.${rule}`;
    errors[field] = hasMessage(key) ? t(key as MessageKey, { limit: limit ?? '' }) : message;
  }
  return Object.keys(errors).length > 0 ? errors : null;
}
