import './start.js';
import '../../dist/iop-widgets.js';
import { markRendered } from './content.js';

// The same content from iop-widgets: the explainer, the self-check's start screen and three cards.
const main = document.querySelector('main');
main.innerHTML = `
  <iop-benefits benefits="structure evidence-based peer-support"></iop-benefits>
  <iop-self-check></iop-self-check>
  <iop-article-cards sort="given" articles='[{"title":"How IOPs support long-term recovery","url":"/a","excerpt":"Flexible, structured care with therapy and peer support."},{"title":"What to expect from family sessions","url":"/b","excerpt":"How families take part in an IOP."},{"title":"Going back to work after a hospital stay","url":"/c","excerpt":"Practical steps for the first weeks back."}]'></iop-article-cards>`;
await Promise.all([...main.children].map((node) => node.updateComplete));
await markRendered();
