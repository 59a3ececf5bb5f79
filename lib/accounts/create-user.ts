import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { PrismaClient } from "../../generated/prisma/client";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors/app-error";
import { accountError } from "./account-error";
import { ZCreateUserInput, type TCreateUserInput } from "./account-schemas";

export type CreateUserOptions = { input: TCreateUserInput; actorId: string | null };

/** Creates a user with a password credential in better-auth's layout (scrypt hash). */
export async function createUser(prisma: PrismaClient, { input, actorId }: CreateUserOptions) {
  const { username, name, password, role, teamIds } = ZCreateUserInput.parse(input);
  if (await prisma.user.findUnique({ where: { username } })) {
    throw accountError("conflict", "username_taken", `The username "${username}" is already taken.`);
  }
  const known = await prisma.team.findMany({ where: { id: { in: teamIds } }, select: { id: true } });
  const unknown = teamIds.filter((teamId) => !known.some((team) => team.id === teamId));
  if (unknown.length > 0) {
    throw new AppError(
      "invalid_input",
      "No such team.",
      unknown.map((teamId) => ({ path: "teamIds", message: `no team with id "${teamId}"` })),
    );
  }
  const id = randomUUID();
  const passwordHash = await hashPassword(password);
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        id,
        name,
        username,
        displayUsername: username,
        // better-auth requires an e-mail address; Parley signs in by username only.
        email: `${username}@users.parley.invalid`,
        role,
        accounts: { create: { id: randomUUID(), accountId: id, providerId: "credential", password: passwordHash } },
        memberships: { create: teamIds.map((teamId) => ({ teamId })) },
      },
      select: { id: true, username: true, name: true, role: true },
    });
    await recordAudit(tx, { actorId, action: "user.create", entityType: "user", entityId: id, detail: { username, name, role } });
    return user;
  });
}
