/**
 * The Content-Security-Policy of every page: scripts only from this origin with this response's
 * nonce (Next.js puts it on its own scripts), no plugins, no framing by other sites, forms and
 * <base> only to this origin. Styles may be inline: charts and layouts set style attributes, and a
 * style cannot run code. Development adds 'unsafe-eval', which React's dev tooling needs.
 */
export function contentSecurityPolicy({ nonce, development = false }: { nonce: string; development?: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh nonce for one response: 128 random bits, base64. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
