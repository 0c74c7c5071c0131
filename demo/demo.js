// The demo controls: they only set attributes on the widgets, exactly as a webmaster would.
const explainer = document.getElementById('explainer');
/** The widgets in `root`, whatever they are (not the iop-* children that only carry a widget's data). */
const widgetsIn = (root) => [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('iop-') && !el.parentElement.localName.startsWith('iop-'));
const apply = (input) => {
  if (input.name === 'layout') explainer.setAttribute('layout', input.value);
  if (input.name === 'theme') {
    for (const widget of widgetsIn(document)) widget.setAttribute('theme', input.value);
    document.body.classList.toggle('dark', input.value === 'dark');
  }
  // The widgets follow the nearest lang attribute: here, the main content's.
  if (input.name === 'lang') widgetsIn(document.getElementById('main')).forEach((widget) => widget.setAttribute('lang', input.value));
};
for (const input of document.querySelectorAll('.demo-controls input')) {
  // The checked-by-default choices are what the page's markup already says; applying them again
  // would render every widget a second time during load. Only a choice the browser restored
  // (Back, reload) differs from its default.
  if (input.checked && !input.defaultChecked) apply(input);
  input.addEventListener('change', () => apply(input));
}
