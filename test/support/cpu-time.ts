/**
 * Time bounds that hold on a busy machine: the processor time this process spends (user and system,
 * all its threads), which waiting for a core does not add to, unlike the wall clock. A test that says
 * "bounded time" about work done in this process measures it so; a machine several times slower
 * because others use its cores still passes, while runaway work (a backtracking pattern, a quadratic
 * loop) still fails.
 */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Runs work and returns its result with the processor time it took, in milliseconds. */
export function withCpuMs<T>(work: () => T): { result: T; ms: number } {
  const started = cpuMs();
  const result = work();
  return { result, ms: cpuMs() - started };
}
