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
  // The widgets follow the nearest lang attribute: here, the main content's. The page's own words
  // in them (the call to action) change with it, so a Spanish widget never reads English text.
  if (input.name === 'lang') {
    for (const widget of widgetsIn(document.getElementById('main'))) {
      widget.setAttribute('lang', input.value);
      if (widget.hasAttribute('cta-label')) widget.setAttribute('cta-label', CTA_LABELS[input.value]);
    }
  }
};
/** The demo's call to action in each language it offers. */
const CTA_LABELS = { en: 'Talk to our intake team', es: 'Hablar con el equipo de admisión' };
for (const input of document.querySelectorAll('.demo-controls input')) {
  // The checked-by-default choices are what the page's markup already says; applying them again
  // would render every widget a second time during load. Only a choice the browser restored
  // (Back, reload) differs from its default.
  if (input.checked && !input.defaultChecked) apply(input);
  input.addEventListener('change', () => apply(input));
}
