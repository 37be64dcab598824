// @ts-expect-error: a plain ES module script shared with `npm start`, typed by its JSDoc.
import { buildIfStale } from '../../../modeler/build-if-stale.mjs';

/** vitest global setup: the browser tests run against one build of the app per run. */
export default function setup(): void {
  buildIfStale();
}
