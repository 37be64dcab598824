import type { FormField } from './graph.ts';
import { child, children, extensions, text, type ModdleElement } from './moddle.ts';

/**
 * `camunda:formData` fields with their validation constraints (Camunda 7 generated forms), on a
 * user task or a start event.
 */
export function formFields(element: ModdleElement): FormField[] {
  return extensions(element, 'camunda:FormData').flatMap((data) =>
    children(data, 'fields').map((field) => {
      const result: FormField = {
        id: text(field, 'id') ?? '',
        type: text(field, 'type') ?? 'string',
      };
      const label = text(field, 'label');
      if (label !== undefined) result.label = label;
      const defaultValue = text(field, 'defaultValue');
      if (defaultValue !== undefined) result.defaultValue = defaultValue;
      for (const constraint of children(child(field, 'validation'), 'constraints')) {
        const name = text(constraint, 'name');
        const config = text(constraint, 'config');
        if (name === 'required') result.required = true;
        else if (name === 'readonly') result.readonly = true;
        else if (
          (name === 'min' || name === 'max' || name === 'minlength' || name === 'maxlength') &&
          config !== undefined &&
          Number.isFinite(Number(config))
        ) {
          result[name] = Number(config);
        }
      }
      const values = children(field, 'values').map((v) => ({
        id: text(v, 'id') ?? '',
        ...(text(v, 'name') !== undefined ? { name: text(v, 'name') } : {}),
      }));
      if (values.length > 0) result.values = values;
      return result;
    }),
  );
}
