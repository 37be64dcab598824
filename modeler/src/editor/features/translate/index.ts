import { t } from '../../../i18n/i18n.ts';
import { bpmnEs } from './bpmn-es.ts';
import { bpmnlintEs } from './bpmnlint-es.ts';

const spanish: Record<string, string> = { ...bpmnEs, ...bpmnlintEs };

type Replacements = Record<string, string | number>;

/**
 * bpmn-js-bpmnlint's counts, which need plural forms a fixed template cannot give ("1 Errors"):
 * written from the app's catalogue instead, in either language.
 */
const counted: Record<string, (replacements: Replacements) => string> = {
  '{errors} Errors, {warnings} Warnings': ({ errors, warnings }) =>
    t('lint.summary', {
      errors: t('lint.errors', { count: Number(errors) }),
      warnings: t('lint.warnings', { count: Number(warnings) }),
    }),
  'No Issues': () => t('lint.noIssues'),
};

/**
 * bpmn-js's `translate` service in the app's language: diagram-js and the properties panel
 * pass every label through it, and bpmn-js-bpmnlint its rules' messages; Spanish comes from
 * `bpmn-es.ts` and `bpmnlint-es.ts`, anything they lack stays English.
 */
function createTranslate(language: () => string) {
  return (template: string, replacements: Replacements = {}) => {
    const count = counted[template];
    if (count) return count(replacements);
    const text = language() === 'es' ? (spanish[template] ?? template) : template;
    return text.replace(/{([^}]+)}/g, (whole, key: string) =>
      replacements[key] !== undefined ? String(replacements[key]) : whole,
    );
  };
}

/** A DI module that provides `translate` for `language()`. */
export function translateModule(language: () => string) {
  return { translate: ['value', createTranslate(language)] };
}
