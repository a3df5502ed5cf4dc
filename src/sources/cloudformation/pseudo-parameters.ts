/**
 * CloudFormation pseudo parameters (User Guide, "Pseudo parameters reference") and what the gate makes of them.
 *  - `AWS::Partition` and `AWS::URLSuffix` default to the commercial partition (`aws`, `amazonaws.com`): templates
 *    write `arn:${AWS::Partition}:…` for portability, and refactoring `arn:aws:` into it must not read as new
 *    access. A template deployed to another partition pins them (`AWS::Partition: aws-cn`) in the configuration.
 *    This is a documented setting, not a fact about the deployment.
 *  - `AWS::AccountId`, `AWS::Region`, `AWS::StackName`, `AWS::StackId` are named unknowns unless pinned: the same
 *    template is often deployed to several accounts and regions.
 *  - `AWS::NoValue` removes the property; `AWS::NotificationARNs` is a list, unresolved unless pinned.
 */
export const PSEUDO_DEFAULTS: Readonly<Record<string, string>> = {
  'AWS::Partition': 'aws',
  'AWS::URLSuffix': 'amazonaws.com',
};

export const PSEUDO_UNKNOWNS: ReadonlySet<string> = new Set([
  'AWS::AccountId',
  'AWS::Region',
  'AWS::StackName',
  'AWS::StackId',
]);

export const PSEUDO_LISTS: ReadonlySet<string> = new Set(['AWS::NotificationARNs']);

export const NO_VALUE_NAME = 'AWS::NoValue';
