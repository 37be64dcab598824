import { createHash } from 'node:crypto';

/**
 * The API reference page: plain HTML and a little script that renders `/api/openapi.json`
 * and lets the reader send a request (with the browser's session cookie). No CDN, no bundle.
 */
export const docsPage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Promesa API reference</title>
<style>
  body { font: 15px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem 2rem; color: #1d2330; }
  h2 { border-bottom: 1px solid #d8dde6; margin-top: 2rem; text-transform: capitalize; }
  details { border: 1px solid #d8dde6; border-radius: 6px; margin: .4rem 0; padding: .3rem .7rem; }
  summary { cursor: pointer; }
  .method { display: inline-block; width: 4.5rem; font-weight: 700; font-family: monospace; }
  .get { color: #1f6feb; } .post { color: #1a7f37; } .patch { color: #9a6700; } .delete { color: #cf222e; }
  .role { float: right; font-size: .8rem; background: #eef1f6; border-radius: 4px; padding: 0 .4rem; }
  pre { background: #f6f8fa; padding: .6rem; overflow: auto; font-size: 13px; }
  input, textarea { width: 100%; font-family: monospace; box-sizing: border-box; }
</style>
</head>
<body>
<h1>Promesa API</h1>
<p>Log in with <code>POST /api/session</code> below, or send <code>Authorization: Bearer &lt;token&gt;</code>. The raw document is at <a href="/api/openapi.json">/api/openapi.json</a>.</p>
<div id="operations">Loading…</div>
<script type="module">
const doc = await (await fetch('/api/openapi.json')).json();
const resolve = (schema) => schema && schema.$ref ? doc.components.schemas[schema.$ref.split('/').pop()] : schema;
const text = (value) => JSON.stringify(value, null, 2);
const el = (tag, props = {}, ...children) => { const e = Object.assign(document.createElement(tag), props); e.append(...children); return e; };
const byTag = new Map();
for (const [path, item] of Object.entries(doc.paths)) {
  for (const [method, op] of Object.entries(item)) {
    const tag = (op.tags && op.tags[0]) || 'other';
    if (!byTag.has(tag)) byTag.set(tag, []);
    byTag.get(tag).push({ path, method, op });
  }
}
const root = document.getElementById('operations');
root.textContent = '';
for (const [tag, ops] of byTag) {
  root.append(el('h2', { textContent: tag }));
  for (const { path, method, op } of ops) {
    const body = op.requestBody && op.requestBody.content['application/json'];
    const target = el('input', { value: path });
    const payload = el('textarea', { rows: 5, value: body ? text(resolve(body.schema).example || {}) : '' });
    const result = el('pre');
    const send = el('button', { textContent: 'Send', onclick: async () => {
      const init = { method: method.toUpperCase(), headers: body ? { 'content-type': 'application/json' } : {} };
      if (body) init.body = payload.value;
      const res = await fetch(target.value, init);
      const raw = await res.text();
      let shown = raw; try { shown = text(JSON.parse(raw)); } catch {}
      result.textContent = res.status + ' ' + res.statusText + '\\n' + shown;
    } });
    root.append(el('details', {},
      el('summary', {}, el('span', { className: 'method ' + method, textContent: method.toUpperCase() }), el('code', { textContent: path }), ' ', op.summary || '', el('span', { className: 'role', textContent: op['x-promesa-role'] || '' })),
      el('p', { textContent: op.description || '' }),
      el('pre', { textContent: 'parameters: ' + text((op.parameters || []).map((p) => p.in + ' ' + p.name + (p.required ? ' (required)' : ''))) }),
      ...(body ? [el('pre', { textContent: 'body: ' + text(resolve(body.schema)) })] : []),
      el('pre', { textContent: 'responses: ' + text(Object.fromEntries(Object.entries(op.responses).map(([s, r]) => [s, r.description]))) }),
      el('label', { textContent: 'Path' }), target,
      ...(body ? [el('label', { textContent: 'Body' }), payload] : []),
      send, result));
  }
}
</script>
</body>
</html>
`;

/** The hash of the page's one inline element of a kind, for a CSP that allows it and no other. */
function inlineHash(tag: 'script' | 'style'): string {
  const content = new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`).exec(docsPage)?.[1] ?? '';
  return `'sha256-${createHash('sha256').update(content).digest('base64')}'`;
}

/**
 * The reference page's Content-Security-Policy: its own inline script and style by hash,
 * requests to our origin only, no framing.
 */
export const DOCS_CSP = [
  "default-src 'none'",
  `script-src ${inlineHash('script')}`,
  `style-src ${inlineHash('style')}`,
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
