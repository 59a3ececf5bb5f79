import { guardRoute } from "@/app/_lib/guard-route";

export const GET = guardRoute("/api/me", async (_request, { viewer }) => viewer);
