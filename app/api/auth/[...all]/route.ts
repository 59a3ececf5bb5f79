import { crossSiteRefusal, isCrossSiteMutation } from "@/app/_lib/same-origin";
import { getAuth } from "@/lib/auth/get-auth";

async function handle(request: Request) {
  if (isCrossSiteMutation(request)) return crossSiteRefusal();
  return (await getAuth()).handler(request);
}

export { handle as GET, handle as POST };
