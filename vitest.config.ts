import { defineConfig } from 'vitest/config';

/** The linearity tests (CPU-time growth on hostile input): their own project, `npm run test:linearity`. */
const linearity = 'tests/**/*linearity*.test.ts';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: [linearity] } },
      {
        extends: true,
        // Forked processes, so that process.cpuUsage counts only the file being run.
        test: { name: 'linearity', include: [linearity], pool: 'forks', testTimeout: 300_000 },
      },
    ],
  },
});
