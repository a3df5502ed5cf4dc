/**
 * file("…") and templatefile("…", {…}): a file of the same commit, relative to the directory of the file read
 * (`path.module` is "."), never outside the repository. The policy is annotated on the call (the file itself is
 * another file of the commit). A template is parsed as a heredoc body and sees only the variables passed to it.
 */
import path from 'node:path';
import { evaluate, PLAN_HINT, spanIn, unresolvedIn, type Evaluation } from './evaluate-expression.js';
import type { HclExpression } from './hcl-syntax.js';
import { parseTemplateText } from './parse-terraform-file.js';
import { stringValue, textOf, type TerraformValue } from './terraform-value.js';

export async function fileContents(
  expression: HclExpression & { kind: 'call' },
  ev: Evaluation,
): Promise<TerraformValue | undefined> {
  const [pathArgument, variablesArgument] = expression.args;
  const expected = expression.name === 'file' ? 1 : 2;
  if (pathArgument === undefined || expression.args.length !== expected)
    return unresolvedIn(
      ev,
      `\`${expression.name}()\` with ${expression.args.length} argument(s) is not understood`,
      expression.span,
    );
  const pathValue = await evaluate(pathArgument, ev);
  if (pathValue === undefined) return undefined;
  if (pathValue.kind !== 'string' || textOf(pathValue).includes('${')) {
    return unresolvedIn(
      ev,
      `the path of \`${expression.name}()\` is not known from the source; ${PLAN_HINT}`,
      expression.span,
    );
  }
  const written = textOf(pathValue);
  const resolved = path.posix.normalize(path.posix.join(ev.module.directory, written));
  if (path.posix.isAbsolute(written) || resolved === '..' || resolved.startsWith('../')) {
    return unresolvedIn(
      ev,
      `\`${expression.name}("${written}")\` reads a file outside the repository; ${PLAN_HINT}`,
      expression.span,
    );
  }
  const text = await ev.module.readText(resolved);
  if (text === undefined)
    return unresolvedIn(
      ev,
      `\`${expression.name}("${written}")\`: ${resolved} is not a file of this commit`,
      expression.span,
    );
  const anchor = spanIn(ev, expression.span);
  if (expression.name === 'file') return stringValue(text, anchor);
  const variables = variablesArgument === undefined ? undefined : await evaluate(variablesArgument, ev);
  if (variables === undefined) return undefined;
  if (variables.kind !== 'object')
    return unresolvedIn(ev, '`templatefile()` variables that are not an object', expression.span);
  const parsed = await parseTemplateText(text, resolved);
  if (parsed === undefined)
    return unresolvedIn(ev, `${resolved} is not a template the HCL parser reads`, expression.span);
  const inner: Evaluation = {
    module: ev.module,
    file: parsed.file,
    anchor,
    bindings: new Map(variables.entries.map((e) => [e.key, e.value])),
    unresolved: ev.unresolved,
    visiting: ev.visiting,
    budget: ev.budget,
  };
  return evaluate(parsed.template, inner);
}
