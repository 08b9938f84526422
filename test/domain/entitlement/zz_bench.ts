import { realServices } from './realRules.js';
const { entitlements, engine } = await realServices();
for (let i = 0; i < 2000; i++) await entitlements.forOffer({ level: 'gold', competency: 'security' });
const n = 20000; const t = performance.now();
for (let i = 0; i < n; i++) await engine.evaluate('entitlements', { offerLevel: 'gold', competencyCloud: true });
console.log('ms/eval', (performance.now() - t) / n);
