// The three cards every bench page shows, kept apart from content.js so our page can use them
// without bundling a second copy of the widgets' texts.
export const CARDS = [
  ['How IOPs support long-term recovery', 'Flexible, structured care with therapy and peer support.'],
  ['What to expect from family sessions', 'How families take part in an IOP.'],
  ['Going back to work after a hospital stay', 'Practical steps for the first weeks back.'],
];
