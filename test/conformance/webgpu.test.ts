import { defineConformance } from './suite.js';

/** The conformance suite (suite.ts, cases.ts) on the webgpu target. */
defineConformance('webgpu');
