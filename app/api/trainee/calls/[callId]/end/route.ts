import { getLocale } from "next-intl/server";
import { guardRoute } from "@/app/_lib/guard-route";
import { endPracticeCall } from "@/lib/calls/end-practice-call";
import { getPrisma } from "@/lib/db/get-database";
import { ZLanguage } from "@/lib/transcript/transcript-schema";

export const POST = guardRoute<{ callId: string }>("/api/trainee/calls/[callId]/end", async (_request, { viewer, params }) =>
  endPracticeCall(await getPrisma(), { viewer, callId: params.callId, reportLanguage: ZLanguage.parse(await getLocale()) }),
);
