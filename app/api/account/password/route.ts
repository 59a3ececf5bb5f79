import { guardRoute, readJson } from "@/app/_lib/guard-route";
import { ZChangeOwnPasswordInput } from "@/lib/accounts/account-schemas";
import { changeOwnPassword } from "@/lib/accounts/change-own-password";
import { getAuth } from "@/lib/auth/get-auth";
import { getPrisma } from "@/lib/db/get-database";

export const POST = guardRoute("/api/account/password", async (request, { viewer }) => {
  const input = ZChangeOwnPasswordInput.parse(await readJson(request));
  // The browser that changes the password stays signed in; every other session ends.
  const session = await (await getAuth()).api.getSession({ headers: request.headers });
  await changeOwnPassword(await getPrisma(), { userId: viewer.id, ...input, keepSessionToken: session?.session.token });
  return new Response(null, { status: 204 });
});
