import type { Schemas } from '../api/client.ts';
import { t } from '../i18n/i18n.ts';

type Field = Schemas['FormField'];
export type FormValues = Record<string, unknown>;

/**
 * A generated form (`camunda:formData`) as the engine checks it: text, whole numbers, yes/no,
 * dates and choices, with their labels as drawn in the diagram. `errors` shows the server's
 * refusal on its field.
 */
export function GeneratedForm({
  fields,
  values,
  errors,
  onChange,
}: {
  fields: Field[];
  values: FormValues;
  errors: Record<string, string>;
  onChange: (id: string, value: unknown) => void;
}) {
  return (
    <div class="generated-form">
      {fields.map((field) => {
        const error = errors[field.id];
        const describedBy = error ? `field-error-${field.id}` : undefined;
        const common = {
          id: `field-${field.id}`,
          name: field.id,
          required: field.required,
          disabled: field.readonly,
          'aria-invalid': error ? true : undefined,
          'aria-describedby': describedBy,
        };
        return (
          <div key={field.id} class={error ? 'field has-error' : 'field'}>
            {field.type === 'boolean' ? (
              <label class="checkbox">
                <input
                  type="checkbox"
                  {...common}
                  checked={values[field.id] === true}
                  onChange={(e) => onChange(field.id, (e.target as HTMLInputElement).checked)}
                />
                <span>{field.label ?? field.id}</span>
              </label>
            ) : (
              <>
                <label class="field__label" for={common.id}>
                  {field.label ?? field.id}
                  {field.required && <span aria-hidden="true"> *</span>}
                </label>
                <FieldInput
                  field={field}
                  common={common}
                  value={values[field.id]}
                  onChange={onChange}
                />
              </>
            )}
            {error && (
              <p class="field__error" id={describedBy}>
                {error}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}

function FieldInput({
  field,
  common,
  value,
  onChange,
}: {
  field: Field;
  common: Record<string, unknown>;
  value: unknown;
  onChange: (id: string, value: unknown) => void;
}) {
  const read = (e: Event) => (e.target as HTMLInputElement).value;
  switch (field.type) {
    case 'enum':
      return (
        <select
          class="input"
          {...common}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(field.id, read(e) || undefined)}
        >
          <option value="">{t('form.choose')}</option>
          {(field.values ?? []).map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.name ?? choice.id}
            </option>
          ))}
        </select>
      );
    case 'long':
      return (
        <input
          class="input"
          type="text"
          inputMode="numeric"
          {...common}
          value={value === undefined ? '' : String(value)}
          onInput={(e) => {
            const text = read(e).trim();
            // Sent as typed when it is not a whole number: the server names the field.
            onChange(
              field.id,
              text === '' ? undefined : /^-?\d+$/.test(text) ? Number(text) : text,
            );
          }}
        />
      );
    case 'date':
      return (
        <input
          class="input"
          type="date"
          {...common}
          value={typeof value === 'string' ? value.slice(0, 10) : ''}
          onInput={(e) => onChange(field.id, read(e) || undefined)}
        />
      );
    default:
      return (
        <input
          class="input"
          type="text"
          {...common}
          minLength={field.minlength}
          maxLength={field.maxlength}
          value={typeof value === 'string' ? value : ''}
          onInput={(e) => onChange(field.id, read(e) || undefined)}
        />
      );
  }
}

/** The values a form starts with: the instance's own where it has them, else the defaults. */
export function initialValues(fields: Field[], known: FormValues = {}): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    if (known[field.id] !== undefined) values[field.id] = known[field.id];
    else if (field.defaultValue !== undefined)
      values[field.id] =
        field.type === 'boolean'
          ? field.defaultValue === 'true'
          : field.type === 'long'
            ? Number(field.defaultValue)
            : field.defaultValue;
  }
  return values;
}
