import { quote } from './warn.js';

/** The outcome of reading configuration: a value, or the words that say what is wrong. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = (error: string): Parsed<never> => ({ ok: false, error });

/** JSON in an attribute has a size limit: nothing a clinic writes by hand comes near it. */
export const MAX_JSON_LENGTH = 200_000;

/**
 * Parses the JSON attribute `name` and checks it. Never throws: a webmaster's typo must become a
 * message that names the attribute, not an exception in the host page.
 */
export function parseJson<T>(name: string, text: string, check: (data: unknown, path: string) => string | null): Parsed<T> {
  if (text.length > MAX_JSON_LENGTH) return fail(`${name} is ${text.length} characters long; the limit is ${MAX_JSON_LENGTH}`);
  let data: unknown;
  try {
    // Objects without a prototype: what a host page adds to Object.prototype is not read as if
    // the clinic had written it (a polluted "heading" would otherwise replace the heading).
    data = withoutPrototypes(JSON.parse(text));
  } catch (error) {
    return fail(`${name} is not valid JSON (${(error as Error).message})`);
  }
  const problem = check(data, name);
  return problem ? fail(problem) : ok(data as T);
}

/**
 * Takes the prototype off every object in freshly parsed JSON, in place. A reviver did this by
 * copying each object, and was called for every value: some 8 ms for 1,000 article cards, against
 * 1-2 ms for this walk. Own values only (Object.values): what a page adds to Object.prototype
 * is never visited. Very deep nesting overflows the stack, which the caller reports as invalid JSON.
 */
function withoutPrototypes(value: unknown): unknown {
  if (typeof value === 'object' && value) for (const item of Object.values(value)) withoutPrototypes(item);
  return isRecord(value) ? Object.setPrototypeOf(value, null) : value;
}

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Splits a list attribute written with spaces and/or commas: "a, b c" -> ["a", "b", "c"]. */
export function parseList(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .split(/[\s,]+/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * Reads a text attribute (a heading, a label), trimmed. A text past `max` characters is cut,
 * with a problem that names the attribute: a pasted megabyte must not become the page.
 */
export function readText(name: string, text: string | null | undefined, max: number, problems: string[]): string | undefined {
  const value = text?.trim();
  if (!value) return undefined;
  if (value.length <= max) return value;
  problems.push(`${name} is ${value.length} characters long; only the first ${max} are shown`);
  return `${value.slice(0, max - 1)}…`;
}

/** Reads a value from a closed set, reporting anything else. */
export function parseEnum<T extends string>(text: string | null | undefined, allowed: readonly T[], fallback: T): Parsed<T> {
  if (text == null || text === '') return ok(fallback);
  const value = text.trim().toLowerCase();
  return (allowed as readonly string[]).includes(value) ? ok(value as T) : fail(`${quote(text)} is not one of ${allowed.join(', ')}; using "${fallback}"`);
}
