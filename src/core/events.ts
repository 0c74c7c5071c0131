/**
 * The base of every event the library fires: it bubbles and crosses shadow roots so a clinic can
 * listen on the element or on document, and carries a typed, frozen `detail` like CustomEvent
 * does, so framework bindings that read `event.detail` work unchanged.
 */
export class IopEvent<Detail extends object> extends Event {
  readonly detail: Readonly<Detail>;

  constructor(type: string, detail: Detail, init: EventInit = {}) {
    super(type, { bubbles: true, composed: true, ...init });
    this.detail = Object.freeze({ ...detail });
  }
}
