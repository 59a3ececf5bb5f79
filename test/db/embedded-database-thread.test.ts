import { describe, expect, it } from "vitest";
import { databaseForThisFile, testDatabaseKind } from "../support/test-database";

const database = await databaseForThisFile();

/** How late a 10 ms timer fires on this thread while `work` runs: the time this thread was held up. */
async function timerDelayDuring(work: Promise<unknown>): Promise<number> {
  let worst = 0;
  let running = true;
  const tick = async () => {
    while (running) {
      const started = performance.now();
      await new Promise((resolve) => setTimeout(resolve, 10));
      worst = Math.max(worst, performance.now() - started - 10);
    }
  };
  const ticking = tick();
  await work;
  running = false;
  await ticking;
  return worst;
}

describe.skipIf(testDatabaseKind() !== "pglite")("the embedded database", () => {
  it("works on a thread of its own: a statement that takes a second does not hold up the server's thread", async () => {
    const delay = await timerDelayDuring(database.prisma.$queryRaw`SELECT pg_sleep(1)::text`);
    // On the server's own thread the timer would wait the whole second.
    expect(delay).toBeLessThan(300);
  });

  it("answers the database's errors as they are, and a failed transaction leaves nothing behind", async () => {
    await database.prisma.team.create({ data: { name: "Thread team" } });
    const duplicate = database.prisma.team.create({ data: { name: "Thread team" } });
    // The database's own error, whole, as on the server's thread: what was violated and its SQLSTATE.
    await expect(duplicate).rejects.toThrow(/duplicate key value violates unique constraint "Team_name_key"/);
    await expect(duplicate).rejects.toMatchObject({ cause: { kind: "postgres", code: "23505" } });

    const failing = database.prisma.$transaction(async (tx) => {
      await tx.team.create({ data: { name: "Rolled back" } });
      throw new Error("changed my mind");
    });
    await expect(failing).rejects.toThrow("changed my mind");
    expect(await database.prisma.team.count({ where: { name: "Rolled back" } })).toBe(0);

    await database.prisma.$transaction(async (tx) => {
      await tx.team.create({ data: { name: "Committed" } });
    });
    expect(await database.prisma.team.count({ where: { name: "Committed" } })).toBe(1);
  });
});
