import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { guardPage } from "@/app/_lib/guard-page";
import { AssignmentForm } from "@/app/trainer/_components/assignment-form";
import { RemoveAssignmentButton } from "@/app/trainer/_components/remove-assignment-button";
import { StaleCallForm } from "@/app/trainer/_components/stale-call-form";
import { listAssignments } from "@/lib/assignments/list-assignments";
import { getStaleCallMinutes } from "@/lib/calls/stale-call-setting";
import { getPrisma } from "@/lib/db/get-database";
import { listLatestScenarios } from "@/lib/scenario-store/list-latest-scenarios";
import { listTeams } from "@/lib/teams/list-teams";

export default guardPage("/trainer/assignments", async ({ viewer, searchParams }) => {
  const prisma = await getPrisma();
  const [scenarios, teams, assignments, staleMinutes, t, format, locale] = await Promise.all([
    listLatestScenarios(prisma),
    listTeams(prisma, viewer),
    listAssignments(prisma, viewer),
    getStaleCallMinutes(prisma),
    getTranslations("trainer.assign"),
    getFormatter(),
    getLocale(),
  ]);
  const key = locale === "zh-CN" ? "zh" : "en";
  const titleOf = new Map(scenarios.map(({ scenario }) => [scenario.id, scenario.title[key]]));
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="intro">{t("intro")}</p>
      {teams.length === 0 ? (
        <p>{t("noTeams")}</p>
      ) : (
        <AssignmentForm
          scenarios={scenarios.map(({ scenario }) => ({ id: scenario.id, title: scenario.title[key] }))}
          teams={teams.map((team) => ({ id: team.id, name: team.name, trainees: team.members.filter((member) => member.role === "trainee") }))}
          defaultScenarioId={typeof searchParams.scenario === "string" ? searchParams.scenario : undefined}
          today={new Date().toISOString().slice(0, 10)}
        />
      )}
      <h2>{t("existing")}</h2>
      {assignments.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("scenario")}</th>
              <th scope="col">{t("target")}</th>
              <th scope="col">{t("due")}</th>
              <th scope="col">{t("by")}</th>
              <th scope="col">{t("completion")}</th>
              <th scope="col">{t("remove")}</th>
            </tr>
          </thead>
          <tbody>
            {assignments.map((row) => {
              const scenario = titleOf.get(row.scenarioId) ?? row.scenarioId;
              const target = row.team?.name ?? `${row.trainee?.name} (${row.trainee?.username})`;
              return (
                <tr key={row.id} data-assignment-id={row.id}>
                  <td>
                    {scenario} <code>{row.scenarioId}</code>
                  </td>
                  <td>
                    {target}
                    {row.hideMood && <span className="tag">{t("assessed")}</span>}
                  </td>
                  <td>{row.dueAt ? format.dateTime(row.dueAt, { dateStyle: "medium" }) : t("noDue")}</td>
                  <td>{row.assignedBy?.name ?? t("bySystem")}</td>
                  <td data-completion={`${row.completion.done}/${row.completion.total}`}>
                    {row.team ? t("teamDone", { done: row.completion.done, total: row.completion.total }) : row.completion.done > 0 ? t("done") : t("notYet")}
                  </td>
                  <td>
                    <RemoveAssignmentButton assignmentId={row.id} label={t("removeLabel", { scenario, target })} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <StaleCallForm minutes={staleMinutes} />
    </>
  );
});
