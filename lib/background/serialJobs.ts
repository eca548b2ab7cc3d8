/**
 * Runs jobs one at a time, in order: background events arrive in bursts, and each job reads what
 * the previous one wrote. A failed job is logged (`[leadkit] <label> failed`) and never stops the
 * next. The returned promise settles when the job is done and never rejects.
 */
export function createSerialJobs(label: string): (job: () => Promise<unknown>) => Promise<void> {
  let chain: Promise<void> = Promise.resolve();
  return (job) => {
    chain = chain.then(job).then(
      () => undefined,
      (error: unknown) => console.warn(`[leadkit] ${label} failed`, error),
    );
    return chain;
  };
}
