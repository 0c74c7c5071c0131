import { readHeadingLevel, type HeadingLevel } from './heading.js';
import { parseEnum, parseList, readText } from './json.js';
import { readUrl, type SafeUrlOptions } from './safe-url.js';
import { quote } from './warn.js';

/**
 * How every widget reads its attributes. A widget's config.ts describes its attributes as one
 * table, a reader per attribute (`{ mode: oneOf(['brief', 'full'], 'brief'), ... }`), beside the
 * typed config it produces; `readAttributes` applies the table to the element. Each reader gets
 * the attribute's text and its name, returns a typed value, and records what it could not use as
 * one line naming the attribute. Pure: no DOM, never throws.
 */
export type Reader<T> = (text: string | null | undefined, name: string, problems: string[]) => T;

export type Readers = Record<string, Reader<unknown>>;

/** What a table reads from: the element itself, whose properties hold the attribute texts. */
export type AttributeValues<R extends Readers> = { readonly [K in keyof R]?: string | null };

/** The typed values a table reads. */
export type ReadValues<R extends Readers> = { [K in keyof R]: ReturnType<R[K]> };

/** The attribute of a property, as Lit declares it here: `clinicName` is `clinic-name`. */
export const attributeName = (property: string) => property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

export function readAttributes<R extends Readers>(readers: R, values: AttributeValues<R>, problems: string[]): ReadValues<R> {
  const read = {} as Record<string, unknown>;
  for (const key of Object.keys(readers)) read[key] = readers[key](values[key], attributeName(key), problems);
  return read as ReadValues<R>;
}

/** A value from a closed set (case and spaces ignored); anything else falls back. */
export const oneOf =
  <T extends string>(allowed: readonly T[], fallback: T): Reader<T> =>
  (text, name, problems) => {
    const value = parseEnum(text, allowed, fallback);
    if (value.ok) return value.value;
    problems.push(`${name} ${value.error}`);
    return fallback;
  };

/** Trimmed text, cut at `max` characters. */
export const textUpTo =
  (max: number): Reader<string | undefined> =>
  (text, name, problems) =>
    readText(name, text, max, problems);

/** A URL that is safe in an href or src, or null. */
export const urlOf =
  (options: SafeUrlOptions): Reader<string | null> =>
  (text, name, problems) =>
    readUrl(name, text, options, problems);

/** `heading-level`: 2-6. */
export const headingLevel =
  (fallback: HeadingLevel = 2): Reader<HeadingLevel> =>
  (text, _name, problems) =>
    readHeadingLevel(text, problems, fallback);

/** A whole number in a range; absent or empty is the fallback. */
export const wholeNumber =
  (min: number, max: number, fallback: number): Reader<number> =>
  (text, name, problems) => {
    if (text == null || text === '') return fallback;
    const n = Number(text);
    if (Number.isInteger(n) && n >= min && n <= max) return n;
    problems.push(`${name} ${quote(text)} must be a whole number from ${min} to ${max}`);
    return fallback;
  };

/** Ids separated by spaces or commas. */
export const idList: Reader<string[]> = (text) => parseList(text);

/** The text as written, for attributes a widget reads further itself (JSON, a feed's address). */
export const asWritten: Reader<string | undefined> = (text) => text ?? undefined;
