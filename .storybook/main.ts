import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  // Docs renders the Docs pages (without it, Storybook 10 shows "No Preview" on every one); the a11y
  // panel runs axe on the open story, as check-stories does for every story in CI.
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  core: { disableTelemetry: true },
  // The demo's sample feeds, so stories can load them with src="feeds/…" like a clinic page.
  staticDirs: [{ from: '../demo/feeds', to: '/feeds' }],
  docs: { defaultName: 'Docs' },
};

export default config;
