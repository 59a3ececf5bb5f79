// Next.js calls register() once when a server instance starts: migrate, seed on first start, and
// start the worker that scores quality reviews off the request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { prepareDatabase } = await import("./lib/start-up/prepare-database");
    const { startScoringJobs } = await import("./lib/quality-review/run-scoring-jobs");
    const database = await prepareDatabase();
    await startScoringJobs(database.prisma, { soleOpener: database.kind === "pglite" });
  }
}
