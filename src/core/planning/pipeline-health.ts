/** The counts the pipeline-health rule reads. */
export interface PipelineCounts {
  /** Opportunities still in play: lead, applied, interviewing or offer, not archived. */
  active: number;
  /** Opportunities at `offer` or `accepted`. */
  offers: number;
}

/** Whether the search has enough in flight, and what to say about it. */
export interface PipelineHealthResult {
  activeCount: number;
  target: number;
  hasOffer: boolean;
  healthy: boolean;
  message: string;
}

/**
 * The method says to keep applying until there is a solid offer: while fewer than `target`
 * opportunities are active and none has reached an offer, the pipeline is thin.
 */
export function assessPipeline(counts: PipelineCounts, target: number): PipelineHealthResult {
  const hasOffer = counts.offers > 0;
  const healthy = hasOffer || counts.active >= target;
  let message: string;
  if (hasOffer) {
    message = 'You have an offer on the table. Keep other doors open until you accept one.';
  } else if (healthy) {
    message = `${counts.active} opportunities in flight: a healthy pipeline. Keep it moving.`;
  } else if (counts.active === 0) {
    message = `Nothing in flight yet. Add a few leads: aim for at least ${target} active opportunities until an offer arrives.`;
  } else {
    const missing = target - counts.active;
    message = `Only ${counts.active} active ${counts.active === 1 ? 'opportunity' : 'opportunities'}. Add ${missing} more ${
      missing === 1 ? 'lead' : 'leads'
    }: keep applying until you hold a solid offer.`;
  }
  return { activeCount: counts.active, target, hasOffer, healthy, message };
}
