#!/usr/bin/env node
// `npm start`: builds Parley when the build is missing or stale, then serves it on $PORT (3000).
import { ensureBuild, runNext } from "./ensure-build.mjs";
import { nextStartArgs } from "./serve-options.mjs";

try {
  ensureBuild();
  runNext([...nextStartArgs(process.env.PORT ?? "3000"), ...process.argv.slice(2)]);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
