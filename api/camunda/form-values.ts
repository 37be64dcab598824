import type { FormField } from '../../engine/index.ts';
import { toTypedValue } from './variables.ts';

/** The values a generated form (`camunda:formData`) shows, typed as Camunda's form variables. */

const FIELD_TYPES: Record<string, string> = {
  string: 'String',
  long: 'Long',
  boolean: 'Boolean',
  date: 'Date',
  enum: 'String',
};

/** A field's default as the value of its type (`long` fields hold numbers, `boolean` ones booleans). */
function fieldDefault(field: FormField): unknown {
  if (field.defaultValue === undefined) return null;
  if (field.type === 'long') return Number(field.defaultValue);
  if (field.type === 'boolean') return field.defaultValue === 'true';
  return field.defaultValue;
}

/** The typed value of a form field: `seen` (a variable of its name) when present, else its default. */
export function formValue(field: FormField, seen: Record<string, unknown>) {
  if (Object.hasOwn(seen, field.id)) return toTypedValue(seen[field.id]);
  return { type: FIELD_TYPES[field.type] ?? 'Object', value: fieldDefault(field), valueInfo: {} };
}
