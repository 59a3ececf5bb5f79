import { getPrisma } from "../db/get-database";
import { env } from "../env";
import { createAuth, type TAuth } from "./create-auth";

const holder = globalThis as typeof globalThis & { parleyAuth?: Promise<TAuth> };

export function getAuth(): Promise<TAuth> {
  holder.parleyAuth ??= getPrisma().then((prisma) => createAuth({ prisma, settings: env() }));
  return holder.parleyAuth;
}
