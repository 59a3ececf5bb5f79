import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./app/_i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WebAssembly and data files, and Prisma's query compiler loads its own: keep them
  // as plain Node packages rather than bundling them.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/client", "@prisma/adapter-pg", "pg", "opencc-js"],
  experimental: { authInterrupts: true },
  poweredByHeader: false,
  // Pages get a nonce-based Content-Security-Policy from proxy.ts; these hold for every answer.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          // The trainee may speak their lines: the microphone, for this origin only.
          { key: "Permissions-Policy", value: "camera=(), geolocation=(), payment=(), usb=(), microphone=(self)" },
        ],
      },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
    ];
  },
  // Links and router calls are checked against the routes in app/ (`next typegen` writes their types; npm run typecheck runs it first).
  typedRoutes: true,
};

export default withNextIntl(nextConfig);
