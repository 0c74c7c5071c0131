import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { listen } from '../core/dom.js';

/**
 * Events that cross the shadow boundary and would show a page's listeners which answer was
 * chosen (their composedPath() holds the radio and its label). They stop at the self-check's
 * shadow root. Capture listeners on the page still see them first, as they see every event: the
 * guarantee is against the common bubbling listeners of analytics tools, not against hostile code.
 */
export const PRIVATE_EVENTS = [
  'click',
  'auxclick',
  'dblclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'touchstart',
  'touchend',
  'keydown',
  'keyup',
  'beforeinput',
  'input',
  'focusin',
  'focusout',
] as const;

/**
 * Session-replay and analytics tools clinics commonly run, each told by its documented attribute
 * or class not to record the self-check: Hotjar, Microsoft Clarity, LogRocket, Datadog, Sentry
 * Replay, and rrweb's own class, which PostHog (ph-no-capture), Sentry and others build on;
 * FullStory's fs-exclude. They go on the host for tools that stop there, and again on the shadow
 * root's outermost element (written out in screens.ts, where the template needs them literally):
 * recorders that walk into open shadow roots check each node with closest(), which does not cross
 * the shadow boundary (rrweb did record the questions with the host alone marked;
 * test/self-check/session-replay.test.ts).
 */
export const NO_RECORDING_ATTRIBUTES = {
  'data-hj-suppress': '',
  'data-clarity-mask': 'true',
  'data-private': '',
  'data-dd-privacy': 'hidden',
  'data-sentry-block': '',
};
export const NO_RECORDING_CLASSES = ['rr-block', 'ph-no-capture', 'fs-exclude', 'sentry-block', '_lr-hide'];

/**
 * Keeps what the visitor does inside the host to the host: marks it for recorders while it is in
 * the page (a site's own value for a mark is kept), and stops the private events at its shadow root.
 */
export class PrivacyController implements ReactiveController {
  #stops: Array<() => void> = [];

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment }) {
    host.addController(this);
  }

  hostConnected(): void {
    const { host } = this;
    for (const [name, value] of Object.entries(NO_RECORDING_ATTRIBUTES)) {
      if (!host.hasAttribute(name)) host.setAttribute(name, value);
    }
    host.classList.add(...NO_RECORDING_CLASSES);
    const stop = (event: Event) => event.stopPropagation();
    this.#stops = PRIVATE_EVENTS.map((type) => listen(host.renderRoot, type as 'click', stop));
  }

  hostDisconnected(): void {
    this.#stops.forEach((stop) => stop());
    this.#stops = [];
  }
}
