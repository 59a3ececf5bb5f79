import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { guardPage } from "@/app/_lib/guard-page";
import { getPrisma } from "@/lib/db/get-database";
import { assertTeamAccess } from "@/lib/teams/assert-team-access";
import { DashboardView } from "../../_components/dashboard-view";

export default guardPage<{ teamId: string }>("/supervisor/teams/[teamId]", async ({ viewer, params, searchParams }) => {
  assertTeamAccess(viewer, params.teamId);
  const team = await (await getPrisma()).team.findUnique({ where: { id: params.teamId } });
  if (!team) notFound();
  const t = await getTranslations("supervisor");
  return (
    <>
      <h1>{t("results", { team: team.name })}</h1>
      <DashboardView viewer={viewer} searchParams={searchParams} path={`/supervisor/teams/${team.id}`} teamId={team.id} />
    </>
  );
});
