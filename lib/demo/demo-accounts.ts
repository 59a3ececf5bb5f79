import type { TRole } from "../auth/roles";

/** Demo sign-ins created on first start (README.md lists them). Change or disable them in production. */
export const DEMO_PASSWORD = "parley-demo";

export const DEMO_TEAMS = ["上海一组 Shanghai A", "伦敦组 London B"] as const;
/** Each demo team's time zone, in the order of DEMO_TEAMS: its dashboard days are local days. */
export const DEMO_TEAM_TIME_ZONES = ["Asia/Shanghai", "Europe/London"] as const;

export const DEMO_ACCOUNTS: { username: string; name: string; role: TRole; teams: number[] }[] = [
  { username: "admin", name: "管理员 Admin", role: "admin", teams: [] },
  { username: "trainer", name: "王老师 Trainer Wang", role: "trainer", teams: [0, 1] },
  { username: "supervisor", name: "陈主管 Supervisor Chen", role: "supervisor", teams: [0] },
  { username: "supervisor2", name: "Supervisor Harris", role: "supervisor", teams: [1] },
  { username: "trainee", name: "李明 Li Ming", role: "trainee", teams: [0] },
  { username: "trainee2", name: "Emma Clarke", role: "trainee", teams: [1] },
];

/** Shipped scenarios assigned to each demo team, due this many days after the first start. */
export const DEMO_ASSIGNMENTS: { team: number; scenarioId: string; dueInDays: number }[] = [
  { team: 0, scenarioId: "zh-hardship-factory-shutdown", dueInDays: 7 },
  { team: 0, scenarioId: "zh-angry-colleague-was-called", dueInDays: 14 },
  { team: 1, scenarioId: "uk-hardship-first-arrears", dueInDays: 7 },
  { team: 1, scenarioId: "us-confused-balance-grew", dueInDays: 14 },
];
