// Part of the offline Prisma workaround (see prisma.config.ts): the wasm schema engine leaves
// 10 s / 60 s timers pending, so every CLI call would idle that long before exiting.
const setTimeoutOriginal = global.setTimeout;
global.setTimeout = function (fn, ms, ...args) {
  const t = setTimeoutOriginal.call(this, fn, ms, ...args);
  if (ms >= 5000) t?.unref?.();
  return t;
};
