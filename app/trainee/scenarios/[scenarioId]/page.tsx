import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { CaseFileView } from "@/app/_components/case-file-view";
import { guardPage } from "@/app/_lib/guard-page";
import { getPrisma } from "@/lib/db/get-database";
import { ZLocale } from "@/lib/i18n/locales";
import { getScenarioBrief } from "@/lib/progress/get-scenario-brief";
import { textIn } from "@/lib/scenarios/scenario-text";
import { DialButton } from "../../_components/dial-button";
import { PlanningNotes } from "../../_components/planning-notes";

/** The case file before dialling, the trainee's plan, and Dial. Only the trainee view reaches the page. */
export default guardPage<{ scenarioId: string }>("/trainee/scenarios/[scenarioId]", async ({ viewer, params }) => {
  const [brief, t, format, locale] = await Promise.all([
    getPrisma().then((prisma) => getScenarioBrief(prisma, { viewer, scenarioId: params.scenarioId })),
    getTranslations("trainee.brief"),
    getFormatter(),
    getLocale().then((value) => ZLocale.parse(value)),
  ]);
  const { view, assignment } = brief;
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
          <DialButton scenarioId={view.id} assignmentId={assignment?.id} label={t("dial")} />
        </div>
      </div>
    </>
  );
});
