/**
 * Every problem a clinic's configuration can cause is reported the same way, so a webmaster can
 * search the console for "[iop-widgets]" and find the element and attribute at fault.
 */
/** What a visitor sees when a setting is wrong: calm, and clearly meant for the site owner. */
export const CONFIG_NOTICE = 'Note for the site owner: some settings here could not be used. The browser console has the details.';

/** Words every widget shares, in English; each widget's words include them (src/core/es.ts has the Spanish). */
export const COMMON_EN = { notice: CONFIG_NOTICE };
export type CommonWords = typeof COMMON_EN;

/** A value quoted in a warning, cut short: a pasted megabyte must not flood the console. */
export const quote = (value: unknown) => {
  const text = String(value);
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);
};

export function warn(tag: string, message: string): void {
  console.warn(`[iop-widgets] <${tag}>: ${message}`);
}

/**
 * One element's warnings: each problem is reported once, however often the element re-reads its
 * configuration or re-renders.
 */
export class Warnings {
  private readonly seen = new Set<string>();

  constructor(private readonly tag: string) {}

  report(problems: readonly string[]): void {
    for (const problem of problems) {
      if (this.seen.has(problem)) continue;
      this.seen.add(problem);
      warn(this.tag, problem);
    }
  }
}
