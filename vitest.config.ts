import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/support/global-setup.ts'],
    // Timeouts catch a hang, not slowness: the end-to-end tests take tens of seconds on a busy
    // 2-core machine, so the limits are generous (speed is measured by npm run bench).
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
