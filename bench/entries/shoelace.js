import './start.js';
import { theme } from './shoelace-components.js';
import { EXPLAINER, QUESTION, appendCards, appendCrisisLine, appendExplainerIntro, backLink, make } from './content.js';
import { markRenderedAfterUpdates } from './mark.js';

const style = document.createElement('style');
style.textContent = theme;
document.head.append(style);
document.documentElement.classList.add('sl-theme-light');

const main = document.querySelector('main');
appendExplainerIntro(main);
for (const [title, body] of EXPLAINER.items) main.append(make('sl-details', body, { summary: title }));
main.append(backLink(), make('sl-progress-bar', '', { value: '11', label: QUESTION.progress }), make('p', QUESTION.progress));
const group = make('sl-radio-group', '', { label: `${QUESTION.stem} ${QUESTION.text}`, name: 'q' });
QUESTION.options.forEach((option, i) => group.append(make('sl-radio', option, { value: String(i) })));
main.append(group, make('sl-button', 'Continue', { variant: 'primary' }));
appendCrisisLine(main);
appendCards(main, 'sl-card');
await markRenderedAfterUpdates(main, 'sl-');
