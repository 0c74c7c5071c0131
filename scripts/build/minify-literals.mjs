// A Vite plugin that shrinks the css`` and html`` template literals of our own sources in the
// script-tag bundle. JS minifiers leave template text alone; most of it is indentation and
// comments. Only whitespace and CSS comments are touched, never the text a visitor reads.
import { parseAst } from 'vite';

/** CSS: drop comments, collapse whitespace, and remove it around punctuation that needs none. */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/\s*!important/g, '!important')
    .replace(/([\s:(,])0\.(\d)/g, '$1.$2')
    .replace(/;}/g, '}');
}

/**
 * HTML: whitespace that holds a line break next to a tag goes (it only indents markup);
 * any other run of whitespace becomes one space, so words and inline elements keep their gaps.
 */
export function minifyHtml(text) {
  return text
    .replace(/>\s*\n\s*/g, '>')
    .replace(/\s*\n\s*</g, '<')
    .replace(/\s+/g, ' ');
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

export function minifyLiterals() {
  return {
    name: 'iop-minify-literals',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/src/') || !/\.[jt]s$/.test(id) || !/\b(css|html)`/.test(code)) return null;
      const edits = [];
      walk(parseAst(code, { lang: 'js' }), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        const minify = node.tag.name === 'css' ? minifyCss : node.tag.name === 'html' ? minifyHtml : null;
        if (!minify) return;
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          if (raw !== quasi.value.raw) continue; // positions not what we expect: leave it alone
          edits.push({ start: quasi.start, end: quasi.end, text: minify(raw) });
        }
      });
      if (edits.length === 0) return null;
      let output = code;
      for (const edit of edits.sort((a, b) => b.start - a.start)) {
        output = output.slice(0, edit.start) + edit.text + output.slice(edit.end);
      }
      return { code: output, map: null };
    },
  };
}
