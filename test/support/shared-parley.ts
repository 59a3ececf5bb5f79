import { inject } from "vitest";

/** The Parley server that the browser and HTTP tests share (started by e2e-setup.ts). */
export function sharedParley() {
  return inject("parley");
}
