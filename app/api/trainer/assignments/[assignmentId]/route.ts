import { guardRoute } from "@/app/_lib/guard-route";
import { deleteAssignment } from "@/lib/assignments/delete-assignment";
import { getPrisma } from "@/lib/db/get-database";

export const DELETE = guardRoute<{ assignmentId: string }>("/api/trainer/assignments/[assignmentId]", async (_request, { viewer, params }) => {
  await deleteAssignment(await getPrisma(), { viewer, assignmentId: params.assignmentId });
  return new Response(null, { status: 204 });
});
