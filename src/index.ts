/**
 * Entry point. restify 11 loads spdy, which touches a Node internal that Node
 * flags as deprecated (DEP0111) on every start; that one warning says nothing
 * about this bot, so it is dropped before the rest loads. Every other warning
 * is printed as usual.
 */
process.removeAllListeners('warning');
process.on('warning', (warning: Error & { code?: string }) => {
  if (warning.code === 'DEP0111') return;
  console.warn(`${warning.name}: ${warning.message}`);
});

await import('./main.js');
