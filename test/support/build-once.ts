// Vitest global setup for browser and HTTP tests: one production build for the whole run.
// @ts-expect-error -- a plain ES module shared with npm start
import { ensureBuild } from "../../scripts/ensure-build.mjs";

export default function setup() {
  (ensureBuild as () => boolean)();
}
