import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        exclude: ['test/extension/**', 'node_modules/**'],
        testTimeout: 30_000,
        hookTimeout: 60_000,
        pool: 'forks',
        // The JSON report lets .ci/run print one closing count for every suite it ran.
        reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    },
});
