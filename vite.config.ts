import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type HtmlTagDescriptor, type Plugin, type Rollup } from 'vite';
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

/**
 * The window's styles are linked from the page, so they load with it rather than once main.ts
 * imports the window's code. That code is not preloaded: the browser compiled the preloaded 0.5 MB
 * on the main thread before running main.ts, whose first requests then left 50–100 ms later.
 * main.ts imports it right after sending them.
 */
function linkWindowStyles(entry: string): Plugin {
  return {
    name: 'precedent-desk-link-window-styles',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunks = Object.values(bundle ?? {}).filter((output): output is Rollup.OutputChunk => output.type === 'chunk');
        const start = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(entry));
        if (!start) throw new Error(`No chunk for ${entry}: the window's styles cannot be linked.`);
        const visited = new Set<string>();
        const styles = new Set<string>();
        const visit = (chunk: Rollup.OutputChunk) => {
          if (visited.has(chunk.fileName)) return;
          visited.add(chunk.fileName);
          chunk.viteMetadata?.importedCss.forEach((css) => styles.add(css));
          chunk.imports.forEach((name) => {
            const imported = bundle?.[name];
            if (imported?.type === 'chunk') visit(imported);
          });
        };
        visit(start);
        return [...styles].map((href): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'stylesheet', href: `./${href}` }, injectTo: 'head' }));
      },
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  // Relative asset URLs, so the same build loads from app://precedent-desk/ in Electron and from / in web mode.
  base: './',
  plugins: [react(), contentSecurityPolicyMeta(), linkWindowStyles('/renderer/app/startWindow.tsx')],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // Electron and current browsers preload modules natively; the polyfill would be dead weight.
    modulePreload: { polyfill: false },
  },
});
