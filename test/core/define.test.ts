import { expect } from '@open-wc/testing';
import { define, VERSION } from '../../src/core/define.js';
import { captureWarnings } from '../helpers.js';

describe('define()', () => {
  let capture: ReturnType<typeof captureWarnings>;
  beforeEach(() => (capture = captureWarnings()));
  afterEach(() => capture.restore());

  it('registers a tag once and skips a second copy of the same version silently', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    define('iop-test-once', First);
    expect(() => define('iop-test-once', Second)).not.to.throw();
    expect(customElements.get('iop-test-once')).to.equal(First);
    expect(capture.messages).to.deep.equal([]);
  });

  it('warns when a different version registered the tag first', () => {
    class Old extends HTMLElement {
      static iopVersion = '0.0.1';
    }
    customElements.define('iop-test-old', Old);
    class New extends HTMLElement {}
    define('iop-test-old', New);
    expect(customElements.get('iop-test-old')).to.equal(Old);
    expect(capture.messages[0]).to.contain(`already registered by version 0.0.1; version ${VERSION} was not registered`);
  });

  it('VERSION is the package version', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });

  it('warns when something that is not iop-widgets took the tag', () => {
    customElements.define('iop-test-foreign', class extends HTMLElement {});
    define('iop-test-foreign', class extends HTMLElement {});
    expect(capture.messages[0]).to.contain('by version unknown');
  });
});
