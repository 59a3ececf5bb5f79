import { readdirSync, readFileSync } from "node:fs";

// Linux reports CPU time in clock ticks; 100 a second on every mainstream kernel build.
const TICK_MS = 10;

function statCpuMs(file: string): number {
  try {
    const fields = readFileSync(file, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return Number.NaN;
  }
}

/** CPU time (user + system, milliseconds) a process has used so far, all its threads, from /proc; NaN where there is no /proc. */
export function processCpuMs(pid: number): number {
  return statCpuMs(`/proc/${pid}/stat`);
}

/**
 * The same for the process's main thread alone: the one that answers every request, so the one whose
 * load decides latency (worker threads, the garbage collector's helpers and the embedded database's
 * thread run beside it).
 */
export function mainThreadCpuMs(pid: number): number {
  return statCpuMs(`/proc/${pid}/task/${pid}/stat`);
}

/** CPU time so far of each PostgreSQL server process on this machine, by process id. */
export function postgresCpuMs(): Map<number, number> {
  const byPid = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      if (stat.includes("(postgres)")) byPid.set(Number(entry), processCpuMs(Number(entry)));
    } catch {
      // The process ended meanwhile.
    }
  }
  return byPid;
}

/** PostgreSQL's CPU between two readings: what the processes still there used since (those that ended are missed, so it is a floor). */
export function postgresCpuSince(before: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of postgresCpuMs()) total += Math.max(0, ms - (before.get(pid) ?? 0));
  return total;
}
