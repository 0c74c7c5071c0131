import { warn } from '../core/warn.js';
import { feedFormat, fromDocument, type ArticleList, type XmlReader } from './articles.js';

/** A failure a visitor can retry; the message is for the console, never shown as markup. */
export class FeedError extends Error {}

/** The reason a request is cancelled when no widget wants it any more: not a failure, never reported. */
const UNWANTED = new Error('no longer wanted');

export interface FeedOptions {
  timeoutMs: number;
  /** The body is read up to this many bytes; a longer feed is refused unread. */
  maxBytes: number;
  /** What a relative `src` is relative to: the widget's base URI (never `document.baseURI`, which the page can clobber). */
  base: string;
}

interface Request {
  result: Promise<ArticleList>;
  controller: AbortController;
  /** Widgets waiting for it: when the last one stops waiting, the request is aborted. */
  users: number;
}

/** Requests under way: several widgets with one feed share one request. */
const requests = new Map<string, Request>();
/**
 * Feeds already loaded, or failed, the most recently used last: a page that shows many feeds
 * keeps only the last few. A failure is kept until a visitor presses Try again, so widgets that
 * draw one after another with one broken feed do not each ask (and warn) again.
 */
const settled = new Map<string, Promise<ArticleList>>();
export const MAX_CACHED_FEEDS = 8;

/**
 * Fetches and parses a feed, once for every widget that asks for the same URL, timeout and size
 * limit. A failure is reported once, however many widgets wait for it; `retry` asks again. When `signal` aborts (the widget
 * moved to another feed or left the page) the widget stops waiting, and the request is aborted if
 * no other widget waits for it. No cookies are sent to other sites (credentials stay
 * same-origin, the default).
 */
export function loadFeed(url: string, options: FeedOptions, signal?: AbortSignal, retry = false): Promise<ArticleList> {
  const href = new URL(url, options.base).href;
  const key = `${href} ${options.timeoutMs} ${options.maxBytes}`;
  const done = settled.get(key);
  settled.delete(key);
  if (done && !retry) {
    settled.set(key, done);
    return done;
  }
  let request = requests.get(key);
  if (!request) {
    const controller = new AbortController();
    const started: Request = { controller, users: 0, result: fetchFeed(href, options, controller) };
    requests.set(key, started);
    const keep = () => {
      forget(key, started);
      settled.set(key, started.result);
      while (settled.size > MAX_CACHED_FEEDS) settled.delete(settled.keys().next().value!);
    };
    started.result.then(keep, (error: unknown) => {
      if (error === UNWANTED) return forget(key, started);
      keep();
      warn('iop-article-cards', (error as Error).message);
    });
    request = started;
  }
  if (signal?.aborted) return Promise.reject(signal.reason);
  const shared = request;
  shared.users++;
  return new Promise((resolve, reject) => {
    const leave = () => {
      shared.users--;
      if (shared.users === 0 && requests.get(key) === shared) {
        forget(key, shared);
        shared.controller.abort(UNWANTED);
      }
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', leave, { once: true });
    shared.result.then(resolve, reject).finally(() => signal?.removeEventListener('abort', leave));
  });
}

function forget(key: string, request: Request): void {
  if (requests.get(key) === request) requests.delete(key);
}

async function fetchFeed(url: string, { timeoutMs, maxBytes }: FeedOptions, controller: AbortController): Promise<ArticleList> {
  const { signal } = controller;
  const timer = setTimeout(() => controller.abort(new FeedError(`${url} did not answer within ${timeoutMs / 1000} s`)), timeoutMs);
  try {
    // A plain GET with no custom header: a feed on another origin needs only CORS, no preflight.
    const response = await fetch(url, { signal });
    if (!response.ok) throw new FeedError(`${url} answered HTTP ${response.status}`);
    const type = response.headers.get('content-type') ?? '';
    const text = decodeFeed(await readBody(response, maxBytes, url, signal), type);
    const readXml = feedFormat(text, type) === 'xml' ? await loadXmlReader(url) : undefined;
    // Relative links in a feed are relative to where it was served from, after any redirect.
    const result = fromDocument(text, type, response.url || url, readXml);
    if (result.articles.length === 0 && result.problems.length > 0) throw new FeedError(`${url}: ${result.problems[0]}`);
    return result;
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    if (error instanceof FeedError) throw error;
    throw new FeedError(`${url} could not be loaded (${(error as Error).message})`);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The RSS and Atom reader (rss.ts), a file of its own fetched the first time a feed is XML. A
 * property, so a test can stand for a site where the file was not copied beside the script.
 */
export const xmlReader = { load: (): Promise<XmlReader> => import('./rss.js').then((module) => module.readXmlItems) };

/** The reader, or the failure a visitor sees as the friendly error and the console names. */
async function loadXmlReader(url: string): Promise<XmlReader> {
  try {
    return await xmlReader.load();
  } catch (error) {
    throw new FeedError(
      `${url} is RSS or Atom, and the file that reads it did not load (${error}). Copy the iop-article-cards-rss-*.js file beside the script.`,
    );
  }
}

/**
 * The body, read chunk by chunk up to `maxBytes`. A longer feed is refused as soon as it passes
 * the limit (or at once, when its Content-Length says so): a 50 MB feed would otherwise block
 * the page for seconds while it is parsed.
 */
async function readBody(response: Response, maxBytes: number, url: string, signal: AbortSignal): Promise<Uint8Array> {
  const tooLarge = () => new FeedError(`${url} is larger than ${maxBytes} bytes (the max-bytes limit); it is not read`);
  if (Number(response.headers.get('content-length')) > maxBytes) {
    void response.body?.cancel();
    throw tooLarge();
  }
  const reader = response.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const chunk = reader && (await reader.read());
    if (!chunk || chunk.done) break;
    if (signal.aborted) throw signal.reason;
    size += chunk.value.byteLength;
    if (size > maxBytes) {
      void reader.cancel();
      throw tooLarge();
    }
    chunks.push(chunk.value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Bytes to text in the feed's own encoding: a byte order mark first, then the HTTP charset, then
 * the XML declaration (`<?xml version="1.0" encoding="ISO-8859-1"?>`), else UTF-8. Read as UTF-8,
 * a Windows-1252 feed turns every Spanish accent into "�".
 */
export function decodeFeed(bytes: Uint8Array, contentType: string): string {
  const bom =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      ? 'utf-8'
      : bytes[0] === 0xff && bytes[1] === 0xfe
        ? 'utf-16le'
        : bytes[0] === 0xfe && bytes[1] === 0xff
          ? 'utf-16be'
          : '';
  const http = /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1];
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  // A declared UTF-16 with no byte order mark cannot be right: the declaration itself was read as ASCII.
  const declared = /^<\?xml[^>]*?\sencoding\s*=\s*["']((?!utf-16)[\w.:-]+)/i.exec(head)?.[1];
  for (const label of [bom, http, declared]) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // An encoding the browser does not know: try the next source, then UTF-8.
    }
  }
  return new TextDecoder().decode(bytes);
}

/** For tests: forget every request and every loaded feed. */
export function clearFeedCache(): void {
  requests.clear();
  settled.clear();
}
