#!/usr/bin/env node
// Runs the Prisma CLI offline. Prisma 6 looks for native engine files before it starts even when it
// will not use them (we use the TypeScript query compiler and driver adapters); pointing these
// variables at an existing file stops it from trying to download them.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const placeholder = fileURLToPath(import.meta.url);
const result = spawnSync("prisma", process.argv.slice(2), {
  stdio: "inherit",
  shell: process.platform === "win32",
  env: {
    PRISMA_QUERY_ENGINE_LIBRARY: placeholder,
    PRISMA_SCHEMA_ENGINE_BINARY: placeholder,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
    ...process.env,
    PATH: `${fileURLToPath(new URL("../node_modules/.bin", import.meta.url))}:${process.env.PATH}`,
  },
});
process.exit(result.status ?? 1);
