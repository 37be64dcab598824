/**
 * bpmn-moddle 10 ships types for the BPMN meta-model but none for its entry point, so under
 * `strict` the import would be an implicit `any`. This declares the little the loader uses.
 */
declare module 'bpmn-moddle' {
  export interface ModdleParseWarning {
    message: string;
    /** The element holding an unresolved reference. */
    element?: unknown;
    /** The reference property, e.g. `bpmn:targetRef`. */
    property?: string;
    /** The referenced id as written. */
    value?: string;
    error?: Error;
  }

  export interface ModdleParseResult {
    rootElement: unknown;
    warnings: ModdleParseWarning[];
    elementsById: Record<string, unknown>;
  }

  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>, options?: { nsMap?: Record<string, string> });
    fromXML(xml: string, typeName?: string): Promise<ModdleParseResult>;
  }
}
