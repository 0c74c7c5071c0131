import { expect } from '@open-wc/testing';
import { fallbackHtml } from '../../src/ssr/fallback.js';

// DOM-free: the light-DOM fallback the builder and the SSR API write inside each element.
describe('fallbackHtml (pure)', () => {
  it('crisis help: its numbers as plain call and text links under its heading', () => {
    expect(fallbackHtml('iop-crisis-help')).to.equal(
      '<p><strong>Help is available now:</strong> <a href="tel:988">Call 988</a> · <a href="sms:988">Text 988</a> · ' +
        '<a href="sms:741741?body=HOME">Text HOME to 741741</a> · <a href="tel:911">Call 911</a></p>' +
        '<p>Spanish: call 988 and press 2, or text AYUDA to 988. Veterans: call 988 and press 1. Spanish: text AYUDA to 741741, or WhatsApp 442-AYUDAME.</p>',
    );
  });

  it('crisis help in Spanish, from lang or the page language', () => {
    const spanish = fallbackHtml('iop-crisis-help', { lang: 'es-MX' });
    expect(spanish).to.contain('<strong>Hay ayuda disponible ahora:</strong>').and.contain('<a href="tel:988">Llamar al 988 y oprimir 2 para español</a>');
    expect(spanish, "the notes a link label has no room for: veterans' line and WhatsApp").to.contain('<p>Para veteranos: ').and.contain('442-AYUDAME');
    expect(fallbackHtml('iop-crisis-help', {}, 'es')).to.equal(spanish);
    expect(fallbackHtml('iop-crisis-help', { lang: 'en' }, 'es')).to.contain('Call 988');
  });

  it("crisis help: the clinic's own resources; a chat-only resource keeps its link; bad links are refused", () => {
    const resources = JSON.stringify([
      {
        name: 'Samaritans',
        note: 'Free <b>24/7</b> & confidential',
        actions: [
          { label: 'Call 116 123', href: 'tel:116123' },
          { label: 'Web', href: 'https://samaritans.org' },
        ],
      },
      { name: 'Chat', actions: [{ label: 'Chat now', href: 'https://chat.example.org' }] },
      { name: 'Bad', actions: [{ label: '<b>x</b>', href: 'javascript:alert(1)' }] },
    ]);
    expect(fallbackHtml('iop-crisis-help', { resources })).to.equal(
      '<p><strong>Help is available now:</strong> <a href="tel:116123">Call 116 123</a> · <a href="https://chat.example.org">Chat now</a></p>' +
        '<p>Free &lt;b&gt;24/7&lt;/b&gt; &amp; confidential</p>',
    );
    // Unusable resources: the defaults, as the widget shows.
    expect(fallbackHtml('iop-crisis-help', { resources: 'not json' })).to.contain('<a href="tel:988">Call 988</a>');
  });

  it("self-check: one line with its title, the clinic's contact and the crisis numbers", () => {
    const html = fallbackHtml('iop-self-check', { 'clinic-name': 'Riverbend', phone: '(555) 555-0100', 'cta-href': '/contact' });
    expect(html).to.equal(
      '<p><strong>Is an IOP right for me?</strong> <a href="/contact">Contact Riverbend</a> · <a href="tel:5555550100">Call (555) 555-0100</a>. ' +
        '<strong>Help is available now:</strong> <a href="tel:988">Call 988</a> · <a href="sms:988">Text 988</a> · ' +
        '<a href="sms:741741?body=HOME">Text HOME to 741741</a> · <a href="tel:911">Call 911</a>. Spanish: call 988 and press 2, or text AYUDA to 988. Veterans: call 988 and press 1. Spanish: text AYUDA to 741741, or WhatsApp 442-AYUDAME.</p>',
    );
    expect(fallbackHtml('iop-self-check')).to.match(
      /^<p><strong>Is an IOP right for me\?<\/strong> <strong>Help is available now:<\/strong> <a href="tel:988">/,
    );
  });

  it('self-check: its audience, cta-label, crisis-resources and Spanish; a refused link is left out', () => {
    const html = fallbackHtml('iop-self-check', {
      audience: 'parent',
      'cta-href': 'javascript:alert(1)',
      'cta-label': 'Call us',
      phone: 'not a phone',
      'crisis-resources': JSON.stringify([{ name: 'Line', actions: [{ label: 'Call 116 123', href: 'tel:116123' }] }]),
    });
    expect(html).to.not.contain('javascript').and.not.contain('not a phone');
    expect(html).to.contain('<a href="tel:116123">Call 116 123</a>').and.not.contain('988');
    expect(html).to.contain('<strong>Is an IOP right for my child?</strong>').and.contain('Call 116 123');
    const spanish = fallbackHtml('iop-self-check', { lang: 'es', 'clinic-name': 'Riverbend', 'cta-href': '/contacto' });
    expect(spanish).to.contain('¿Es un IOP adecuado para mí?').and.contain('Riverbend</a>').and.contain('Hay ayuda disponible ahora');
  });

  it('the explainer: its heading at its level, its first paragraph, and the call to action', () => {
    const html = fallbackHtml('iop-benefits', { 'heading-level': '3', 'cta-label': 'Talk to us', 'cta-href': '#contact' });
    expect(html).to.match(/^<h3>How an Intensive Outpatient Program \(IOP\) can help<\/h3><p>[^<]+<\/p><p><a href="#contact">Talk to us<\/a><\/p>$/);
    expect(fallbackHtml('iop-benefits', { heading: 'Our IOP' })).to.match(/^<h2>Our IOP<\/h2><p>/);
    expect(fallbackHtml('iop-benefits', { lang: 'es' }))
      .to.contain('</h2><p>')
      .and.match(/^<h2>[^<]*IOP/);
  });

  it('escapes everything it is given: nothing from an attribute becomes markup', () => {
    const html = fallbackHtml('iop-benefits', { heading: '<img src=x onerror=alert(1)> & "q"', 'cta-label': '<b>', 'cta-href': '/a"b<' });
    expect(html).to.not.contain('<img').and.not.contain('<b>');
    expect(html).to.contain('&lt;img src=x onerror=alert(1)&gt; &amp; "q"');
    expect(fallbackHtml('iop-self-check', { 'clinic-name': '<script>x</script>', 'cta-href': '/c' })).to.contain('Contact &lt;script&gt;x&lt;/script&gt;');
  });

  it('the article cards and unknown tags: nothing (their fallback is the page’s own links)', () => {
    expect(fallbackHtml('iop-article-cards', { src: '/feed.json' })).to.equal('');
    expect(fallbackHtml('iop-other')).to.equal('');
  });
});
