import { getTranslations } from "next-intl/server";
import { getPrisma } from "@/lib/db/get-database";
import { diffLines } from "@/lib/scenario-store/diff-lines";
import { foldDiff } from "@/lib/scenario-store/fold-diff";
import { getScenarioVersion } from "@/lib/scenario-store/get-scenario-version";

const MARK = { same: " ", added: "+", removed: "−" } as const;

/** The YAML of two versions as a line diff: removed and added lines marked, long unchanged runs folded. */
export async function VersionDiff({ scenarioId, from, to }: { scenarioId: string; from: number; to: number }) {
  const prisma = await getPrisma();
  const [older, newer, t] = await Promise.all([
    getScenarioVersion(prisma, { scenarioId, version: from }),
    getScenarioVersion(prisma, { scenarioId, version: to }),
    getTranslations("trainer.history"),
  ]);
  const lines = diffLines(older.source, newer.source);
  const count = (kind: "added" | "removed") => lines.filter((line) => line.kind === kind).length;
  return (
    <section aria-labelledby="diff-title">
      <h3 id="diff-title">{t("diffTitle", { from, to })}</h3>
      <p>{count("added") + count("removed") === 0 ? t("noChanges") : t("diffSummary", { added: count("added"), removed: count("removed") })}</p>
      <table className="diff">
        <tbody>
          {foldDiff(lines).map((line, index) =>
            line.kind === "skipped" ? (
              <tr key={index} className="diff-skipped">
                <td colSpan={4}>{t("unchanged", { count: line.count })}</td>
              </tr>
            ) : (
              <tr key={index} className={`diff-${line.kind}`}>
                <td className="line-number">{line.kind === "added" ? "" : line.oldLine}</td>
                <td className="line-number">{line.kind === "removed" ? "" : line.newLine}</td>
                <td className="mark" aria-hidden="true">
                  {MARK[line.kind]}
                </td>
                <td>{line.kind === "removed" ? <del>{line.text}</del> : line.kind === "added" ? <ins>{line.text}</ins> : line.text}</td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </section>
  );
}
