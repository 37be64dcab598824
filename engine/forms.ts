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
    const found = fieldProblem(field, variables[field.id], existing);
    return found ? [{ severity: 'error', code: 'form-invalid', field: field.id, ...found }] : [];
  });
  const [first] = problems;
  if (first)
    throw new InvalidRequestError('form-invalid', problems.map((p) => p.message).join('; '), {
      field: first.field,
      rule: first.rule,
      limit: first.limit,
      problems,
    });
}

/** A field's broken rule (`required`, its type such as `long`, `min`, ...) and its bound. */
type FieldProblem = { message: string; rule: string; limit?: number };

/**
 * What is wrong with one field's value, if anything, with the rule it broke so a page can say
 * it in the user's language.
 */
function fieldProblem(
  field: FormField,
  value: unknown,
  existing: Variables,
): FieldProblem | undefined {
  const name = label(field);
  if (isEmpty(value))
    return field.required && !field.readonly && isEmpty(existing[field.id])
      ? { message: `${name} is required`, rule: 'required' }
      : undefined;
  const typeProblem = checkType(field, value);
  if (typeProblem) return { message: `${name} ${typeProblem}`, rule: field.type };
  if (typeof value === 'number') {
    if (field.min !== undefined && value < field.min)
      return { message: `${name} must be at least ${field.min}`, rule: 'min', limit: field.min };
    if (field.max !== undefined && value > field.max)
      return { message: `${name} must be at most ${field.max}`, rule: 'max', limit: field.max };
  }
  if (typeof value === 'string') {
    const { minlength, maxlength } = field;
    if (minlength !== undefined && value.length < minlength)
      return {
        message: `${name} needs at least ${minlength} characters`,
        rule: 'minlength',
        limit: minlength,
      };
    if (maxlength !== undefined && value.length > maxlength)
      return {
        message: `${name} allows at most ${maxlength} characters`,
        rule: 'maxlength',
        limit: maxlength,
      };
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
    case 'double':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'must be a number';
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
