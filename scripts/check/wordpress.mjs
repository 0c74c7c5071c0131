// The WordPress plugin, checked the way a clinic's webmaster and visitors use it, in a real
// WordPress (Debian's package) on this machine: the zip is built, linted and checked against the
// elements' custom-elements.json, then uploaded through Plugins, Add New, Upload in headless
// Chromium, the settings are saved, a page is made with each block in the block editor (whose
// sidebar and live preview are checked) and one with every shortcode, and visitors' pages are
// checked: every widget renders with the saved settings, only the widgets' own file loads, the
// self-check reaches a result, hostile settings come out escaped; finally the plugin is deleted
// and its option must be gone. Run after `npm run build`. Prints `WordPress: N passed, M failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { axeViolations, launch, openPage, report, waitForWidgets } from './page-check.mjs';
import { buildPlugin, parsePo } from '../build/wordpress-zip.mjs';
import { missingPackages, startWordPress } from '../lib/wordpress-env.mjs';
import { BUNDLES, WIDGETS as LIST } from '../lib/widgets.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const started = Date.now();
// WORDPRESS_SCREENSHOTS=folder keeps pictures of the settings page and each block in the editor.
const screenshots = process.env.WORDPRESS_SCREENSHOTS;
const screenshot = (page, name) => (screenshots ? page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true }) : null);
const tally = { passed: 0, failed: 0 };
/** The plugin's widgets are the widget list's folders (includes/widgets.php is checked against it below). */
const WIDGETS = LIST.map((widget) => widget.folder);
const kebab = (key) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function finish() {
  console.log(`\nWordPress: ${tally.passed} passed, ${tally.failed} failed (${Math.round((Date.now() - started) / 1000)} s)`);
  process.exit(tally.failed ? 1 : 0);
}

/** Runs a named check; a thrown error is one of its problems. */
async function check(name, steps) {
  const problems = [];
  try {
    await steps(problems);
  } catch (error) {
    problems.push(`failed: ${error.message.split('\n')[0]}`);
  }
  report(tally, name, problems);
  return problems.length === 0;
}

// ---------------------------------------------------------------------------------------------
// The plugin as files: built, linted, and checked against the elements.

let built;
await check('plugin zip builds from dist/ with the Spanish files beside the widgets', (problems) => {
  built = buildPlugin();
  for (const file of BUNDLES) {
    if (!built.files.includes(`iop-widgets/assets/js/${file}`)) problems.push(`missing assets/js/${file}`);
  }
  if (built.files.filter((f) => /assets\/js\/iop-.*-es-.*\.js$/.test(f)).length < 4) problems.push('the Spanish files are missing');
  for (const file of ['iop-widgets.php', 'readme.txt', 'uninstall.php', 'languages/iop-widgets-es_ES.mo']) {
    if (!built.files.includes(`iop-widgets/${file}`)) problems.push(`missing ${file}`);
  }
});
if (!built) finish();

const phpFiles = built.files.filter((f) => f.endsWith('.php')).map((f) => join(built.plugin, '..', f));
await check(`php -l: ${phpFiles.length} PHP files`, (problems) => {
  for (const file of phpFiles) {
    const lint = spawnSync('php', ['-l', file], { encoding: 'utf8' });
    if (lint.status !== 0) problems.push(`${relative(built.plugin, file)}: ${(lint.stdout + lint.stderr).trim()}`);
  }
});

const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const elements = new Map(
  manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName)
    .map((d) => [d.tagName, d]),
);
const blockJson = (widget) => JSON.parse(readFileSync(join(root, `wordpress/iop-widgets/blocks/${widget}/block.json`), 'utf8'));
const php = (code) => {
  const run = spawnSync('php', ['-r', `define('ABSPATH', '/'); function __($s, $d = null) { return $s; } ${code}`], {
    encoding: 'utf8',
    cwd: join(root, 'wordpress/iop-widgets/includes'),
  });
  if (run.status !== 0) throw new Error(run.stderr || run.stdout);
  return JSON.parse(run.stdout);
};
await check("the plugin's widgets (includes/widgets.php) are the widget list's: tag, file, included widgets", (problems) => {
  const plugin = php(`require 'widgets.php'; echo json_encode(iop_widgets_widgets());`);
  if (Object.keys(plugin).join() !== WIDGETS.join()) problems.push(`widgets.php lists ${Object.keys(plugin).join(', ')}; the list has ${WIDGETS.join(', ')}`);
  for (const { folder, tag, bundle, includes } of LIST) {
    const entry = plugin[folder];
    if (!entry) continue;
    if (entry.tag !== tag) problems.push(`${folder}: tag ${entry.tag}, the list says ${tag}`);
    if (entry.file !== bundle) problems.push(`${folder}: file ${entry.file}, the list says ${bundle}`);
    if (entry.includes.join() !== includes.join())
      problems.push(`${folder}: includes ${entry.includes.join(', ') || 'nothing'}, the list says ${includes.join(', ') || 'nothing'}`);
    if (!existsSync(join(root, `wordpress/iop-widgets/blocks/${folder}/block.json`))) problems.push(`${folder}: no blocks/${folder}/block.json`);
  }
});
const { labels, choices } = php(`require 'labels.php'; echo json_encode(['labels' => iop_widgets_labels(), 'choices' => iop_widgets_choice_labels()]);`);

for (const widget of WIDGETS) {
  await check(`block ${widget}: its attributes and sidebar labels match <iop-${widget}> in custom-elements.json`, (problems) => {
    const element = elements.get(`iop-${widget}`);
    if (!element) throw new Error(`iop-${widget} is not in custom-elements.json`);
    const block = blockJson(widget).attributes;
    const blockNames = Object.keys(block).map(kebab);
    for (const attribute of element.attributes ?? []) {
      const key = Object.keys(block).find((k) => kebab(k) === attribute.name);
      if (!key) {
        problems.push(`block.json has no attribute for ${attribute.name}`);
        continue;
      }
      const type = attribute.type?.text ?? 'string';
      const options = [...type.matchAll(/'([^']+)'/g)].map((m) => m[1]);
      if (type === 'boolean' && block[key].type !== 'boolean') problems.push(`${key} should be a boolean`);
      if (options.length && JSON.stringify(options) !== JSON.stringify(block[key].enum))
        problems.push(`${key}: enum ${JSON.stringify(block[key].enum)}, element ${JSON.stringify(options)}`);
      // A select for a string attribute whose documentation names its values (sort: newest, oldest, given).
      const documented = (block[key].enum ?? []).every((value) => attribute.description?.includes(`\`${value}\``));
      if (!options.length && block[key].enum && !documented) problems.push(`${key} has an enum the element does not document`);
      if (!labels[attribute.name]?.label) problems.push(`no sidebar label for ${attribute.name} (includes/labels.php)`);
      for (const option of options) if (!choices[option]) problems.push(`no label for the choice ${option}`);
    }
    for (const name of blockNames) {
      if (!(element.attributes ?? []).some((a) => a.name === name)) problems.push(`block.json attribute ${name} is not an attribute of the element`);
    }
  });
}

await check('es_ES translation has every string of the plugin', (problems) => {
  const po = parsePo(readFileSync(join(root, 'wordpress/iop-widgets/languages/iop-widgets-es_ES.po'), 'utf8'));
  const have = new Set(po.filter(([, , str]) => str !== '').map(([ctx, id]) => `${ctx ?? ''}\u0004${id}`));
  const wanted = [];
  for (const file of phpFiles) {
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/(?:__|esc_html__|esc_attr__)\(\s*'((?:[^'\\]|\\.)*)',\s*'iop-widgets'\s*\)/g)) {
      wanted.push(['', m[1].replace(/\\(.)/g, '$1')]);
    }
  }
  for (const widget of WIDGETS) {
    const block = blockJson(widget);
    wanted.push(['block title', block.title], ['block description', block.description]);
  }
  for (const [ctx, id] of wanted) if (!have.has(`${ctx}\u0004${id}`)) problems.push(`untranslated: ${ctx ? `[${ctx}] ` : ''}${id}`);
});

// ---------------------------------------------------------------------------------------------
// A real WordPress.

const missing = missingPackages();
if (missing) {
  report(tally, 'WordPress, PHP and MariaDB are installed', [`run: ${missing}`]);
  finish();
}

let wp;
let browser;
const stopAll = async () => {
  await browser?.close().catch(() => {});
  await wp?.stop();
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => stopAll().finally(() => process.exit(130)));
}

try {
  wp = await startWordPress();
  const { origin } = wp;
  let context;
  ({ browser, context: context } = await launch());
  const visitor = await browser.newContext();

  /** Opens an admin or visitor page that also records dialogs (an alert means injected script ran). */
  const open = async (ctx) => {
    const { page, problems } = await openPage(ctx);
    page.on('dialog', (dialog) => {
      problems.push(`a dialog opened: ${dialog.message()}`);
      dialog.dismiss().catch(() => {});
    });
    return { page, problems };
  };
  /** A check on one page; its problems include the page's console errors and failed requests. */
  const pageCheck = (ctx, name, steps) =>
    check(name, async (problems) => {
      const opened = await open(ctx);
      try {
        await steps(opened.page, problems);
      } finally {
        problems.push(...opened.problems);
        await opened.page.close();
      }
    });

  const admin = await open(context);
  await admin.page.goto(`${origin}/wp-login.php`);
  await admin.page.fill('#user_login', wp.user);
  await admin.page.fill('#user_pass', wp.password);
  await Promise.all([admin.page.waitForURL('**/wp-admin/**'), admin.page.click('#wp-submit')]);
  await admin.page.close();

  const installed = await pageCheck(context, 'the zip installs through Plugins, Add New, Upload, and activates', async (page, problems) => {
    await page.goto(`${origin}/wp-admin/plugin-install.php?tab=upload`);
    await page.setInputFiles('#pluginzip', built.zip);
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Install Now' }).click()]);
    await page.getByText('Plugin installed successfully.').waitFor({ timeout: 30000 });
    await Promise.all([page.waitForURL('**/plugins.php**'), page.getByRole('link', { name: 'Activate Plugin' }).click()]);
    await page.getByText('Plugin activated.').waitFor();
    if (!(await page.getByRole('link', { name: 'Settings' }).first().isVisible())) problems.push('no Settings link beside the plugin');
  });
  if (!installed) throw new Error('the plugin did not install');

  const GOOD = {
    clinic_name: 'Riverbend Clinic',
    phone: '(555) 555-0100',
    cta_href: '/contact',
    cta_label: '',
    quick_exit_url: 'https://weather.example.org/',
    language: 'page',
    color_light: '#1d4f91',
    color_dark: '#9cc3ff',
    crisis_resources: '[{"name": "Samaritans", "description": "Any time, day or night", "actions": [{"label": "Call 116 123", "href": "tel:116123"}]}]',
  };
  const FIELD_LABELS = {
    clinic_name: 'Clinic name',
    phone: 'Phone',
    cta_href: 'Intake link',
    cta_label: 'Intake link text',
    quick_exit_url: 'Quick exit page',
    color_light: 'Brand color, light',
    color_dark: 'Brand color, dark',
    crisis_resources: 'Crisis resources (JSON)',
  };
  /** Fills Settings, IOP widgets by its labels, as a webmaster would, and saves. */
  const saveSettings = async (page, values, { skipBrowserChecks = false } = {}) => {
    await page.goto(`${origin}/wp-admin/options-general.php?page=iop-widgets`);
    // A forged request is not stopped by the form's own checks (the color field's pattern).
    if (skipBrowserChecks) await page.evaluate(() => document.querySelector('#wpbody-content form').setAttribute('novalidate', ''));
    for (const [key, label] of Object.entries(FIELD_LABELS)) await page.getByLabel(label, { exact: true }).fill(values[key]);
    await page.getByLabel('Language', { exact: true }).selectOption(values.language);
    await Promise.all([
      page.waitForURL('**/options-general.php?page=iop-widgets&settings-updated=true'),
      page.getByRole('button', { name: 'Save Changes' }).click(),
    ]);
    await page.waitForLoadState('load');
  };

  await pageCheck(context, 'Settings, IOP widgets saves the clinic’s details; no contrast warning for readable colors', async (page, problems) => {
    await saveSettings(page, GOOD);
    if (!(await page.getByText('Settings saved.').isVisible())) problems.push('no "Settings saved."');
    for (const [key, label] of Object.entries(FIELD_LABELS)) {
      const value = await page.getByLabel(label, { exact: true }).inputValue();
      const expected = key === 'crisis_resources' ? JSON.stringify(JSON.parse(GOOD[key])) : GOOD[key];
      if (value !== expected) problems.push(`${label}: ${JSON.stringify(value)}, expected ${JSON.stringify(expected)}`);
    }
    if (await page.locator('.iop-widgets-contrast').count()) problems.push('a contrast warning for readable colors');
    problems.push(...(await axeViolations(page, '#wpbody-content form')));
    await screenshot(page, 'settings');
  });

  // Posts for the article cards, through the REST API as the editor uses it.
  const editor = await open(context);
  await editor.page.goto(`${origin}/wp-admin/post-new.php?post_type=page`);
  await editor.page.waitForFunction(
    () => window.wp?.data?.select('core/editor')?.getCurrentPostId() && window.wp.blocks.getBlockType('iop-widgets/self-check'),
    null,
    { timeout: 60000 },
  );
  const POSTS = ['How IOPs support long-term recovery', 'What to expect from family sessions', 'Skills you practice in group'];
  await editor.page.evaluate(async (titles) => {
    // WordPress's "Hello world!" would be the newest post.
    await window.wp.apiFetch({ path: '/wp/v2/posts/1?force=true', method: 'DELETE' });
    const tag = await window.wp.apiFetch({ path: '/wp/v2/tags', method: 'POST', data: { name: 'Family' } });
    for (const [i, title] of titles.entries()) {
      await window.wp.apiFetch({
        path: '/wp/v2/posts',
        method: 'POST',
        data: {
          title,
          content: `<!-- wp:paragraph --><p>${title}: a short article about care.</p><!-- /wp:paragraph -->`,
          status: 'publish',
          tags: i === 1 ? [tag.id] : [],
          date: `2026-0${i + 1}-15T10:00:00`,
        },
      });
    }
  }, POSTS);
  await editor.page.close();

  // One page per block, made in the block editor (a widget not named here: its defaults).
  const BLOCK_PAGES = {
    benefits: { attributes: { layout: 'grid' }, control: ['Heading', 'Our IOP, step by step'] },
    'self-check': { attributes: {} },
    'crisis-help': { attributes: {} },
    'article-cards': { attributes: { limit: '2', showMore: true } },
  };
  const pages = {};
  for (const widget of WIDGETS) {
    await pageCheck(
      context,
      `block editor: ${widget} inserts, has a sidebar control per attribute, previews the real element, publishes`,
      async (page, problems) => {
        await page.goto(`${origin}/wp-admin/post-new.php?post_type=page`);
        await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId(), null, { timeout: 60000 });
        const { attributes, control } = BLOCK_PAGES[widget] ?? { attributes: {} };
        await page.evaluate(
          ({ name, attributes }) => {
            const { data, blocks } = window.wp;
            if (data.select('core/edit-post').isFeatureActive('welcomeGuide')) data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
            const block = blocks.createBlock(name, attributes);
            data.dispatch('core/block-editor').insertBlocks(block);
            data.dispatch('core/block-editor').selectBlock(block.clientId);
            data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
          },
          { name: `iop-widgets/${widget}`, attributes },
        );
        const tag = `iop-${widget}`;
        await waitForWidgets(page, `.wp-block-iop-widgets-${widget}`);

        const inspector = page.locator('.block-editor-block-inspector');
        // The sidebar fills in after the block is selected.
        const firstLabel = labels[elements.get(tag).attributes[0].name].label;
        await inspector
          .locator('label', { hasText: firstLabel })
          .first()
          .waitFor({ timeout: 10000 })
          .catch(() => {});
        // textContent: the editor shows labels in capitals with CSS.
        const shown = await inspector.locator('label').evaluateAll((nodes) => nodes.map((node) => node.textContent.trim()));
        if (!shown.length)
          problems.push(
            `the sidebar shows: ${(
              await page
                .locator('.interface-complementary-area')
                .first()
                .innerText()
                .catch(() => 'nothing')
            ).slice(0, 300)}`,
          );
        for (const attribute of elements.get(tag).attributes) {
          if (!shown.includes(labels[attribute.name].label)) problems.push(`no sidebar control "${labels[attribute.name].label}" for ${attribute.name}`);
        }
        const preview = page.locator(`.wp-block-iop-widgets-${widget} ${tag}`);
        if (widget === 'self-check' && (await preview.getAttribute('clinic-name')) !== GOOD.clinic_name)
          problems.push('the preview does not use the saved clinic name');
        if (widget === 'article-cards') {
          // The preview reads the site's own feed.
          await page.locator(`${tag} >> text=${POSTS[2]}`).first().waitFor({ timeout: 15000 });
        }
        if (control) {
          await inspector.getByLabel(control[0], { exact: true }).fill(control[1]);
          await page.waitForFunction(([t, text]) => document.querySelector(t)?.shadowRoot?.textContent.includes(text), [tag, control[1]]);
        }
        await screenshot(page, `editor-${widget}`);
        pages[widget] = await page.evaluate(async (title) => {
          const { data } = window.wp;
          data.dispatch('core/editor').editPost({ title, status: 'publish' });
          await data.dispatch('core/editor').savePost();
          return data.select('core/editor').getPermalink();
        }, `IOP ${widget} block`);
        if (!pages[widget]) problems.push('the page did not publish');
      },
    );
  }

  const SHORTCODES =
    '[iop_benefits layout="list" cta-label="Talk to us" cta_href="tel:+15555550100"]\n\n[iop_self_check mode="full" audience="youth" remember]\n\n[iop_crisis_help compact]\n\n[iop_article_cards limit="1" sort="oldest"]';
  const HOSTILE_SHORTCODE = `[iop_benefits heading='Hi "there" <script>alert(8)</script>' cta-href="javascript:alert(9)" cta-label="x' onclick='alert(10)"]`;
  const makePage = (title, content) =>
    check(`a page with ${title} is published through the REST API`, async (problems) => {
      const { page } = await open(context);
      await page.goto(`${origin}/wp-admin/edit.php?post_type=page`);
      const result = await page.evaluate(
        async ({ origin, title, content }) => {
          const nonce = await (await fetch(`${origin}/wp-admin/admin-ajax.php?action=rest-nonce`)).text();
          const headers = { 'content-type': 'application/json', 'x-wp-nonce': nonce };
          const response = await fetch(`${origin}/?rest_route=/wp/v2/pages`, {
            method: 'POST',
            headers,
            body: JSON.stringify({ title, content, status: 'publish' }),
          });
          return response.json();
        },
        { origin, title, content },
      );
      await page.close();
      if (!result.link) problems.push(`not published: ${JSON.stringify(result).slice(0, 200)}`);
      pages[title] = result.link;
    });
  await makePage('every shortcode', SHORTCODES);
  await makePage('a hostile shortcode', HOSTILE_SHORTCODE);

  // ---------------------------------------------------------------------------------------------
  // Visitors' pages.

  /** The plugin's module scripts on the page, by file name; and any script from another origin. */
  const scripts = (page) =>
    page.evaluate((origin) => {
      const all = [...document.querySelectorAll('script[src]')];
      return {
        modules: all.filter((s) => s.type === 'module' && s.src.includes('/iop-widgets/assets/js/')).map((s) => new URL(s.src).pathname.split('/').pop()),
        foreign: all.filter((s) => !s.src.startsWith(origin)).map((s) => s.src),
      };
    }, origin);
  const expectScripts = async (page, problems, file) => {
    const { modules, foreign } = await scripts(page);
    if (JSON.stringify(modules) !== JSON.stringify(file ? [file] : [])) problems.push(`widget scripts ${JSON.stringify(modules)}, expected ${file ?? 'none'}`);
    if (foreign.length) problems.push(`scripts from elsewhere: ${foreign.join(', ')}`);
  };
  const primary = (page, selector) =>
    page.evaluate((s) => getComputedStyle(document.querySelector(s)).getPropertyValue('--iop-color-primary').trim(), selector);

  await pageCheck(visitor, 'a page with no widget loads no widget script', async (page, problems) => {
    await page.goto(`${origin}/?page_id=2`);
    await expectScripts(page, problems, null);
  });

  await pageCheck(
    visitor,
    'explainer block: its own file only, the saved call to action and brand color, the edited heading, no axe violation',
    async (page, problems) => {
      await page.goto(pages.benefits);
      await waitForWidgets(page);
      await expectScripts(page, problems, 'iop-benefits.js');
      const el = page.locator('iop-benefits');
      if ((await el.getAttribute('cta-href')) !== GOOD.cta_href) problems.push(`cta-href ${await el.getAttribute('cta-href')}`);
      if ((await el.getAttribute('layout')) !== 'grid') problems.push('layout is not grid');
      if (!(await page.getByRole('heading', { name: 'Our IOP, step by step' }).isVisible())) problems.push('the heading set in the editor is not shown');
      if ((await primary(page, 'iop-benefits')) !== GOOD.color_light) problems.push(`--iop-color-primary is ${await primary(page, 'iop-benefits')}`);
      problems.push(...(await axeViolations(page, 'iop-benefits')));
    },
  );

  await pageCheck(visitor, 'self-check block: the saved settings, and a visitor reaches a result by role and label', async (page, problems) => {
    await page.goto(pages['self-check']);
    await waitForWidgets(page);
    await expectScripts(page, problems, 'iop-self-check.js');
    const el = page.locator('iop-self-check');
    for (const [attribute, key] of [
      ['clinic-name', 'clinic_name'],
      ['phone', 'phone'],
      ['cta-href', 'cta_href'],
      ['quick-exit-url', 'quick_exit_url'],
    ]) {
      if ((await el.getAttribute(attribute)) !== GOOD[key]) problems.push(`${attribute} is ${await el.getAttribute(attribute)}`);
    }
    if (!(await page.getByRole('button', { name: 'Exit this page' }).isVisible())) problems.push('no quick exit with the saved quick exit page');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    const result = page.getByRole('link', { name: `Call ${GOOD.phone}` });
    for (let step = 0; step < 30 && !(await result.isVisible()); step++) {
      // One action per task, as a person would (TOOLCHAIN.md).
      const notAtAll = page.getByRole('radio', { name: 'Not at all' });
      await ((await notAtAll.count()) ? notAtAll : page.getByRole('radio').first()).check();
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
    }
    await result.waitFor({ timeout: 5000 });
    if ((await result.getAttribute('href')) !== 'tel:5555550100') problems.push(`call link ${await result.getAttribute('href')}`);
    const cta = page.getByRole('link', { name: `Contact ${GOOD.clinic_name}` });
    if ((await cta.getAttribute('href')) !== GOOD.cta_href) problems.push('the call to action does not use the saved intake link');
    if (!(await page.locator('iop-self-check').getByText('Samaritans').first().isVisible())) problems.push('the saved crisis resources are not shown');
    problems.push(...(await axeViolations(page, 'iop-self-check')));
  });

  await pageCheck(visitor, 'crisis help block: the saved crisis resources replace the US ones', async (page, problems) => {
    await page.goto(pages['crisis-help']);
    await waitForWidgets(page);
    await expectScripts(page, problems, 'iop-crisis-help.js');
    const call = page.getByRole('link', { name: 'Call 116 123' });
    if ((await call.getAttribute('href')) !== 'tel:116123') problems.push('no "Call 116 123" link');
    if (await page.getByRole('link', { name: /988/ }).count()) problems.push('the US 988 line is still shown');
    problems.push(...(await axeViolations(page, 'iop-crisis-help')));
  });

  await pageCheck(visitor, 'article cards block: the site’s own posts, newest first, 2 then "show more", with no request', async (page, problems) => {
    const requests = [];
    page.on('request', (request) => request.resourceType() === 'fetch' && requests.push(request.url()));
    await page.goto(pages['article-cards']);
    await waitForWidgets(page);
    await expectScripts(page, problems, 'iop-article-cards.js');
    const cards = page.locator('iop-article-cards').getByRole('link');
    const titles = await cards.allInnerTexts();
    for (const title of [POSTS[2], POSTS[1]]) if (!titles.some((t) => t.includes(title))) problems.push(`no card for "${title}" in ${JSON.stringify(titles)}`);
    if (titles.some((t) => t.includes(POSTS[0]))) problems.push('more than 2 cards before "show more"');
    await page.locator('iop-article-cards').getByRole('button', { name: /more/i }).click();
    await page
      .locator('iop-article-cards')
      .getByRole('link', { name: new RegExp(POSTS[0]) })
      .waitFor();
    if (requests.length) problems.push(`requests: ${requests.join(', ')}`);
    problems.push(...(await axeViolations(page, 'iop-article-cards')));
  });

  await pageCheck(visitor, 'shortcodes: all four render with their attributes, from the one file with every widget', async (page, problems) => {
    await page.goto(pages['every shortcode']);
    await waitForWidgets(page);
    await expectScripts(page, problems, 'iop-widgets.js');
    const attributes = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('iop-benefits, iop-self-check, iop-crisis-help, iop-article-cards')].map((el) => [
          el.localName,
          Object.fromEntries([...el.attributes].filter((a) => a.name !== 'articles').map((a) => [a.name, a.value])),
        ]),
      ),
    );
    const expected = {
      'iop-benefits': { layout: 'list', 'cta-label': 'Talk to us', 'cta-href': 'tel:+15555550100' },
      'iop-self-check': { mode: 'full', audience: 'youth', remember: '', 'clinic-name': GOOD.clinic_name },
      'iop-crisis-help': { compact: '' },
      'iop-article-cards': { limit: '1', sort: 'oldest' },
    };
    for (const [tag, want] of Object.entries(expected)) {
      for (const [name, value] of Object.entries(want)) {
        if (attributes[tag]?.[name] !== value) problems.push(`${tag} ${name}=${JSON.stringify(attributes[tag]?.[name])}, expected ${JSON.stringify(value)}`);
      }
    }
    const cards = await page.locator('iop-article-cards').getByRole('link').allInnerTexts();
    if (cards.length !== 1 || !cards[0].includes(POSTS[0])) problems.push(`cards ${JSON.stringify(cards)}`);
  });

  // ---------------------------------------------------------------------------------------------
  // Hostile settings: markup, javascript: links and quotes.

  const HOSTILE = {
    clinic_name: 'Riverbend "Clinic" & Co <img src=x onerror=alert(1)>',
    phone: "555' onmouseover='alert(2)",
    cta_href: 'javascript:alert(3)',
    cta_label: 'Call "us" <b>now</b>',
    quick_exit_url: 'javascript:alert(4)',
    language: 'es',
    color_light: '#fff;}</style><script>alert(5)</script>',
    color_dark: '#333333',
    crisis_resources:
      '[{"name": "<img src=x onerror=alert(6)>Line \\"One\\"", "actions": [{"label": "Call", "href": "javascript:alert(7)"}, {"label": "Text <b>us</b>", "href": "sms:741741"}]}]',
  };
  await pageCheck(context, 'hostile settings are sanitized on save, shown escaped, and explained', async (page, problems) => {
    await saveSettings(page, HOSTILE, { skipBrowserChecks: true });
    const text = await page.locator('#wpbody-content').innerText();
    for (const message of ['A link was left out', 'A color was left out', 'Low contrast'])
      if (!text.includes(message)) problems.push(`no message "${message}"`);
    if ((await page.locator('.iop-widgets-contrast').count()) !== 1) problems.push('the dark color’s contrast warning is missing');
    const values = {
      clinic_name: 'Riverbend "Clinic" & Co',
      phone: HOSTILE.phone,
      cta_href: '',
      cta_label: 'Call "us" now',
      quick_exit_url: '',
      color_light: '',
    };
    for (const [key, value] of Object.entries(values)) {
      const shown = await page.getByLabel(FIELD_LABELS[key], { exact: true }).inputValue();
      if (shown !== value) problems.push(`${key}: ${JSON.stringify(shown)}, expected ${JSON.stringify(value)}`);
    }
    if (await page.locator('img[src="x"], [onerror], [onmouseover]').count()) problems.push('markup from a setting reached the settings page');
  });

  const noInjection = async (page, problems) => {
    const found = await page.evaluate(() => ({
      handlers: document.querySelectorAll('img[src="x"], [onerror], [onmouseover], [onclick]').length,
      scripts: [...document.scripts].filter((s) => /alert\(/.test(s.textContent)).length,
      styles: [...document.querySelectorAll('style')].filter((s) => s.textContent.includes('alert(')).length,
      javascript: [...document.querySelectorAll('*')]
        .flatMap((el) => [el, ...(el.shadowRoot ? el.shadowRoot.querySelectorAll('*') : [])])
        .flatMap((el) => [...el.attributes].filter((a) => /^\s*javascript:/i.test(a.value)).map((a) => `${el.localName} ${a.name}`)),
    }));
    if (found.handlers || found.scripts || found.styles || found.javascript.length) problems.push(`injected: ${JSON.stringify(found)}`);
  };

  await pageCheck(
    visitor,
    'hostile settings come out escaped: quotes kept as text, javascript: links dropped, markup inert; Spanish as set',
    async (page, problems) => {
      const spanish = [];
      page.on('response', (response) => /iop-self-check-es-.*\.js$/.test(response.url()) && spanish.push(response.headers()['content-type']));
      await page.goto(pages['self-check']);
      await waitForWidgets(page);
      const el = page.locator('iop-self-check');
      if ((await el.getAttribute('clinic-name')) !== 'Riverbend "Clinic" & Co') problems.push(`clinic-name ${await el.getAttribute('clinic-name')}`);
      if ((await el.getAttribute('phone')) !== HOSTILE.phone) problems.push(`phone ${await el.getAttribute('phone')}`);
      for (const attribute of ['cta-href', 'quick-exit-url'])
        if ((await el.getAttribute(attribute)) !== null) problems.push(`${attribute} kept: ${await el.getAttribute(attribute)}`);
      if ((await el.getAttribute('lang')) !== 'es') problems.push('lang is not es');
      await page.getByRole('heading', { name: '¿Es un IOP adecuado para mí?' }).waitFor({ timeout: 5000 });
      if (!spanish[0]?.startsWith('text/javascript')) problems.push(`the Spanish file was ${spanish.length ? `served as ${spanish[0]}` : 'not loaded'}`);
      const resources = JSON.parse((await el.getAttribute('crisis-resources')) ?? 'null');
      const expected = [{ name: 'Line "One"', actions: [{ label: 'Text us', href: 'sms:741741' }] }];
      if (JSON.stringify(resources) !== JSON.stringify(expected)) problems.push(`crisis-resources ${JSON.stringify(resources)}`);
      if ((await primary(page, 'iop-self-check')) !== '') problems.push('an invalid light color reached the page');
      await noInjection(page, problems);
    },
  );

  await pageCheck(visitor, 'hostile crisis resources: names as text, javascript: links left out', async (page, problems) => {
    await page.goto(pages['crisis-help']);
    await waitForWidgets(page);
    const el = page.locator('iop-crisis-help');
    if (!(await el.getByText('Line "One"').first().isVisible())) problems.push('the resource name is not shown as text');
    if ((await el.getByRole('link', { name: 'Text us' }).getAttribute('href')) !== 'sms:741741') problems.push('the sms: action is missing');
    if (await el.getByRole('link', { name: 'Call', exact: true }).count()) problems.push('the javascript: action is shown');
    await noInjection(page, problems);
  });

  await pageCheck(visitor, 'hostile shortcode attributes come out escaped', async (page, problems) => {
    await page.goto(pages['a hostile shortcode']);
    await waitForWidgets(page);
    const el = page.locator('iop-benefits');
    if ((await el.getAttribute('cta-href')) !== null) problems.push(`cta-href kept: ${await el.getAttribute('cta-href')}`);
    if ((await el.getAttribute('cta-label')) !== "x' onclick='alert(10)") problems.push(`cta-label ${await el.getAttribute('cta-label')}`);
    const heading = await page.locator('iop-benefits h2').first().innerText();
    if (heading !== 'Hi "there" <script>alert(8)</script>') problems.push(`heading ${JSON.stringify(heading)}`);
    await noInjection(page, problems);
  });

  await pageCheck(context, 'the privacy policy guide says the plugin stores nothing about visitors', async (page, problems) => {
    await page.goto(`${origin}/wp-admin/options-privacy.php?tab=policyguide`);
    const text = await page.locator('#wpbody-content').evaluate((node) => node.textContent);
    if (!text.includes('IOP widgets stores nothing about visitors')) problems.push('no text from the plugin in Settings, Privacy, Policy guide');
  });

  await pageCheck(context, 'in a Spanish WordPress the settings page, the blocks and their sidebar are in Spanish (es_ES)', async (page, problems) => {
    // Settings, General, Site Language, without the form's download of translations (offline).
    wp.mysql(
      "INSERT INTO wordpress.wp_options (option_name, option_value, autoload) VALUES ('WPLANG', 'es_ES', 'yes') ON DUPLICATE KEY UPDATE option_value = 'es_ES'",
    );
    try {
      await page.goto(`${origin}/wp-admin/options-general.php?page=iop-widgets`);
      for (const label of ['Nombre de la clínica', 'Color de marca, oscuro', 'Recursos de crisis (JSON)']) {
        if (!(await page.getByLabel(label, { exact: true }).count())) problems.push(`no field labelled "${label}"`);
      }
      await page.goto(`${origin}/wp-admin/post-new.php?post_type=page`);
      await page.waitForFunction(() => window.wp?.blocks?.getBlockType('iop-widgets/self-check'), null, { timeout: 60000 });
      const names = await page.evaluate(() => ({
        title: window.wp.blocks.getBlockType('iop-widgets/self-check').title,
        label: window.iopWidgetsEditor.labels['clinic-name'].label,
      }));
      if (names.title !== 'Autoevaluación IOP' || names.label !== 'Nombre de la clínica') problems.push(`editor: ${JSON.stringify(names)}`);
    } finally {
      wp.mysql("UPDATE wordpress.wp_options SET option_value = '' WHERE option_name = 'WPLANG'");
    }
  });

  await pageCheck(context, 'deleting the plugin removes its option', async (page, problems) => {
    if (wp.mysql("SELECT COUNT(*) FROM wordpress.wp_options WHERE option_name = 'iop_widgets_settings'") !== '1') problems.push('the option was never saved');
    await page.goto(`${origin}/wp-admin/plugins.php`);
    await Promise.all([page.waitForLoadState('load'), page.getByRole('link', { name: 'Deactivate IOP widgets' }).click()]);
    await page.getByText('Plugin deactivated.').waitFor();
    page.removeAllListeners('dialog');
    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('link', { name: 'Delete IOP widgets' }).click();
    await page.getByText('IOP widgets was successfully deleted.').waitFor({ timeout: 30000 });
    if (wp.mysql("SELECT COUNT(*) FROM wordpress.wp_options WHERE option_name = 'iop_widgets_settings'") !== '0') problems.push('the option is still there');
    if (existsSync(join(wp.content, 'plugins/iop-widgets'))) problems.push('the plugin folder is still there');
  });

  await check('PHP logged no warning from the plugin', (problems) => {
    problems.push(...wp.phpLog.filter((line) => line.includes('iop-widgets')));
  });
} catch (error) {
  report(tally, 'the WordPress check ran to the end', [error.message.split('\n')[0]]);
} finally {
  await stopAll();
}
finish();
