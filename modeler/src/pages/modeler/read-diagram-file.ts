/**
 * A diagram file's text, decoded in the encoding its XML declaration names (the MIWG models
 * are ISO-8859-1; `File#text()` would read them as UTF-8 and garble their accents).
 */
export async function readDiagramFile(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /^<\?xml[^>]*encoding=["']([\w.:-]+)["']/.exec(head)?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(bytes);
  } catch {
    // An encoding the browser does not know: UTF-8, as bpmn-js itself falls back to.
    return new TextDecoder().decode(bytes);
  }
}
