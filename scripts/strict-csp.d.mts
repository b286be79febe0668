/** The Content-Security-Policy directives of a careful KYC site (see strict-csp.mjs). */
export const STRICT_CSP_DIRECTIVES: readonly string[];
