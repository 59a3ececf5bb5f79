import { guardRoute, readJson } from "@/app/_lib/guard-route";
import { ZUpdateUserInput } from "@/lib/accounts/account-schemas";
import { updateUser } from "@/lib/accounts/update-user";
import { getPrisma } from "@/lib/db/get-database";

export const PATCH = guardRoute<{ userId: string }>("/api/admin/users/[userId]", async (request, { viewer, params }) => {
  const input = ZUpdateUserInput.parse(await readJson(request));
  return updateUser(await getPrisma(), { userId: params.userId, input, actorId: viewer.id });
});
