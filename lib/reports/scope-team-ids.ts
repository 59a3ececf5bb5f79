import type { TViewer } from "../auth/get-viewer";
import { AppError } from "../errors/app-error";
import { assertTeamAccess } from "../teams/assert-team-access";

/**
 * The teams whose results a staff member reads: the one asked for (if theirs), else all of theirs;
 * undefined means every team (an admin without a team filter). Trainees read only their own reports.
 */
export function scopeTeamIds(viewer: TViewer, teamId?: string): string[] | undefined {
  if (viewer.role === "trainee") throw new AppError("forbidden", "Trainees see only their own reports.");
  if (teamId) {
    assertTeamAccess(viewer, teamId);
    return [teamId];
  }
  return viewer.role === "admin" ? undefined : viewer.teamIds;
}
