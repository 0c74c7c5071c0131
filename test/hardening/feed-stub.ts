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
