import { describe, expect, it } from 'vitest';
import { readDiagramFile } from '../../modeler/src/pages/modeler/read-diagram-file.ts';

describe('reading a diagram file', () => {
  it('decodes it in the encoding its XML declaration names', async () => {
    const xml = '<?xml version="1.0" encoding="ISO-8859-1"?><task name="Petición del señor"/>';
    const latin1 = Uint8Array.from(xml, (c) => c.charCodeAt(0));
    expect(await readDiagramFile(new Blob([latin1]))).toBe(xml);
  });

  it('reads UTF-8 when the declaration names none or one the browser does not know', async () => {
    const plain = '<task name="Atención al cliente"/>';
    expect(await readDiagramFile(new Blob([plain]))).toBe(plain);
    const unknown = '<?xml version="1.0" encoding="x-nothing"?><task name="Reclamación"/>';
    expect(await readDiagramFile(new Blob([unknown]))).toBe(unknown);
  });
});
