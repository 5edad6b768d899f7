// The entry the runner starts (bundled to dist/index.js): the action's logic lives in src/main.ts.
import { run } from './main.js';

void run();
