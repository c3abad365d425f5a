import { defineConfig } from 'vitest/config';

/**
 * The scale tests: CPU-time growth on hostile input (`*linearity*`) and data-sized inputs
 * (`*.scale.test.ts`, megabytes per call). Their own project, `npm run test:linearity`, which CI
 * also runs, so that `npm test` stays quick on a loaded machine.
 */
const scale = ['tests/**/*linearity*.test.ts', 'tests/**/*.scale.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        // Three workers even on two cores: much of the unit suite waits on the processes and
        // servers it starts (the built CLI, 127.0.0.1 servers), so a third worker fills that time.
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: scale, maxWorkers: 3, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        // Forked processes, so that process.cpuUsage counts only the file being run. A bare
        // `npx vitest run` runs it after the unit project (the projects differ in maxWorkers).
        test: { name: 'linearity', include: scale, pool: 'forks', testTimeout: 300_000, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
