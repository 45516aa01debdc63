/**
 * Entry point of the `filecheck` command (see `cli.ts`); `bin/filecheck`
 * imports this module.
 */

import { runCli } from "./cli.js";

process.exitCode = runCli(process.argv.slice(2));
