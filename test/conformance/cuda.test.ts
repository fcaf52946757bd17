import { defineConformance } from './suite.js';

/** The conformance suite (suite.ts, cases.ts) on the cuda target. */
defineConformance('cuda');
