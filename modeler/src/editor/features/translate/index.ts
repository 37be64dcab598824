import { bpmnEs } from './bpmn-es.ts';

type Replacements = Record<string, string | number>;

/**
 * bpmn-js's `translate` service in the app's language: diagram-js and the properties panel
 * pass every label through it; Spanish comes from `bpmn-es.ts`, anything it lacks stays English.
 */
function createTranslate(language: () => string) {
  return (template: string, replacements: Replacements = {}) => {
    const text = language() === 'es' ? (bpmnEs[template] ?? template) : template;
    return text.replace(/{([^}]+)}/g, (whole, key: string) =>
      replacements[key] !== undefined ? String(replacements[key]) : whole,
    );
  };
}

/** A DI module that provides `translate` for `language()`. */
export function translateModule(language: () => string) {
  return { translate: ['value', createTranslate(language)] };
}
