import './start.js';
import '@material/web/radio/radio.js';
import '@material/web/button/filled-button.js';
import '@material/web/labs/card/outlined-card.js';
import '@material/web/progress/linear-progress.js';
import { EXPLAINER, QUESTION, appendCards, make, markRenderedAfterUpdates } from './content.js';

const main = document.querySelector('main');
main.append(make('h2', EXPLAINER.heading), make('p', EXPLAINER.about));
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
main.append(fieldset);
appendCards(main, 'md-outlined-card');
await markRenderedAfterUpdates(main, 'md-');
