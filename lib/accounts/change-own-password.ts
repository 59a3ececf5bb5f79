import { hashPassword, verifyPassword } from "better-auth/crypto";
import type { PrismaClient } from "../../generated/prisma/client";
import { recordAudit } from "../audit/record-audit";
import { accountError } from "./account-error";
import { ZChangeOwnPasswordInput } from "./account-schemas";

export type ChangeOwnPasswordOptions = { userId: string; currentPassword: string; newPassword: string; keepSessionToken?: string };

/** A person replaces their password (after an administrator's reset, or any time); their other sessions end. */
export async function changeOwnPassword(prisma: PrismaClient, { userId, keepSessionToken, ...passwords }: ChangeOwnPasswordOptions): Promise<void> {
  const { currentPassword, newPassword } = ZChangeOwnPasswordInput.parse(passwords);
  const account = await prisma.account.findFirst({ where: { userId, providerId: "credential" } });
  if (!account?.password || !(await verifyPassword({ hash: account.password, password: currentPassword }))) {
    throw accountError("invalid_input", "wrong_password", "The current password is not right.");
  }
  if (newPassword === currentPassword) throw accountError("invalid_input", "same_password", "Choose a password different from the current one.");
  const hash = await hashPassword(newPassword);
  await prisma.$transaction(async (tx) => {
    await tx.account.update({ where: { id: account.id }, data: { password: hash } });
    await tx.user.update({ where: { id: userId }, data: { mustChangePassword: false } });
    await tx.session.deleteMany({ where: { userId, ...(keepSessionToken ? { token: { not: keepSessionToken } } : {}) } });
    await recordAudit(tx, { actorId: userId, action: "user.change_password", entityType: "user", entityId: userId });
  });
}
