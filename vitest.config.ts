import {configDefaults, defineConfig} from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        // Components under docs/ import npm packages as Framework pages do (`npm:@observablehq/plot`).
        resolve: {alias: [{find: /^npm:(.*)$/, replacement: "$1"}]},
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts"],
          exclude: [...configDefaults.exclude, "tests/browser/**"],
          environment: "node"
        }
      },
      {
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          environment: "node",
          // Builds dist/ once; vitest runs it before any test of any project, so unit tests can reuse dist/ too.
          globalSetup: ["tests/browser/global-setup.ts"],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          // One browser test file at a time: each launches Chromium, and the machine has two cores.
          pool: "forks",
          poolOptions: {forks: {singleFork: true}}
        }
      }
    ]
  }
});
