import { asWritten, headingLevel, readAttributes, textUpTo, type AttributeValues } from '../core/attributes.js';
import type { HeadingLevel } from '../core/heading.js';
import { readResources, type CrisisResource } from './resources.js';

/** The attributes of <iop-crisis-help> that carry settings, each with its reader. */
export const CRISIS_ATTRIBUTES = {
  resources: asWritten,
  headingLevel: headingLevel(),
  heading: textUpTo(200),
};

export type CrisisAttributes = AttributeValues<typeof CRISIS_ATTRIBUTES>;

export interface CrisisConfig {
  headingLevel: HeadingLevel;
  /** Replaces the heading; the language's own otherwise. */
  heading?: string;
  /** The clinic's own resources, when `resources` is set and usable. */
  custom: CrisisResource[] | null;
  /** Whether some of `resources` could not be used: the site-owner notice is about them only (a wrong heading falls back quietly). */
  resourcesInvalid: boolean;
  problems: string[];
}

/** Reads the attributes into typed data. Pure: no DOM, never throws. */
export function readCrisisConfig(attrs: CrisisAttributes): CrisisConfig {
  const problems: string[] = [];
  const { resources, headingLevel, heading } = readAttributes(CRISIS_ATTRIBUTES, attrs, problems);
  const resourceProblems: string[] = [];
  const custom = resources ? readResources(resources, resourceProblems) : null;
  return { headingLevel, heading, custom, resourcesInvalid: resourceProblems.length > 0, problems: [...resourceProblems, ...problems] };
}
