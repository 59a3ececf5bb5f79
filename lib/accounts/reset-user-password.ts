import { hashPassword } from "better-auth/crypto";
import type { PrismaClient } from "../../generated/prisma/client";
import { recordAudit } from "../audit/record-audit";
import { accountError } from "./account-error";
import { ZResetPasswordInput } from "./account-schemas";

export type ResetUserPasswordOptions = { userId: string; password: string; actorId: string };

/**
 * An administrator sets a temporary password: the person's sessions end, and after signing in with
 * it they must choose their own before anything else opens (changeOwnPassword).
 */
export async function resetUserPassword(prisma: PrismaClient, { userId, password, actorId }: ResetUserPasswordOptions): Promise<void> {
  const input = ZResetPasswordInput.parse({ password });
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { name: true } });
  if (!user) throw accountError("not_found", "no_such_user", `No user with id "${userId}".`);
  const hash = await hashPassword(input.password);
  await prisma.$transaction(async (tx) => {
    const updated = await tx.account.updateMany({ where: { userId, providerId: "credential" }, data: { password: hash } });
    if (updated.count === 0) await tx.account.create({ data: { id: crypto.randomUUID(), accountId: userId, providerId: "credential", userId, password: hash } });
    await tx.user.update({ where: { id: userId }, data: { mustChangePassword: true } });
    await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, { actorId, action: "user.reset_password", entityType: "user", entityId: userId, detail: { name: user.name } });
  });
}
