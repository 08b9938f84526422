import { DemoActivationProcessor, type Timers } from '../../../src/domain/activation/index.js';
import { activationFixture, clock } from './activationFixture.js';

/** Timers the test fires by hand. */
function manualTimers() {
  const due: Array<{ ms: number; run: () => void; cleared: boolean }> = [];
  const timers: Timers = {
    set: (ms, run) => {
      const entry = { ms, run, cleared: false };
      due.push(entry);
      return entry;
    },
    clear: (handle) => {
      (handle as { cleared: boolean }).cleared = true;
    },
  };
  return { timers, due };
}

it('approves a submitted request after the configured delay', async () => {
  const fx = await activationFixture();
  const { timers, due } = manualTimers();
  const processor = new DemoActivationProcessor(fx.completion, 30, clock, () => undefined, timers);
  const result = await fx.service.request(await fx.requester('tenant-fabrikam', 'aad-erin'), 'en');
  if (!result.ok) throw new Error('expected a request');
  await processor.submitted(result.request);
  expect(due.map((d) => d.ms)).toEqual([30_000]);
  due[0]!.run();
  await processor.stop();
  expect((await fx.store.activationRequests.find('tenant-fabrikam', result.request.id))?.status).toBe('approved');
  expect(fx.notified).toHaveLength(1);
});

it('on start picks up the bot\'s pending requests, not seeded ones, and stop cancels them', async () => {
  const fx = await activationFixture();
  const result = await fx.service.request(await fx.requester('tenant-fabrikam', 'aad-erin'), 'en');
  if (!result.ok) throw new Error('expected a request');
  const { timers, due } = manualTimers();
  const processor = new DemoActivationProcessor(fx.completion, 0, clock, () => undefined, timers);
  await processor.start(await fx.service.pendingRequests());
  expect(due).toHaveLength(1);
  await processor.stop();
  expect(due[0]!.cleared).toBe(true);
  expect((await fx.store.activationRequests.find('tenant-wingtip', 'activation-wingtip-demo'))?.status).toBe('pending');
});
