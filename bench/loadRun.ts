/**
 * One timed load run with autocannon against POST /api/messages. Latency is
 * recorded per response from autocannon's own float timings (its histogram
 * rounds to whole milliseconds, too coarse for a 1 ms echo turn).
 */
import { createRequire } from 'node:module';
import type { EventEmitter } from 'node:events';
import { SampleBuffer, summarize, type LatencySummary } from './stats.js';

/** The part of autocannon's (untyped) API the bench uses. */
interface AutocannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: AutocannonRequest) => AutocannonRequest;
}

interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  pipelining: number;
  timeout: number;
  requests: AutocannonRequest[];
}

interface AutocannonResult {
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}

type Autocannon = (options: AutocannonOptions, done: (error: Error | null, result: AutocannonResult) => void) => EventEmitter;

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export interface LoadRunOptions {
  readonly url: string;
  readonly connections: number;
  readonly durationSeconds: number;
  /** Builds the next request body: called once per request. */
  readonly nextBody: () => string;
  /** Called on every response with the connection (autocannon's client) that received it. */
  readonly onResponse?: (connection: object) => void;
}

export interface LoadRunResult extends LatencySummary {
  readonly connections: number;
  readonly rps: number;
  readonly ok: number;
  readonly failed: number;
  readonly seconds: number;
  readonly latencies: Float64Array;
}

/** Several runs of one scenario as one: requests over total time, percentiles over all responses. */
export function mergeRuns(runs: readonly LoadRunResult[]): LoadRunResult {
  const all = new SampleBuffer();
  let failed = 0;
  let seconds = 0;
  for (const run of runs) {
    for (const value of run.latencies) all.push(value);
    failed += run.failed;
    seconds += run.seconds;
  }
  return {
    connections: runs[0]?.connections ?? 0,
    ...summarize(all.values()),
    rps: seconds > 0 ? all.length / seconds : 0,
    ok: all.length,
    failed,
    seconds,
    latencies: all.values(),
  };
}

/**
 * Runs that went on at the same time against different servers (replicas
 * sharing the load) as one: their requests add up over the same wall time.
 */
export function combineConcurrent(runs: readonly LoadRunResult[]): LoadRunResult {
  const all = new SampleBuffer();
  let failed = 0;
  let connections = 0;
  let seconds = 0;
  for (const run of runs) {
    for (const value of run.latencies) all.push(value);
    failed += run.failed;
    connections += run.connections;
    seconds = Math.max(seconds, run.seconds);
  }
  return { connections, ...summarize(all.values()), rps: seconds > 0 ? all.length / seconds : 0, ok: all.length, failed, seconds, latencies: all.values() };
}

/** `total` connections over `parts` servers, as evenly as whole numbers allow (the first get the remainder). */
export function splitConnections(total: number, parts: number): number[] {
  const base = Math.floor(total / parts);
  return Array.from({ length: parts }, (_, i) => base + (i < total % parts ? 1 : 0));
}

export function runLoad(options: LoadRunOptions): Promise<LoadRunResult> {
  return new Promise((resolve, reject) => {
    const latencies = new SampleBuffer();
    let failed = 0;
    const started = performance.now();
    const instance = autocannon(
      {
        url: `${options.url}/api/messages`,
        connections: options.connections,
        duration: options.durationSeconds,
        pipelining: 1,
        timeout: 20,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            setupRequest: (request) => ({ ...request, body: options.nextBody() }),
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        const seconds = (performance.now() - started) / 1000;
        resolve({
          connections: options.connections,
          ...summarize(latencies.values()),
          rps: latencies.length / seconds,
          ok: latencies.length,
          failed: Math.max(failed, result.non2xx + result.errors),
          seconds,
          latencies: latencies.values(),
        });
      },
    );
    instance.on('response', (client: object, statusCode: number, _bytes: number, responseTimeMs: number) => {
      options.onResponse?.(client);
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTimeMs);
      else failed += 1;
    });
  });
}
