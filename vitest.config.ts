import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'host/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.ts', 'packaging/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
