import { fromDocument, type ArticleList } from './articles.js';

/** Feeds already requested on this page: several widgets with one `src` share one request. */
const requests = new Map<string, Promise<ArticleList>>();

/** A failure a visitor can retry; the message is for the console, never shown as markup. */
export class FeedError extends Error {}

/**
 * Fetches and parses a feed once per URL per page. A failed request is forgotten, so Retry really
 * asks again. No cookies are sent to other sites (credentials stay same-origin, the default).
 */
export function loadFeed(url: string, timeoutMs: number): Promise<ArticleList> {
  const key = new URL(url, document.baseURI).href;
  let request = requests.get(key);
  if (!request) {
    request = fetchFeed(key, timeoutMs);
    requests.set(key, request);
    request.catch(() => requests.delete(key));
  }
  return request;
}

async function fetchFeed(url: string, timeoutMs: number): Promise<ArticleList> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    // A plain GET with no custom header: a feed on another origin needs only CORS, no preflight.
    const response = await fetch(url, { signal: controller.signal });
    if (!response.ok) throw new FeedError(`${url} answered HTTP ${response.status}`);
    const result = fromDocument(await response.text(), response.headers.get('content-type') ?? '');
    if (result.articles.length === 0 && result.problems.length > 0) throw new FeedError(`${url}: ${result.problems[0]}`);
    return result;
  } catch (error) {
    if (error instanceof FeedError) throw error;
    throw new FeedError(controller.signal.aborted ? `${url} did not answer within ${timeoutMs / 1000} s` : `${url} could not be loaded (${(error as Error).message})`);
  } finally {
    clearTimeout(timer);
  }
}

/** For tests: forget every cached request. */
export function clearFeedCache(): void {
  requests.clear();
}
