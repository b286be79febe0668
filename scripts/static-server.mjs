// A static server on localhost for the browser scripts (benchmark, screenshots, the demo page):
// serves the project's built bundle, its test pages and test-images, plus generated files given in
// memory.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.map': 'application/json',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.css': 'text/css',
};
/** URL prefixes and the folders they serve. */
const MOUNTS = [
  ['/dist/browser/', join(ROOT, 'dist/browser')],
  ['/test-images/', join(ROOT, 'test-images')],
  ['/', join(ROOT, 'tests/browser/public')],
];

/**
 * Starts the server; `generated` maps paths to bytes served as they are, `headers` go on every
 * response, `port` 0 picks a free one.
 * @param {Record<string, Buffer>} [generated]
 * @param {{ port?: number, headers?: Record<string, string> }} [settings]
 * @returns {Promise<{ origin: string, close(): void }>}
 */
export async function serveStatic(generated = {}, { port: wanted = 0, headers = {} } = {}) {
  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const bytes = generated[path];
    if (bytes)
      return response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(bytes);
    const mount = MOUNTS.find(([prefix]) => path.startsWith(prefix));
    const file = mount ? normalize(join(mount[1], path.slice(mount[0].length))) : '';
    if (!mount || !file.startsWith(mount[1] + sep) || !existsSync(file) || !statSync(file).isFile()) {
      return response.writeHead(404).end();
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(wanted, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}
