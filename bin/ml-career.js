#!/usr/bin/env node
// CommonJS (see bin/package.json): Node 20 starts it faster than an ES module.
require('../dist/cli.js');
