import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/lib/demo/demo-accounts";
import { setScenarioField } from "@/lib/scenario-store/set-scenario-field";
import { signIn, type THttpSession } from "../support/http-session";
import { sharedParley } from "../support/shared-parley";

const server = await sharedParley();
let trainer: THttpSession;
let admin: THttpSession;
let trainerTeamId: string;
let foreignTeamId: string;
let foreignTraineeId: string;

const scenarioId = "zh-timid-says-yes";
const shipped = await readFile(`scenarios/${scenarioId}.yaml`, "utf8");
const json = { "content-type": "application/json" };
const post = (session: THttpSession, path: string, body: unknown) => session.fetch(path, { method: "POST", headers: json, body: JSON.stringify(body) });
const listAssignments = async () => (await (await trainer.fetch("/api/trainer/assignments")).json()) as { id: string; scenarioId: string; team: { id: string } | null }[];
const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string; details: unknown } }).error;

beforeAll(async () => {
  [trainer, admin] = await Promise.all([signIn(server.url, "trainer", DEMO_PASSWORD), signIn(server.url, "admin", DEMO_PASSWORD)]);
  trainerTeamId = ((await (await trainer.fetch("/api/me")).json()) as { teamIds: string[] }).teamIds[0]!;
  foreignTeamId = ((await (await post(admin, "/api/admin/teams", { name: "深圳三组 Shenzhen C" })).json()) as { id: string }).id;
  const user = await post(admin, "/api/admin/users", { username: "zhou.fang", name: "周芳", password: "a-long-password", role: "trainee", teamIds: [foreignTeamId] });
  foreignTraineeId = ((await user.json()) as { id: string }).id;
});

describe("scenario API", () => {
  it("answers invalid YAML with 400 and each problem's path and line, saving nothing", async () => {
    const wrongTrait = setScenarioField(shipped, ["persona", "traits", "initialTrust"], 2);
    const response = await post(trainer, `/api/trainer/scenarios/${scenarioId}/versions`, { source: wrongTrait });
    expect(response.status).toBe(400);
    // Both languages: the editor shows the trainer's, the English is the command line's.
    expect((await errorOf(response)).details).toEqual([
      {
        path: "persona.traits.initialTrust",
        line: 21,
        message: "expected a number between 0 and 1",
        localizedMessage: { en: "expected a number between 0 and 1", zh: "应为 0 到 1 之间的数字" },
      },
    ]);

    const broken = await post(trainer, "/api/trainer/scenarios", { source: "id: x\ntitle: [\n" });
    expect(broken.status).toBe(400);
    expect((await errorOf(broken)).details).toEqual([
      expect.objectContaining({
        path: "",
        line: 3,
        message: expect.stringContaining("YAML syntax"),
        localizedMessage: { en: expect.stringContaining("YAML syntax"), zh: expect.stringContaining("YAML 语法错误") },
      }),
    ]);

    const versions = (await (await trainer.fetch(`/api/trainer/scenarios/${scenarioId}/versions`)).json()) as { version: number }[];
    expect(versions.map((row) => row.version)).toEqual([1]);
  });

  it("imports a file as a new scenario, exports it, and rolls it back as a new version", async () => {
    const copy = setScenarioField(shipped, ["id"], "timid-copy");
    const imported = await post(trainer, "/api/trainer/scenarios", { source: copy, fileName: "timid-copy.yaml" });
    expect(imported.status).toBe(201);
    expect(await imported.json()).toEqual({ scenarioId: "timid-copy", version: 1 });
    expect((await post(trainer, "/api/trainer/scenarios", { source: copy })).status).toBe(409);

    const edited = setScenarioField(copy, ["difficulty"], 3);
    expect((await post(trainer, "/api/trainer/scenarios/timid-copy/versions", { source: edited })).status).toBe(201);
    const rolledBack = await post(trainer, "/api/trainer/scenarios/timid-copy/versions/1/rollback", {});
    expect(await rolledBack.json()).toEqual({ scenarioId: "timid-copy", version: 3 });

    const exported = await trainer.fetch("/api/trainer/scenarios/timid-copy/versions/3");
    expect(exported.headers.get("content-disposition")).toBe('attachment; filename="timid-copy-v3.yaml"');
    expect(await exported.text()).toBe(copy);

    const audit = (await (await admin.fetch("/api/admin/audit")).json()) as { action: string; entityId: string }[];
    expect(audit.filter((entry) => entry.entityId === "timid-copy").map((entry) => entry.action)).toEqual(["scenario.rollback", "scenario.create_version", "scenario.import"]);
  });
});

describe("assignment API", () => {
  it("refuses a team the trainer is not in, and a trainee of that team", async () => {
    const before = await listAssignments();
    const team = await post(trainer, "/api/trainer/assignments", { scenarioId, teamIds: [foreignTeamId] });
    expect(team.status).toBe(403);
    const trainee = await post(trainer, "/api/trainer/assignments", { scenarioId, traineeIds: [foreignTraineeId] });
    expect(trainee.status).toBe(403);
    expect(await listAssignments()).toEqual(before);
  });

  it("assigns to the trainer's own team, lists it, removes it, and audits both", async () => {
    const created = await post(trainer, "/api/trainer/assignments", { scenarioId, teamIds: [trainerTeamId] });
    expect(created.status).toBe(201);
    const [assignment] = (await created.json()) as { id: string }[];
    const mine = (await listAssignments()).filter((row) => row.scenarioId === scenarioId);
    expect(mine.map((row) => [row.id, row.team?.id])).toEqual([[assignment!.id, trainerTeamId]]);

    expect((await trainer.fetch(`/api/trainer/assignments/${assignment!.id}`, { method: "DELETE" })).status).toBe(204);
    expect((await listAssignments()).map((row) => row.id)).not.toContain(assignment!.id);
    const audit = (await (await admin.fetch("/api/admin/audit")).json()) as { action: string; entityId: string }[];
    expect(audit.filter((entry) => entry.entityId === assignment!.id).map((entry) => entry.action)).toEqual(["assignment.delete", "assignment.create"]);
  });
});
