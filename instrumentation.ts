// Next.js calls register() once when a server instance starts: migrate, and seed on first start.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { prepareDatabase } = await import("./lib/start-up/prepare-database");
    await prepareDatabase();
  }
}
