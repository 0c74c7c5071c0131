import './start.js';
import '../../dist/iop-widgets.js';
import { CARDS } from './cards.js';
import { markRendered } from './mark.js';

// The same content from iop-widgets: the explainer, one question with progress and three cards.
// The self-check opens on its start screen (what the check is, that nothing is sent or saved), so
// the page presses Start as a visitor would; its first question is counted in the time.
const main = document.querySelector('main');
main.innerHTML = `
  <iop-benefits benefits="structure evidence-based peer-support"></iop-benefits>
  <iop-self-check></iop-self-check>
  <iop-article-cards sort="given"></iop-article-cards>`;
main.querySelector('iop-article-cards').articles = JSON.stringify(CARDS.map(([title, excerpt], i) => ({ title, url: `/articles/${i + 1}`, excerpt })));
await Promise.all([...main.children].map((node) => node.updateComplete));
const selfCheck = main.querySelector('iop-self-check');
selfCheck.shadowRoot.querySelector('button[part=button]').click();
await selfCheck.updateComplete;
if (!selfCheck.shadowRoot.querySelector('progress')) throw new Error('the self-check did not show a question');
await markRendered();
