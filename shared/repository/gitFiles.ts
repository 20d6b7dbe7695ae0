import { RECORD_KIND_DESCRIPTORS } from '../domain/recordKinds';
import { REPORTS_FOLDER, SLI_FOLDER, WORKBOOK_PATH } from './recordPaths';

/** Every file is text with LF endings on every machine; the reports fold away in reviews. */
export const GITATTRIBUTES = `# Written by SLO Workbook. Every file is text with LF line endings, so a diff reads the same
# on every machine; the reports are made from the records and fold away in a review.
* text=auto eol=lf
*.json text eol=lf
*.md text eol=lf
*.svg text eol=lf
${REPORTS_FOLDER}/** linguist-generated=true
`;

/** What the folder is, for whoever finds it on a git host. */
export function repositoryReadme(workbookName: string): string {
  const rows = RECORD_KIND_DESCRIPTORS.map((d) => `| \`${d.folder}/\` | ${d.label} |`);
  // The name is a person's text: shown as code, so it never becomes Markdown or HTML.
  const name = workbookName.replace(/`/g, '´').replace(/[\r\n]+/g, ' ');
  return `# SLO Workbook: \`${name}\`

This folder is an SLO Workbook shared through git: customer journeys and their pain points,
SLOs with their error budgets, and blameless retrospectives. SLO Workbook reads and writes it;
every record is one JSON file, so a change to one record changes one file, and a diff reads
as the change a person made.

Start with the reports: [\`${REPORTS_FOLDER}/\`](${REPORTS_FOLDER}/). They are made again from the
records at each sync; edit the records, not the reports.

| Folder | What it holds |
| --- | --- |
| \`${WORKBOOK_PATH}\` | the workbook's name and description |
${rows.join('\n')}
| \`${SLI_FOLDER}/\` | SLI data, one folder per SLO and one file per UTC day |
| \`${REPORTS_FOLDER}/\` | the Markdown reports and their SVG charts |

Check it with \`workbook validate .\`; render the reports with \`workbook report .\`.
`;
}
