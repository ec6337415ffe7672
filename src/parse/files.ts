import { closeSync, openSync, readSync } from 'node:fs';
import { loadHclParser, type HclParser } from './hcl.js';

/** Parsers that need loading before use; only those a scan's files need are loaded. */
export interface Parsers {
  hcl?: HclParser;
}

/** Terraform's native syntax: configuration and variable-definition files. */
export function isHclPath(rel: string): boolean {
  return /\.(tf|tfvars)$/i.test(rel);
}

/** Loads the parsers a set of files needs: web-tree-sitter only when a `.tf`/`.tfvars` is among them. */
export async function loadParsers(files: ReadonlyArray<{ rel: string }>): Promise<Parsers> {
  return files.some((f) => isHclPath(f.rel)) ? { hcl: await loadHclParser() } : {};
}

/**
 * Whether a file found in a directory is worth reading. Any `.json` might be an input (a Terraform
 * plan, a CloudFormation template, a Kubernetes manifest), but most are not (lock files, datasets,
 * tsconfig): only those whose first bytes name a top-level key of an input are read, so other JSON
 * never costs a full read or reports a problem. (A file named on the command line, or given a
 * kind in config, is always read.)
 */
export function worthReading(abs: string, rel: string): boolean {
  if (!/\.json$/i.test(rel) || /\.(tf|tfvars)\.json$/i.test(rel)) return true;
  let head = '';
  try {
    const fd = openSync(abs, 'r');
    try {
      const buf = Buffer.alloc(4096);
      head = buf.subarray(0, readSync(fd, buf, 0, buf.length, 0)).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    // Unreadable: let the normal read report it.
    return true;
  }
  return looksLikePlan(head) || /"(AWSTemplateFormatVersion|Resources|apiVersion)"\s*:/.test(head);
}

/** The start of `terraform show -json` output: it opens with these two keys. */
function looksLikePlan(head: string): boolean {
  return /"format_version"\s*:/.test(head) && /"terraform_version"\s*:/.test(head);
}
