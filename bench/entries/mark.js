// Marks the moment the page's content is painted: window.__rendered, read by bench/run.mjs.
// Kept apart from content.js so our page does not bundle a second copy of the widgets' texts.

/**
 * Marks the content as rendered right after the browser paints it: a task queued from the next
 * animation frame runs once that frame's rendering is done (a second animation frame would add
 * up to a whole frame of waiting, the same for every page but noise in a 25 ms goal).
 */
export async function markRendered() {
  await new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = resolve;
      channel.port2.postMessage(null);
    }),
  );
  window.__rendered = { fromNavigation: performance.now(), fromScript: performance.now() - window.__scriptStart };
}

/** Waits until every element in `root` whose tag starts with `prefix` has updated, then marks the paint. */
export async function markRenderedAfterUpdates(root, prefix) {
  const elements = [...root.querySelectorAll('*')].filter((node) => node.localName.startsWith(prefix));
  await Promise.all(elements.map((node) => node.updateComplete));
  await markRendered();
}
