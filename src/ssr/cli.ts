#!/usr/bin/env node
/// <reference types="node" />
/**
 * `npx iop-widgets render '<iop-benefits layout="grid"></iop-benefits>' [--lang es]`: prints the
 * element prerendered (declarative shadow DOM) for a static page. `fallback` prints only the no-JS
 * content to write inside the element.
 */
import { fallbackHtml, parseElement, prerender } from './index.js';

const USAGE = `Usage:
  iop-widgets render '<iop-benefits layout="grid"></iop-benefits>' [--lang es]   prerendered HTML (declarative shadow DOM)
  iop-widgets fallback '<iop-crisis-help></iop-crisis-help>' [--lang es]         the no-JS content to put inside the element
Load iop-hydrate.js before the widgets' script on the page, so they adopt the HTML instead of drawing it again.`;

async function main(args: string[]): Promise<number> {
  const langAt = args.indexOf('--lang');
  const lang = langAt >= 0 ? args[langAt + 1] : undefined;
  const [command, ...markup] = langAt >= 0 ? args.filter((_, i) => i !== langAt && i !== langAt + 1) : args;
  if ((command !== 'render' && command !== 'fallback') || markup.length === 0 || (langAt >= 0 && !lang)) {
    console.error(USAGE);
    return 2;
  }
  for (const element of markup) {
    if (command === 'render') {
      process.stdout.write(`${await prerender(element, { lang })}\n`);
    } else {
      const { tag, attributes } = parseElement(element);
      process.stdout.write(`${fallbackHtml(tag, attributes, lang)}\n`);
    }
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`iop-widgets: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  },
);
