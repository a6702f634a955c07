import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'host/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.ts', 'packaging/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // Vitest leaves a core free, which on two cores means one file at a time; many files wait on
    // child processes, files and sockets, so two workers at least finish sooner.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
