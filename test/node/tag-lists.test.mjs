// The custom-element tags are listed in places that cannot import one another cheaply:
// scripts/lib/widgets.mjs (the build's list), each src/<folder>/define.ts with src/index.ts (the
// npm entry), src/script-tag.ts's ELEMENTS (the script tag's registration order) and the server
// render's TAGS (src/ssr/render.ts). This check reads them as text and fails when they drift
// apart: a widget added to one and not the others would be missing from a bundle, or registered
// under the wrong class. In Node with mocha (`npm run test:node`).
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { WIDGETS } from '../../scripts/lib/widgets.mjs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** Every `[tag, Class]` pair of script-tag.ts's ELEMENTS, in order. */
export function scriptTagElements(source) {
  const list = /const ELEMENTS\b[^=]*=\s*\[([\s\S]*?)\];/.exec(source);
  if (!list) throw new Error('src/script-tag.ts has no `const ELEMENTS = [...]` list');
  return [...list[1].matchAll(/\[\s*['"]([^'"]+)['"]\s*,\s*(\w+)\s*\]/g)].map(([, tag, ctor]) => [tag, ctor]);
}

/** Every `define('tag', Class)` of a define.ts, in order. */
export function definedElements(source) {
  return [...source.matchAll(/^define\(\s*['"]([^'"]+)['"]\s*,\s*(\w+)\s*\)/gm)].map(([, tag, ctor]) => [tag, ctor]);
}

/** The tags src/ssr/render.ts prerenders (its own TAGS list). */
export function prerenderedTags(source) {
  const list = /const TAGS\b[^=]*=\s*\[([^\]]*)\]/.exec(source);
  if (!list) throw new Error('src/ssr/render.ts has no `const TAGS = [...]` list');
  return [...list[1].matchAll(/['"]([^'"]+)['"]/g)].map(([, tag]) => tag);
}

/** The folders whose define.ts src/index.ts re-exports (and so registers), in order. */
export function indexFolders(source) {
  return [...source.matchAll(/^export \* from '\.\/([\w-]+)\/define\.js';/gm)].map(([, folder]) => folder);
}

/**
 * What disagrees between the lists, as sentences (none: they agree).
 * `widgets`: scripts/lib/widgets.mjs's WIDGETS; `defines`: folder -> its define.ts text.
 */
export function tagListProblems({ widgets, defines, index, scriptTag, ssr }) {
  const problems = [];
  const same = (a, b) => a.length === b.length && [...a].sort().every((each, i) => each === [...b].sort()[i]);
  const byTag = new Map();
  for (const widget of widgets) {
    const source = defines[widget.folder];
    if (source === undefined) {
      problems.push(`widgets.mjs lists ${widget.folder}, which has no src/${widget.folder}/define.ts`);
      continue;
    }
    const defined = definedElements(source);
    const tags = defined.map(([tag]) => tag);
    if (!same(tags, widget.elements))
      problems.push(`src/${widget.folder}/define.ts registers ${tags.join(', ') || 'nothing'}; widgets.mjs says ${widget.elements.join(', ')}`);
    for (const [tag, ctor] of defined) byTag.set(tag, ctor);
  }
  for (const folder of Object.keys(defines)) {
    if (!widgets.some((widget) => widget.folder === folder)) problems.push(`src/${folder}/define.ts is not in widgets.mjs`);
  }
  const folders = indexFolders(index);
  if (
    !same(
      folders,
      widgets.map((widget) => widget.folder),
    )
  )
    problems.push(`src/index.ts registers ${folders.join(', ')}; widgets.mjs lists ${widgets.map((w) => w.folder).join(', ')}`);

  const elements = scriptTagElements(scriptTag);
  const order = elements.map(([tag]) => tag);
  const allTags = widgets.flatMap((widget) => widget.elements);
  if (!same(order, allTags)) problems.push(`src/script-tag.ts registers ${order.join(', ')}; widgets.mjs lists ${allTags.join(', ')}`);
  const prerendered = prerenderedTags(ssr);
  if (!same(prerendered, allTags)) problems.push(`src/ssr/render.ts prerenders ${prerendered.join(', ')}; widgets.mjs lists ${allTags.join(', ')}`);
  for (const [tag, ctor] of elements) {
    if (byTag.has(tag) && byTag.get(tag) !== ctor) problems.push(`src/script-tag.ts registers <${tag}> as ${ctor}; its define.ts as ${byTag.get(tag)}`);
  }
  // A widget's data elements (<iop-article-card>) are registered before the widget that reads them
  // (<iop-article-cards>), so it finds them upgraded when it first renders.
  for (const widget of widgets) {
    for (const data of widget.elements.filter((tag) => tag !== widget.tag)) {
      if (order.includes(data) && order.includes(widget.tag) && order.indexOf(data) > order.indexOf(widget.tag)) {
        problems.push(`src/script-tag.ts registers <${data}> after <${widget.tag}>, which reads it`);
      }
    }
  }
  return problems;
}

/** The lists as they are in the repository (src/core/define.ts is the shared define(), no widget). */
function repositoryLists() {
  const defines = {};
  for (const entry of readdirSync(new URL('../../src/', import.meta.url), { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name !== 'core' && existsSync(new URL(`../../src/${entry.name}/define.ts`, import.meta.url)))
      defines[entry.name] = read(`src/${entry.name}/define.ts`);
  }
  return { widgets: WIDGETS, defines, index: read('src/index.ts'), scriptTag: read('src/script-tag.ts'), ssr: read('src/ssr/render.ts') };
}

describe('tag lists: widgets.mjs, define.ts, index.ts, script-tag.ts and ssr/render.ts agree', () => {
  it('the repository lists agree', () => {
    const lists = repositoryLists();
    // Not vacuous: every list was read and holds the tags.
    assert.equal(scriptTagElements(lists.scriptTag).length, WIDGETS.flatMap((widget) => widget.elements).length);
    assert.ok(Object.keys(lists.defines).length >= 4);
    assert.deepEqual(tagListProblems(lists), []);
  });

  it('script-tag.ts registers <iop-article-card> before <iop-article-cards>', () => {
    const order = scriptTagElements(read('src/script-tag.ts')).map(([tag]) => tag);
    assert.ok(order.indexOf('iop-article-card') >= 0 && order.indexOf('iop-article-card') < order.indexOf('iop-article-cards'), order.join(', '));
  });

  describe('catches drift (each list changed in a copy)', () => {
    const drifted = (change) => tagListProblems(change(repositoryLists()));

    it('a tag missing from script-tag.ts', () => {
      const problems = drifted((lists) => ({ ...lists, scriptTag: lists.scriptTag.replace(/\s*\['iop-benefits', IopBenefits\],/, '') }));
      assert.match(problems.join('\n'), /script-tag\.ts registers iop-crisis-help/);
    });

    it('an extra tag in script-tag.ts', () => {
      const problems = drifted((lists) => ({
        ...lists,
        scriptTag: lists.scriptTag.replace("['iop-benefits', IopBenefits],", "['iop-benefits', IopBenefits],\n  ['iop-other', IopBenefits],"),
      }));
      assert.equal(problems.length, 1, problems.join('\n'));
    });

    it('the article-card data element after the list', () => {
      const problems = drifted((lists) => ({
        ...lists,
        scriptTag: lists.scriptTag.replace(
          "['iop-article-card', IopArticleCard],\n  ['iop-article-cards', IopArticleCards],",
          "['iop-article-cards', IopArticleCards],\n  ['iop-article-card', IopArticleCard],",
        ),
      }));
      assert.deepEqual(problems, ['src/script-tag.ts registers <iop-article-card> after <iop-article-cards>, which reads it']);
    });

    it('a tag registered with another class in script-tag.ts', () => {
      const problems = drifted((lists) => ({
        ...lists,
        scriptTag: lists.scriptTag.replace("['iop-crisis-help', IopCrisisHelp]", "['iop-crisis-help', IopSelfCheck]"),
      }));
      assert.deepEqual(problems, ['src/script-tag.ts registers <iop-crisis-help> as IopSelfCheck; its define.ts as IopCrisisHelp']);
    });

    it('a define.ts registering a tag widgets.mjs does not list', () => {
      const problems = drifted((lists) => ({
        ...lists,
        defines: { ...lists.defines, benefits: `${lists.defines.benefits}\ndefine('iop-benefit', IopBenefit);\n` },
      }));
      assert.match(problems.join('\n'), /src\/benefits\/define\.ts registers iop-benefits, iop-benefit; widgets\.mjs says iop-benefits/);
    });

    it("a tag missing from the server render's list", () => {
      const problems = drifted((lists) => ({ ...lists, ssr: lists.ssr.replace("'iop-crisis-help', ", '') }));
      assert.equal(problems.length, 1, problems.join('\n'));
      assert.match(problems[0], /^src\/ssr\/render\.ts prerenders /);
    });

    it('a widget folder missing from widgets.mjs, or from src/index.ts', () => {
      assert.match(
        drifted((lists) => ({ ...lists, widgets: lists.widgets.filter((widget) => widget.folder !== 'benefits') })).join('\n'),
        /src\/benefits\/define\.ts is not in widgets\.mjs/,
      );
      assert.match(
        drifted((lists) => ({ ...lists, index: lists.index.replace("export * from './crisis-help/define.js';\n", '') })).join('\n'),
        /src\/index\.ts registers benefits, self-check/,
      );
    });
  });
});
