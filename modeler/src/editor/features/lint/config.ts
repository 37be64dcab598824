import { promesaRules } from './promesa-rules.ts';

/** bpmnlint's own rules, bundled from the package (CommonJS factories). */
const bpmnlintRules = import.meta.glob<{ default: unknown }>(
  '../../../../../node_modules/bpmnlint/rules/*.js',
  { eager: true },
);

function builtin(name: string): unknown {
  const entry = Object.entries(bpmnlintRules).find(([path]) => path.endsWith(`/rules/${name}.js`));
  return entry?.[1].default;
}

/**
 * The lint setup for bpmn-js-bpmnlint: bpmnlint's recommended rules and Promesa's own.
 * camunda-compat adds nothing for Camunda 7 but `history-time-to-live`, a history-cleanup
 * setting Promesa does not have, so it is left out.
 */
export const lintConfig = {
  config: {
    rules: {
      'ad-hoc-sub-process': 'error',
      'conditional-flows': 'error',
      'end-event-required': 'error',
      'event-based-gateway': 'error',
      'event-sub-process-typed-start-event': 'error',
      'fake-join': 'warn',
      'label-required': 'warn',
      'link-event': 'error',
      'no-bpmndi': 'error',
      'no-complex-gateway': 'error',
      'no-disconnected': 'error',
      'no-duplicate-sequence-flows': 'error',
      'no-gateway-join-fork': 'warn',
      'no-implicit-split': 'warn',
      'no-implicit-end': 'warn',
      'no-implicit-start': 'warn',
      'no-overlapping-elements': 'warn',
      'single-blank-start-event': 'error',
      'single-event-definition': 'error',
      'start-event-required': 'error',
      'sub-process-blank-start-event': 'error',
      'superfluous-gateway': 'warn',
      'superfluous-termination': 'warn',
      'promesa/user-task-performer': 'error',
      'promesa/timer-parses': 'error',
      'promesa/refused-element': 'error',
      'promesa/gateway-default': 'warn',
    },
  },
  resolver: {
    resolveRule(pkg: string, ruleName: string) {
      const rule = pkg === 'bpmnlint-plugin-promesa' ? promesaRules[ruleName] : builtin(ruleName);
      if (!rule) throw new Error(`unknown lint rule ${pkg}/${ruleName}`);
      return rule;
    },
    resolveConfig() {
      return undefined;
    },
  },
};
