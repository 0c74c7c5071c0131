// The demo controls: they only set attributes on the widget, exactly as a webmaster would.
const explainer = document.getElementById('explainer');
const apply = (input) => {
  explainer.setAttribute(input.name, input.value);
  if (input.name === 'theme') document.body.classList.toggle('dark', input.value === 'dark');
};
for (const input of document.querySelectorAll('.demo-controls input')) {
  if (input.checked) apply(input);
  input.addEventListener('change', () => apply(input));
}
