/**
 * A closed-loop load: `concurrency` workers each send one request, wait for its answer, and send the next, for a
 * fixed time. The latency of each request is what a caller waits; throughput is answers per second. A closed
 * loop never queues more than `concurrency` requests, so a slow way is measured slow rather than overrun.
 */
export interface LoopOptions {
  concurrency: number;
  /** How long to measure. */
  durationMs: number;
  /** How long to run first without measuring: connections open, plans cache, the JIT warms. */
  warmupMs: number;
}

export interface LoopResult {
  /** Milliseconds per answered request, in the order they finished. */
  latencies: number[];
  /** Wall time of the measured part. */
  elapsedMs: number;
  /** Requests that failed; the first error's message, for the report. */
  errors: number;
  firstError?: string;
}

export async function closedLoop(call: () => Promise<unknown>, options: LoopOptions): Promise<LoopResult> {
  await runFor(call, options.concurrency, options.warmupMs, null);
  const result: LoopResult = { latencies: [], elapsedMs: 0, errors: 0 };
  const started = performance.now();
  await runFor(call, options.concurrency, options.durationMs, result);
  result.elapsedMs = performance.now() - started;
  return result;
}

async function runFor(call: () => Promise<unknown>, concurrency: number, durationMs: number, result: LoopResult | null): Promise<void> {
  const deadline = performance.now() + durationMs;
  const worker = async () => {
    while (performance.now() < deadline) {
      const sent = performance.now();
      try {
        await call();
        result?.latencies.push(performance.now() - sent);
      } catch (error) {
        if (!result) continue;
        result.errors += 1;
        result.firstError ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/** The q-quantile (0..1) of the values, by the nearest-rank method. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
