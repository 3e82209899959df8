// Readings a reader dropped because the text allows more than one: counted for the coverage stats.
// One collector per extract() call (extraction is synchronous), so readers only call noteSkip.
import type { SkippedReading, SkipReason, Span } from '../model.js';

let collector: SkippedReading[] | null = null;

/** Start collecting the skips of one extraction; returns the list the readers fill. */
export function beginSkips(): SkippedReading[] {
  collector = [];
  return collector;
}

/** Stop collecting (the list returned by beginSkips keeps what was noted). */
export function endSkips(): void {
  collector = null;
}

/** A reader dropped a candidate relation at `at` for `reason`; a no-op outside extract(). */
export function noteSkip(reason: SkipReason, at: Span): void {
  collector?.push({ reason, at });
}
