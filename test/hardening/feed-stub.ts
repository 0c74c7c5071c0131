// Helpers for the hardening tests of feeds: a fetch stand-in, responses, and a long-task meter.

/** A fetch stand-in for feed tests: records each request and honors its abort signal. */
export interface StubbedFetch {
  /** URL of every request, in order. */
  calls: string[];
  /** How many requests were aborted by their caller. */
  aborted: number;
  restore: () => void;
}

type Answer = Response | 'hang' | ((url: string) => Response | 'hang' | Promise<Response>);

/** Replaces window.fetch; every request gets `answer` ('hang' never answers until aborted). */
export function stubFetch(answer: Answer): StubbedFetch {
  const original = window.fetch;
  const stub: StubbedFetch = { calls: [], aborted: 0, restore: () => (window.fetch = original) };
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    stub.calls.push(url);
    const signal = init?.signal;
    return new Promise<Response>((resolve, reject) => {
      signal?.addEventListener('abort', () => {
        stub.aborted++;
        reject(new DOMException('aborted', 'AbortError'));
      });
      const value = typeof answer === 'function' ? answer(url) : answer;
      if (value === 'hang') return;
      Promise.resolve(value).then((response) => resolve(response.clone()), reject);
    });
  }) as typeof fetch;
  return stub;
}

/** A response as a server sends it; bytes may be given to test charsets. */
export const feed = (body: string | Uint8Array, type: string) => new Response(body as BodyInit, { headers: { 'content-type': type } });

/**
 * The tasks over 200 ms while `run` runs. Chromium measures them (PerformanceObserver
 * "longtask"); engines without it get a 10 ms heartbeat, whose longest gap is the longest block.
 */
export async function longTasksDuring(run: () => Promise<void>): Promise<number[]> {
  const durations: number[] = [];
  const measured = PerformanceObserver.supportedEntryTypes.includes('longtask');
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => durations.push(Math.round(entry.duration))));
  if (measured) observer.observe({ type: 'longtask' });
  let last = performance.now();
  const heartbeat = setInterval(() => {
    const now = performance.now();
    if (!measured) durations.push(Math.round(now - last));
    last = now;
  }, 10);
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve, 100));
  } finally {
    clearInterval(heartbeat);
    observer.takeRecords().forEach((entry) => durations.push(Math.round(entry.duration)));
    observer.disconnect();
  }
  return durations.filter((duration) => duration > 200);
}
