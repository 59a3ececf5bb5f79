import type { PrismaClient } from "../../generated/prisma/client";
import { recordAudit } from "../audit/record-audit";
import { accountError } from "./account-error";
import { type TUpdateUserInput, ZUpdateUserInput } from "./account-schemas";

export type UpdateUserOptions = { userId: string; input: TUpdateUserInput; actorId: string };

/**
 * An administrator renames a person, changes their role, or deactivates or reactivates them. A
 * deactivated person's sessions end at once and they cannot sign in; their calls, reports and
 * comments stay. Administrators cannot demote or deactivate themselves (no instance without one).
 */
export async function updateUser(prisma: PrismaClient, { userId, input, actorId }: UpdateUserOptions) {
  const { name, role, active } = ZUpdateUserInput.parse(input);
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { name: true, role: true, disabled: true } });
  if (!user) throw accountError("not_found", "no_such_user", `No user with id "${userId}".`);
  if (userId === actorId && ((role !== undefined && role !== user.role) || active === false)) {
    throw accountError("conflict", "own_account", "Administrators cannot change their own role or deactivate themselves.");
  }
  const changes = {
    ...(name !== undefined && name !== user.name ? { name } : {}),
    ...(role !== undefined && role !== user.role ? { role } : {}),
    ...(active !== undefined && active === user.disabled ? { disabled: !active } : {}),
  };
  await prisma.$transaction(async (tx) => {
    if (Object.keys(changes).length === 0) return;
    await tx.user.update({ where: { id: userId }, data: changes });
    if (changes.disabled === true) await tx.session.deleteMany({ where: { userId } });
    const target = { entityType: "user", entityId: userId };
    if (changes.name !== undefined || changes.role !== undefined) {
      const before = { ...(changes.name !== undefined ? { name: user.name } : {}), ...(changes.role !== undefined ? { role: user.role } : {}) };
      const after = { ...(changes.name !== undefined ? { name: changes.name } : {}), ...(changes.role !== undefined ? { role: changes.role } : {}) };
      await recordAudit(tx, { actorId, action: "user.update", ...target, detail: { name: user.name, before, after } });
    }
    if (changes.disabled !== undefined) {
      await recordAudit(tx, { actorId, action: changes.disabled ? "user.deactivate" : "user.reactivate", ...target, detail: { name: changes.name ?? user.name } });
    }
  });
  return prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, username: true, name: true, role: true, disabled: true } });
}
