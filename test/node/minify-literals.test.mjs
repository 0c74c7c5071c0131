// scripts/build/minify-literals.mjs rewrites the css`` and html`` templates of the shipped
// bundles: every rewrite it does, and what it must leave as written. In Node with mocha
// (`npm run test:node`); the build itself is checked byte for byte by the size and demo checks.
import { strict as assert } from 'node:assert';
import { minifyCss, minifyHtml, minifyLiterals, minifyTemplates } from '../../scripts/build/minify-literals.mjs';

const html = (...parts) => minifyHtml(parts);

describe('minify-literals: CSS', () => {
  it('drops comments, also ones that span lines or hold quotes', () => {
    assert.equal(minifyCss("a { /* why\n it's so */ color: red; }"), 'a{color:red}');
  });

  it('collapses whitespace and removes it around { } ; , and after a colon', () => {
    assert.equal(minifyCss(':host,\n  .a > b {\n    margin: 0 auto;\n    font-family: a, b;\n  }\n'), ':host,.a > b{margin:0 auto;font-family:a,b}');
  });

  it('leaves one space at either end of a piece: an expression may stand there (`${a} b`)', () => {
    assert.equal(minifyCss('\n  a { color: red; }\n  '), ' a{color:red}');
    assert.equal(minifyCss('\n  b { margin: '), ' b{margin:');
    assert.equal(minifyCss(' solid; }\n'), ' solid}');
  });

  it('writes 0.5 as .5 after a space, colon, parenthesis or comma, not inside a larger number', () => {
    assert.equal(
      minifyCss('a { margin: 0.5em 0.25em; width: calc(0.5em + 10.5px); opacity: 0.75; }'),
      'a{margin:.5em .25em;width:calc(.5em + 10.5px);opacity:.75}',
    );
  });

  it('joins !important and drops the last semicolon of a block', () => {
    assert.equal(minifyCss('a { color: red !important; }'), 'a{color:red!important}');
  });

  it('keeps the space of a descendant combinator before a pseudo-class', () => {
    assert.equal(minifyCss('.level > :not(.bar) { gap: 0; }\n.a :focus-visible { outline: 0 }'), '.level > :not(.bar){gap:0}.a :focus-visible{outline:0}');
  });

  it('keeps the spaces of calc() operators and media queries', () => {
    assert.equal(
      minifyCss('@media (min-width: 40em) and (max-width: 60em) {\n  a { inset: calc(1em - 2px); }\n}'),
      '@media (min-width:40em) and (max-width:60em){a{inset:calc(1em - 2px)}}',
    );
  });

  it('leaves quoted strings as written: spaces, commas, semicolons, braces, 0.5 and comment marks', () => {
    assert.equal(minifyCss("a::before { content: ' · ';  }"), "a::before{content:' · '}");
    assert.equal(minifyCss('a::after { content: "a,  b; {c} 0.5 /* d */"; }'), 'a::after{content:"a,  b; {c} 0.5 /* d */"}');
    assert.equal(minifyCss("a::before { content: '#' / ''; }"), "a::before{content:'#' / ''}");
    assert.equal(minifyCss("a { content: 'it\\'s  so'; }"), "a{content:'it\\'s  so'}");
  });

  it('a quote inside a comment does not start a string', () => {
    assert.equal(minifyCss("/* the page's box sizing */a { color: red; }  b { content: ' x '; }"), "a{color:red}b{content:' x '}");
  });
});

describe('minify-literals: HTML', () => {
  it('drops line breaks and indentation between tags', () => {
    assert.deepEqual(html('\n  <ul>\n    <li>One</li>\n    <li>Two</li>\n  </ul>\n'), ['<ul><li>One</li><li>Two</li></ul>']);
  });

  it('drops indentation between a tag and an expression, on either side', () => {
    assert.deepEqual(html('\n  <p>\n    ', '\n  </p>\n'), ['<p>', '</p>']);
  });

  it('keeps one space where words and inline elements meet, on one line or across a line break', () => {
    assert.deepEqual(html('<p>Call   <strong>988</strong>  now</p>'), ['<p>Call <strong>988</strong> now</p>']);
    // The space after <p> and before </p> shows nothing, but the minifier cannot tell <p> from <strong>.
    assert.deepEqual(html('<p>\n  Call\n  <strong>988</strong>\n  now\n</p>'), ['<p> Call <strong>988</strong> now </p>']);
  });

  it('keeps one space between an expression and text or another expression', () => {
    assert.deepEqual(html('<p>', '\n  and\n  ', '\n  ', '</p>'), ['<p>', ' and ', ' ', '</p>']);
  });

  it('a space without a line break between two tags stays: it may be a gap between inline elements', () => {
    assert.deepEqual(html('<b>a</b> <i>b</i>'), ['<b>a</b> <i>b</i>']);
  });

  it('leaves quoted attribute values as written, also around an expression in them', () => {
    assert.deepEqual(html('<a title="Call  988\n  now"  href="/x">x</a>'), ['<a title="Call  988\n  now" href="/x">x</a>']);
    assert.deepEqual(html('<span aria-label="Step  ', '  of  ', '"\n  >x</span>'), ['<span aria-label="Step  ', '  of  ', '" >x</span>']);
    assert.deepEqual(html("<p data-x='a  >\n  <b>'>\n  text</p>"), ["<p data-x='a  >\n  <b>'> text</p>"]);
  });

  it('collapses whitespace between attributes, also across line breaks inside a tag', () => {
    assert.deepEqual(html('<a\n  part="action"\n  href=', '\n  >', '</a\n>'), ['<a part="action" href=', ' >', '</a >']);
  });

  it('a lone < in text is not a tag', () => {
    assert.deepEqual(html('<p>1 < 2 and "a  b"</p>'), ['<p>1 < 2 and "a b"</p>']);
  });
});

describe('minify-literals: which templates', () => {
  it('rewrites only css`` and html`` tagged templates', () => {
    const code = [
      'const a = css`a {\n  color: red;\n}`;',
      'const b = html`<p>\n  <b>x</b>\n</p>`;',
      "const c = 'html`<p>\\n  <b>x</b>\\n</p>`';",
      'const d = `<p>\n  <b>x</b>\n</p>`;',
      'const e = svg`<g>\n  <path />\n</g>`;',
      'const f = lit.html`<p>\n  <b>x</b>\n</p>`;',
      'const g = unsafeCSS(`a {\n  color: red;\n}`);',
    ].join('\n');
    const untouched = code.slice(code.indexOf('const c'));
    assert.equal(minifyTemplates(code), `const a = css\`a{color:red}\`;\nconst b = html\`<p><b>x</b></p>\`;\n${untouched}`);
  });

  it('leaves an html`` template with <pre> or <textarea> as written', () => {
    const code = 'const a = html`<pre>\n  line one\n    line two\n</pre>`;\nconst b = html`<textarea>\n  a  b\n</textarea>`;';
    assert.equal(minifyTemplates(code), null);
  });

  it('keeps expressions and escapes as written', () => {
    const code = 'const a = html`<p class=${x}>\n  ${y}\n</p>\\n  <i>\\u00a0</i>`;';
    assert.equal(minifyTemplates(code), 'const a = html`<p class=${x}>${y}</p>\\n <i>\\u00a0</i>`;');
  });

  it('returns null when nothing is to be done', () => {
    assert.equal(minifyTemplates('const a = 1;'), null);
  });

  it('the Vite plugin runs at build only, on our own sources with templates', () => {
    const plugin = minifyLiterals();
    assert.equal(plugin.apply, 'build');
    const code = 'const a = css`a {\n  color: red;\n}`;';
    assert.deepEqual(plugin.transform(code, '/repo/src/core/styles.ts'), { code: 'const a = css`a{color:red}`;', map: null });
    assert.equal(plugin.transform(code, '/repo/node_modules/lit/index.js'), null);
    assert.equal(plugin.transform(code, '/repo/src/core/styles.css'), null);
    assert.equal(plugin.transform('const a = 1;', '/repo/src/core/a.ts'), null);
  });
});
