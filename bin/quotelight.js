#!/usr/bin/env node
// The CLI is written in TypeScript and bundled by `npm run build`; this file only starts it.
import '../dist/node/cli.js';
