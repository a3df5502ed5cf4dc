/** The Terraform readers the sources dispatcher (read-source.ts) calls. */
export { readTerraformSource, type ModuleReader } from './read-terraform-source.js';
export { readTerraformPlan } from './read-terraform-plan.js';
