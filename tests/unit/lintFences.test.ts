import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The repository's own lint config, run on a snippet as if it were a file at `path`. */
async function lint(path: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(code, { filePath: path });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the layer fences in lint', () => {
  it('fails a feature importing another feature, and says where shared widgets belong', async () => {
    const messages = await lint(
      'renderer/src/features/slos/NewWidget.tsx',
      "import { useJourneyStore } from '../journeys/journeyStore';\nexport const x = useJourneyStore;\n",
    );
    expect(messages).toEqual([
      expect.stringMatching(
        /^no-restricted-imports: .*A feature never imports another feature: a widget two features show belongs in ui\//,
      ),
    ]);
  }, 60_000);

  it('lets a feature import its own files and the layers under it', async () => {
    const messages = await lint(
      'renderer/src/features/slos/NewWidget.tsx',
      "import { sloToForm } from './sloForm';\nimport { useDatabase } from '../../db/DatabaseContext';\n" +
        "import { showError } from '../../ui/noticeStore';\nexport const x = [sloToForm, useDatabase, showError];\n",
    );
    expect(messages).toEqual([]);
  }, 60_000);
});
