/** Child-process entry for probeStore: input as JSON in argv[2], the result back over IPC. */
import { probeStore, type StoreProbeInput } from './storeProbe.js';

probeStore(JSON.parse(process.argv[2] ?? '{}') as StoreProbeInput)
  .then((result) => {
    process.send?.({ type: 'result', result });
    process.exit(0);
  })
  .catch((error: unknown) => {
    process.send?.({ type: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    process.exit(1);
  });
