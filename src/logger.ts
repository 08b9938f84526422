/**
 * Structured logs (pino). Access/Contract IDs are masked in every string
 * logged, and message text is never logged at info level: callers log ids,
 * intents and codes, not what users typed.
 */
import { pino, type Logger } from 'pino';
import { maskSecretsInText } from './domain/secrets.js';
import type { LogLevel } from './config.js';

export type { Logger };

function maskDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskSecretsInText(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return { name: value.name, message: maskSecretsInText(value.message), code: (value as { code?: unknown }).code };
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v, depth + 1)]));
}

export function createLogger(level: LogLevel, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: ['accessId', 'contractId', '*.accessId', '*.contractId', 'text', '*.text'], censor: '[masked]' },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => maskDeep(a)) as Parameters<typeof method>);
        },
      },
    },
    destination ?? process.stdout,
  );
}
