/** Import boundaries (`npm run check:boundaries`): the shape README.md describes, checked on every CI run. */
module.exports = {
  forbidden: [
    {
      name: "no-cycles",
      severity: "error",
      comment: "A cycle makes load order matter and the modules impossible to understand one at a time.",
      from: { path: "^(app|lib|test|scripts)/" },
      to: { circular: true },
    },
    {
      name: "lib-not-app",
      severity: "error",
      comment: "lib/ is the product without its web framework: it never reaches into app/.",
      from: { path: "^lib/" },
      to: { path: "^app/" },
    },
    {
      name: "lib-not-next",
      severity: "error",
      comment: "lib/ is free of Next.js and React, so it runs in the command line, the tests and any other framework.",
      from: { path: "^lib/" },
      to: { path: "^node_modules/(next|next-intl|@next|react|react-dom)/" },
    },
    {
      name: "lib-not-test",
      severity: "error",
      comment: "Product code (and its tests next to it) does not depend on the test folder's helpers.",
      from: { path: "^lib/" },
      to: { path: "^test/" },
    },
    {
      name: "db-imports-no-feature",
      severity: "error",
      comment: "lib/db opens and migrates the database; features build on it, never the other way round (lib/threads starts worker threads: plumbing, not a feature).",
      from: { path: "^lib/db/" },
      to: { path: "^lib/", pathNot: ["^lib/db/", "^lib/env\\.ts$", "^lib/threads/"] },
    },
    {
      name: "not-to-unresolvable",
      severity: "error",
      from: { path: "^(app|lib|test|scripts)/" },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(generated|\\.next)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json", ".d.ts"],
    },
    skipAnalysisNotInRules: true,
  },
};
