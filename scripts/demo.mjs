#!/usr/bin/env node
// Serves the built demo page (dist/browser/demo/) on localhost with the strict Content-Security-Policy
// a careful KYC site sends, and prints its URL.
//   npm run demo            (builds first)
//   PORT=8080 npm run demo
import { serveStatic } from './static-server.mjs';
import { STRICT_CSP_DIRECTIVES } from './strict-csp.mjs';

const CSP = STRICT_CSP_DIRECTIVES.join('; ');

const port = Number(process.env.PORT ?? 5178);
const server = await serveStatic({}, { port, headers: { 'content-security-policy': CSP } });
console.log(`id-precheck demo page: ${server.origin}/dist/browser/demo/index.html  (Ctrl-C stops it)`);
