/** pitc's version; part of every cache and tuning-record key. Keep in step with package.json. */
export const PITC_VERSION = '0.1.0';
