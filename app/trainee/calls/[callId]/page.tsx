import { getLocale, getTranslations } from "next-intl/server";
import { CaseFileView } from "@/app/_components/case-file-view";
import { PlanningNotesView } from "@/app/_components/planning-notes-view";
import { guardPage } from "@/app/_lib/guard-page";
import { getTraineeCall } from "@/lib/calls/get-trainee-call";
import { getPrisma } from "@/lib/db/get-database";
import { CallConsole } from "../../_components/call-console";
import { textIn } from "@/lib/i18n/localized-text";
import { ZLanguage } from "@/lib/transcript/transcript-schema";

/**
 * The live call, with the trainee's plan and the case file beside it (below it on a phone, where the
 * conversation comes first). Only the words said and the call's own facts go to the browser, never
 * the machine's state.
 */
export default guardPage<{ callId: string }>("/trainee/calls/[callId]", async ({ viewer, params }) => {
  const [call, t, locale] = await Promise.all([
    getPrisma().then((prisma) => getTraineeCall(prisma, { viewer, callId: params.callId })),
    getTranslations("trainee.call"),
    getLocale().then((value) => ZLanguage.parse(value)),
  ]);
  return (
    <>
      <h1 className="call-title">{t("title", { scenario: textIn(call.scenario.title, locale) })}</h1>
      <div className="call-layout">
        <CallConsole
          callId={call.id}
          language={call.scenario.language}
          customerName={call.scenario.customer.name}
          moodHidden={call.moodHidden}
          startedAt={call.startedAt.toISOString()}
          endedAt={call.endedAt?.toISOString() ?? null}
          revision={call.revision}
          outcome={call.outcome}
          active={call.status === "active"}
          turns={call.turns}
        />
        <aside className="call-side">
          <PlanningNotesView notes={call.planningNotes} title={t("plan")} empty={t("noPlan")} />
          <details className="card">
            <summary>{t("caseFile")}</summary>
            <CaseFileView view={call.scenario} locale={locale} />
          </details>
        </aside>
      </div>
    </>
  );
});
