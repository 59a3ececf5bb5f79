import { z } from "zod";
import type { PrismaClient } from "../../generated/prisma/client";
import { scenarioTitleKey } from "./results-to-csv";
import { type TLocalizedText, ZLocalizedText } from "../i18n/localized-text";

// Only the title is read from a stored version: a version written under an older schema still opens.
const ZStoredTitle = z.looseObject({ title: ZLocalizedText });

/** The titles of the scenario versions that results were scored against, by scenarioTitleKey. */
export async function listScenarioTitles(prisma: PrismaClient, rows: readonly { scenarioId: string | null; version: number | null }[]) {
  const pairs = [...new Map(rows.flatMap((row) => (row.scenarioId && row.version !== null ? [[scenarioTitleKey(row.scenarioId, row.version), row]] : []))).values()];
  const versions =
    pairs.length === 0
      ? []
      : await prisma.scenarioVersion.findMany({
          where: { OR: pairs.map(({ scenarioId, version }) => ({ scenarioId: scenarioId!, version: version! })) },
          select: { scenarioId: true, version: true, content: true },
        });
  return new Map<string, TLocalizedText>(
    versions.flatMap(({ scenarioId, version, content }) => {
      const parsed = ZStoredTitle.safeParse(content);
      return parsed.success ? [[scenarioTitleKey(scenarioId, version), parsed.data.title]] : [];
    }),
  );
}
