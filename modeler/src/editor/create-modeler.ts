import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import 'bpmn-js-bpmnlint/dist/assets/css/bpmn-js-bpmnlint.css';
import 'bpmn-js-token-simulation/assets/css/bpmn-js-token-simulation.css';
import BpmnModeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule,
} from 'bpmn-js-properties-panel';
import lintModule from 'bpmn-js-bpmnlint';
import TokenSimulationModule from 'bpmn-js-token-simulation';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import { language } from '../i18n/i18n.ts';
import { lintConfig } from './features/lint/config.ts';
import PromesaPanelModule from './features/promesa-panel/index.ts';
import { translateModule } from './features/translate/index.ts';

/**
 * The analysts' modeler: bpmn-js with the Camunda 7 properties panel and behaviours (so what it
 * writes is the dialect the engine and Camunda Modeler read), Promesa's panel group, lint while
 * drawing and token simulation, labels in the app's language.
 */
export function createModeler(canvas: HTMLElement, panel: HTMLElement): BpmnModeler {
  return new BpmnModeler({
    container: canvas,
    propertiesPanel: { parent: panel },
    linting: { bpmnlint: lintConfig, active: true },
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      CamundaPlatformPropertiesProviderModule,
      CamundaBehaviorsModule,
      PromesaPanelModule,
      lintModule,
      TokenSimulationModule,
      translateModule(() => language.value),
    ],
    moddleExtensions: { camunda: camundaModdle },
  });
}
