import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// Each test starts the command a few times; a busy machine takes seconds for each.
const SLOW = { timeout: 120_000 };
import { buildWorkbookFile, serializeWorkbookFile } from '../../shared/domain/workbookFile';
import { buildSampleWorkbook } from '../../shared/sample/sampleWorkbook';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'workbook-repo-cli-'));
const cli = join(work, 'bin', 'workbook.mjs');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under a folder, by relative path. */
function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), readFileSync(path, 'utf8'));
  }
  return files;
}

/** A workbook file's records, without the header that says when and by what it was written. */
const records = (text: string) => {
  const file = JSON.parse(text) as Record<string, unknown>;
  delete file['exportedAt'];
  delete file['appVersion'];
  return file;
};

beforeAll(() => {
  const build = spawnSync(process.execPath, ['scripts/build-cli.mjs', join(work, 'bin')], {
    cwd: root,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`building the command line failed:\n${build.stderr}`);
  const sample = buildSampleWorkbook({ endMs: Date.parse('2026-11-20T12:00:00Z') });
  const small = {
    ...sample,
    sliChunks: sample.slos.flatMap((s) =>
      sample.sliChunks.filter((c) => c.sloId === s.id).slice(-3),
    ),
  };
  writeFileSync(
    join(work, 'sample.json'),
    serializeWorkbookFile(buildWorkbookFile(small, '0.1.0', '2026-11-21T00:00:00.000Z')),
  );
});

describe('workbook convert between a file and a repository', () => {
  it('goes to a folder and back without losing anything, the same bytes each time', SLOW, () => {
    const first = run('convert', 'sample.json', '--to', 'repository', '--out', 'repo');
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const files = tree(join(work, 'repo'));
    expect(files.has('README.md')).toBe(true);
    expect(files.has('.gitattributes')).toBe(true);
    expect([...files.keys()].some((p) => p.startsWith('pain-points/'))).toBe(true);
    expect([...files.keys()].some((p) => p.startsWith('sli-data/'))).toBe(true);
    expect([...files.keys()].some((p) => p.startsWith('reports/') && p.endsWith('.svg'))).toBe(
      true,
    );

    expect(run('convert', 'repo', '--to', 'workbook', '--out', 'back.json').status).toBe(0);
    const back = readFileSync(join(work, 'back.json'), 'utf8');
    expect(records(back)).toEqual(records(readFileSync(join(work, 'sample.json'), 'utf8')));
    // The same folder gives the same file; the file gives the same folder.
    expect(run('convert', 'repo', '--to', 'workbook', '--out', 'again.json').status).toBe(0);
    expect(readFileSync(join(work, 'again.json'), 'utf8')).toBe(back);
    expect(run('convert', 'back.json', '--to', 'repository', '--out', 'repo2').status).toBe(0);
    expect(tree(join(work, 'repo2'))).toEqual(files);
  });

  it(
    'removes the file of a record deleted since the last conversion, and keeps other files',
    SLOW,
    () => {
      run('convert', 'sample.json', '--to', 'repository', '--out', 'repo3');
      writeFileSync(join(work, 'repo3', 'ci.yml'), 'on: push\n');
      const file = JSON.parse(readFileSync(join(work, 'sample.json'), 'utf8')) as {
        painPoints: { id: string }[];
      };
      const gone = file.painPoints.shift()!;
      writeFileSync(join(work, 'fewer.json'), JSON.stringify(file));
      expect(run('convert', 'fewer.json', '--to', 'repository', '--out', 'repo3').status).toBe(0);
      expect(existsSync(join(work, 'repo3', 'pain-points', `${gone.id}.json`))).toBe(false);
      expect(existsSync(join(work, 'repo3', 'ci.yml'))).toBe(true);
    },
  );

  it('refuses to write into a folder that holds something else', SLOW, () => {
    writeFileSync(join(work, 'notes.txt'), 'x');
    const { status, stderr } = run('convert', 'sample.json', '--to', 'repository', '--out', '.');
    expect(status).toBe(1);
    expect(stderr).toMatch(/holds other files and no workbook/);
  });
});

describe('workbook validate and report on a folder', () => {
  it('says a good folder is valid and renders its reports', SLOW, () => {
    run('convert', 'sample.json', '--to', 'repository', '--out', 'good');
    const ok = run('validate', 'good');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/good: a valid workbook repository \(workbook “.+”: \d+ journeys/);
    expect(ok.stdout).not.toMatch(/warning/);
    rmSync(join(work, 'good', 'reports'), { recursive: true });
    expect(run('validate', 'good').stdout).toMatch(/warning: \d+ reports are not the ones/);
    const report = run('report', 'good');
    expect(report.status).toBe(0);
    expect(report.stdout).toMatch(/good\/reports\/workbook-.*\.md/);
    expect(run('validate', 'good').stdout).not.toMatch(/warning/);
  });

  it('refuses an invalid record file with its path, line and rule', SLOW, () => {
    run('convert', 'sample.json', '--to', 'repository', '--out', 'bad');
    const dir = join(work, 'bad', 'journey-steps');
    const name = readdirSync(dir)[0]!;
    const text = readFileSync(join(dir, name), 'utf8').replace(/"emotion": -?\d+/, '"emotion": 9');
    writeFileSync(join(dir, name), text);
    const line = text.split('\n').findIndex((l) => l.includes('"emotion"')) + 1;
    const { status, stdout } = run('validate', 'bad');
    expect(status).toBe(1);
    expect(stdout).toBe(
      `bad/journey-steps/${name}:${line}: emotion: Too big: expected number to be <=2\n`,
    );
    const report = run('report', 'bad');
    expect(report.status).toBe(1);
    expect(report.stderr).toContain(`bad/journey-steps/${name}:${line}:`);
  });
});
