/** Where the CLI finds the built-in resources: it runs from the repository's sources (tsx). */
import { fileURLToPath } from 'node:url';

/** The repository's `resources` folder, which holds the rubric templates under `rubrics/`. */
export const RESOURCES_DIR = fileURLToPath(new URL('../../../resources', import.meta.url));
