import { guardRoute } from "@/app/_lib/guard-route";
import { getPrisma } from "@/lib/db/get-database";
import { getReviewProgress } from "@/lib/quality-review/get-review-progress";

/** `?review=ID&review=ID…` (the reviews an upload answered with): x of n scored, and each file's state. */
export const GET = guardRoute("/api/supervisor/quality/progress", async (request, { viewer }) =>
  getReviewProgress(await getPrisma(), { viewer, reviewIds: new URL(request.url).searchParams.getAll("review") }),
);
