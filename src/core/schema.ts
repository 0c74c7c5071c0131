import { isRecord } from './json.js';
import { quote } from './warn.js';

/**
 * A tiny schema for clinic-supplied JSON: a check returns what is wrong with a value, naming
 * where it is ("content.benefits[2].title"), or null. One set of checks serves every element,
 * so every JSON attribute reports problems the same way.
 */
export type Check = (value: unknown, path: string) => string | null;

export const text =
  (max: number): Check =>
  (value, path) =>
    typeof value !== 'string' || !value.trim() ? `${path} must be non-empty text` : value.length > max ? `${path} is longer than ${max} characters` : null;

export const optional =
  (check: Check): Check =>
  (value, path) =>
    value === undefined ? null : check(value, path);

export const matches =
  (pattern: RegExp, description: string): Check =>
  (value, path) =>
    typeof value === 'string' && pattern.test(value) ? null : `${path} must be ${description}`;

export const list =
  (item: Check, max: number): Check =>
  (value, path) => {
    if (!Array.isArray(value) || value.length === 0) return `${path} must be a non-empty list`;
    if (value.length > max) return `${path} has more than ${max} items`;
    for (const [i, entry] of value.entries()) {
      const problem = item(entry, `${path}[${i}]`);
      if (problem) return problem;
    }
    return null;
  };

export const object =
  (shape: Record<string, Check>): Check =>
  (value, path) => {
    if (!isRecord(value)) return `${path} must be an object`;
    // Own keys only, on both sides: a host page may have added enumerable keys to
    // Object.prototype, which `for...in` and `in` would see.
    const known = Object.keys(shape);
    const unknown = Object.keys(value).find((key) => !known.includes(key));
    if (unknown) return `${path} has an unknown key ${quote(unknown)} (allowed: ${known.join(', ')})`;
    for (const key of known) {
      const problem = shape[key](Object.hasOwn(value, key) ? value[key] : undefined, `${path}.${key}`);
      if (problem) return problem;
    }
    return null;
  };
