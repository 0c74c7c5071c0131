// The same content on every page: an explainer, one question with progress, three cards.
export const EXPLAINER = {
  heading: 'How an Intensive Outpatient Program (IOP) can help',
  about: 'An IOP is a step up from weekly therapy: therapy and group sessions a few hours a day, several days a week, while you live at home.',
  items: [
    ['Structure that fits your life', 'A steady schedule gives your days routine while you still take care of work, school and family.'],
    ['Therapies proven to work', 'CBT, DBT, ACT and trauma-informed care help you spot unhelpful thoughts and cope better.'],
    ['Support from people who understand', 'In groups you meet people going through similar things.'],
  ],
};
export const QUESTION = {
  stem: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  text: 'Little interest or pleasure in doing things',
  options: ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'],
  progress: 'Question 1 of 9',
};
export const CARDS = [
  ['How IOPs support long-term recovery', 'Flexible, structured care with therapy and peer support.'],
  ['What to expect from family sessions', 'How families take part in an IOP.'],
  ['Going back to work after a hospital stay', 'Practical steps for the first weeks back.'],
];

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

/** Appends one `tag` element per [title, body] pair (the three cards by default), each a heading and a line. */
export function appendCards(parent, tag, items = CARDS) {
  for (const [title, body] of items) {
    const card = make(tag);
    card.append(make('h3', title), make('p', body));
    parent.append(card);
  }
}

/** Waits until every element in `root` whose tag starts with `prefix` has updated, then marks the paint. */
export async function markRenderedAfterUpdates(root, prefix) {
  const elements = [...root.querySelectorAll('*')].filter((node) => node.localName.startsWith(prefix));
  await Promise.all(elements.map((node) => node.updateComplete));
  await markRendered();
}

/** A new element with text and attributes. */
export function make(tag, text, attrs = {}) {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}
