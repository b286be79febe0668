// The Content-Security-Policy of a careful KYC site, which the widget, the example page and the QA
// demo page must work under: nothing inline, nothing from elsewhere; WebAssembly only for the face
// runtime (docs/browser.md). Sent on every response, so it binds the worker too.

/** The policy's directives, to join with '; ' (a test may add its own, such as a report-uri). */
export const STRICT_CSP_DIRECTIVES = Object.freeze([
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
]);
