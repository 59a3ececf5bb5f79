import type { TRole } from "@/lib/auth/roles";
import { DEMO_PASSWORD } from "@/lib/demo/demo-accounts";
import { signIn, type THttpSession } from "./http-session";

export const NEW_PASSWORD = "a-long-password";

/**
 * A team of its own with the given people, made through the administrator's API, so a browser
 * test's calls and assignments touch no other test's figures. Each person comes back signed in.
 */
export async function createTeamWithPeople(baseUrl: string, teamName: string, people: { username: string; name: string; role: TRole }[]) {
  const admin = await signIn(baseUrl, "admin", DEMO_PASSWORD);
  const { id: teamId } = (await postJson(admin, "/api/admin/teams", { name: teamName })) as { id: string };
  const sessions: Record<string, THttpSession & { id: string }> = {};
  for (const person of people) {
    const { id } = (await postJson(admin, "/api/admin/users", { ...person, password: NEW_PASSWORD, teamIds: [teamId] })) as { id: string };
    sessions[person.username] = { ...(await signIn(baseUrl, person.username, NEW_PASSWORD)), id };
  }
  return { teamId, sessions };
}

export async function postJson(session: THttpSession, path: string, body: unknown): Promise<unknown> {
  const response = await session.fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
  return response.json();
}
