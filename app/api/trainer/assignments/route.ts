import { guardRoute, readJson } from "@/app/_lib/guard-route";
import { ZCreateAssignmentInput } from "@/lib/assignments/assignment-schemas";
import { createAssignment } from "@/lib/assignments/create-assignment";
import { listAssignments } from "@/lib/assignments/list-assignments";
import { getPrisma } from "@/lib/db/get-database";

export const GET = guardRoute("/api/trainer/assignments", async (_request, { viewer }) => listAssignments(await getPrisma(), viewer));

/** Assigns a scenario to teams and trainees of the trainer's own teams; another team's is 403. */
export const POST = guardRoute("/api/trainer/assignments", async (request, { viewer }) => {
  const created = await createAssignment(await getPrisma(), { viewer, input: ZCreateAssignmentInput.parse(await readJson(request)) });
  return Response.json(created, { status: 201 });
});
