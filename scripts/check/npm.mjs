// Uses the package the way an app does: `npm pack`, the tarball unpacked under an app's
// node_modules, the README's imports type-checked against the published types, a React 19 and a
// Vue 3 app type-checked with the generated framework types, two small apps built with Vite, and
// both opened in Chromium. Catches a broken exports map, a file missing from
// `files`, `sideEffects` that let a bundler drop the registrations, and a subpath that pulls in
// more than its element. Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { checkPage, launch, report, waitForWidgets } from './page-check.mjs';
import { startServer } from '../lib/serve.mjs';
import { ALL_BUNDLE, TAGS, WIDGETS, registeredBy } from '../lib/widgets.mjs';

if (!existsSync('dist/lib/index.js')) {
  console.error('dist/lib is missing: run `npm run build` first.');
  process.exit(1);
}

// Inside the project, so the app finds `lit` (the package's one dependency) in our node_modules,
// as it would in its own after `npm install iop-widgets`.
const work = '.tmp/npm-check';
rmSync(work, { recursive: true, force: true });
mkdirSync(`${work}/node_modules`, { recursive: true });
const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { encoding: 'utf8' }));
execFileSync('tar', ['-xzf', join(work, filename), '-C', `${work}/node_modules`]);
renameSync(`${work}/node_modules/package`, `${work}/node_modules/iop-widgets`);

const tally = { passed: 0, failed: 0 };

// What a release needs in the tarball: where the project lives, what changed, the API reference
// the README links to, a source map beside every script-tag file, and the framework types.
{
  const root = `${work}/node_modules/iop-widgets`;
  const problems = [];
  const packed = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
  for (const field of ['repository', 'bugs', 'homepage']) if (!packed[field]) problems.push(`package.json has no ${field}`);
  const changelog = existsSync(`${root}/CHANGELOG.md`) ? readFileSync(`${root}/CHANGELOG.md`, 'utf8') : '';
  if (!new RegExp(`^## ${packed.version.replace(/\./g, '\\.')}\\b`, 'm').test(changelog)) problems.push(`CHANGELOG.md has no entry for ${packed.version}`);
  if (!existsSync(`${root}/docs/API.md`)) problems.push('docs/API.md is not in the package');
  if (!readFileSync(`${root}/README.md`, 'utf8').includes('(docs/API.md)')) problems.push('the README does not link docs/API.md');
  for (const file of readdirSync(`${root}/dist`).filter((f) => f.endsWith('.js'))) {
    if (!existsSync(`${root}/dist/${file}.map`)) problems.push(`no source map for dist/${file}`);
    // The files a script-tag bundle fetches when needed (Spanish, the contrast check, the RSS reader) ship beside it.
    for (const [, wanted] of readFileSync(`${root}/dist/${file}`, 'utf8').matchAll(/import\(["'`]\.\/([\w.-]+\.js)["'`]\)/g)) {
      if (!existsSync(`${root}/dist/${wanted}`)) problems.push(`dist/${file} fetches ${wanted}, which is not in the package`);
    }
  }
  for (const target of Object.values(packed.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)))) {
    if (!existsSync(join(root, target))) problems.push(`exports names ${target}, which is not in the package`);
  }
  // Every widget of the list (scripts/lib/widgets.mjs) has its npm entry and its script-tag file.
  for (const { folder, npmEntry, bundle } of WIDGETS) {
    if (packed.exports[npmEntry]?.default !== `./dist/lib/${folder}/define.js`) problems.push(`exports has no ${npmEntry} for dist/lib/${folder}/define.js`);
    if (packed.exports[`./${bundle}`] !== `./dist/${bundle}`) problems.push(`exports has no ./${bundle}`);
  }
  if (packed.exports[`./${ALL_BUNDLE.bundle}`] !== `./dist/${ALL_BUNDLE.bundle}`) problems.push(`exports has no ./${ALL_BUNDLE.bundle}`);
  report(
    tally,
    'package: repository, CHANGELOG entry, docs/API.md, source maps, the files the bundles fetch, every exports target, an entry per widget',
    problems,
  );
}

/** Two apps: one takes every element (and the typed API), one takes only the crisis help. */
const apps = {
  all: `
import 'iop-widgets';
import { IopBenefits, define, type IopSelfCheckCompleteEvent } from 'iop-widgets/classes.js';
import manifest from 'iop-widgets/custom-elements.json';

const check = document.createElement('iop-self-check');
check.mode = 'full';
check.addEventListener('iop-self-check-complete', (event: IopSelfCheckCompleteEvent) => console.log(event.detail.level));
const cards = document.createElement('iop-article-cards');
cards.articles = JSON.stringify([{ title: 'Family sessions', url: '/blog/family' }]);
document.body.append(document.createElement('iop-benefits'), check, document.createElement('iop-crisis-help'), cards);
// Any other widget of the list, as it comes (a new widget is rendered here without an edit).
for (const tag of ${JSON.stringify(WIDGETS.map((widget) => widget.tag))}) if (!document.querySelector(tag)) document.body.append(document.createElement(tag));
// Registering again under the same tag is skipped, not an error.
define('iop-benefits', IopBenefits);
type Manifest = { modules: { declarations?: { tagName?: string }[] }[] };
const declared = (manifest as unknown as Manifest).modules.flatMap((module) => module.declarations ?? []);
document.body.dataset.manifestTags = declared.map((declaration) => declaration.tagName).filter(Boolean).join(' ');
`,
  one: `
import 'iop-widgets/crisis-help.js';

document.body.append(document.createElement('iop-crisis-help'));
`,
};
for (const [name, code] of Object.entries(apps)) {
  mkdirSync(`${work}/${name}`, { recursive: true });
  writeFileSync(`${work}/${name}/main.ts`, code.trimStart());
  writeFileSync(
    `${work}/${name}/index.html`,
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>app</title></head>\n<body><script type="module" src="./main.ts"></script></body></html>\n',
  );
}
writeFileSync(
  `${work}/tsconfig.json`,
  JSON.stringify({
    compilerOptions: {
      target: 'es2022',
      module: 'esnext',
      moduleResolution: 'bundler',
      strict: true,
      noEmit: true,
      resolveJsonModule: true,
      skipLibCheck: false,
      lib: ['es2022', 'dom', 'dom.iterable'],
      types: [],
    },
    include: ['all/main.ts', 'one/main.ts'],
  }),
);

// Framework apps, type-checked only: React 19 (JSX) and Vue 3 (vue-tsc, strict templates), with
// the types the package generates from its manifest. Each also proves a wrong value is an error.
mkdirSync(`${work}/react`, { recursive: true });
writeFileSync(
  `${work}/react/app.tsx`,
  `import 'iop-widgets';
import type {} from 'iop-widgets/react';
import type { IopSelfCheckCompleteEvent } from 'iop-widgets/classes.js';

export function App({ onDone }: { onDone: (level: string) => void }) {
  return (
    <main>
      <iop-benefits layout="grid" cta-label="Talk to our intake team" cta-href="tel:+15555550100" heading-level="3" oniop-benefit-toggle={(event) => console.log(event.detail.id, event.detail.open)} />
      <iop-self-check clinic-name="Riverbend" mode="full" audience="parent" oniop-self-check-complete={(event: IopSelfCheckCompleteEvent) => onDone(event.detail.level)} />
      <iop-crisis-help compact theme="auto" />
      <iop-article-cards articles={JSON.stringify([{ title: 'Family sessions', url: '/blog/family' }])} sort="oldest" show-more oniop-article-open={(event) => event.preventDefault()} />
      {/* @ts-expect-error: not one of the layouts */}
      <iop-benefits layout="carousel" />
    </main>
  );
}
`,
);
writeFileSync(
  `${work}/react/tsconfig.json`,
  JSON.stringify({
    compilerOptions: {
      target: 'es2022',
      module: 'esnext',
      moduleResolution: 'bundler',
      jsx: 'react-jsx',
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      lib: ['es2022', 'dom', 'dom.iterable'],
      types: [],
    },
    include: ['app.tsx'],
  }),
);
mkdirSync(`${work}/vue`, { recursive: true });
writeFileSync(
  `${work}/vue/App.vue`,
  `<script setup lang="ts">
import 'iop-widgets';
import type {} from 'iop-widgets/vue';
import type { IopSelfCheckCompleteEvent } from 'iop-widgets/classes.js';

const done = (event: IopSelfCheckCompleteEvent) => console.log(event.detail.level);
</script>

<template>
  <iop-benefits layout="grid" cta-label="Talk to our intake team" heading-level="3" @iop-benefit-toggle="(event) => console.log(event.detail.open)" />
  <iop-self-check clinic-name="Riverbend" mode="full" @iop-self-check-complete="done" />
  <iop-crisis-help compact theme="auto" />
  <iop-article-cards src="/blog/feed.json" sort="oldest" show-more />
  <!-- @vue-expect-error not one of the layouts -->
  <iop-benefits layout="carousel" />
</template>
`,
);
writeFileSync(
  `${work}/vue/env.d.ts`,
  "declare module '*.vue' { import type { DefineComponent } from 'vue'; const component: DefineComponent; export default component; }\n",
);
writeFileSync(
  `${work}/vue/tsconfig.json`,
  JSON.stringify({
    compilerOptions: {
      target: 'es2022',
      module: 'esnext',
      moduleResolution: 'bundler',
      jsx: 'preserve',
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      lib: ['es2022', 'dom', 'dom.iterable'],
      types: [],
    },
    vueCompilerOptions: { strictTemplates: true },
    include: ['App.vue', 'env.d.ts'],
  }),
);

const server = await startServer({ root: work });
const origin = `http://127.0.0.1:${server.address().port}`;
const { browser, context } = await launch();

// The type check needs no browser page: it is reported on its own line.
const typeProblems = [];
try {
  execFileSync(join(process.cwd(), 'node_modules/.bin/tsc'), ['-p', work], { encoding: 'utf8' });
} catch (error) {
  typeProblems.push(...`${error.stdout}`.trim().split('\n'));
}
report(tally, 'types: the README imports type-check against the published .d.ts', typeProblems);

for (const [name, bin, label] of [
  ['react', 'tsc', 'types: a React 19 app (JSX attributes and oniop-* event props) type-checks with iop-widgets/react'],
  ['vue', 'vue-tsc', 'types: a Vue 3 app (strict templates, @iop-* events) type-checks with iop-widgets/vue'],
]) {
  const problems = [];
  try {
    execFileSync(join(process.cwd(), 'node_modules/.bin', bin), ['-p', `${work}/${name}`], { encoding: 'utf8' });
  } catch (error) {
    problems.push(...`${error.stdout}${error.stderr}`.trim().split('\n'));
  }
  report(tally, label, problems);
}

const built = {};
// The React app above, built and run: React 19 turns the oniop-* prop into a listener.
writeFileSync(
  `${work}/react/main.tsx`,
  `import { createRoot } from 'react-dom/client';\nimport { App } from './app.tsx';\n\ncreateRoot(document.getElementById('root')!).render(<App onDone={() => {}} />);\n`,
);
writeFileSync(
  `${work}/react/index.html`,
  '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>app</title></head>\n<body><div id="root"></div><script type="module" src="./main.tsx"></script></body></html>\n',
);
for (const name of [...Object.keys(apps), 'react']) {
  await build({ root: `${work}/${name}`, base: './', configFile: false, logLevel: 'error', build: { outDir: 'dist', emptyOutDir: true } });
  const assets = `${work}/${name}/dist/assets`;
  built[name] = readdirSync(assets)
    .map((file) => readFileSync(join(assets, file), 'utf8'))
    .join('\n');
}

await checkPage(context, tally, 'npm: every element from `import "iop-widgets"`, built with Vite', async (page, problems) => {
  await page.goto(`${origin}/all/dist/index.html`);
  await waitForWidgets(page);
  const widgets = WIDGETS.map((widget) => widget.tag);
  const state = await page.evaluate(
    (tags) => ({
      rendered: tags.filter((tag) => document.querySelector(tag)?.shadowRoot?.textContent.trim()),
      card: document.querySelector('iop-article-cards').shadowRoot.querySelector('a')?.textContent,
      manifestTags: document.body.dataset.manifestTags,
    }),
    widgets,
  );
  if (state.rendered.length !== widgets.length) problems.push(`rendered only ${state.rendered.join(', ')}`);
  if (state.card !== 'Family sessions') problems.push(`the card link read ${state.card}`);
  for (const tag of TAGS) {
    if (!state.manifestTags?.split(' ').includes(tag)) problems.push(`custom-elements.json does not declare <${tag}>`);
  }
});

await checkPage(context, tally, 'npm: `import "iop-widgets/crisis-help.js"` registers only the crisis help', async (page, problems) => {
  await page.goto(`${origin}/one/dist/index.html`);
  await waitForWidgets(page);
  const own = registeredBy(WIDGETS.find((widget) => widget.folder === 'crisis-help'));
  const others = await page.evaluate(
    (tags) => tags.filter((tag) => customElements.get(tag)),
    TAGS.filter((tag) => !own.includes(tag)),
  );
  if (others.length) problems.push(`also registered ${others.join(', ')}`);
  // The bundler left out what this page does not use: no screener items, no feed parsing.
  for (const text of ['Little interest or pleasure', 'application/xml']) if (built.one.includes(text)) problems.push(`the bundle contains "${text}"`);
});

await checkPage(context, tally, 'npm: a React 19 app hears iop-* events through its oniop-* props', async (page, problems) => {
  await page.goto(`${origin}/react/dist/index.html`);
  await waitForWidgets(page, 'main');
  await page.locator('iop-benefits[layout=grid]').evaluate((el) => el.setAttribute('layout', 'accordion'));
  const toggled = page.waitForEvent('console', (message) => message.text() === 'structure true');
  await page.locator('iop-benefits[layout=accordion] button[aria-expanded]').first().click();
  await toggled.catch(() => problems.push('opening a benefit did not reach oniop-benefit-toggle'));
});

await browser.close();
server.close();
console.log(`Package: ${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed > 0 ? 1 : 0);
