import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { CaseFileView } from "@/app/_components/case-file-view";
import { guardPage } from "@/app/_lib/guard-page";
import { getStaleCallMinutes } from "@/lib/calls/stale-call-setting";
import { getPrisma } from "@/lib/db/get-database";
import { getScenarioBrief } from "@/lib/progress/get-scenario-brief";
import { DialButton } from "../../_components/dial-button";
import { PlanningNotes } from "../../_components/planning-notes";
import { textIn } from "@/lib/i18n/localized-text";
import { ZLanguage } from "@/lib/transcript/transcript-schema";

/**
 * The case file before dialling, the trainee's plan, and Dial, or first the offer to continue the
 * call they left unfinished. Only the trainee view reaches the page.
 */
export default guardPage<{ scenarioId: string }>("/trainee/scenarios/[scenarioId]", async ({ viewer, params }) => {
  const prisma = await getPrisma();
  const [brief, staleMinutes, t, format, locale] = await Promise.all([
    getScenarioBrief(prisma, { viewer, scenarioId: params.scenarioId }),
    getStaleCallMinutes(prisma),
    getTranslations("trainee.brief"),
    getFormatter(),
    getLocale().then((value) => ZLanguage.parse(value)),
  ]);
  const { view, assignment, openCall } = brief;
  return (
    <>
      <p>
        <Link href="/trainee">← {t("back")}</Link>
      </p>
      <h1>
        {t("caseFile")}: {textIn(view.title, locale)}
      </h1>
      {assignment?.dueAt && (
        <p>
          <strong>{t("dueOn", { date: format.dateTime(assignment.dueAt, { dateStyle: "medium" }) })}</strong>
        </p>
      )}
      <div className="brief">
        <CaseFileView view={view} locale={locale} />
        <div className="brief-side">
          <PlanningNotes scenarioId={view.id} />
          {openCall && (
            <div className="card open-call" role="status">
              <p>{t("openCall", { time: format.dateTime(openCall.startedAt, { dateStyle: "medium", timeStyle: "short" }), lines: openCall.lines })}</p>
              <Link className="button" href={`/trainee/calls/${openCall.id}`}>
                {t("continue")}
              </Link>
              <p className="muted">{t("staleNote", { minutes: staleMinutes })}</p>
            </div>
          )}
          <DialButton scenarioId={view.id} assignmentId={assignment?.id} label={openCall ? t("dialNew") : t("dial")} secondary={openCall !== null} />
        </div>
      </div>
    </>
  );
});
