/** The library version, compared when a second copy of the script tries to register a tag. */
export const VERSION = '0.1.0';

type VersionedConstructor = CustomElementConstructor & {
  iopVersion?: string;
  /** Tags the element renders (IopElement.dependencies), registered with it. */
  dependencies?: Record<string, CustomElementConstructor>;
};

/**
 * Registers `tag` unless it is already registered. Two copies of the script on one page (a CMS
 * plugin plus a hand-written tag, say) are common; the second must not throw. A different version
 * is worth a warning, since the page then runs the first one it loaded. The element's declared
 * dependencies are registered first, the same way.
 */
export function define(tag: string, ctor: VersionedConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  for (const [dependency, dependencyCtor] of Object.entries(ctor.dependencies ?? {})) define(dependency, dependencyCtor);
  const existing = registry.get(tag) as VersionedConstructor | undefined;
  if (existing) {
    if (existing.iopVersion !== VERSION) {
      console.warn(
        `[iop-widgets] <${tag}> is already registered by version ${existing.iopVersion ?? 'unknown'}; ` +
          `version ${VERSION} was not registered. Load one copy of iop-widgets per page.`,
      );
    }
    return;
  }
  ctor.iopVersion = VERSION;
  registry.define(tag, ctor);
}
