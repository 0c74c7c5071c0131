import { expect } from '@open-wc/testing';

/**
 * What a webmaster reads before embedding must match what the files need. Items 11 and 12 of
 * issue 13 are not bugs a test can drive in the widget: two per-widget files each carry Lit and
 * its Trusted Types policy, and a classic <script src> stops at a SyntaxError before any of our
 * code runs. So the README must say both, where the reader looks.
 */
const text = async (path: string) => (await fetch(path)).text();

describe('embedding instructions (items 11 and 12)', () => {
  it('the README says type="module" is required before its first script tag', async () => {
    const readme = await text('/README.md');
    const firstTag = readme.indexOf('<script type="module"');
    const required = readme.search(/needs `type="module"`/);
    expect(required, 'no sentence saying type="module" is required').to.be.greaterThan(-1);
    expect(required).to.be.lessThan(firstTag);
  });

  it('the embed builder only writes module script tags', async () => {
    const builder = await text('/demo/builder.js');
    const tags = builder.match(/<script[^>]*>/g) ?? [];
    expect(tags.length).to.be.greaterThan(0);
    for (const tag of tags) expect(tag).to.contain('type="module"');
  });

  it('the CSP line is followed by when allow-duplicates is needed: two per-widget files too', async () => {
    for (const [file, doc] of [
      ['/README.md', await text('/README.md')],
      ['/SECURITY.md', await text('/SECURITY.md')],
    ]) {
      const csp = doc.indexOf("trusted-types lit-html 'allow-duplicates'");
      const after = doc.slice(csp, csp + 1200);
      expect(csp, file).to.be.greaterThan(-1);
      expect(after, file).to.match(/two of the per-widget files/);
    }
  });
});
