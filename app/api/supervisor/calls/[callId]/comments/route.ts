import { guardRoute, readJson } from "@/app/_lib/guard-route";
import { getPrisma } from "@/lib/db/get-database";
import { addReviewComment } from "@/lib/reviews/add-review-comment";
import { listReviewComments } from "@/lib/reviews/list-review-comments";
import { ZAddReviewCommentInput } from "@/lib/reviews/review-comment-schema";

export const GET = guardRoute<{ callId: string }>("/api/supervisor/calls/[callId]/comments", async (_request, { viewer, params }) =>
  listReviewComments(await getPrisma(), { viewer, callId: params.callId }),
);

export const POST = guardRoute<{ callId: string }>("/api/supervisor/calls/[callId]/comments", async (request, { viewer, params }) => {
  const input = ZAddReviewCommentInput.parse(await readJson(request));
  return Response.json(await addReviewComment(await getPrisma(), { viewer, callId: params.callId, input }), { status: 201 });
});
