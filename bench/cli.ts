/** Command-line options of `npm run bench -- [options]`. */

export interface BenchOptions {
  /** Print the JSON summary as the last line. */
  readonly json: boolean;
  /** Seconds per load run. */
  readonly durationSeconds: number;
  readonly connections: readonly number[];
  /** Largest store size to measure: 1M can be skipped on small disks. */
  readonly skipMillion: boolean;
  /** Directory for --cpu-prof profiles of the server under test; profiling is off when undefined. */
  readonly cpuProfileDir: string | undefined;
  /**
   * Only these turn scenarios (besides the echo bot), on the 100k store only, and
   * nothing else (no demo block, language understanding, store or PostgreSQL phases):
   * a quick, targeted measurement. Undefined runs everything.
   */
  readonly only: readonly OnlyScenario[] | undefined;
}

export type OnlyScenario = 'qa' | 'fresh' | 'personal' | 'write';
const onlyScenarios: readonly OnlyScenario[] = ['qa', 'fresh', 'personal', 'write'];

export const usage = `usage: npm run bench -- [--json] [--duration=3] [--connections=1,10,50] [--skip-1m] [--cpu-prof=DIR] [--only=qa,fresh,personal,write]`;

export function parseOptions(argv: readonly string[]): BenchOptions {
  let json = false;
  let durationSeconds = 3;
  let connections: number[] = [1, 10, 50];
  let skipMillion = false;
  let cpuProfileDir: string | undefined;
  let only: OnlyScenario[] | undefined;
  for (const arg of argv) {
    const [name, value] = arg.split('=', 2) as [string, string | undefined];
    if (name === '--json') json = true;
    else if (name === '--skip-1m') skipMillion = true;
    else if (name === '--duration' && value) durationSeconds = Number(value);
    else if (name === '--connections' && value) connections = value.split(',').map(Number);
    else if (name === '--cpu-prof' && value) cpuProfileDir = value;
    else if (name === '--only' && value) only = value.split(',') as OnlyScenario[];
    else throw new Error(`unknown option ${arg}\n${usage}`);
  }
  if (!(durationSeconds >= 1 && durationSeconds <= 30)) throw new Error(`--duration must be 1..30 seconds\n${usage}`);
  if (connections.length === 0 || connections.some((c) => !Number.isInteger(c) || c < 1 || c > 500)) throw new Error(`--connections must be whole numbers 1..500\n${usage}`);
  if (only && (only.length === 0 || only.some((o) => !onlyScenarios.includes(o)))) throw new Error(`--only takes ${onlyScenarios.join(', ')}\n${usage}`);
  return { json, durationSeconds, connections, skipMillion, cpuProfileDir, only };
}
