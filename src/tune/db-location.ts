/** Where the CLI keeps the tuning database: $PITC_TUNING_DB, else the user's cache folder. */
import { join } from 'node:path';

export function defaultTuningDbPath(env: Readonly<Record<string, string | undefined>>, home: string): string {
  if (env['PITC_TUNING_DB']) return env['PITC_TUNING_DB'];
  const cache = env['XDG_CACHE_HOME'] || join(home, '.cache');
  return join(cache, 'pitc', 'tuning.jsonl');
}
