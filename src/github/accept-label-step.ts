/**
 * Whether the accept label applies to this run: on the event's pull request, or — in a merge queue, whose event
 * names no pull request — on the queued pull request, looked up with the token (merge-group-labels.ts).
 */
import { labelsApiFor, mergeGroupHasLabel, type LabelsApi } from './merge-group-labels.js';
import { logLine } from './workflow-log.js';

export interface AcceptLabelSettings {
  readonly acceptLabel?: { readonly name: string; readonly present: boolean; readonly mergeGroupRef?: string };
  readonly github?: { readonly token: string; readonly repository: string };
}

export async function acceptLabelPresent(
  settings: AcceptLabelSettings,
  apiFor: (token: string) => LabelsApi = labelsApiFor,
  log: (line: string) => void = logLine,
): Promise<boolean> {
  const label = settings.acceptLabel;
  if (label === undefined) return false;
  if (label.present || label.mergeGroupRef === undefined) return label.present;
  if (settings.github === undefined) {
    log(
      'iam-proof: accept-label: in a merge queue the labels are read with github-token, which is not set; treated as absent',
    );
    return false;
  }
  const found = await mergeGroupHasLabel(
    apiFor(settings.github.token),
    settings.github.repository,
    label.mergeGroupRef,
    label.name,
  );
  log(found.log);
  return found.present;
}
