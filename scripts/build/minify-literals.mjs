// A Vite plugin that shrinks the css`` and html`` template literals of our own sources in the
// script-tag bundle. JS minifiers leave template text alone; most of it is indentation and
// comments. Only whitespace and CSS comments are touched, never the text a visitor reads:
// quoted CSS strings, quoted attribute values and <pre>/<textarea> templates are left as written.
// Tested in test/node/minify-literals.test.mjs. Kept over Lit's own
// @lit-labs/rollup-plugin-minify-html-literals 0.2.0: measured 2026-11-29, that made
// iop-widgets.js 38.30 KB min+gzip against 37.94 KB with this, and could not read one of our
// css`` templates with expressions (LightningCSS: "Unexpected end of input").
import { parseAst } from 'vite';

/** A CSS comment, or a quoted string (`'…'` or `"…"`, with escapes): read in one pass, so neither hides in the other. */
const CSS_COMMENT_OR_STRING = /\/\*[\s\S]*?\*\/|(["'])(?:\\[\s\S]|(?!\1)[^\\\n])*\1/g;

/** CSS outside strings and comments: collapse whitespace, and remove it around punctuation that needs none. */
function minifyCssCode(text) {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/\s*!important/g, '!important')
    .replace(/([\s:(,])0\.(\d)/g, '$1.$2')
    .replace(/;}/g, '}');
}

/** CSS: comments dropped, the rules above between quoted strings, which are kept as written (`content: ' · '`). */
export function minifyCss(text) {
  let output = '';
  let code = '';
  let last = 0;
  for (const match of text.matchAll(CSS_COMMENT_OR_STRING)) {
    code += text.slice(last, match.index);
    last = match.index + match[0].length;
    if (!match[1]) continue; // a comment: dropped
    output += minifyCssCode(code) + match[0];
    code = '';
  }
  return output + minifyCssCode(code + text.slice(last));
}

/**
 * HTML, one template at a time (`parts` are its text pieces between `${…}` expressions):
 * - whitespace with a line break between a tag and a tag, or between a tag and an expression
 *   (the start or end of a piece), goes: it only indents markup;
 * - any other run of whitespace becomes one space, so words, inline elements and expressions
 *   keep their gaps (text, a line break, then `<strong>` keeps one space);
 * - quoted attribute values are kept as written (`title="a  b"`), across expressions too.
 */
export function minifyHtml(parts) {
  let inTag = false;
  let quote = '';
  return parts.map((text) => {
    let output = '';
    for (let i = 0; i < text.length; i++) {
      const char = text[i];
      if (quote) {
        output += char;
        if (char === quote) quote = '';
      } else if (inTag && (char === '"' || char === "'")) {
        output += char;
        quote = char;
      } else if (/\s/.test(char)) {
        const run = /^\s+/.exec(text.slice(i))[0];
        i += run.length - 1;
        const before = output === '' ? '' : output.at(-1);
        const after = text[i + 1] ?? '';
        const nextToTag = (before === '>' && (after === '<' || after === '')) || (before === '' && after === '<');
        output += run.includes('\n') && nextToTag && !inTag ? '' : ' ';
      } else {
        output += char;
        if (!inTag && char === '<' && /[a-zA-Z/!]/.test(text[i + 1] ?? '')) inTag = true;
        else if (inTag && char === '>') inTag = false;
      }
    }
    return output;
  });
}

function walk(node, visit) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (typeof node.type === 'string') visit(node);
  for (const key of Object.keys(node)) {
    if (key !== 'type' && key !== 'start' && key !== 'end') walk(node[key], visit);
  }
}

/** The edits for one module's code: each css`` and html`` template's text pieces, minified. */
export function minifyTemplates(code) {
  const edits = [];
  walk(parseAst(code, { lang: 'js' }), (node) => {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
    const { name } = node.tag;
    if (name !== 'css' && name !== 'html') return;
    const quasis = node.quasi.quasis;
    const raws = quasis.map((quasi) => code.slice(quasi.start, quasi.end));
    // Positions not what we expect: leave the template alone.
    if (raws.some((raw, i) => raw !== quasis[i].value.raw)) return;
    // Whitespace is the content of <pre> and <textarea>.
    if (name === 'html' && raws.some((raw) => /<(pre|textarea)\b/i.test(raw))) return;
    const minified = name === 'css' ? raws.map(minifyCss) : minifyHtml(raws);
    quasis.forEach((quasi, i) => edits.push({ start: quasi.start, end: quasi.end, text: minified[i] }));
  });
  if (edits.length === 0) return null;
  let output = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    output = output.slice(0, edit.start) + edit.text + output.slice(edit.end);
  }
  return output;
}

export function minifyLiterals() {
  return {
    name: 'iop-minify-literals',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/src/') || !/\.[jt]s$/.test(id) || !/\b(css|html)`/.test(code)) return null;
      const output = minifyTemplates(code);
      return output === null ? null : { code: output, map: null };
    },
  };
}
