import { BackgroundPace } from '../../src/bot/backgroundPace.js';

function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // a step of synchronous work, like a cold company read
  }
}

describe('a paced background loop', () => {
  it('lets timers and other work run between its steps, and rests after a slice of work', async () => {
    const pace = new BackgroundPace(5, 1);
    let timerRan = false;
    setTimeout(() => {
      timerRan = true;
    }, 0);
    let stepsBeforeTimer = 0;
    for (let step = 0; step < 20; step += 1) {
      await pace.breathe();
      if (!timerRan) stepsBeforeTimer += 1;
      busy(2);
    }
    expect(timerRan).toBe(true);
    expect(stepsBeforeTimer).toBeLessThan(20);
  });
});
