import { AppError } from "../errors/app-error";
import type { TViewer } from "../auth/get-viewer";

/** Supervisors and trainers see only the teams they belong to; admins see every team. */
export function canSeeTeam(viewer: TViewer, teamId: string): boolean {
  return viewer.role === "admin" || viewer.teamIds.includes(teamId);
}

export function assertTeamAccess(viewer: TViewer, teamId: string): void {
  // Same answer for "no such team" and "not your team", so team ids cannot be probed.
  if (!canSeeTeam(viewer, teamId)) throw new AppError("forbidden", "You do not have access to this team.");
}
