/**
 * The principal of a Lambda permission (CloudFormation `AWS::Lambda::Permission`, Terraform `aws_lambda_permission`)
 * as it appears in the function's policy: `*` is everyone; an account id or an ARN is an `AWS` principal (as is a
 * deploy-time value, which the embedded-policy reader then reports as unresolved); anything else is a service
 * principal, taken as given (`s3.amazonaws.com`, and those outside amazonaws.com such as `alexa-appkit.amazon.com`).
 */
export function lambdaPrincipalType(text: string): '*' | 'AWS' | 'Service' {
  if (text === '*') return '*';
  return /^\d{12}$/.test(text) || text.startsWith('arn:') || text.startsWith('${') ? 'AWS' : 'Service';
}
