// Lets `node --import ./bench/register.mjs bench/run.ts` load TypeScript sources directly (tsx 4 ESM loader),
// so the benchmark measures the engine as written in src/, without a build step.
import { register } from 'tsx/esm/api';

register();
