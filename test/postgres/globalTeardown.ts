import type { TestServer } from './globalSetup.js';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __testPostgres?: TestServer }).__testPostgres?.stop();
}
