/** The real handlers over a test store, as the web transport builds them. */
import { createHandlers } from '../../src/main/core/handlers';
import type { Store } from '../../src/main/core/store/open-store';
import type { Handlers } from '../../src/shared/contract/contract';
import { RESOURCES_DIR } from './resources';
import { tempDir } from './temp-store';

/** Every handler over `store`, with a fresh data folder and the repository's resources. */
export function handlersOver(store: Store): Handlers {
  return createHandlers({
    store,
    dataDir: tempDir(),
    resourcesDir: RESOURCES_DIR,
    transport: 'web',
    version: 'test',
  });
}
