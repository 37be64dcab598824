import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import { Form } from '@bpmn-io/form-js-viewer';

type Values = Record<string, unknown>;

/** A form-js form as the task page drives it. */
export interface FormJs {
  /** Submits: the form emits `submit` with the data of its keyed fields. */
  submit(): void;
  /**
   * Shows the server's refusals under their fields (by variable key); each stays while its
   * field holds the refused value.
   */
  showErrors(byKey: Record<string, string>): void;
  destroy(): void;
}

/**
 * form-js checks nothing in the browser here: the server checks every completion and says what
 * is wrong in the user's language (form-js's own messages are English only).
 */
const serverChecks = {
  validator: ['value', { validateField: () => [], validateFieldInstance: () => [] }],
};

/** The id of each keyed component of a form-js schema, by its key (groups looked into). */
function componentIds(schema: object): Map<string, string> {
  const ids = new Map<string, string>();
  const visit = (components: unknown) => {
    if (!Array.isArray(components)) return;
    for (const c of components as { id?: string; key?: string; components?: unknown }[]) {
      if (c.key && c.id) ids.set(c.key, c.id);
      visit(c.components);
    }
  };
  visit((schema as { components?: unknown }).components);
  return ids;
}

/**
 * Draws `schema` (form-js JSON) into `container`, filled from `data`, and calls `onSubmit`
 * with the values when the user submits (Enter in a field, or `submit()`).
 */
export async function createFormJs(
  container: HTMLElement,
  schema: object,
  data: Values,
  onSubmit: (data: Values) => void,
): Promise<FormJs> {
  const form = new Form({ container, additionalModules: [serverChecks] });
  await form.importSchema(schema as Parameters<Form['importSchema']>[0], data);
  form.on('submit', (event: { data: Values }) => onSubmit(event.data));

  const ids = componentIds(schema);
  let refused: { id: string; key: string; message: string; value: string }[] = [];
  // form-js prunes a field's errors on every update of it, late debounced ones included, so
  // the refusals are laid on again after each change, for the fields still holding their value.
  const apply = (values: Values) => {
    const errors = Object.fromEntries(
      refused
        .filter((r) => JSON.stringify(values[r.key]) === r.value)
        .map((r) => [r.id, [r.message]]),
    );
    if (JSON.stringify(errors) !== JSON.stringify(form._getState().errors))
      form._setState({ errors });
  };
  form.on('changed', (state: { data: Values }) => apply(state.data));

  return {
    submit: () => void form.submit(),
    showErrors(byKey) {
      const values = form._getState().data as Values;
      refused = Object.entries(byKey).map(([key, message]) => ({
        id: ids.get(key) ?? key,
        key,
        message,
        value: JSON.stringify(values[key]),
      }));
      apply(values);
    },
    destroy: () => form.destroy(),
  };
}
