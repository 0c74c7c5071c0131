// `npm run format` writes it, `npm run lint` checks it. Chosen to match the code as it was
// written (single quotes, trailing commas, lines up to about 160 characters) so that the one
// reformat stays small. The contents of html`` and css`` templates are left as written: their
// whitespace is part of the rendered DOM, and scripts/build/minify-literals.mjs shrinks it for
// the bundles. What is not formatted, and why: .prettierignore.
export default {
  singleQuote: true,
  printWidth: 160,
  trailingComma: 'all',
  embeddedLanguageFormatting: 'off',
};
