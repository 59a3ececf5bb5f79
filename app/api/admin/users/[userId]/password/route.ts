import { guardRoute, readJson } from "@/app/_lib/guard-route";
import { ZResetPasswordInput } from "@/lib/accounts/account-schemas";
import { resetUserPassword } from "@/lib/accounts/reset-user-password";
import { getPrisma } from "@/lib/db/get-database";

export const POST = guardRoute<{ userId: string }>("/api/admin/users/[userId]/password", async (request, { viewer, params }) => {
  const { password } = ZResetPasswordInput.parse(await readJson(request));
  await resetUserPassword(await getPrisma(), { userId: params.userId, password, actorId: viewer.id });
  return new Response(null, { status: 204 });
});
