import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { ROOT } from '../cli/run-cli.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.map': 'application/json',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.css': 'text/css',
  '.webp': 'image/webp',
};

/** URL prefixes and the folders they serve. */
const MOUNTS: [string, string][] = [
  ['/dist/browser/', join(ROOT, 'dist/browser')],
  ['/test-images/', join(ROOT, 'test-images')],
  ['/corpus/', join(ROOT, '../shared/corpus')],
  ['/fixtures/', join(ROOT, 'tests/browser/fixtures')],
  ['/examples/', join(ROOT, 'examples')],
  ['/', join(ROOT, 'tests/browser/public')],
];

/**
 * A static server on localhost for the browser tests; `requests` records every path asked for.
 * `headers` go on every response (a Content-Security-Policy applies to workers only when their
 * own script carries it); a POST to `/csp-report` is recorded in `reports`.
 */
export async function startServer(
  extra: Record<string, Buffer> = {},
  headers: Record<string, string> = {},
): Promise<{ origin: string; requests: string[]; reports: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  const reports: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    requests.push(path);
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    if (request.method === 'POST' && path === '/csp-report') {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        reports.push(body);
        response.writeHead(204).end();
      });
      return;
    }
    if (extra[path]) {
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      response.end(extra[path]);
      return;
    }
    const mount = MOUNTS.find(([prefix]) => path.startsWith(prefix));
    const file = mount ? normalize(join(mount[1], path.slice(mount[0].length))) : '';
    if (!mount || !file.startsWith(mount[1] + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    reports,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
