import { readFileSync } from 'node:fs';
import { posix } from 'node:path';

/**
 * Internal state is declared in `static properties` with `state: true`, which the analyzer reads
 * as attributes; private fields are never attributes, so they are dropped.
 */
const dropPrivateAttributes = {
  name: 'drop-private-attributes',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        const hidden = new Set((declaration.members ?? []).filter((m) => m.privacy === 'private').map((m) => m.name));
        if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
      }
    }
  },
};

/**
 * The analyzer also records `dispatchEvent(new SomeEvent())` calls as nameless events; the
 * documented `@fires` entries already describe them, so the nameless copies are dropped.
 */
const dropNamelessEvents = {
  name: 'drop-nameless-events',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
      }
    }
  },
};

/**
 * Tags are registered with our own `define('iop-x', IopX)` (it skips a tag already registered),
 * which the analyzer does not know: each call becomes the `custom-element-definition` export
 * that tools look for to map a tag to its class and module.
 */
const defineCalls = {
  name: 'define-calls',
  analyzePhase({ ts, node, moduleDoc }) {
    if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
    const [tag, klass] = node.arguments;
    if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
    moduleDoc.exports ??= [];
    moduleDoc.exports.push({ kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text } });
  },
  packageLinkPhase({ customElementsManifest }) {
    const modules = customElementsManifest.modules;
    for (const module of modules) {
      for (const entry of module.exports ?? []) {
        if (entry.kind !== 'custom-element-definition') continue;
        const home = modules.find((m) => m.declarations?.some((d) => d.name === entry.declaration.name && d.tagName === entry.name));
        if (!home) throw new Error(`define('${entry.name}', ${entry.declaration.name}) in ${module.path}: no such element class is documented`);
        entry.declaration.module = home.path;
      }
    }
  },
};

/**
 * Every element reads the same theme tokens (src/core/styles.ts) and the same `theme` and
 * `heading-level` attributes, so each element lists them all, the way a tool that shows one
 * element needs them: token descriptions are written once (on whichever element documents them)
 * and copied, defaults are the fallbacks the tokens CSS really uses, and the shared attributes get
 * their fixed values as a union type.
 */
const SHARED_ATTRIBUTES = {
  theme: { type: "'light' | 'dark' | 'auto' | 'high-contrast'", default: "'light'" },
  'heading-level': { type: "'2' | '3' | '4' | '5' | '6'" },
};

/**
 * The shared tokens and their defaults, read from the tokens CSS itself (`var(--iop-x, fallback)`):
 * the fallback in the light tokens if there is one, else the first one (a token only a dark
 * preset reads).
 */
export function sharedTokens(source = readFileSync('src/core/styles.ts', 'utf8')) {
  const light = source.indexOf('export const tokens');
  const found = new Map();
  for (const match of source.matchAll(/var\((--iop-[a-z0-9-]+),\s*([^;]+?)\)\s*;/g)) {
    const [, name, fallback] = match;
    if (!found.has(name) || (match.index > light && found.get(name).index < light)) found.set(name, { fallback: fallback.trim(), index: match.index });
  }
  return new Map([...found].map(([name, { fallback }]) => [name, fallback]));
}

const sharedOnEveryElement = {
  name: 'shared-on-every-element',
  packageLinkPhase({ customElementsManifest }) {
    const elements = customElementsManifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    const tokens = sharedTokens();
    // Descriptions: the element's own (more specific), else the base class's (IopElement documents
    // every shared token), else any element's.
    const base = customElementsManifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.name === 'IopElement');
    const describe = (name, element) =>
      [element, base, ...elements].map((d) => d?.cssProperties?.find((p) => p.name === name)?.description).find(Boolean) ?? '';
    for (const element of elements) {
      const own = (element.cssProperties ?? []).filter((prop) => !tokens.has(prop.name));
      const shared = [...tokens].map(([name, fallback]) => ({ name, description: describe(name, element), default: fallback }));
      element.cssProperties = [...shared, ...own];
      for (const attribute of element.attributes ?? []) {
        // An attribute is absent or a string, never `undefined` (the property's type says that).
        if (attribute.type?.text) attribute.type.text = attribute.type.text.replace(/ \| undefined\b/g, '');
        const common = SHARED_ATTRIBUTES[attribute.name];
        if (!common) continue;
        attribute.type = { text: common.type };
        const field = element.members?.find((m) => m.name === attribute.fieldName);
        if (field) field.type = { text: `${common.type} | undefined` };
        if (common.default) {
          attribute.default = common.default;
          if (field) field.default = common.default;
        }
      }
    }
  },
};

/**
 * The package ships JavaScript (dist/lib, what the exports map points at), not src/: every module
 * path and reference is rewritten to the shipped file. Only what an app can import is described:
 * the modules the exports map reaches (index, the define files, classes.js) and what they export
 * or extend; internals (parsers, texts, styles, whose CSS the analyzer would copy whole as a
 * "default") are left out.
 */
const publicModules = {
  name: 'public-modules',
  packageLinkPhase({ customElementsManifest }) {
    const shipped = (path) => path.replace(/^\/?src\//, 'dist/lib/').replace(/\.ts$/, '.js');
    const modules = customElementsManifest.modules;
    for (const module of modules) module.path = shipped(module.path);
    const byPath = new Map(modules.map((m) => [m.path, m]));
    const fix = (reference, from) => {
      if (!reference?.module) return;
      reference.module = reference.module.startsWith('.') ? posix.join(posix.dirname(from), reference.module) : shipped(reference.module);
    };
    for (const module of modules) {
      for (const entry of module.exports ?? []) fix(entry.declaration, module.path);
      for (const declaration of module.declarations ?? []) {
        fix(declaration.superclass, module.path);
        for (const member of declaration.members ?? []) fix(member.inheritedFrom, module.path);
      }
    }

    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    const entries = Object.values(pkg.exports)
      .map((target) => (typeof target === 'string' ? target : target.default))
      .filter(Boolean)
      .map((target) => target.replace(/^\.\//, ''))
      .filter((target) => byPath.has(target));
    // Which names of each module are reachable: '*' for all of them.
    const wanted = new Map();
    const visit = (path, name) => {
      const module = byPath.get(path);
      const names = wanted.get(path) ?? new Set();
      if (!module || names.has('*') || names.has(name)) return;
      wanted.set(path, names.add(name));
      for (const entry of module.exports ?? []) {
        if (name !== '*' && entry.name !== name) continue;
        if (entry.kind === 'js' && entry.declaration.module) visit(entry.declaration.module, entry.declaration.name);
      }
      for (const declaration of module.declarations ?? []) {
        if ((name === '*' || declaration.name === name) && declaration.superclass?.module) visit(declaration.superclass.module, declaration.superclass.name);
      }
    };
    for (const entry of entries) visit(entry, '*');
    customElementsManifest.modules = modules.filter((m) => wanted.has(m.path));
    for (const module of customElementsManifest.modules) {
      const names = wanted.get(module.path);
      const exported = new Set((module.exports ?? []).map((e) => e.declaration.name));
      module.declarations = (module.declarations ?? []).filter((d) => exported.has(d.name) && (names.has('*') || names.has(d.name)));
      if (!names.has('*')) module.exports = (module.exports ?? []).filter((e) => names.has(e.name));
    }
    // A type-only export (`export type { X }`) is no JavaScript export: tools could not resolve it.
    const resolves = (reference) => {
      const module = byPath.get(reference.module);
      return (
        reference.name === '*' ||
        module?.declarations?.some((d) => d.name === reference.name) ||
        module?.exports?.some((e) => e.name === reference.name && e.kind === 'js' && resolves(e.declaration))
      );
    };
    for (const module of customElementsManifest.modules) {
      module.exports = (module.exports ?? []).filter((e) => e.kind !== 'js' || !e.declaration.module || resolves(e.declaration));
    }
    customElementsManifest.modules = customElementsManifest.modules.filter((m) => m.declarations.length || m.exports.length);
  },
};

/** A superclass the platform provides (Event, HTMLElement) is a global, not a module of ours. */
const globalSuperclasses = {
  name: 'global-superclasses',
  packageLinkPhase({ customElementsManifest }) {
    for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
      const superclass = declaration.superclass;
      if (superclass && superclass.name in globalThis && /^[A-Z]/.test(superclass.name) && !superclass.package) {
        declaration.superclass = { name: superclass.name, package: 'global:' };
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  outdir: '.',
  plugins: [dropNamelessEvents, dropPrivateAttributes, defineCalls, sharedOnEveryElement, globalSuperclasses, publicModules],
};
