/** HCL text → TerraformFile (or its syntax errors), and a template file's text → its template expression. */
import { sourceText } from '../../policy/source-text.js';
import { withHclTree } from './hcl-parser.js';
import type { HclExpression } from './hcl-syntax.js';
import { duplicatesOf, hclBodyOf, syntaxErrorsOf, type HclSyntaxError } from './hcl-syntax-of.js';
import type { TerraformFile } from './terraform-module.js';

export async function parseTerraformFile(path: string, text: string): Promise<{ readonly file: TerraformFile; readonly errors: readonly HclSyntaxError[] }> {
  const source = sourceText(text);
  return withHclTree(source.text, (root) => {
    const syntax = syntaxErrorsOf(root, source);
    const body = syntax.length > 0 ? { attributes: [], blocks: [] } : hclBodyOf(root, source);
    const errors = syntax.length > 0 ? syntax : duplicatesOf(body);
    return { file: { path, source, body: errors.length > 0 ? { attributes: [], blocks: [] } : body }, errors };
  });
}

const DELIMITER = 'IAM_PROOF_TEMPLATE_END';

/**
 * A templatefile() template: the file's text is read as the body of a heredoc (the same template syntax: `${…}`,
 * `%{…}`, `$${` escapes, no backslash escapes), which the HCL grammar parses. Undefined when it does not parse.
 */
export async function parseTemplateText(text: string, path: string): Promise<{ readonly file: TerraformFile; readonly template: HclExpression } | undefined> {
  if (text.split(/\r?\n/).some((line) => line.trim() === DELIMITER)) return undefined;
  const wrapped = `t = <<${DELIMITER}\n${text}${text.endsWith('\n') ? '' : '\n'}${DELIMITER}\n`;
  const { file, errors } = await parseTerraformFile(path, wrapped);
  const template = file.body.attributes[0]?.value;
  return errors.length > 0 || template === undefined ? undefined : { file, template };
}
