import { readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** npm run bench: runs every bench/*.bench.ts in name order; each prints its own figures. */
const dir = import.meta.dirname;
for (const name of readdirSync(dir)
  .filter((file) => file.endsWith(".bench.ts"))
  .sort()) {
  console.log(`\n# ${name}`);
  const module = (await import(pathToFileURL(path.join(dir, name)).href)) as { default: () => Promise<void> };
  await module.default();
}
