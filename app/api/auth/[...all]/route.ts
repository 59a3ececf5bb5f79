import { crossSiteRefusal, isCrossSiteMutation } from "@/app/_lib/same-origin";
import { getAuth } from "@/lib/auth/get-auth";
import { hideSessionToken } from "@/lib/auth/hide-session-token";

async function handle(request: Request) {
  if (isCrossSiteMutation(request)) return crossSiteRefusal();
  return hideSessionToken(await (await getAuth()).handler(request));
}

export { handle as GET, handle as POST };
