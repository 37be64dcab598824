import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import { Form } from '@bpmn-io/form-js-viewer';
import { t } from '../../i18n/i18n.ts';
import { readFormJsMessage } from './form-js-messages.ts';

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

type Check = (field: unknown, value: unknown) => string[];

/** One of form-js's messages in the user's language; a designer's own as written. */
function formJsMessage(message: string): string {
  const known = readFormJsMessage(message);
  return known ? t(known.key, known.params) : message;
}

/**
 * form-js checks each field as it changes and on submit, in the user's language: its validator
 * is wrapped so every message it writes (English only) is said again from the catalogue (see
 * `formJsMessage`). The server checks a completion again and names what form-js cannot know.
 */
class TranslatedChecks {
  static $inject = ['validator'];
  constructor(validator: { validateField: Check; validateFieldInstance: Check }) {
    for (const name of ['validateField', 'validateFieldInstance'] as const) {
      const check = validator[name].bind(validator);
      validator[name] = (field, value) => check(field, value).map(formJsMessage);
    }
  }
}
const translatedChecks = {
  __init__: ['translatedChecks'],
  translatedChecks: ['type', TranslatedChecks],
};

/**
 * The few words form-js's fields write themselves (no translation hook either): the empty
 * select's placeholder, the search box's, the number field's arrows. Said again in the user's
 * language as form-js draws them.
 */
function translateWords(container: HTMLElement): MutationObserver {
  const apply = () => {
    // The text node itself changes, never replaced: Preact keeps updating the node it made.
    for (const el of container.querySelectorAll('.fjs-select-placeholder'))
      for (const node of el.childNodes)
        if (node.nodeType === Node.TEXT_NODE && node.nodeValue === 'Select')
          node.nodeValue = t('formjs.select');
    for (const el of container.querySelectorAll<HTMLInputElement>('input[placeholder="Search"]'))
      el.placeholder = t('formjs.search');
    for (const [selector, key] of [
      ['.fjs-number-arrow-up[aria-label="Increment"]', 'formjs.increase'],
      ['.fjs-number-arrow-down[aria-label="Decrement"]', 'formjs.decrease'],
    ] as const)
      for (const el of container.querySelectorAll(selector)) el.setAttribute('aria-label', t(key));
  };
  const observer = new MutationObserver(apply);
  observer.observe(container, { childList: true, subtree: true, characterData: true });
  apply();
  return observer;
}

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
  const form = new Form({ container, additionalModules: [translatedChecks] });
  const words = translateWords(container);
  await form.importSchema(schema as Parameters<Form['importSchema']>[0], data);
  // A form with a field form-js refused shows it there, and nothing is sent.
  form.on('submit', (event: { data: Values; errors: Record<string, unknown> }) => {
    if (Object.keys(event.errors).length === 0) onSubmit(event.data);
  });

  const ids = componentIds(schema);
  let refused: { id: string; key: string; message: string; value: string }[] = [];
  // form-js checks a field again on every update of it (late debounced ones included) and
  // keeps only what its own check finds, so the server's refusals are laid on again after each
  // change, beside form-js's own findings, for the fields still holding the refused value.
  const apply = (values: Values) => {
    const current = form._getState().errors as Record<string, unknown>;
    const errors = { ...current };
    for (const r of refused)
      if (JSON.stringify(values[r.key]) === r.value) errors[r.id] = [r.message];
    if (JSON.stringify(errors) !== JSON.stringify(current)) form._setState({ errors });
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
    destroy: () => {
      words.disconnect();
      form.destroy();
    },
  };
}
