import type { ReactiveController, ReactiveElement } from 'lit';
import type { ArticleList } from './articles.js';
import { loadFeed } from './load.js';

// How the feed stands, as @lit/task names it (plain constants, so the bundle has numbers).
const INITIAL = 0;
const PENDING = 1;
const COMPLETE = 2;
const ERROR = 3;
export const TaskStatus = { INITIAL, PENDING, COMPLETE, ERROR } as const;
export type TaskStatus = (typeof TaskStatus)[keyof typeof TaskStatus];

/** What a feed request depends on: the URL and the two limits. A change means a new request. */
export type FeedArgs = readonly [src: string, timeoutMs: number, maxBytes: number];

export interface FeedRenderer<T> {
  initial?: () => T;
  pending?: () => T;
  complete?: (value: ArticleList) => T;
  error?: (error: unknown) => T;
}

/**
 * The widget's feed, in the shape of @lit/task's Task (not a dependency: it was measured and
 * left out for its size, and this needs only a part of it). The arguments are read in hostUpdate,
 * before each render; when they change, the old request is aborted and a new one starts. Each
 * run has a call id, so an answer for earlier arguments that arrives late is dropped instead of
 * overwriting the current feed. The request itself, shared by every widget that asks for the
 * same feed, is load.ts's.
 */
export class FeedTask implements ReactiveController {
  /** INITIAL (no feed wanted), PENDING, COMPLETE or ERROR. */
  status: TaskStatus = INITIAL;
  /** The articles, once the current run completed (cleared when a new one starts). */
  value?: ArticleList;
  /** Why the current run failed (the console already has it, once per failure). */
  error?: unknown;
  private args: FeedArgs | null = null;
  private callId = 0;
  private abortController?: AbortController;

  /**
   * `argsFn` gives null when no feed is wanted (no `src`, or another source wins); a widget out
   * of the page wants none either.
   */
  constructor(
    private readonly host: ReactiveElement,
    private readonly argsFn: () => FeedArgs | null,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const args = this.host.isConnected ? this.argsFn() : null;
    const same = args && this.args ? args.every((arg, i) => arg === this.args![i]) : args === this.args;
    if (!same) this.start(args, false);
  }

  /** Asks again (Try again): the failure is not taken from the cache this time. */
  run(): void {
    this.start(this.argsFn(), true);
    this.host.requestUpdate();
  }

  /** Put back in the page after its request was dropped: the next update asks again. */
  hostConnected(): void {
    if (this.status === INITIAL) this.host.requestUpdate();
  }

  /**
   * A widget taken out of the page stops waiting (its request is aborted unless another widget
   * shares it); put back, it asks again. One moved within the page in the same task keeps waiting.
   */
  hostDisconnected(): void {
    queueMicrotask(() => {
      if (!this.host.isConnected && this.status === PENDING) this.start(null, false);
    });
  }

  render<T>(renderer: FeedRenderer<T>): T | undefined {
    switch (this.status) {
      case PENDING:
        return renderer.pending?.();
      case COMPLETE:
        return renderer.complete?.(this.value!);
      case ERROR:
        return renderer.error?.(this.error);
      default:
        return renderer.initial?.();
    }
  }

  private start(args: FeedArgs | null, retry: boolean): void {
    this.abortController?.abort();
    this.args = args;
    const id = ++this.callId;
    this.value = this.error = undefined;
    this.status = args ? PENDING : INITIAL;
    if (!args) return;
    const [src, timeoutMs, maxBytes] = args;
    const wanted = (this.abortController = new AbortController());
    const settle = (status: TaskStatus, value?: ArticleList, error?: unknown) => {
      if (id !== this.callId) return;
      this.status = status;
      this.value = value;
      this.error = error;
      this.host.requestUpdate();
    };
    loadFeed(src, { timeoutMs, maxBytes, base: this.host.baseURI }, wanted.signal, retry).then(
      (value) => settle(COMPLETE, value),
      (error: unknown) => settle(ERROR, undefined, error),
    );
  }
}
