import { createHmac, timingSafeEqual } from "node:crypto";

/** A cookie's value as a browser sent it: the first of that name, unquoted and percent-decoded. */
function cookieValue(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const equals = part.indexOf("=");
    if (equals < 0 || part.slice(0, equals).trim() !== name) continue;
    let value = part.slice(equals + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    try {
      return value.includes("%") ? decodeURIComponent(value) : value;
    } catch {
      return value;
    }
  }
  return undefined;
}

/**
 * The session token of a cookie better-auth signed ("token.HMAC-SHA256 in base64"), or undefined when
 * the cookie is missing or its signature is not the server's: the same check better-auth makes.
 */
export function signedSessionToken(header: string | null, name: string, secret: string): string | undefined {
  const value = cookieValue(header, name);
  if (!value) return undefined;
  const dot = value.lastIndexOf(".");
  if (dot < 1) return undefined;
  const token = value.slice(0, dot);
  const signature = Buffer.from(value.slice(dot + 1), "base64");
  const expected = createHmac("sha256", secret).update(token).digest();
  return signature.length === expected.length && timingSafeEqual(signature, expected) ? token : undefined;
}
