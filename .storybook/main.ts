import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  core: { disableTelemetry: true },
  // The demo's sample feeds, so stories can load them with src="feeds/…" like a clinic page.
  staticDirs: [{ from: '../demo/feeds', to: '/feeds' }],
  docs: { defaultName: 'Docs' },
};

export default config;
