import type { Variables } from './engine-interface.ts';
import { InvalidRequestError, type Problem } from './errors.ts';
import type { FormField } from './model/graph.ts';

/**
 * Checks a task completion against its generated form (Camunda 7's `camunda:formData`): required
 * fields present, values of the field's type, enum values among the allowed ones, and the
 * min/max/minlength/maxlength constraints. A required field the instance already holds counts
 * as filled (a generated form shows it prefilled). Variables the form does not name pass untouched.
 * Every invalid field is reported at once: `details.problems` names each, `details.field` the first.
 */
export function validateForm(
  fields: readonly FormField[],
  variables: Variables,
  existing: Variables = {},
): void {
  const problems: Problem[] = fields.flatMap((field) => {
    const message = fieldProblem(field, variables[field.id], existing);
    return message ? [{ severity: 'error', code: 'form-invalid', field: field.id, message }] : [];
  });
  if (problems.length > 0)
    throw new InvalidRequestError('form-invalid', problems.map((p) => p.message).join('; '), {
      field: problems[0]!.field,
      problems,
    });
}

/** What is wrong with one field's value, if anything. */
function fieldProblem(field: FormField, value: unknown, existing: Variables): string | undefined {
  const name = label(field);
  if (isEmpty(value))
    return field.required && !field.readonly && isEmpty(existing[field.id])
      ? `${name} is required`
      : undefined;
  const typeProblem = checkType(field, value);
  if (typeProblem) return `${name} ${typeProblem}`;
  if (typeof value === 'number') {
    if (field.min !== undefined && value < field.min)
      return `${name} must be at least ${field.min}`;
    if (field.max !== undefined && value > field.max) return `${name} must be at most ${field.max}`;
  }
  if (typeof value === 'string') {
    if (field.minlength !== undefined && value.length < field.minlength)
      return `${name} needs at least ${field.minlength} characters`;
    if (field.maxlength !== undefined && value.length > field.maxlength)
      return `${name} allows at most ${field.maxlength} characters`;
  }
  return undefined;
}

/** The end of "<field> must be ..." when the value is not of the field's type. */
function checkType(field: FormField, value: unknown): string | undefined {
  switch (field.type) {
    case 'string':
      return typeof value === 'string' ? undefined : 'must be text';
    case 'long':
      return typeof value === 'number' && Number.isInteger(value)
        ? undefined
        : 'must be a whole number';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be true or false';
    case 'date':
      return value instanceof Date ||
        (typeof value === 'string' && !Number.isNaN(Date.parse(value)))
        ? undefined
        : 'must be a date';
    case 'enum':
      return field.values?.some((v) => v.id === value)
        ? undefined
        : `must be one of ${(field.values ?? []).map((v) => v.id).join(', ')}`;
    default:
      return undefined;
  }
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function label(field: FormField): string {
  return field.label ? `${field.label} (${field.id})` : field.id;
}
