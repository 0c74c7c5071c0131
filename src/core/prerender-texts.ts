/**
 * Translations a server render has already loaded, by language, under the English words they
 * replace. In the
 * browser a widget imports its Spanish file the first time it needs it and renders English
 * meanwhile; a prerender (src/ssr/render.ts) cannot wait for that, so it loads every language up
 * front and puts it here. Empty, and unread, in the browser.
 */
export const prerenderTexts = new Map<object, Record<string, object>>();
