import type { RuleMeta } from '../catalog.js';
import type { ToolInfo } from '../project.js';

/**
 * The one place that decides where a rule's documentation lives: its Rego source (METADATA with
 * description and remediation) at the release tag in the published repository, else the project's
 * homepage; undefined when package.json names neither.
 */
export function ruleHelpUri(tool: ToolInfo, rule: Pick<RuleMeta, 'id' | 'source'>): string | undefined {
  if (tool.repositoryUrl !== undefined && rule.source !== '') return `${tool.repositoryUrl}/blob/v${tool.version}/${rule.source}`;
  return tool.homepage;
}
