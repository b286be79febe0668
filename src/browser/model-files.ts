import type { ModelFiles } from '../core/face/types.js';

/**
 * Model files and runtime wasm fetched from the site's own copy of the package's assets
 * (`assetsUrl`, ending in `/`): nothing comes from a CDN. The build emits `models/` and `tfjs/`
 * under it.
 */
export function browserModelFiles(assetsUrl: string | URL): ModelFiles {
  const base = new URL(String(assetsUrl));
  const fetchOk = async (name: string): Promise<Response> => {
    const response = await fetch(new URL(`models/${name}`, base));
    if (!response.ok) throw new Error(`model ${name}: HTTP ${response.status}`);
    return response;
  };
  return {
    load: async (name) => new Uint8Array(await (await fetchOk(name)).arrayBuffer()),
    loadText: async (name) => (await fetchOk(name)).text(),
    // onnxruntime's wasm is emitted by the bundler next to its code and found from there.
    wasmPaths: { tfjs: new URL('tfjs/', base).href },
  };
}
