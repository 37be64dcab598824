import type { Variables } from './engine-interface.ts';
import { InvalidRequestError } from './errors.ts';
import type { FormField } from './model/graph.ts';

/**
 * Checks a task completion against its generated form (Camunda 7's `camunda:formData`): required
 * fields present, values of the field's type, enum values among the allowed ones, and the
 * min/max/minlength/maxlength constraints. A required field the instance already holds counts
 * as filled (a generated form shows it prefilled). Variables the form does not name pass untouched.
 */
export function validateForm(
  fields: readonly FormField[],
  variables: Variables,
  existing: Variables = {},
): void {
  for (const field of fields) {
    const value = variables[field.id];
    if (isEmpty(value)) {
      if (field.required && !field.readonly && isEmpty(existing[field.id]))
        fail(field, `${label(field)} is required`);
      continue;
    }
    checkType(field, value);
    if (typeof value === 'number') {
      if (field.min !== undefined && value < field.min)
        fail(field, `${label(field)} must be at least ${field.min}`);
      if (field.max !== undefined && value > field.max)
        fail(field, `${label(field)} must be at most ${field.max}`);
    }
    if (typeof value === 'string') {
      if (field.minlength !== undefined && value.length < field.minlength)
        fail(field, `${label(field)} needs at least ${field.minlength} characters`);
      if (field.maxlength !== undefined && value.length > field.maxlength)
        fail(field, `${label(field)} allows at most ${field.maxlength} characters`);
    }
  }
}

function checkType(field: FormField, value: unknown): void {
  switch (field.type) {
    case 'string':
      if (typeof value !== 'string') fail(field, `${label(field)} must be text`);
      return;
    case 'long':
      if (typeof value !== 'number' || !Number.isInteger(value))
        fail(field, `${label(field)} must be a whole number`);
      return;
    case 'boolean':
      if (typeof value !== 'boolean') fail(field, `${label(field)} must be true or false`);
      return;
    case 'date':
      if (
        !(value instanceof Date || (typeof value === 'string' && !Number.isNaN(Date.parse(value))))
      )
        fail(field, `${label(field)} must be a date`);
      return;
    case 'enum':
      if (!field.values?.some((v) => v.id === value))
        fail(
          field,
          `${label(field)} must be one of ${(field.values ?? []).map((v) => v.id).join(', ')}`,
        );
      return;
  }
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function label(field: FormField): string {
  return field.label ? `${field.label} (${field.id})` : field.id;
}

function fail(field: FormField, message: string): never {
  throw new InvalidRequestError('form-invalid', message, { field: field.id });
}
