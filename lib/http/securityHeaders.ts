// The security headers on every console response: pages, the API, the GraphQL explorer and static assets.

/**
 * The Content-Security-Policy. Scripts and styles allow 'unsafe-inline' because Next inlines its bootstrap scripts
 * (and the asset graph inlines its early structure request) into pages that are rendered ahead of time, where a
 * per-request nonce cannot be set; the bundled GraphiQL explorer is one inline script too. Everything is still
 * limited to the console's own origin: no third-party script, no connection elsewhere, no plugins, and no page
 * may frame the console (clickjacking). Workers come from the console's own chunks (the graph layout) or from blob:
 * URLs (the explorer's editor builds its workers that way).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  // For browsers that predate frame-ancestors.
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "same-origin",
  // No other site learns from window.opener that it was opened from the console.
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** Sets the security headers on a response's headers, replacing any value already there. */
export function applySecurityHeaders(headers: Headers): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
}
