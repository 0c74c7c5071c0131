// The demo controls: they only set attributes on the widgets, exactly as a webmaster would.
const explainer = document.getElementById('explainer');
const apply = (input) => {
  if (input.name === 'layout') explainer.setAttribute('layout', input.value);
  if (input.name === 'theme') {
    for (const widget of document.querySelectorAll('iop-benefits, iop-self-check, iop-article-cards')) widget.setAttribute('theme', input.value);
    document.body.classList.toggle('dark', input.value === 'dark');
  }
  // The widgets follow the nearest lang attribute: here, the main content's.
  if (input.name === 'lang') document.getElementById('main').querySelectorAll('iop-benefits, iop-self-check, iop-article-cards').forEach((widget) => widget.setAttribute('lang', input.value));
};
for (const input of document.querySelectorAll('.demo-controls input')) {
  // The checked-by-default choices are what the page's markup already says; applying them again
  // would render every widget a second time during load. Only a choice the browser restored
  // (Back, reload) differs from its default.
  if (input.checked && !input.defaultChecked) apply(input);
  input.addEventListener('change', () => apply(input));
}
