import { getLocale } from "next-intl/server";
import { guardRoute } from "@/app/_lib/guard-route";
import { endPracticeCall } from "@/lib/calls/end-practice-call";
import { getPrisma } from "@/lib/db/get-database";
import { ZLocale } from "@/lib/i18n/locales";

export const POST = guardRoute<{ callId: string }>("/api/trainee/calls/[callId]/end", async (_request, { viewer, params }) =>
  endPracticeCall(await getPrisma(), { viewer, callId: params.callId, reportLanguage: ZLocale.parse(await getLocale()) }),
);
