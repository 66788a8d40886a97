/**
 * Live events from the worker to the API (Redis pub/sub), which pushes them to open boards as
 * server-sent events. Losing one only delays a refresh: the figures themselves are in PostgreSQL.
 */

/** The channel on which the worker announces recomputed figures, under the queue prefix. */
export function figuresChannel(prefix: string): string {
  return `${prefix}:events:figures`;
}

export interface FiguresEvent {
  planId: string;
  /** The plan's change counter the figures include. */
  revision: number;
  /** The period codes recomputed, e.g. ["2026-Q1", …, "2026"]. */
  periods: string[];
  computedAt: string;
}
