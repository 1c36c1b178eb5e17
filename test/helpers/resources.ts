/** Where the repository's resources are, as the web mode and the CLI find them. */
import { join } from 'node:path';

/** The repository's `resources` folder (built-in rubric templates under `rubrics/`). */
export const RESOURCES_DIR = join(__dirname, '..', '..', 'resources');
