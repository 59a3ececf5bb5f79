import { crossSiteRefusal, isCrossSiteMutation } from "@/app/_lib/same-origin";
import { getAuth } from "@/lib/auth/get-auth";
import { handleAuthRequest } from "@/lib/auth/handle-auth-request";
import { getPrisma } from "@/lib/db/get-database";

async function handle(request: Request) {
  if (isCrossSiteMutation(request)) return crossSiteRefusal();
  return handleAuthRequest(request, { auth: await getAuth(), prisma: await getPrisma() });
}

export { handle as GET, handle as POST };
