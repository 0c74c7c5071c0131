// `npm run lint` (with `prettier --check`), early in `npm test`. The recommended rules of ESLint,
// typescript-eslint, eslint-plugin-lit (template bindings) and eslint-plugin-wc (custom element
// lifecycle); a rule is turned off only where the house style says otherwise, with the reason.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'reports/',
      'coverage/',
      '.tmp/',
      '.stryker-tmp/',
      'bench/out/',
      'bench/node_modules/',
      'wordpress/build/',
      'custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // As tsconfig's noUnusedParameters: a leading underscore marks a parameter kept for its
      // signature (a Lit directive's render(_args) types what update() receives).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Build, check and bench scripts, the tools' configs and the Node tests run in Node.
    files: ['scripts/**', 'bench/**', 'test/node/**', '*.config.{mjs,cjs,ts}', 'web-test-runner.config.mjs', 'test/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.mocha } },
  },
  {
    files: ['test/**'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      // Chai's property assertions (`expect(list).to.not.be.empty`, `.to.be.true`) are the
      // tests' style: they are expressions that assert when read.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
