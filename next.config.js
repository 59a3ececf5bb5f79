import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./app/_i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WebAssembly and data files, and Prisma's query compiler loads its own: keep them
  // as plain Node packages rather than bundling them.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/client", "@prisma/adapter-pg", "pg", "opencc-js"],
  experimental: { authInterrupts: true },
  poweredByHeader: false,
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
