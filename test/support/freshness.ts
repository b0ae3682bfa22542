/**
 * Whether dist/ was built from today's source, as the tests ask it: the same check the local
 * runner and the demo act on (tools/build/stale.ts), over the same list of what the build reads.
 */
import { layoutOf, staleReason } from '../../tools/build/stale';

export { BUILD_INPUTS, BUILD_OUTPUTS } from '../../tools/build/stale';

export interface Freshness {
  readonly stale: boolean;
  readonly reason: string;
}

export function bundleFreshness(root: string): Freshness {
  const reason = staleReason(layoutOf(root));
  return reason === null ? { stale: false, reason: 'dist/ is newer than every file it is built from.' } : { stale: true, reason };
}
