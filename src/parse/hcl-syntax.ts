import type { Located } from '../position.js';

/**
 * The syntax of an HCL file as plain data, whichever syntax it was written in (native `.tf` or
 * JSON `.tf.json`): blocks, attributes and expressions, each with its source range. Nothing here
 * is evaluated; src/terraform/ turns it into what rules see.
 */
export interface HclBody {
  attributes: HclAttribute[];
  blocks: HclBlock[];
}

export interface HclAttribute {
  name: string;
  value: HclExpr;
  /** From the name to the end of the value. */
  at: Located;
  nameAt: Located;
}

export interface HclBlock {
  type: string;
  /** Labels without their quotes: `resource "aws_s3_bucket" "data"` has ["aws_s3_bucket", "data"]. */
  labels: string[];
  body: HclBody;
  at: Located;
  labelAt: Located[];
}

/** One step of a traversal: `.name`, `[0]` / `["key"]`, or an index that is not a literal. */
export type RefStep = string | number | { index: string | number | null };

export interface HclObjectItem {
  key: HclExpr;
  value: HclExpr;
  at: Located;
}

export type HclExpr =
  | { kind: 'literal'; value: string | number | boolean | null; at: Located }
  /** A string with interpolations; string parts are decoded text. */
  | { kind: 'template'; parts: Array<string | HclExpr>; at: Located }
  | { kind: 'tuple'; items: HclExpr[]; at: Located }
  | { kind: 'object'; items: HclObjectItem[]; at: Located }
  /** `var.x`, `local.y`, `aws_s3_bucket.data.id`, `each.value`: a root name and its steps. */
  | { kind: 'ref'; root: string; steps: RefStep[]; text: string; at: Located }
  | { kind: 'conditional'; cond: HclExpr; then: HclExpr; else: HclExpr; at: Located }
  /** `a == b`, `a && b`, `a + b`, …: evaluated when both sides are known. */
  | { kind: 'binary'; op: string; left: HclExpr; right: HclExpr; text: string; at: Located }
  /** `jsonencode(...)`: a call of a function by name; src/terraform/values.ts knows which it evaluates. */
  | { kind: 'call'; name: string; args: HclExpr[]; text: string; at: Located }
  /** Anything not evaluated statically (for expressions, operators, splats, calls with `...`). */
  | { kind: 'opaque'; text: string; refs: string[]; at: Located };
