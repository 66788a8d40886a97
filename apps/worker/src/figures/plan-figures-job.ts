import { FIGURES_DEBOUNCE_MS, JobName, jobIds } from '@khung/jobs';

/** A recompute of one plan, coalesced with the others asked for it while it waits or runs. */
export function planFiguresJob(planId: string, jobId: string) {
  return {
    name: JobName.PlanFigures,
    data: { planId },
    opts: {
      jobId,
      delay: FIGURES_DEBOUNCE_MS,
      // Waiting: later asks join this job. Running: the last ask is kept and runs after it, so a
      // change made during a recompute is never missed.
      deduplication: { id: jobIds.planFigures(planId), keepLastIfActive: true },
    },
  };
}
