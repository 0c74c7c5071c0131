import { expect, fixture, html } from '@open-wc/testing';
import '../../src/self-check/define.js';
import '../../src/crisis-help/define.js';
import '../../src/article-cards/define.js';
import type { IopElement } from '../../src/core/element.js';

/** Resolves once every microtask queued so far (and those they queue, a few deep) has run. */
const flushMicrotasks = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('IopElement: first render timing', () => {
  it('a widget placed in the page renders in a task of its own, not in the task that added it', async () => {
    const el = document.createElement('iop-crisis-help') as IopElement;
    document.body.append(el);
    try {
      await flushMicrotasks();
      expect(el.hasUpdated, 'rendered inside the task that added it').to.equal(false);
      await el.updateComplete;
      expect(el.hasUpdated).to.equal(true);
      expect(el.shadowRoot!.textContent).to.contain('988');
    } finally {
      el.remove();
    }
  });

  it('the crisis help inside the self-check renders with it, with no task in between', async () => {
    const selfCheck = await fixture<IopElement>(html`<iop-self-check></iop-self-check>`);
    const crisis = selfCheck.shadowRoot!.querySelector('iop-crisis-help') as IopElement;
    let taskBoundary = false;
    setTimeout(() => (taskBoundary = true));
    await flushMicrotasks();
    expect(crisis.hasUpdated && !taskBoundary, 'crisis help rendered before any other task').to.equal(true);
  });

  it('later updates stay in the same task (Lit’s usual microtask)', async () => {
    const el = await fixture<IopElement & { compact: boolean }>(html`<iop-crisis-help></iop-crisis-help>`);
    let taskBoundary = false;
    setTimeout(() => (taskBoundary = true));
    el.compact = true;
    await el.updateComplete;
    expect(taskBoundary).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part~=container]')).to.exist;
  });
});

describe('IopElement: a bug in rendering', () => {
  /** Makes renderContent throw on this element only, as a bug would. */
  const breakRendering = (el: Element) => {
    (el as unknown as { renderContent: () => unknown }).renderContent = () => {
      throw new TypeError('a bug');
    };
  };
  const restoreRendering = (el: Element) => delete (el as unknown as { renderContent?: unknown }).renderContent;

  it('the self-check falls back to crisis help, logs the error, and nothing reaches the page', async () => {
    const el = await fixture<IopElement>(html`<iop-self-check></iop-self-check>`);
    const errors: unknown[][] = [];
    const pageErrors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(String(event.reason));
    const onError = (event: ErrorEvent) => pageErrors.push(event.message);
    window.addEventListener('unhandledrejection', onRejection);
    window.addEventListener('error', onError);
    try {
      breakRendering(el);
      el.requestUpdate();
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      const crisis = el.shadowRoot!.querySelector('iop-crisis-help') as IopElement;
      await crisis.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('the check could not be shown');
      expect([...crisis.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.include.members(['tel:988', 'tel:911']);
      expect(String(errors[0]?.[0])).to.contain('<iop-self-check>: could not render');
      expect(errors[0]?.[1]).to.be.instanceOf(TypeError);
      expect(pageErrors).to.deep.equal([]);
      await expect(el).to.be.accessible();

      // Once the cause is gone, the next update draws the check again.
      restoreRendering(el);
      el.requestUpdate();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=button]')!.textContent!.trim()).to.equal('Start');
    } finally {
      console.error = original;
      window.removeEventListener('unhandledrejection', onRejection);
      window.removeEventListener('error', onError);
    }
  });

  it('the article cards fall back to the links written in the page', async () => {
    const el = await fixture<IopElement>(html`<iop-article-cards><a href="/blog/family">Family sessions</a></iop-article-cards>`);
    const original = console.error;
    console.error = () => {};
    try {
      breakRendering(el);
      el.requestUpdate();
      await el.updateComplete;
      const slot = el.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Family sessions']);
    } finally {
      console.error = original;
    }
  });
});

describe('IopElement: one shape for every widget', () => {
  const tables = async () => {
    const [{ SELF_CHECK_ATTRIBUTES }, { BENEFITS_ATTRIBUTES }, { CRISIS_ATTRIBUTES }, { CARDS_ATTRIBUTES }] = await Promise.all([
      import('../../src/self-check/config.js'),
      import('../../src/benefits/config.js'),
      import('../../src/crisis-help/config.js'),
      import('../../src/article-cards/config.js'),
    ]);
    await import('../../src/benefits/define.js');
    return {
      'iop-self-check': SELF_CHECK_ATTRIBUTES,
      'iop-benefits': BENEFITS_ATTRIBUTES,
      'iop-crisis-help': CRISIS_ATTRIBUTES,
      'iop-article-cards': CARDS_ATTRIBUTES,
    };
  };

  it("each widget's attribute table names attributes the element declares, under the same names", async () => {
    const { attributeName } = await import('../../src/core/attributes.js');
    for (const [tag, table] of Object.entries(await tables())) {
      const declared = (customElements.get(tag) as unknown as typeof IopElement).elementProperties;
      for (const key of Object.keys(table)) {
        const options = declared.get(key);
        expect(options, `${tag}.${key} is not a declared property`).to.exist;
        const attribute = typeof options!.attribute === 'string' ? options!.attribute : key.toLowerCase();
        expect(attribute, `${tag}.${key}`).to.equal(attributeName(key));
      }
    }
  });

  it('every element takes theme from the base class, reflected', async () => {
    for (const tag of Object.keys(await tables())) {
      const el = await fixture(`<${tag} theme="dark"></${tag}>`);
      expect(el.getAttribute('theme'), tag).to.equal('dark');
      (el as unknown as { theme: string }).theme = 'high-contrast';
      await (el as unknown as IopElement).updateComplete;
      expect(el.getAttribute('theme'), tag).to.equal('high-contrast');
    }
  });

  it('registering the self-check registers the crisis help it declares, through the same guard', async () => {
    const { IopSelfCheck } = await import('../../src/self-check/self-check.js');
    expect(IopSelfCheck.dependencies).to.have.property('iop-crisis-help');
    expect(customElements.get('iop-crisis-help')).to.equal(IopSelfCheck.dependencies['iop-crisis-help']);
  });
});
