#!/usr/bin/env node
import { enableWasmFeatures } from '../engine-flags.js';

enableWasmFeatures();
const { main } = await import('./main.js');
process.exitCode = await main(process.argv.slice(2));
