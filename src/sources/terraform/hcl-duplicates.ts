import type { HclBody } from './hcl-syntax.js';
import type { HclSyntaxError } from './hcl-syntax-of.js';

/**
 * What HCL and Terraform reject that tree-sitter accepts (parse-terraform-file.ts refuses the file): an attribute set
 * twice in one body, two resource or data blocks with the same type and name, two variables, modules, outputs or
 * locals of the same name in one file.
 */
export function duplicatesOf(body: HclBody): HclSyntaxError[] {
  const errors: HclSyntaxError[] = [];
  const seen = new Set<string>();
  const once = (key: string, what: string, span: HclSyntaxError['span']): void => {
    if (seen.has(key)) errors.push({ message: `Invalid HCL: ${what} is defined twice.`, span });
    seen.add(key);
  };
  const visit = (inner: HclBody, path: string): void => {
    const names = new Set<string>();
    for (const attribute of inner.attributes) {
      if (names.has(attribute.name))
        errors.push({
          message: `Invalid HCL: the argument "${attribute.name}" is set twice${path === '' ? '' : ` in ${path}`}.`,
          span: attribute.span,
        });
      names.add(attribute.name);
    }
    for (const block of inner.blocks) visit(block.body, [block.type, ...block.labels].join('.'));
  };
  visit(body, '');
  for (const block of body.blocks) {
    if ((block.type === 'resource' || block.type === 'data') && block.labels.length === 2)
      once(`${block.type}.${block.labels.join('.')}`, `${block.type} "${block.labels.join('" "')}"`, block.span);
    if ((block.type === 'variable' || block.type === 'module' || block.type === 'output') && block.labels.length === 1)
      once(`${block.type}.${block.labels[0] ?? ''}`, `${block.type} "${block.labels[0] ?? ''}"`, block.span);
    if (block.type === 'locals')
      for (const a of block.body.attributes) once(`local.${a.name}`, `local.${a.name}`, a.span);
  }
  return errors;
}
