import './start.js';
import './material-components.js';
import { EXPLAINER, QUESTION, appendCards, appendCrisisLine, appendExplainerIntro, backLink, make } from './content.js';
import { markRenderedAfterUpdates } from './mark.js';

const main = document.querySelector('main');
appendExplainerIntro(main);
appendCards(main, 'md-outlined-card', EXPLAINER.items);
const fieldset = make('fieldset');
fieldset.append(make('legend', `${QUESTION.stem} ${QUESTION.text}`));
const progress = make('md-linear-progress', '', { value: '0.11', 'aria-label': QUESTION.progress });
fieldset.append(progress, make('p', QUESTION.progress));
QUESTION.options.forEach((option, i) => {
  const label = make('label');
  label.append(make('md-radio', '', { name: 'q', value: String(i) }), document.createTextNode(option));
  fieldset.append(label);
});
fieldset.append(make('md-filled-button', 'Continue'));
main.append(backLink(), fieldset);
appendCrisisLine(main);
appendCards(main, 'md-outlined-card');
await markRenderedAfterUpdates(main, 'md-');
