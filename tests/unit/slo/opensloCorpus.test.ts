import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeOpenSloProblem, importOpenSlo } from '../../../shared/slo/openslo/importOpenSlo';
import { corpusDir } from './corpusDir';

const dir = corpusDir('openslo-sloth', 'openslo');
if (!dir)
  console.warn('SKIPPED: no ../shared/corpus/openslo-sloth on this machine (set SLO_CORPUS_DIR).');

const read = (name: string) => importOpenSlo(readFileSync(join(dir!, name), 'utf8'));
const messages = (name: string) => read(name).problems.map(describeOpenSloProblem);

describe.skipIf(!dir)('OpenSLO files as real tools write them', () => {
  it('reads a top-level list of documents, as the Go SDK, oslo fmt and sloctl write', () => {
    const sdk = read('gosdk-v1-examples-slos.yaml');
    // The display name names the SLO in the app.
    expect(sdk.slos.map((s) => s.name)).toEqual(['SLO for web availability']);
    expect(sdk.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const inline = read('gosdk-inline-inputs-v1_slo.yaml');
    expect(inline.documents).toBe(5);
    expect(inline.slos).toHaveLength(2);
    expect(read('sloctl-convert-openslo-nested-slos.yaml').slos).toHaveLength(1);
  });

  it('names the line of a problem inside a list item', () => {
    const problem = read('gosdk-v1-examples-slos.yaml').problems.find(
      (p) => p.field === 'spec.objectives[0].op',
    );
    expect(problem?.line).toBe(40);
  });

  it('reads JSON as YAML’s subset, and says a file of services holds no SLO', () => {
    expect(messages('gosdk-decode-single_object.json')).toEqual([
      'Document 1: The file holds no SLO documents.',
    ]);
  });

  it('reads openslo/v1alpha, and says what it assumed', () => {
    const alpha = read('gosdk-v1alpha-examples-slos.yaml');
    expect(alpha.slos.map((s) => s.name)).toEqual([
      'Threshold SLO for web latency',
      'Ratio SLO for web availability',
    ]);
    const threshold = alpha.slos[0]!.draft;
    expect(threshold.sli).toMatchObject({ kind: 'threshold', op: 'gt', threshold: 200 });
    expect(threshold.window).toMatchObject({ kind: 'calendar', unit: 'week' });
    expect(alpha.slos[1]!.draft).toMatchObject({
      budgetingMethod: 'Timeslices',
      timeSliceMinutes: 1,
    });
    expect(messages('gosdk-v1alpha-examples-slos.yaml')).toEqual([
      'Document 2 (SLO web-availability-ratio), line 44, spec.objectives[0].timeSliceWindow: openslo/v1alpha names no time slice length; read with 1-minute slices. [note: v1alpha-slice-length]',
    ]);
  });

  it('refuses v2alpha by name, once per document, and never says “undefined”', () => {
    const v2 = messages('oslo-validate-v2alpha.yaml');
    expect(v2).toHaveLength(3);
    for (const m of v2) expect(m).toContain('openslo.com/v2alpha is not supported yet');
    const all = [
      'gosdk-v2alpha-examples-slos.yaml',
      'oslo-validate-invalid-apiversion.yaml',
      'oslo-validate-unknown-field.yaml',
      'oslo-validate-v1.yaml',
      'oslo-validate-v1alpha.yaml',
      'spec-timeslices-slo.yaml',
    ].flatMap(messages);
    for (const m of all) expect(m).not.toMatch(/undefined|\[object Object\]/);
  });

  it('refuses an unknown apiVersion as oslo validate does', () => {
    expect(messages('oslo-validate-invalid-apiversion.yaml')[0]).toContain(
      'apiVersion should be openslo/v1, not “foo”',
    );
  });

  it('warns of what oslo and the SDK refuse: an unknown field, a policy that is not there', () => {
    expect(messages('oslo-validate-unknown-field.yaml')).toContain(
      'Document 1 (Service my-rad service), line 6, spec.markdown: “markdown” is not a field OpenSLO v1 knows here; kept as it is, but oslo validate refuses it. [unknown-field]',
    );
    expect(messages('gosdk-inline-inputs-v1_slo_invalid_policy.yaml')).toContain(
      'Document 1 (SLO my-slo), line 9, spec.alertPolicies[0].alertPolicyRef: alertPolicyRef “no-policy” names no AlertPolicy document in the files read; the SLO is read without it. [alert-policy-ref]',
    );
    // The SDK's own valid files raise none of these.
    for (const name of [
      'gosdk-v1-examples-slos.yaml',
      'gosdk-inline-inputs-v1_slo.yaml',
      'spec-timeslices-slo.yaml',
    ])
      expect(
        messages(name).filter((m) => /unknown-field|alert-policy-ref/.test(m)),
        name,
      ).toEqual([]);
  });
});
