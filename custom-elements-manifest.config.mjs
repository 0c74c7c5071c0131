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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  outdir: '.',
  plugins: [dropNamelessEvents, dropPrivateAttributes],
};
