import './start.js';
import '@shoelace-style/shoelace/dist/components/card/card.js';
import '@shoelace-style/shoelace/dist/components/radio-group/radio-group.js';
import '@shoelace-style/shoelace/dist/components/radio/radio.js';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/details/details.js';
import '@shoelace-style/shoelace/dist/components/progress-bar/progress-bar.js';
import theme from '@shoelace-style/shoelace/dist/themes/light.css';
import { EXPLAINER, QUESTION, appendCards, make, markRenderedAfterUpdates } from './content.js';

const style = document.createElement('style');
style.textContent = theme;
document.head.append(style);
document.documentElement.classList.add('sl-theme-light');

const main = document.querySelector('main');
main.append(make('h2', EXPLAINER.heading), make('p', EXPLAINER.about));
for (const [title, body] of EXPLAINER.items) main.append(make('sl-details', body, { summary: title }));
main.append(make('sl-progress-bar', '', { value: '11', label: QUESTION.progress }), make('p', QUESTION.progress));
const group = make('sl-radio-group', '', { label: `${QUESTION.stem} ${QUESTION.text}`, name: 'q' });
QUESTION.options.forEach((option, i) => group.append(make('sl-radio', option, { value: String(i) })));
main.append(group, make('sl-button', 'Continue', { variant: 'primary' }));
appendCards(main, 'sl-card');
await markRenderedAfterUpdates(main, 'sl-');
