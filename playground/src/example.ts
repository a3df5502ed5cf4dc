/** What the page opens with when its link holds no state: a pull request that widens a policy, so FAIL. */
import type { PlaygroundState } from '../../src/report/playground-link.js';

const base = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ReadReports",
      "Effect": "Allow",
      "Action": ["s3:GetObject", "s3:ListBucket"],
      "Resource": ["arn:aws:s3:::reports", "arn:aws:s3:::reports/*"]
    }
  ]
}
`;

const head = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ReadReports",
      "Effect": "Allow",
      "Action": ["s3:GetObject", "s3:ListBucket"],
      "Resource": ["arn:aws:s3:::reports", "arn:aws:s3:::reports/*"]
    },
    {
      "Sid": "UploadReports",
      "Effect": "Allow",
      "Action": "s3:Put*",
      "Resource": "arn:aws:s3:::reports/*"
    }
  ]
}
`;

export const EXAMPLE: PlaygroundState = {
  check: 'no-new-access',
  existing: base,
  updated: head,
  criticalActions: ['iam:PassRole', 's3:DeleteBucket', 's3:PutBucketPolicy'],
  trustedAccounts: [],
};
