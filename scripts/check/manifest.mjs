// Checks custom-elements.json as the tools that read it would: valid against the schema of its
// schemaVersion (the `custom-elements-manifest` package's JSON schema), every path a file the
// package ships, every reference resolvable, every element registered by a
// custom-element-definition export, the shared theme tokens and attributes on every element, the
// fixed-value attributes typed as unions, and no CSS copied in as a "default".
// Run after `npm run build`; prints `Manifest: N passed, M failed`.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { report } from './page-check.mjs';
import { sharedTokens } from '../../custom-elements-manifest.config.mjs';
import { TAGS } from '../lib/widgets.mjs';

const require = createRequire(import.meta.url);
const schema = require('custom-elements-manifest/schema.json');
const schemaVersion = require('custom-elements-manifest/package.json').version;
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const tally = { passed: 0, failed: 0 };
const check = (name, problems) => report(tally, name, problems);

const modules = manifest.modules ?? [];
const declarations = modules.flatMap((module) => (module.declarations ?? []).map((declaration) => ({ module, declaration })));
const elements = declarations.filter(({ declaration }) => declaration.customElement && declaration.tagName);

{
  const ajv = new Ajv({ allErrors: true, strict: false });
  const valid = ajv.validate(schema, manifest);
  const problems = valid ? [] : ajv.errors.map((e) => `${e.instancePath || '/'} ${e.message}`);
  if (manifest.schemaVersion !== schemaVersion) problems.push(`schemaVersion ${manifest.schemaVersion}, the schema checked is ${schemaVersion}`);
  check(`schema: valid against custom-elements-manifest ${schemaVersion}`, problems);
}

{
  const problems = [];
  if (!pkg.files.includes('custom-elements.json') || pkg.customElements !== 'custom-elements.json')
    problems.push('package.json does not ship or point at custom-elements.json');
  for (const module of modules) {
    if (!module.path.startsWith('dist/lib/') || !module.path.endsWith('.js')) problems.push(`${module.path}: not a shipped JavaScript path`);
    else if (!existsSync(module.path)) problems.push(`${module.path}: no such file after the build`);
  }
  check('paths: every module is a JavaScript file the package ships (dist/lib)', problems);
}

{
  const problems = [];
  const byPath = new Map(modules.map((m) => [m.path, m]));
  const resolves = (ref, seen = new Set()) => {
    if (ref.package) return true;
    const module = byPath.get(ref.module);
    if (!module || seen.has(ref.module + ref.name)) return false;
    seen.add(ref.module + ref.name);
    if (ref.name === '*') return true;
    return (
      (module.declarations ?? []).some((d) => d.name === ref.name) ||
      (module.exports ?? []).some((e) => e.kind === 'js' && (e.name === ref.name || e.name === '*') && resolves(e.declaration, seen))
    );
  };
  for (const module of modules) {
    for (const entry of module.exports ?? [])
      if (!resolves(entry.declaration)) problems.push(`${module.path} exports ${entry.name} from ${entry.declaration.module}: not found`);
    for (const declaration of module.declarations ?? []) {
      if (declaration.superclass && !resolves(declaration.superclass))
        problems.push(`${declaration.name}'s superclass ${declaration.superclass.name} (${declaration.superclass.module}) is not found`);
      for (const member of declaration.members ?? []) {
        if (member.inheritedFrom && !resolves(member.inheritedFrom))
          problems.push(`${declaration.name}.${member.name} inherited from ${member.inheritedFrom.module}: not found`);
      }
    }
  }
  check('references: every export, superclass and inherited member resolves', problems);
}

{
  const problems = [];
  const definitions = modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition'));
  for (const { module, declaration } of elements) {
    const definition = definitions.find((d) => d.name === declaration.tagName);
    if (!definition) problems.push(`<${declaration.tagName}> has no custom-element-definition export`);
    else if (definition.declaration.name !== declaration.name || definition.declaration.module !== module.path)
      problems.push(`<${declaration.tagName}>'s definition points at ${definition.declaration.name} in ${definition.declaration.module}`);
  }
  const found = elements.map(({ declaration }) => declaration.tagName).sort();
  if (found.join() !== TAGS.join()) problems.push(`elements: ${found.join(', ')}; the widget list (scripts/lib/widgets.mjs) has ${TAGS.join(', ')}`);
  check('definitions: every element has a custom-element-definition export, one per tag of the widget list', problems);
}

{
  const problems = [];
  const tokens = sharedTokens();
  for (const { declaration } of elements) {
    for (const [name, fallback] of tokens) {
      const prop = declaration.cssProperties?.find((p) => p.name === name);
      if (!prop) problems.push(`<${declaration.tagName}> does not list ${name}`);
      else if (!prop.description) problems.push(`<${declaration.tagName}>: ${name} has no description`);
      else if (prop.default !== fallback) problems.push(`<${declaration.tagName}>: ${name} default ${prop.default}, the CSS falls back to ${fallback}`);
    }
    for (const attribute of ['theme', 'heading-level']) {
      if (!declaration.attributes?.some((a) => a.name === attribute)) problems.push(`<${declaration.tagName}> has no ${attribute} attribute`);
    }
  }
  check('shared: every element lists every theme token (with its default) and the shared attributes', problems);
}

{
  const problems = [];
  const union = /^'[^']*'( \| '[^']*')+$/;
  const enums = { theme: "'light'", 'heading-level': undefined, layout: true, sort: undefined, mode: "'brief'", audience: "'adult'" };
  for (const { declaration } of elements) {
    for (const attribute of declaration.attributes ?? []) {
      if (/\bundefined\b/.test(attribute.type?.text ?? ''))
        problems.push(`<${declaration.tagName} ${attribute.name}>: an attribute is never undefined (${attribute.type.text})`);
      if (!(attribute.name in enums)) continue;
      if (!union.test(attribute.type?.text ?? ''))
        problems.push(`<${declaration.tagName} ${attribute.name}> is typed ${attribute.type?.text}, not a union of its values`);
      const expectedDefault = enums[attribute.name];
      if (typeof expectedDefault === 'string' && attribute.default !== expectedDefault)
        problems.push(`<${declaration.tagName} ${attribute.name}> default ${attribute.default}, expected ${expectedDefault}`);
    }
  }
  for (const { declaration } of declarations) {
    for (const member of [declaration, ...(declaration.members ?? [])]) {
      if (/^css`/.test(member.default ?? '')) problems.push(`${declaration.name}${member === declaration ? '' : `.${member.name}`}: CSS as its default`);
    }
  }
  check('types: fixed-value attributes are unions with their defaults; no CSS dumped as a default', problems);
}

console.log(`Manifest: ${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed > 0 ? 1 : 0);
