// Median of repeated timings, after a warm-up, so one slow run on the shared machine does not decide.
export async function medianMs(fn: () => unknown | Promise<unknown>, runs = 200, warmup = Math.min(20, runs)): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    await fn();
    t.push(performance.now() - s);
  }
  t.sort((a, b) => a - b);
  return t[Math.floor(t.length / 2)];
}
