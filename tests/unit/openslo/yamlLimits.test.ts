import { describe, expect, it } from 'vitest';
import { importSloFiles } from '../../../shared/slo/importSloFiles';
import {
  MAX_SLO_FILE_CHARACTERS,
  MAX_YAML_DEPTH,
  readYamlDocuments,
} from '../../../shared/slo/readYaml';

const messages = (text: string) =>
  importSloFiles([{ name: 'x.yaml', text }]).problems.map((p) => p.message);

describe('YAML an SLO file cannot be: refused in words, at a bounded cost', () => {
  it('refuses aliases that would repeat a list many times over, without building it', () => {
    const list = Array.from({ length: 5_000 }, (_, i) => `  - item${i}\n`).join('');
    const refs = Array.from({ length: 99 }, () => '  - *big\n').join('');
    const text = `big: &big\n${list}refs:\n${refs}`;
    const [doc] = readYamlDocuments(text);
    expect(doc!.data).toBeNull();
    expect(doc!.error!.message).toMatch(
      /aliases \(\*name\) repeat the same content too many times/,
    );
    expect(messages(text)[0]).toMatch(/^not readable YAML: its aliases/);
  }, 60_000);

  it('reads anchors a few SLOs share, as real files use them', () => {
    const text = `defaults: &d\n  service: shop\n  labels: { team: payments }\na: *d\nb: *d\nc: *d\n`;
    const [doc] = readYamlDocuments(text);
    expect(doc!.error).toBeNull();
    expect(doc!.data).toEqual({
      defaults: { service: 'shop', labels: { team: 'payments' } },
      a: { service: 'shop', labels: { team: 'payments' } },
      b: { service: 'shop', labels: { team: 'payments' } },
      c: { service: 'shop', labels: { team: 'payments' } },
    });
  });

  it('refuses an alias of itself (a cycle) in words', () => {
    const [doc] = readYamlDocuments('a: &x\n  - *x\n');
    expect(doc!.data).toBeNull();
    expect(doc!.error!.message).not.toMatch(/call stack/i);
  });

  it('says a file nests too deeply, never “Maximum call stack size exceeded”', () => {
    for (const depth of [MAX_YAML_DEPTH + 5, 5_000]) {
      const flow = `a: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
      const block = Array.from(
        { length: Math.min(depth, MAX_YAML_DEPTH + 50) },
        (_, i) => `${' '.repeat(i)}- `,
      )
        .join('\n')
        .concat('x\n');
      for (const text of [flow, block]) {
        const all = messages(text).join('\n');
        expect(all, `depth ${depth}`).toMatch(/nests lists or mappings too deeply|not readable/);
        expect(all).not.toMatch(/call stack/i);
      }
    }
    // JSON too: an SLO file may be JSON.
    const json = `{"apiVersion": "openslo/v1", "a": ${'['.repeat(5_000)}${']'.repeat(5_000)}}`;
    expect(messages(json).join('\n')).toMatch(/nests lists or mappings too deeply/);
  }, 60_000);

  it('refuses a file far larger than any SLO file before parsing it', () => {
    const text = `# ${'x'.repeat(MAX_SLO_FILE_CHARACTERS)}\n`;
    expect(messages(text)).toEqual([expect.stringMatching(/too large for an SLO file/)]);
  });
});
