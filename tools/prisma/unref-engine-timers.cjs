// Preloaded into the Prisma CLI by tools/scripts/prisma.mjs. Prisma 6.19.3's WebAssembly
// schema engine starts a 10 s timer on every migrate command and never clears it, so the
// CLI sat idle for ~10 s after finishing (`migrate deploy`: 11 s, of which 0.4 s work).
// Unref'ing long timers lets the process exit when nothing else is pending; a timer that
// the CLI still awaits keeps running, because the awaiting promise chain has live handles.
'use strict';
const original = global.setTimeout;
global.setTimeout = function patchedSetTimeout(fn, ms, ...args) {
  const timer = original.call(this, fn, ms, ...args);
  if (typeof ms === 'number' && ms >= 5000 && timer && typeof timer.unref === 'function') timer.unref();
  return timer;
};
