// Types for cards.js, which test/core/first-screen-work.test.ts imports to count the bench page's work.
export const CARDS: Array<[title: string, excerpt: string]>;
