import { defineConfig } from 'vite';

/** Where `npm start` listens; `npm run dev` proxies the APIs there. */
const server = process.env.PROMESA_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: import.meta.dirname,
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The modeler route alone is ~1.8 MB before gzip (bpmn-js, properties panel, lint).
    chunkSizeWarningLimit: 2500,
  },
  server: {
    proxy: { '/api': server, '/engine-rest': server },
  },
});
