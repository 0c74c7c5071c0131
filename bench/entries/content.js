// The same content on every page, in the same words: our widgets' English texts, so each peer page
// draws what ours draws (the explainer with its ladder of care levels and three benefits, one
// question with progress, Back and the crisis help line, three cards). Imported from src/ so the
// words cannot drift apart. The peers' size rows are measured without this text (*-components.js).
import { DEFAULT_CONTENT } from '../../src/benefits/content.ts';
import { US_RESOURCES } from '../../src/crisis-help/resources.ts';
import { FREQUENCY, PHQ9, PHQ_STEM } from '../../src/self-check/instruments.ts';
import { CARDS } from './cards.js';

export const EXPLAINER = {
  heading: DEFAULT_CONTENT.heading,
  about: DEFAULT_CONTENT.about,
  items: DEFAULT_CONTENT.benefits.slice(0, 3).map((benefit) => [benefit.title, benefit.body]),
};
export const QUESTION = { stem: PHQ_STEM, text: PHQ9[0], options: FREQUENCY, progress: 'Question 1 of 9' };

/** The explainer's heading and paragraphs, then its ladder of care levels, as plain HTML. */
export function appendExplainerIntro(parent) {
  parent.append(make('h2', EXPLAINER.heading), ...EXPLAINER.about.map((text) => make('p', text)));
  const figure = make('figure');
  const levels = make('ol');
  for (const level of DEFAULT_CONTENT.levels) {
    const item = make('li');
    item.append(make('strong', level.name), make('span', ` ${level.hours} `), make('span', level.detail));
    levels.append(item);
  }
  figure.append(make('h3', DEFAULT_CONTENT.ladderHeading), make('figcaption', DEFAULT_CONTENT.ladderCaption), levels);
  parent.append(figure, make('h3', DEFAULT_CONTENT.benefitsHeading));
}

/** The line of crisis help the self-check shows under every question, as plain HTML. */
export function appendCrisisLine(parent) {
  const aside = make('aside', '', { 'aria-label': 'Help is available now' });
  aside.append(make('strong', 'Help is available now: '));
  for (const resource of US_RESOURCES) aside.append(make('a', resource.actions[0].label, { href: resource.actions[0].href }), ' ');
  parent.append(aside);
}

/** A Back link, as the self-check shows above each question. */
export const backLink = () => make('a', 'Back', { href: '#' });

/** Appends one `tag` element per [title, body] pair (the three cards by default), each a heading and a line. */
export function appendCards(parent, tag, items = CARDS) {
  for (const [title, body] of items) {
    const card = make(tag);
    card.append(make('h3', title), make('p', body));
    parent.append(card);
  }
}

/** A new element with text and attributes. */
export function make(tag, text, attrs = {}) {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}
