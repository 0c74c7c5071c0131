import './start.js';
import { Model, renderSurvey, css } from './survey-components.js';
import { EXPLAINER, QUESTION, appendCards, appendCrisisLine, appendExplainerIntro, backLink, make } from './content.js';
import { markRendered } from './mark.js';

const style = document.createElement('style');
style.textContent = css;
document.head.append(style);

/** The same plain HTML the other pages build, as the markup SurveyJS's html elements take. */
const markup = (build) => {
  const box = make('div');
  build(box);
  return box.innerHTML;
};
const model = new Model({
  showProgressBar: 'top',
  pages: [
    {
      elements: [
        {
          type: 'html',
          name: 'explainer',
          html: markup((box) => {
            appendExplainerIntro(box);
            for (const [title, body] of EXPLAINER.items) box.append(make('h4', title), make('p', body));
            box.append(backLink());
          }),
        },
        { type: 'radiogroup', name: 'q', title: QUESTION.text, description: QUESTION.stem, choices: QUESTION.options },
        { type: 'html', name: 'crisis', html: markup(appendCrisisLine) },
        { type: 'html', name: 'cards', html: markup((box) => appendCards(box, 'article')) },
      ],
    },
  ],
});
renderSurvey(model, document.querySelector('main'));
const waitFor = () =>
  document.querySelector('main [role=radiogroup], main .sd-question')
    ? Promise.resolve()
    : new Promise((resolve) => requestAnimationFrame(() => waitFor().then(resolve)));
await waitFor();
await markRendered();
