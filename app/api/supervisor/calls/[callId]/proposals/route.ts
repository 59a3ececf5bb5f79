import { guardRoute, readJson } from "@/app/_lib/guard-route";
import { getPrisma } from "@/lib/db/get-database";
import { decideJudgeProposal } from "@/lib/disputes/decide-judge-proposal";

/** Accepts (it counts as a finding, the call rescored) or rejects (with a reason) one of the LLM judge's proposals on a call of the viewer's teams. */
export const POST = guardRoute<{ callId: string }>("/api/supervisor/calls/[callId]/proposals", async (request, { viewer, params }) =>
  decideJudgeProposal(await getPrisma(), { viewer, callId: params.callId, input: await readJson(request) }),
);
