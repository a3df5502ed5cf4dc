/** A request (counterexample or simulated) as indented lines: principal, action, resource, context. */
import { describePrincipal, describeResource } from '../checks/describe-request.js';
import type { Request } from '../semantics/request.js';

export function formatRequest(request: Request, indent: string): string[] {
  const lines = [
    `${indent}principal: ${describePrincipal(request.principal)}`,
    `${indent}action:    ${request.action}`,
    `${indent}resource:  ${describeResource(request.resource)}`,
  ];
  const keys = Object.keys(request.context).sort();
  if (keys.length === 0) return [...lines, `${indent}context:   (no condition keys)`];
  lines.push(`${indent}context:`);
  for (const key of keys) {
    const value = request.context[key];
    const shown = Array.isArray(value) ? `[${value.map((v) => JSON.stringify(v)).join(', ')}]` : JSON.stringify(value);
    lines.push(`${indent}  ${key} = ${shown}`);
  }
  return lines;
}
