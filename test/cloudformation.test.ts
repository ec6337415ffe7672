// CloudFormation templates: short-form intrinsics become the long form, located on their text;
// a tag CloudFormation does not know is reported and kept visible, never dropped.
import { describe, expect, it } from 'vitest';
import { locate } from '../src/locate.js';
import { INTRINSIC_TAGS, normalizeIntrinsics } from '../src/parse/cloudformation.js';
import { parseJson } from '../src/parse/json.js';
import { parseYaml } from '../src/parse/yaml.js';
import { pathKey } from '../src/position.js';
import { cloudFormationKind, isTemplate } from '../src/units/cloudformation.js';

const TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  NotProd: !Not [!Condition IsProd]
  Both: !And [!Condition IsProd, !Or [!Condition IsProd, !Condition NotProd]]
Resources:
  Nb:
    Type: AWS::SageMaker::NotebookInstance
    Properties:
      RoleArn: !GetAtt Role.Arn
      Endpoint: !GetAtt Db.Endpoint.Address
      Listed: !GetAtt [Role, Arn]
      Name: !Sub "\${AWS::StackName}-nb"
      Joined: !Join ["-", [a, !Ref B]]
      Picked: !Select [0, !GetAZs ""]
      Parts: !Split [",", !ImportValue Subnets]
      Mapped: !FindInMap [Map, !Ref "AWS::Region", Ami]
      Encoded: !Base64 hello
      Cidrs: !Cidr [10.0.0.0/16, 4, 8]
      Maybe: !If [IsProd, Disabled, Enabled]
      Doc: !ToJsonString {a: 1}
      Count: !Length [1, 2]
      Snippet: !Transform {Name: AWS::Include, Parameters: {Location: s3://b/k}}
`;

function template(text: string) {
  const parsed = parseYaml(text);
  expect(parsed.errors).toEqual([]);
  return normalizeIntrinsics(parsed, text);
}

/** The text a path is located on. */
function textAt(text: string, index: ReturnType<typeof template>['index'], path: (string | number)[]): string {
  const at = index.get(pathKey([0, ...path]));
  if (!at) throw new Error(`no position for ${JSON.stringify(path)}`);
  return text.slice(at.start, at.end);
}

describe('CloudFormation intrinsics', () => {
  it('registers every short form the issue lists, and Ref and Condition without Fn::', () => {
    for (const f of ['Ref', 'GetAtt', 'Sub', 'If', 'Join', 'Select', 'Split', 'FindInMap', 'Base64', 'Cidr', 'ImportValue', 'GetAZs', 'Equals', 'And', 'Or', 'Not', 'Condition', 'Transform']) {
      expect(INTRINSIC_TAGS.has(`!${f}`), f).toBe(true);
    }
    expect(INTRINSIC_TAGS.get('!Ref')).toBe('Ref');
    expect(INTRINSIC_TAGS.get('!Condition')).toBe('Condition');
    expect(INTRINSIC_TAGS.get('!GetAtt')).toBe('Fn::GetAtt');
  });

  it('rewrites every short form to the long form, nested ones included', () => {
    const { template: t, problems } = template(TEMPLATE);
    expect(problems).toEqual([]);
    const doc = t as { Conditions: unknown; Resources: { Nb: { Properties: Record<string, unknown> } } };
    expect(doc.Conditions).toEqual({
      IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] },
      NotProd: { 'Fn::Not': [{ Condition: 'IsProd' }] },
      Both: { 'Fn::And': [{ Condition: 'IsProd' }, { 'Fn::Or': [{ Condition: 'IsProd' }, { Condition: 'NotProd' }] }] },
    });
    expect(doc.Resources.Nb.Properties).toEqual({
      RoleArn: { 'Fn::GetAtt': ['Role', 'Arn'] },
      Endpoint: { 'Fn::GetAtt': ['Db', 'Endpoint.Address'] },
      Listed: { 'Fn::GetAtt': ['Role', 'Arn'] },
      Name: { 'Fn::Sub': '${AWS::StackName}-nb' },
      Joined: { 'Fn::Join': ['-', ['a', { Ref: 'B' }]] },
      Picked: { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] },
      Parts: { 'Fn::Split': [',', { 'Fn::ImportValue': 'Subnets' }] },
      Mapped: { 'Fn::FindInMap': ['Map', { Ref: 'AWS::Region' }, 'Ami'] },
      Encoded: { 'Fn::Base64': 'hello' },
      Cidrs: { 'Fn::Cidr': ['10.0.0.0/16', 4, 8] },
      Maybe: { 'Fn::If': ['IsProd', 'Disabled', 'Enabled'] },
      Doc: { 'Fn::ToJsonString': { a: 1 } },
      Count: { 'Fn::Length': [1, 2] },
      Snippet: { 'Fn::Transform': { Name: 'AWS::Include', Parameters: { Location: 's3://b/k' } } },
    });
  });

  it('keeps the position of every child under the long form', () => {
    const { index } = template(TEMPLATE);
    const p = ['Resources', 'Nb', 'Properties'];
    expect(textAt(TEMPLATE, index, [...p, 'RoleArn', 'Fn::GetAtt', 0])).toBe('Role');
    expect(textAt(TEMPLATE, index, [...p, 'RoleArn', 'Fn::GetAtt', 1])).toBe('Arn');
    expect(textAt(TEMPLATE, index, [...p, 'Endpoint', 'Fn::GetAtt', 1])).toBe('Endpoint.Address');
    expect(textAt(TEMPLATE, index, [...p, 'Joined', 'Fn::Join', 1, 1, 'Ref'])).toBe('B');
    expect(textAt(TEMPLATE, index, [...p, 'Maybe', 'Fn::If', 2])).toBe('Enabled');
    expect(textAt(TEMPLATE, index, [...p, 'Snippet', 'Fn::Transform', 'Parameters', 'Location'])).toBe('Location: s3://b/k');
    expect(textAt(TEMPLATE, index, ['Conditions', 'Both', 'Fn::And', 1, 'Fn::Or', 1, 'Condition'])).toBe('NotProd');
    // A rule path into the long form lands on the short form's line and column.
    const at = locate(index, [0, ...p, 'Parts', 'Fn::Split', 1, 'Fn::ImportValue']);
    expect(at).toMatchObject({ line: 16, column: 40 });
    expect(textAt(TEMPLATE, index, [...p, 'Parts', 'Fn::Split', 1, 'Fn::ImportValue'])).toBe('Subnets');
  });

  it('never drops a tag it does not know: each is a problem at the tag, and its value stays wrapped', () => {
    // Lookalikes of real tags, YAML-looking and random names, on scalars, lists and maps.
    const names = ['!GetAttr', '!ref', '!Fn::Sub', '!Substitute', '!Base64Decode', '!Contains', '!EachMemberEquals', '!ValueOf', '!Rain::Embed', '!x'];
    for (let i = 0; i < 20; i++) names.push(`!T${((i * 7919) % 1000).toString(36)}${'abc'[i % 3]}`);
    const forms = ['scalar', '[a, b]', '{k: v}'];
    for (const name of names) {
      for (const form of forms) {
        const text = `Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      X: ${name} ${form}\n`;
        const { template: t, problems } = template(text);
        expect(problems, `${name} ${form}`).toEqual([expect.objectContaining({ line: 5, column: 10, message: expect.stringContaining(`unknown tag ${name}`) })]);
        const x = (t as { Resources: { B: { Properties: { X: Record<string, unknown> } } } }).Resources.B.Properties.X;
        expect(Object.keys(x), `${name} ${form}`).toEqual([name]);
      }
    }
  });

  it('reports the unknown tag of a scanned template as TG-PARSE and still checks the rest', () => {
    const text = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Sbu "${AWS::StackName}"\n';
    const parsed = parseYaml(text);
    const unit = cloudFormationKind.units([{ abs: '/t.yaml', rel: 't.yaml', format: 'yaml', parsed, text }], { load: () => 'unused', glob: () => [] })[0]!;
    expect(unit.problems).toEqual([expect.objectContaining({ rule: 'TG-PARSE', file: 't.yaml', line: 6, column: 19 })]);
    expect(unit.input).toMatchObject({ Resources: { B: { Type: 'AWS::S3::Bucket', Properties: { BucketName: { '!Sbu': '${AWS::StackName}' } } } } });
  });

  it('reads JSON templates in long form with positions', () => {
    const text = '{\n  "Resources": {\n    "Nb": {\n      "Type": "AWS::SageMaker::NotebookInstance",\n      "Properties": {"RoleArn": {"Fn::GetAtt": ["Role", "Arn"]}}\n    }\n  }\n}\n';
    const parsed = parseJson(text);
    const { template: t, index } = normalizeIntrinsics(parsed, text);
    expect(isTemplate(parsed.documents)).toBe(true);
    expect(t).toEqual(JSON.parse(text));
    expect(locate(index, [0, 'Resources', 'Nb', 'Properties', 'RoleArn', 'Fn::GetAtt', 1])).toMatchObject({ line: 5, column: 57, endColumn: 62 });
  });

  it('is detected by its format version or an AWS:: resource type, SAM included, and nothing else', () => {
    const detect = (text: string) => isTemplate(parseYaml(text).documents);
    expect(detect('AWSTemplateFormatVersion: "2010-09-09"\n')).toBe(true);
    expect(detect('Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n')).toBe(true);
    expect(detect('Resources:\n  X:\n    Type: Custom::Thing\n')).toBe(false);
    expect(detect('resources:\n  Resources:\n    X: {Type: AWS::S3::Bucket}\n')).toBe(false);
    expect(detect('apiVersion: v1\nkind: Pod\n')).toBe(false);
    expect(detect('AWSTemplateFormatVersion: x\n---\nResources: {}\n')).toBe(false);
  });
});
