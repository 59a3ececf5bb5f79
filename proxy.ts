import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { contentSecurityPolicy, newNonce } from "@/lib/http/content-security-policy";

/**
 * Next.js 16 "proxy" (formerly middleware). Pages get their own CSP nonce: Next.js reads the policy
 * from the request and puts the nonce on the scripts it renders. An address whose percent-encoding
 * cannot be decoded is refused with 400 here: Next.js would otherwise fail on it with a 500 while
 * matching a dynamic segment. API routes pass through here only then (their bodies must not be
 * buffered by the proxy; next.config.js gives them headers of their own).
 */
export function proxy(request: NextRequest) {
  if (!decodable(request.nextUrl.pathname)) {
    return NextResponse.json({ error: { code: "invalid_input", message: "The address is not valid percent-encoding." } }, { status: 400 });
  }
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  const policy = contentSecurityPolicy({ nonce: newNonce(), development: env().NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

function decodable(pathname: string): boolean {
  try {
    return !decodeURIComponent(pathname).includes("\u0000");
  } catch {
    return false;
  }
}

export const config = {
  matcher: [{ source: "/((?!api/|_next/static|_next/image|favicon.ico).*)" }, { source: "/api/:path(.*%.*)" }],
};
