import { guardRoute, readJson } from "@/app/_lib/guard-route";
import { ZCreateUserInput } from "@/lib/accounts/account-schemas";
import { createUser } from "@/lib/accounts/create-user";
import { listUsers } from "@/lib/accounts/list-users";
import { getPrisma } from "@/lib/db/get-database";

export const GET = guardRoute("/api/admin/users", async () => listUsers(await getPrisma()));

export const POST = guardRoute("/api/admin/users", async (request, { viewer }) => {
  const input = ZCreateUserInput.parse(await readJson(request));
  const user = await createUser(await getPrisma(), { input, actorId: viewer.id });
  return Response.json(user, { status: 201 });
});
