/** The action's entry point (action.yml → dist/index.js): run() does everything and fails the step itself. */
import { run } from './main.js';

void run();
