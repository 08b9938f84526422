/**
 * Teams throttles bots (7 messages/s per conversation, 60 per 30 s) and its
 * service sometimes answers 412, 502 or 504. Those are retried with back-off
 * and jitter, honouring Retry-After when the service sends one; anything else
 * fails at once.
 */
export const RETRYABLE_STATUS = new Set([412, 429, 502, 504]);

export interface RetryOptions {
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
}

export const defaultRetry: RetryOptions = { attempts: 5, baseDelayMs: 400, maxDelayMs: 15_000 };

export function statusOf(error: unknown): number | undefined {
  const e = error as { statusCode?: unknown; status?: unknown; response?: { status?: unknown } } | null;
  const value = e?.statusCode ?? e?.status ?? e?.response?.status;
  return typeof value === 'number' ? value : undefined;
}

export function retryAfterMs(error: unknown): number | undefined {
  const headers = (error as { response?: { headers?: { get?: (name: string) => string | null | undefined } } } | null)?.response?.headers;
  const raw = headers?.get?.('retry-after');
  if (!raw) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function withRetry<T>(operation: () => Promise<T>, options: RetryOptions = defaultRetry): Promise<T> {
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      const status = statusOf(error);
      if (attempt >= options.attempts || status === undefined || !RETRYABLE_STATUS.has(status)) throw error;
      const backoff = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
      const delay = retryAfterMs(error) ?? backoff / 2 + random() * (backoff / 2);
      await sleep(Math.min(delay, options.maxDelayMs));
    }
  }
}
