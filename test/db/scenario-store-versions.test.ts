import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/accounts/create-user";
import { AppError } from "@/lib/errors/app-error";
import { getScenarioVersion } from "@/lib/scenario-store/get-scenario-version";
import { listScenarioVersions } from "@/lib/scenario-store/list-scenario-versions";
import { rollbackScenario } from "@/lib/scenario-store/rollback-scenario";
import { saveScenarioSource } from "@/lib/scenario-store/save-scenario-source";
import { setScenarioField } from "@/lib/scenario-store/set-scenario-field";
import { openTestDatabase } from "../support/test-database";

const database = await openTestDatabase();
afterAll(async () => {
  await database.close();
  await database.target.dispose();
});
const { prisma } = database;

const scenarioId = "zh-hardship-truck-driver";
const original = await readFile(`scenarios/${scenarioId}.yaml`, "utf8");
const withPatience = (patience: number) => setScenarioField(original, ["persona", "traits", "patience"], patience);
let actorId: string;

beforeAll(async () => {
  actorId = (await createUser(prisma, { input: { username: "trainer-t", name: "Trainer T", password: "correct horse", role: "trainer" }, actorId: null })).id;
});

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as AppError,
  );

describe("scenario versions", () => {
  it("numbers every save 1, 2, 3 and never changes an earlier version", async () => {
    await saveScenarioSource(prisma, { source: original, actorId });
    const first = await getScenarioVersion(prisma, { scenarioId, version: 1 });
    await saveScenarioSource(prisma, { source: withPatience(0.7), actorId, scenarioId });
    await saveScenarioSource(prisma, { source: withPatience(0.9), actorId, scenarioId });

    expect((await listScenarioVersions(prisma, scenarioId)).map((version) => version.version)).toEqual([3, 2, 1]);
    expect(await getScenarioVersion(prisma, { scenarioId, version: 1 })).toEqual(first);
    expect((await getScenarioVersion(prisma, { scenarioId })).source).toBe(withPatience(0.9));
    expect(((await getScenarioVersion(prisma, { scenarioId, version: 2 })).content as { persona: { traits: { patience: number } } }).persona.traits.patience).toBe(0.7);
  });

  it("rolls back by saving the old content as a new version", async () => {
    const before = await getScenarioVersion(prisma, { scenarioId, version: 1 });
    const rolledBack = await rollbackScenario(prisma, { scenarioId, version: 1, actorId });

    expect(rolledBack.version).toBe(4);
    expect(rolledBack.source).toBe(before.source);
    expect(rolledBack.content).toEqual(before.content);
    expect(await getScenarioVersion(prisma, { scenarioId, version: 1 })).toEqual(before);
  });

  it("never saves invalid YAML, and reports each problem's line and path", async () => {
    const error = await failure(saveScenarioSource(prisma, { source: withPatience(2), actorId, scenarioId }));

    expect(error).toBeInstanceOf(AppError);
    expect(error?.code).toBe("invalid_input");
    expect(error?.details).toEqual([
      {
        path: "persona.traits.patience",
        line: 27,
        message: "expected a number between 0 and 1",
        localizedMessage: { en: "expected a number between 0 and 1", zh: "应为 0 到 1 之间的数字" },
      },
    ]);
    expect((await listScenarioVersions(prisma, scenarioId))[0]?.version).toBe(4);
  });

  it("refuses a new scenario with a taken id, and a new version that changes the id", async () => {
    const taken = await failure(saveScenarioSource(prisma, { source: original, actorId }));
    expect(taken?.code).toBe("conflict");
    expect(taken?.details).toEqual([
      {
        path: "id",
        line: 2,
        message: '"zh-hardship-truck-driver" is already taken; import the file as a new version of that scenario, or change the id',
        localizedMessage: {
          en: '"zh-hardship-truck-driver" is already taken; import the file as a new version of that scenario, or change the id',
          zh: '"zh-hardship-truck-driver" 已被占用;请将文件导入为该场景的新版本,或修改 id',
        },
      },
    ]);
    const renamed = setScenarioField(original, ["id"], "another-id");
    const error = await failure(saveScenarioSource(prisma, { source: renamed, actorId, scenarioId }));
    expect(error?.code).toBe("invalid_input");
    expect(error?.details).toEqual([
      {
        path: "id",
        line: 2,
        message: 'expected "zh-hardship-truck-driver": a new version keeps the scenario\'s id',
        localizedMessage: { en: 'expected "zh-hardship-truck-driver": a new version keeps the scenario\'s id', zh: '应为 "zh-hardship-truck-driver":新版本须沿用场景原来的 id' },
      },
    ]);
  });

  it("audits every save by its kind: edit, import and rollback", async () => {
    await saveScenarioSource(prisma, { source: withPatience(0.5), actorId, scenarioId, fileName: "truck.yaml" });
    const entries = await prisma.auditEntry.findMany({ where: { entityType: "scenario", entityId: scenarioId }, orderBy: { createdAt: "asc" } });
    expect(entries.map((entry) => [entry.action, entry.actorId, entry.detail])).toEqual([
      ["scenario.create_version", actorId, { version: 1 }],
      ["scenario.create_version", actorId, { version: 2 }],
      ["scenario.create_version", actorId, { version: 3 }],
      ["scenario.rollback", actorId, { from: 1, version: 4 }],
      ["scenario.import", actorId, { fileName: "truck.yaml", version: 5 }],
    ]);
  });
});
