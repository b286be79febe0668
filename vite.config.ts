import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // CLI and corpus tests start worker pools and score hundreds of photos.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two cores: run test files one after another so pools do not fight for them.
    fileParallelism: false,
  },
});
