// Writes, from custom-elements.json, what frameworks and editors need to know our tags, into
// dist/types (shipped, types and JSON only: nothing an app loads at run time):
//   react.d.ts   JSX.IntrinsicElements for React 19 (attributes, and `oniop-*` event props)
//   preact.d.ts  the same for Preact
//   solid.d.ts   the same for Solid (`on:iop-*` events)
//   vue.d.ts     Vue's GlobalComponents, for vue-tsc's strict templates (`@iop-*` events)
//   vscode.html-custom-data.json, vscode.css-custom-data.json   VS Code's custom data
//   web-types.json   JetBrains IDEs (package.json's "web-types" points at it)
// A script of our own instead of the custom-element-*-integration packages: four small
// generators from one reading of our manifest, no new dependencies, and output we control (the
// React 19 event prop names, Vue's camelCase props) and check in check-npm.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { posix } from 'node:path';

const OUT = 'dist/types';
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

const declarations = manifest.modules.flatMap((module) => (module.declarations ?? []).map((d) => ({ ...d, modulePath: module.path })));
const elements = declarations.filter((d) => d.customElement && d.tagName).sort((a, b) => a.tagName.localeCompare(b.tagName));

/** `import type { X } from '../lib/…'` for a class declared in the manifest, relative to dist/types. */
const imports = new Map();
const typeRef = (name) => {
  const declaration = declarations.find((d) => d.name === name);
  if (!declaration) return 'Event';
  const path = posix.relative(OUT, declaration.modulePath);
  imports.set(name, path.startsWith('.') ? path : `./${path}`);
  return name;
};
const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const pascal = (name) => camel(name).replace(/^./, (c) => c.toUpperCase());
const doc = (text, indent) => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\n+/g, ' ')} */\n` : '');
const valuesOf = (type = '') => (/^'[^']*'( \| '[^']*')+$/.test(type) ? type.split(' | ').map((v) => v.slice(1, -1)) : null);
const attrType = (attribute) => attribute.type?.text ?? 'string';

const header = `// Generated from custom-elements.json by scripts/build/integrations.mjs (npm run build). Types only.\n`;
const importLines = () => [...imports].map(([name, from]) => `import type { ${name} } from '${from}';`).join('\n');

/** One interface per element with its attributes, as a page writes them. */
function attributeInterfaces() {
  return elements
    .map((element) => {
      const lines = (element.attributes ?? []).map((a) => `${doc(a.description, '  ')}  '${a.name}'?: ${attrType(a)};`);
      return `${doc(element.summary ?? element.description, '')}export interface ${element.name}Attributes {\n${lines.join('\n')}\n}`;
    })
    .join('\n\n');
}

/** JSX for React 19 and Preact: attributes, plus an `on<event-name>` prop per event. */
function jsx(framework) {
  imports.clear();
  const base = {
    react: (el) => `React.DetailedHTMLProps<React.HTMLAttributes<${el}>, ${el}>`,
    preact: (el) => `PreactJSX.HTMLAttributes<${el}>`,
  }[framework];
  const entries = elements.map((element) => {
    const el = typeRef(element.name);
    const events = (element.events ?? []).map(
      (e) => `${doc(e.description, '          ')}          'on${e.name}'?: (event: ${typeRef(e.type?.text ?? 'Event')}) => void;`,
    );
    const eventProps = events.length ? ` & {\n${events.join('\n')}\n        }` : '';
    return `      '${element.tagName}': ${base(el)} &\n        ${element.name}Attributes${eventProps};`;
  });
  const frameworkImport = framework === 'react' ? `import type * as React from 'react';` : `import type { JSX as PreactJSX } from 'preact';`;
  return `${header}${frameworkImport}\n${importLines()}\nimport type { ${elements.map((e) => `${e.name}Attributes`).join(', ')} } from './attributes.js';\n
declare module '${framework}' {
  namespace JSX {
    interface IntrinsicElements {
${entries.join('\n')}
    }
  }
}
`;
}

function solid() {
  imports.clear();
  const entries = elements.map((element) => `      '${element.tagName}': JSX.HTMLAttributes<${typeRef(element.name)}> & ${element.name}Attributes;`);
  const events = [...new Map(elements.flatMap((e) => e.events ?? []).map((e) => [e.name, e])).values()].map(
    (e) => `${doc(e.description, '      ')}      '${e.name}': ${typeRef(e.type?.text ?? 'Event')};`,
  );
  return `${header}import type { JSX } from 'solid-js';
${importLines()}
import type { ${elements.map((e) => `${e.name}Attributes`).join(', ')} } from './attributes.js';

declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements {
${entries.join('\n')}
    }
    /** \`on:iop-…\` listeners, typed. */
    interface CustomEvents {
${events.join('\n')}
    }
  }
}
`;
}

/** Vue: props are camelCase (`cta-label` -> ctaLabel), events `@iop-x` -> onIopX. */
function vue() {
  imports.clear();
  const entries = elements.map((element) => {
    const props = (element.attributes ?? []).map((a) => `${doc(a.description, '      ')}      ${camel(a.name)}?: ${attrType(a)};`);
    const events = (element.events ?? []).map(
      (e) => `${doc(e.description, '      ')}      on${pascal(e.name)}?: (event: ${typeRef(e.type?.text ?? 'Event')}) => void;`,
    );
    return `    '${element.tagName}': DefineComponent<{\n${[...props, ...events].join('\n')}\n    }>;`;
  });
  return `${header}import type { DefineComponent } from 'vue';
${importLines()}

declare module 'vue' {
  interface GlobalComponents {
${entries.join('\n')}
  }
}

export {};
`;
}

function attributesFile() {
  imports.clear();
  return `${header}${attributeInterfaces()}\n`;
}

const repository = pkg.homepage.replace(/#.*$/, '');
const reference = (element) => [{ name: 'API', url: `${repository}/blob/main/docs/API.md#${element.tagName}` }];

function vscodeHtml() {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tagName,
      description: element.summary ?? element.description ?? '',
      attributes: (element.attributes ?? []).map((a) => ({
        name: a.name,
        description: a.description ?? '',
        ...(valuesOf(attrType(a)) ? { values: valuesOf(attrType(a)).map((name) => ({ name })) } : {}),
        ...(attrType(a) === 'boolean' ? { valueSet: 'v' } : {}),
      })),
      references: reference(element),
    })),
  };
}

function vscodeCss() {
  const properties = new Map();
  const parts = new Map();
  for (const element of elements) {
    for (const p of element.cssProperties ?? [])
      if (!properties.has(p.name))
        properties.set(p.name, { name: p.name, description: `${p.description ?? ''}${p.default ? ` Default: ${p.default}` : ''}`.trim() });
    for (const p of element.cssParts ?? []) {
      const entry = parts.get(p.name) ?? { name: `::part(${p.name})`, description: '' };
      entry.description += `${entry.description ? '\n' : ''}<${element.tagName}>: ${p.description ?? ''}`;
      parts.set(p.name, entry);
    }
  }
  return { version: 1.1, properties: [...properties.values()], pseudoElements: [...parts.values()] };
}

function webTypes() {
  return {
    $schema: 'http://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tagName,
          description: element.summary ?? element.description ?? '',
          'doc-url': reference(element)[0].url,
          attributes: (element.attributes ?? []).map((a) => ({
            name: a.name,
            description: a.description ?? '',
            ...(a.default ? { default: a.default } : {}),
            value: attrType(a) === 'boolean' ? { type: 'boolean', required: false, kind: 'no-value' } : { type: attrType(a), required: false },
          })),
          events: (element.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '' })),
          slots: (element.slots ?? []).map((s) => ({ name: s.name, description: s.description ?? '' })),
          css: {
            properties: (element.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
            parts: (element.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
          },
        })),
      },
    },
  };
}

mkdirSync(OUT, { recursive: true });
const files = {
  'attributes.d.ts': attributesFile(),
  'react.d.ts': jsx('react'),
  'preact.d.ts': jsx('preact'),
  'solid.d.ts': solid(),
  'vue.d.ts': vue(),
  'vscode.html-custom-data.json': `${JSON.stringify(vscodeHtml(), null, 2)}\n`,
  'vscode.css-custom-data.json': `${JSON.stringify(vscodeCss(), null, 2)}\n`,
  'web-types.json': `${JSON.stringify(webTypes(), null, 2)}\n`,
};
for (const [name, text] of Object.entries(files)) writeFileSync(`${OUT}/${name}`, text);
console.log(`wrote ${OUT}: ${Object.keys(files).join(', ')}`);
