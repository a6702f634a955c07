import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy } from './host/contentSecurityPolicy.ts';

/** Only in builds: the dev server's hot reload needs an inline script the policy forbids. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'precedent-desk-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy('meta') },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  // Relative asset URLs, so the same build loads from app://precedent-desk/ in Electron and from / in web mode.
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // Electron and current browsers preload modules natively; the polyfill would be dead weight.
    modulePreload: { polyfill: false },
  },
});
