import type { PrismaClient } from "../../generated/prisma/client";

/**
 * Reads an instance-wide value, creating it on first use. Several instances may race here on a
 * shared PostgreSQL server: the first insert wins and everyone reads the winner.
 */
export async function getOrCreateSetting(prisma: PrismaClient, key: string, create: () => string): Promise<string> {
  const existing = await prisma.setting.findUnique({ where: { key } });
  if (existing) return existing.value;
  await prisma.setting.createMany({ data: [{ key, value: create() }], skipDuplicates: true });
  return (await prisma.setting.findUniqueOrThrow({ where: { key } })).value;
}
