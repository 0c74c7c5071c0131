import './start.js';
import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';
import css from 'survey-core/survey-core.fontless.min.css';
import { CARDS, EXPLAINER, QUESTION, markRendered } from './content.js';

const style = document.createElement('style');
style.textContent = css;
document.head.append(style);

const esc = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const model = new Model({
  showProgressBar: 'top',
  pages: [
    {
      elements: [
        { type: 'html', name: 'explainer', html: `<h2>${esc(EXPLAINER.heading)}</h2><p>${esc(EXPLAINER.about)}</p>${EXPLAINER.items.map(([t, b]) => `<h3>${esc(t)}</h3><p>${esc(b)}</p>`).join('')}` },
        { type: 'radiogroup', name: 'q', title: QUESTION.text, description: QUESTION.stem, choices: QUESTION.options },
        { type: 'html', name: 'cards', html: CARDS.map(([t, b]) => `<article><h3>${esc(t)}</h3><p>${esc(b)}</p></article>`).join('') },
      ],
    },
  ],
});
renderSurvey(model, document.querySelector('main'));
const waitFor = () => (document.querySelector('main [role=radiogroup], main .sd-question') ? Promise.resolve() : new Promise((resolve) => requestAnimationFrame(() => waitFor().then(resolve))));
await waitFor();
await markRendered();
