#!/usr/bin/env node
// The dbops CLI, run from the committed bundle so that `npx dbops` needs no build step.
import { processIo, runCli } from '../dist/index.js';

process.exitCode = await runCli(process.argv.slice(2), processIo());
