import './start.js';
import '@material/web/radio/radio.js';
import '@material/web/button/filled-button.js';
import '@material/web/labs/card/outlined-card.js';
import '@material/web/progress/linear-progress.js';
import { CARDS, EXPLAINER, QUESTION, make, markRendered } from './content.js';


const main = document.querySelector('main');
main.append(make('h2', EXPLAINER.heading), make('p', EXPLAINER.about));
for (const [title, body] of EXPLAINER.items) {
  const card = make('md-outlined-card');
  card.append(make('h3', title), make('p', body));
  main.append(card);
}
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
for (const [title, body] of CARDS) {
  const card = make('md-outlined-card');
  card.append(make('h3', title), make('p', body));
  main.append(card);
}
await Promise.all([...main.querySelectorAll('*')].filter((node) => node.localName.startsWith('md-')).map((node) => node.updateComplete));
await markRendered();
