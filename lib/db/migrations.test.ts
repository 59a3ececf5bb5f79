import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const migrations = path.resolve("prisma", "migrations");

describe("migration history", () => {
  it("ends with the current schema, so no model change ships without its migration", () => {
    const latest = readdirSync(migrations, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort()
      .at(-1)!;
    const snapshot = readFileSync(path.join(migrations, latest, "schema.prisma"), "utf8");
    expect(snapshot, "run `npm run db:migration -- NAME` after changing prisma/schema.prisma").toBe(readFileSync(path.resolve("prisma", "schema.prisma"), "utf8"));
  });
});
