import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { LINK_URL, safeUrl, WEB_URL } from '../../src/core/safe-url.js';

describe('safeUrl (pure)', () => {
  const allowed = [
    'https://clinic.example/contact',
    'http://clinic.example',
    'HTTPS://CLINIC.EXAMPLE/x',
    'tel:+15555550100',
    'mailto:intake@clinic.example',
    '/contact',
    'contact.html',
    '#intake',
    '?from=widget',
    '//clinic.example/path',
    '  https://clinic.example/padded  ',
  ];
  for (const url of allowed) {
    it(`allows ${JSON.stringify(url)}`, () => {
      expect(safeUrl(url, LINK_URL)).to.equal(url.trim());
    });
  }

  const blocked = [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    '\u0001javascript:alert(1)',
    'javascript&colon;alert(1)'.replace('&colon;', ':'),
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'file:///etc/passwd',
    'blob:https://clinic.example/uuid',
    'ftp://clinic.example',
    'sms:988',
    '',
    '   ',
    'https://' + 'a'.repeat(3000) + '.example',
  ];
  for (const url of blocked) {
    it(`blocks ${JSON.stringify(url.slice(0, 60))}`, () => {
      expect(safeUrl(url, LINK_URL)).to.equal(null);
    });
  }

  it('blocks values that are not strings', () => {
    for (const value of [null, undefined, 42, {}, ['https://a.example'], true]) {
      expect(safeUrl(value)).to.equal(null);
    }
  });

  it('WEB_URL drops tel: and mailto:', () => {
    expect(safeUrl('tel:988', WEB_URL)).to.equal(null);
    expect(safeUrl('mailto:a@b.example', WEB_URL)).to.equal(null);
    expect(safeUrl('https://a.example/img.png', WEB_URL)).to.equal('https://a.example/img.png');
  });

  it('a call or text link needs a number', () => {
    const crisis = { schemes: ['tel:', 'sms:'] as const, relative: false };
    for (const url of ['tel:', 'tel:+', 'TEL:', 'sms:', 'sms:?body=HOME', 'tel:call-us']) expect(safeUrl(url, crisis), url).to.equal(null);
    for (const url of ['tel:988', 'tel:+1-555-555-0100', 'sms:741741?body=HOME']) expect(safeUrl(url, crisis), url).to.equal(url);
  });

  it('can refuse relative URLs', () => {
    const absoluteOnly = { schemes: ['https:'] as const, relative: false };
    expect(safeUrl('/contact', absoluteOnly)).to.equal(null);
    expect(safeUrl('https://a.example', absoluteOnly)).to.equal('https://a.example');
  });

  it('says what the two-base comparison says, for any string: one URL parse for scheme-less ones is only a shortcut', () => {
    // The rule as it was written first: relative when the two bases resolve it differently.
    const reference = (value: string, options: typeof LINK_URL) => {
      const trimmed = value.trim();
      if (trimmed === '' || trimmed.length > 2048) return null;
      let a: URL;
      let b: URL;
      try {
        a = new URL(trimmed, 'https://a.invalid/x/');
        b = new URL(trimmed, 'http://b.invalid/y/');
      } catch {
        return null;
      }
      if (a.href !== b.href) return options.relative ? trimmed : null;
      if (!(options.schemes as readonly string[]).includes(a.protocol)) return null;
      if ((a.protocol === 'tel:' || a.protocol === 'sms:') && !/\d/.test(a.pathname)) return null;
      return trimmed;
    };
    const absoluteOnly = { schemes: ['https:', 'tel:'] as const, relative: false };
    const pieces = [
      '/',
      '//',
      '\\',
      '#',
      '?',
      '.',
      '..',
      ':',
      '@',
      '[',
      ']',
      '%',
      '%2',
      ' ',
      '\t',
      '\n',
      '\u0001',
      '\u0000',
      '\u00e9',
      'a',
      'Z',
      '1',
      'h',
      'https',
      'http',
      'tel',
      'javascript',
      'data',
      'file',
      'x.y',
      ':443',
      ':99999',
      '[::1]',
      'é',
      '\u3002',
      'xn--',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const url = parts.join('');
        for (const options of [LINK_URL, WEB_URL, absoluteOnly]) expect(safeUrl(url, options), JSON.stringify(url)).to.equal(reference(url, options));
      }),
      { numRuns: 3000 },
    );
  });
});
