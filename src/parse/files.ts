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
 * kind in config, is always read.) `head` gives the first KiBs (from the git index for --staged),
 * or undefined when unreadable.
 */
export function worthReading(abs: string, rel: string, head: () => string | undefined = () => fileHead(abs)): boolean {
  if (!/\.json$/i.test(rel) || /\.(tf|tfvars)\.json$/i.test(rel)) return true;
  const text = head();
  // Unreadable: let the normal read report it.
  if (text === undefined) return true;
  const start = text.slice(0, HEAD_BYTES);
  return looksLikePlan(start) || /"(AWSTemplateFormatVersion|Resources|apiVersion)"\s*:/.test(start);
}

/** How much of a JSON file is looked at: the keys that say what it is come first. */
const HEAD_BYTES = 4096;

/** The first KiB of a file, or undefined when it cannot be read. */
function fileHead(abs: string): string | undefined {
  try {
    const fd = openSync(abs, 'r');
    try {
      const buf = Buffer.alloc(HEAD_BYTES);
      return buf.subarray(0, readSync(fd, buf, 0, buf.length, 0)).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

/** The start of `terraform show -json` output: it opens with these two keys. */
function looksLikePlan(head: string): boolean {
  return /"format_version"\s*:/.test(head) && /"terraform_version"\s*:/.test(head);
}
