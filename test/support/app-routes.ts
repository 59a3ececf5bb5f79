import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type TAppRoute = { pattern: string; kind: "page" | "api"; methods: string[]; file: string };

const METHOD_EXPORT = /export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b|\bas\s+(GET|POST|PUT|PATCH|DELETE)\b/g;

/** Every page and route handler under app/, as its URL pattern: what a user could reach. */
export function listAppRoutes(appDir = path.resolve("app")): TAppRoute[] {
  const routes: TAppRoute[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name.startsWith("_")) continue; // private folders hold no routes
        const routeGroup = entry.name.startsWith("(") && entry.name.endsWith(")");
        walk(full, routeGroup ? segments : [...segments, entry.name]);
      } else if (/^page\.tsx?$/.test(entry.name) || /^route\.ts$/.test(entry.name)) {
        const pattern = `/${segments.join("/")}`;
        if (entry.name.startsWith("page")) routes.push({ pattern, kind: "page", methods: ["GET"], file: full });
        else {
          const source = readFileSync(full, "utf8");
          const methods = [...source.matchAll(METHOD_EXPORT)].map((match) => match[1] ?? match[2]!);
          routes.push({ pattern, kind: "api", methods, file: full });
        }
      }
    }
  };
  walk(appDir, []);
  return routes;
}
