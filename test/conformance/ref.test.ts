import { defineConformance } from './suite.js';

/** The conformance suite (suite.ts, cases.ts) on the ref target. */
defineConformance('ref');
