import { guardRoute, readJson } from "@/app/_lib/guard-route";
import { getPrisma } from "@/lib/db/get-database";
import { decideDispute } from "@/lib/disputes/decide-dispute";

/** Accepts (the finding is withdrawn, the call rescored) or rejects (with a reply) a trainee's dispute in the viewer's teams. */
export const POST = guardRoute<{ disputeId: string }>("/api/supervisor/disputes/[disputeId]", async (request, { viewer, params }) =>
  decideDispute(await getPrisma(), { viewer, disputeId: params.disputeId, input: await readJson(request) }),
);
