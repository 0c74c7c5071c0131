/**
 * scheduler.yield() where the browser has it (the work continues ahead of other queued tasks),
 * else a new task: lets the browser paint and answer input between two pieces of work, so no
 * single task is long (Lighthouse counts every task over 50 ms on a phone as blocking).
 */
export const yieldToBrowser = (): Promise<unknown> =>
  (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve));
