// Writes docs/API.md from custom-elements.json: every element's attributes, events, slots, parts
// and CSS custom properties, straight from the JSDoc in the source, so the docs cannot drift.
// `node scripts/build/api-docs.mjs --check` fails when docs/API.md is not what the source says.
import { readFileSync, writeFileSync } from 'node:fs';

const FILE = 'docs/API.md';
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const cell = (text = '') => String(text).replace(/\|/g, '\\|').replace(/\n+/g, ' ');
const table = (head, rows) =>
  rows.length === 0
    ? ''
    : [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`), ''].join('\n');

const lines = [
  '# iop-widgets API',
  '',
  'Generated from `custom-elements.json` by `npm run docs`; do not edit by hand. `npm test` fails',
  'when this file and the source disagree.',
  '',
  ...elements.map((element) => `- [\`<${element.tagName}>\`](#${element.tagName}): ${element.summary ?? ''}`),
  '',
];
for (const element of elements) {
  lines.push(`## <a id="${element.tagName}"></a>\`<${element.tagName}>\``, '', element.summary ?? '', '');
  if (element.description) lines.push(element.description, '');
  const attributes = (element.attributes ?? []).map((a) => [
    `\`${a.name}\``,
    a.type?.text ? `\`${a.type.text}\`` : '',
    a.default ? `\`${a.default}\`` : '',
    a.description ?? '',
  ]);
  if (attributes.length) lines.push('### Attributes', '', table(['attribute', 'type', 'default', 'description'], attributes));
  const events = (element.events ?? []).map((e) => [`\`${e.name}\``, e.description ?? '']);
  if (events.length)
    lines.push('### Events', '', 'All bubble and cross shadow roots; `event.detail` carries the data.', '', table(['event', 'description'], events));
  const slots = (element.slots ?? []).map((s) => [s.name ? `\`${s.name}\`` : '(default)', s.description ?? '']);
  if (slots.length) lines.push('### Slots', '', table(['slot', 'description'], slots));
  const parts = (element.cssParts ?? []).map((p) => [`\`::part(${p.name})\``, p.description ?? '']);
  if (parts.length) lines.push('### CSS parts', '', table(['part', 'description'], parts));
  const props = (element.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.default ? `\`${p.default}\`` : '', p.description ?? '']);
  if (props.length) lines.push('### CSS custom properties', '', table(['property', 'default', 'description'], props));
}
const output = `${lines
  .join('\n')
  .replace(/\n{3,}/g, '\n\n')
  .trimEnd()}\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(FILE, 'utf8');
  } catch {
    // missing: reported below
  }
  if (current !== output) {
    console.error(`${FILE} is out of date with the source: run \`npm run docs\` and commit it.`);
    process.exit(1);
  }
  console.log(`${FILE} matches the source.`);
} else {
  writeFileSync(FILE, output);
  console.log(`wrote ${FILE} (${elements.length} elements)`);
}
