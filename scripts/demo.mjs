#!/usr/bin/env node
// Serves the built demo page (dist/browser/demo/) on localhost with the strict Content-Security-Policy
// a careful KYC site sends, and prints its URL.
//   npm run demo            (builds first)
//   PORT=8080 npm run demo
import { serveStatic } from './static-server.mjs';

/** Nothing inline, nothing from elsewhere; WebAssembly only for the face runtime (as in docs/browser.md). */
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

const port = Number(process.env.PORT ?? 5178);
const server = await serveStatic({}, { port, headers: { 'content-security-policy': CSP } });
console.log(`id-precheck demo page: ${server.origin}/dist/browser/demo/index.html  (Ctrl-C stops it)`);
