/** Text made safe to put into HTML that bpmn-js overlays take as a string. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
