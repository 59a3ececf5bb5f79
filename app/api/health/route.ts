import { getDatabase } from "@/lib/db/get-database";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = await getDatabase();
  await database.prisma.$queryRaw`SELECT 1`;
  // Polled by load balancers: a few bytes, not worth compressing.
  return Response.json({ ok: true, database: database.kind }, { headers: { "cache-control": "no-store, no-transform" } });
}
