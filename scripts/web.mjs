import { buildRenderer, rendererIsStale } from './build.mjs';

/** `npm run web [-- --port N --data-dir DIR --open]`: the desk in a browser, served on 127.0.0.1. */
if (rendererIsStale()) {
  console.log('Building the interface (dist/renderer)...');
  try {
    await buildRenderer();
  } catch (error) {
    console.error(`Could not build the interface: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
// Node 20 cannot run TypeScript by itself; tsx compiles the host code as it is imported.
const { register } = await import('tsx/esm/api');
register();
await import('../host/web/main.ts');
