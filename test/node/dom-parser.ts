import { JSDOM } from 'jsdom';

/**
 * The feed and HTML parsing in articles.ts uses the browser's DOMParser; in Node, jsdom's (a
 * standards implementation of the same parser) stands in, and nothing else of the DOM is added,
 * so a test that needs more than parsing fails here instead of passing by accident.
 */
globalThis.DOMParser ??= new JSDOM('').window.DOMParser;
