import type { Flattener } from './flatteners.mjs';

type Extract = (input: string, options: { format: string }) => unknown[];
export declare const FIELDS: readonly string[];
/** The totals of one flattener over the pages. */
export interface ConsistencyTotals {
  name: string;
  pages: number;
  failed: number;
  embeds: number;
  kept: number;
  matched: number;
  falsePositives: number;
}
export interface ConsistencyCounts extends ConsistencyTotals {
  fields: Record<string, [hit: number, total: number]>;
  misses: { page: string; field: string; want: unknown; got: unknown }[];
}
export interface ConsistencySummary extends ConsistencyTotals {
  precision: number;
  recall: number;
  f1: number;
  fields: Record<string, number | null>;
}
export declare function keptWhole(record: unknown, flat: { fingerprint: string; lower: string; collapsed: string }): boolean;
export declare function measureConsistency(
  pages: { name: string; html: string }[],
  extract: Extract,
  flatteners: Flattener[],
  readerFormat: (flattener: Flattener) => string,
): ConsistencyCounts[];
export declare function summarise(counts: ConsistencyCounts): ConsistencySummary;
