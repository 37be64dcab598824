/**
 * True when bpmn-js refused a diagram because it has no drawing (no BPMN DI): a file written
 * by a tool that keeps only the process, which neither the viewer nor the modeler can lay out.
 */
export function isWithoutDrawing(importError: unknown): boolean {
  return importError instanceof Error && importError.message.includes('no diagram to display');
}
