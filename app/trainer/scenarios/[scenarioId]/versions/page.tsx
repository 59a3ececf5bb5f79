import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { guardPage } from "@/app/_lib/guard-page";
import { RollbackButton } from "@/app/trainer/_components/rollback-button";
import { VersionDiff } from "@/app/trainer/_components/version-diff";
import { getPrisma } from "@/lib/db/get-database";
import { listScenarioVersions } from "@/lib/scenario-store/list-scenario-versions";
import { ZVersionNumber } from "@/lib/scenario-store/scenario-source-schemas";

type Params = { scenarioId: string };

export default guardPage<Params>("/trainer/scenarios/[scenarioId]/versions", async ({ params, searchParams }) => {
  const prisma = await getPrisma();
  const versions = await listScenarioVersions(prisma, params.scenarioId);
  const [t, format] = await Promise.all([getTranslations("trainer.history"), getFormatter()]);
  const latest = versions[0]!.version;
  const from = ZVersionNumber.catch(versions[1]?.version ?? latest).parse(searchParams.from);
  const to = ZVersionNumber.catch(latest).parse(searchParams.to);
  const base = `/trainer/scenarios/${encodeURIComponent(params.scenarioId)}` as const;
  const versionOptions = versions.map((row) => (
    <option key={row.version} value={row.version}>
      v{row.version}
    </option>
  ));

  return (
    <>
      <h1>{t("title", { id: params.scenarioId })}</h1>
      <p className="intro">
        <Link href={base}>{t("backToEditor")}</Link>
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("version")}</th>
            <th scope="col">{t("who")}</th>
            <th scope="col">{t("when")}</th>
            <th scope="col">{t("note")}</th>
            <th scope="col">{t("actions")}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((row) => (
            <tr key={row.version} data-version={row.version}>
              <td>
                v{row.version} {row.version === latest && <span className="tag">{t("latest")}</span>}
              </td>
              <td>{row.createdBy ? `${row.createdBy.name} (${row.createdBy.username})` : t("system")}</td>
              <td>{format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
              <td className="version-note">{row.note ?? ""}</td>
              <td>
                <div className="row">
                  <a href={`/api${base}/versions/${row.version}`} download>
                    {t("export", { version: row.version })}
                  </a>
                  {row.version !== latest && <RollbackButton scenarioId={params.scenarioId} version={row.version} />}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t("compare")}</h2>
      <form method="get" className="row">
        <div>
          <label htmlFor="diff-from">{t("from")}</label>
          <select id="diff-from" name="from" defaultValue={from}>
            {versionOptions}
          </select>
        </div>
        <div>
          <label htmlFor="diff-to">{t("to")}</label>
          <select id="diff-to" name="to" defaultValue={to}>
            {versionOptions}
          </select>
        </div>
        <button type="submit">{t("show")}</button>
      </form>
      {versions.length > 1 && <VersionDiff scenarioId={params.scenarioId} from={from} to={to} />}
    </>
  );
});
