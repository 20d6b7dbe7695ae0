import { parseWorkbookFile, workbookFileContents } from '../domain/workbookFile';
import { renderAllReports } from '../report/allReports';
import { budgetCommand, type BudgetOptions } from './budgetCommand';
import { budgetFromPrometheus } from './budgetFromPrometheus';
import type { FetchLike } from '../slo/prometheus/prometheusApi';
import type { PrometheusAuth } from '../slo/prometheus/prometheusSource';
import { parseArgs } from './parseArgs';
import { validateFiles } from './validateCommand';
import { accountsCommand } from './accountsCommand';
import { convertCommand, isSloFileFormat } from './convertCommand';
import { SLO_FILE_FORMATS } from '../slo/exportSloFiles';
import { describeSliResult, isSliCsvShape, sliCommand } from './sliCommand';
import { fileTooLargeMessage, MAX_FILE_BYTES } from '../ipc';
import {
  convertToRepository,
  convertToWorkbook,
  reportRepository,
  validateRepository,
  type RepositoryIo,
} from './repositoryCommands';
import { timelineCommand } from './timelineCommand';

/** What the command line may do to the outside world; the Node entry point provides it. */
export interface CliIo {
  readText(path: string): Promise<string>;
  /** The file's size in bytes, asked before reading it, so an oversized file is never read whole. */
  fileSize?(path: string): Promise<number>;
  /** Writes a file under `dir`, creating the directory. */
  writeText(dir: string, name: string, content: string): Promise<string>;
  out(text: string): void;
  err(text: string): void;
  now(): Date;
  timeZone(): string;
  /** For a workbook's repository form (a folder); without them, folders are not read. */
  isDirectory?(path: string): Promise<boolean>;
  readTree?: RepositoryIo['readTree'];
  removeFile?(path: string): Promise<void>;
  /** The network, for `budget --prometheus` only. */
  fetch?: FetchLike;
}

export const USAGE = `Usage:
  workbook report FILE.json [--out DIR]
      Writes the Markdown reports of a workbook file (and their SVG charts) into DIR
      (default: the current directory).
  workbook validate FILE... [--strict]
      Checks workbook files (.json) and SLO files (OpenSLO, Sloth; read together, so a
      reference may name a document in another file) and prints each problem with its
      file, document, line and rule. Exit status 1 when there are problems; with --strict
      also for every broken OpenSLO rule (as the OpenSLO Go SDK refuses them).
  workbook convert FILE... --to openslo|sloth|rules|prometheusrule [--out FILE] [--name NAME]
      Converts SLO files (OpenSLO, Sloth) or a workbook file's SLOs: to OpenSLO, a Sloth
      spec, a Prometheus rule file or a Kubernetes PrometheusRule. Writes to --out, else
      prints. A file with an error converts to nothing (exit status 1).
  workbook convert FILE.json --to repository --out DIR
  workbook convert DIR --to workbook --out FILE.json
      Moves a workbook between its file and its repository form (a folder for git: one JSON
      file per record, SLI data by day, the reports, a README). The same workbook always gives
      the same bytes, and nothing is lost either way.
  workbook report DIR [--out OUT]
  workbook validate DIR
      The same for a workbook's repository form: the reports as the folder's records make them
      (into DIR/reports by default), and every record file checked, each problem printed as
      path:line: rule (exit status 1).
  workbook budget --target 99.9 --window 30d|week|month|quarter [--time-zone ZONE]
                  [--start "2024-01-15 00:00"] [--method occurrences|timeslices|ratio-timeslices
                  --slice 5m --slice-target 95] [--data SLI.csv --timestamp COL (--good COL
                  --total COL | --value COL [--good-when "<=300"])] [--at TIME] [--json]
      Prints the SLO figures, evaluated at --at (default: the last timestamp in the data).
      A calendar window starts in --time-zone (default UTC), where --start says. A value
      column is a success ratio per interval, or with --good-when a value to compare.
      Without data, only the budget arithmetic. Columns are names or 1-based numbers.
  workbook accounts FILE.csv [--into WORKBOOK.json] [--json]
      Reads a CRM export of accounts as the app's import does: the column chosen for each
      field and why, the accounts to add and update (matched by name with the workbook's
      given by --into), and each row with a problem by line (the import would skip it).
      Exit status 1 when the file is refused (no rows, no name column, or more accounts
      than a workbook file holds).
  workbook sli FILE.csv [--shape wide|long] [--time-zone ZONE] [--json]
      Reads an SLI CSV as the app's import does: the shape chosen (wide, a column per
      series; long, a row per time and series) and why, the time, good and total (or
      value) columns, rows, gaps and rows summed into a shared interval. --json keys:
      shape, timestamp, columns, rows, gaps, problems [{line, message}]. Exit status 1
      when the file is refused, with the reason.
  workbook budget --slo FILE --prometheus URL [--name SLO] [--at TIME]
                  [--user U --password-file F | --token-file F] [--json]
      Evaluates the SLO of an OpenSLO or Sloth file (its queries as written there) over
      history pulled from that Prometheus, at --at (default: now). Same figures and JSON.
  workbook timeline FILE... [--day YYYY-MM-DD] [--time-zone ZONE] [--json]
      Reads chat logs (pasted Slack, Teams, Zoom, Discord, Google Chat, Mattermost, IRC logs;
      Slack and Google Chat exports) as the app does and prints the timeline events with
      every name replaced by a role, and each line not read with why. --day: the day the
      log begins on (default today in ZONE); --time-zone: the zone of its times (UTC).
      Exit status 1 when nothing in the files reads as a message.
`;

function reason(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  return error instanceof Error ? error.message : String(error);
}

/** Runs one command; returns the exit status (0 fine, 1 problems found, 2 wrong usage). */
export async function runWorkbookCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return command ? 0 : 2;
  }
  const args = parseArgs(rest, ['json', 'strict']);
  if ('error' in args) {
    io.err(`${args.error}\n\n${USAGE}`);
    return 2;
  }
  const repositoryStatus = await runRepositoryCommand(command, args, io);
  if (repositoryStatus !== null) return repositoryStatus;
  const read = async (path: string): Promise<string | null> => {
    try {
      // The same limit as the app's: what it can open, the command line checks, and no more.
      const bytes = io.fileSize ? await io.fileSize(path) : 0;
      if (bytes > MAX_FILE_BYTES) {
        io.err(`Cannot read ${path}: ${fileTooLargeMessage(path, bytes)}\n`);
        return null;
      }
      return await io.readText(path);
    } catch (error) {
      io.err(`Cannot read ${path}: ${reason(error)}.\n`);
      return null;
    }
  };

  /** Every named file, or null once one cannot be read (said already). */
  const readAll = async (names: string[]) => {
    const files: { name: string; text: string }[] = [];
    for (const name of names) {
      const text = await read(name);
      if (text === null) return null;
      files.push({ name, text });
    }
    return files;
  };

  if (command === 'report') {
    const [file] = args.positional;
    if (!file) {
      io.err(`workbook report needs a workbook file.\n\n${USAGE}`);
      return 2;
    }
    const text = await read(file);
    if (text === null) return 1;
    const parsed = parseWorkbookFile(text);
    if (!parsed.ok) {
      io.err(
        `${file} is not a readable workbook file:\n${parsed.problems.map((p) => `  ${p}`).join('\n')}\n`,
      );
      return 1;
    }
    const dir = typeof args.options['out'] === 'string' ? args.options['out'] : '.';
    const reports = renderAllReports(workbookFileContents(parsed.value), {
      generatedAt: io.now().toISOString(),
      timeZone: io.timeZone(),
    });
    try {
      for (const report of reports) {
        const path = await io.writeText(dir, report.fileName, report.markdown);
        io.out(`${path}\n`);
        for (const attachment of report.attachments) {
          io.out(`${await io.writeText(dir, attachment.name, attachment.content)}\n`);
        }
      }
    } catch (error) {
      io.err(`Cannot write the reports into ${dir}: ${reason(error)}.\n`);
      return 1;
    }
    return 0;
  }

  if (command === 'validate') {
    if (args.positional.length === 0) {
      io.err(`workbook validate needs a file.\n\n${USAGE}`);
      return 2;
    }
    const files = await readAll(args.positional);
    if (!files) return 1;
    const lines = validateFiles(files, args.options['strict'] === true);
    for (const line of lines) io.out(`${line.file ? `${line.file}: ` : ''}${line.text}\n`);
    return lines.some((l) => l.failed) ? 1 : 0;
  }

  if (command === 'convert') {
    const to = args.options['to'];
    if (typeof to !== 'string' || !isSloFileFormat(to) || args.positional.length === 0) {
      io.err(`workbook convert needs files and --to ${SLO_FILE_FORMATS.join('|')}.\n\n${USAGE}`);
      return 2;
    }
    const files = await readAll(args.positional);
    if (!files) return 1;
    const title =
      typeof args.options['name'] === 'string'
        ? args.options['name']
        : (args.positional[0]!.split(/[\\/]/).pop() ?? 'slos').replace(/\.[^.]*$/, '');
    const result = convertCommand(files, to, title, io.now().toISOString());
    if (!result.ok) {
      io.err(`${result.problems.join('\n')}\nNothing was written.\n`);
      return 1;
    }
    for (const note of result.notes) io.err(`${note}\n`);
    const out = args.options['out'];
    if (typeof out === 'string') {
      const slash = Math.max(out.lastIndexOf('/'), out.lastIndexOf('\\'));
      try {
        await io.writeText(
          slash >= 0 ? out.slice(0, slash) || '/' : '.',
          out.slice(slash + 1),
          result.text,
        );
      } catch (error) {
        io.err(`Cannot write ${out}: ${reason(error)}.\n`);
        return 1;
      }
      io.out(`${out}\n`);
    } else io.out(result.text);
    return 0;
  }

  if (command === 'budget') {
    const o = args.options;
    const str = (name: string) => (typeof o[name] === 'string' ? (o[name] as string) : undefined);
    const sloPath = str('slo');
    if (sloPath !== undefined) return budgetOverPrometheus(sloPath, str, o['json'] === true);
    const target = str('target');
    const window = str('window');
    if (!target || !window) {
      io.err(`workbook budget needs --target and --window.\n\n${USAGE}`);
      return 2;
    }
    let data: BudgetOptions['data'];
    const dataPath = str('data');
    if (dataPath) {
      const [timestamp, good, total, value] = [
        str('timestamp'),
        str('good'),
        str('total'),
        str('value'),
      ];
      if (!timestamp || (value ? good || total : !good || !total)) {
        io.err(
          'With --data, name the columns: --timestamp COL and either --good COL --total COL, or --value COL.\n',
        );
        return 2;
      }
      const text = await read(dataPath);
      if (text === null) return 1;
      const goodWhen = str('good-when');
      data = value
        ? { text, name: dataPath, timestamp, value, ...(goodWhen ? { goodWhen } : {}) }
        : { text, name: dataPath, timestamp, good: good!, total: total! };
    }
    const optional = (
      ['at', 'time-zone', 'start', 'method', 'slice', 'slice-target'] as const
    ).flatMap((name) => {
      const value = str(name);
      const key = name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
      return value === undefined ? [] : [[key, value] as const];
    });
    const result = budgetCommand({
      target,
      window,
      ...(data ? { data } : {}),
      ...Object.fromEntries(optional),
    });
    if (!result.ok) {
      io.err(`${result.problems.join('\n')}\n`);
      return 1;
    }
    io.out(o['json'] === true ? `${JSON.stringify(result.figures, null, 2)}\n` : result.text);
    return 0;
  }

  if (command === 'accounts') {
    const [file] = args.positional;
    if (!file || args.positional.length > 1) {
      io.err(`workbook accounts needs one CSV file.\n\n${USAGE}`);
      return 2;
    }
    const text = await read(file);
    if (text === null) return 1;
    const intoPath = args.options['into'];
    let into: { name: string; text: string } | undefined;
    if (typeof intoPath === 'string') {
      const intoText = await read(intoPath);
      if (intoText === null) return 1;
      into = { name: intoPath, text: intoText };
    }
    const result = accountsCommand({
      file: { name: file, text },
      ...(into ? { into } : {}),
      json: args.options['json'] === true,
    });
    if (result.out) io.out(result.out);
    if (result.err) io.err(result.err);
    return result.status;
  }

  if (command === 'sli') {
    const [file] = args.positional;
    const shapeOption = args.options['shape'];
    const shape =
      typeof shapeOption === 'string' && isSliCsvShape(shapeOption) ? shapeOption : undefined;
    const zone = args.options['time-zone'];
    if (!file || (shapeOption !== undefined && !shape)) {
      io.err(`workbook sli needs a CSV file (and --shape wide or long, if given).\n\n${USAGE}`);
      return 2;
    }
    const text = await read(file);
    if (text === null) return 1;
    const result = sliCommand({
      text,
      ...(shape ? { shape } : {}),
      ...(typeof zone === 'string' ? { timeZone: zone } : {}),
    });
    if (args.options['json'] === true) io.out(`${JSON.stringify(result, null, 2)}\n`);
    else if (result.problems.length > 0) io.err(describeSliResult(file, result));
    else io.out(describeSliResult(file, result));
    return result.problems.length > 0 ? 1 : 0;
  }

  if (command === 'timeline') {
    if (args.positional.length === 0) {
      io.err(`workbook timeline needs a chat log file.\n\n${USAGE}`);
      return 2;
    }
    const files = await readAll(args.positional);
    if (!files) return 1;
    const o = args.options;
    const result = timelineCommand(
      files,
      {
        ...(typeof o['day'] === 'string' ? { day: o['day'] } : {}),
        ...(typeof o['time-zone'] === 'string' ? { timeZone: o['time-zone'] } : {}),
      },
      io.now(),
    );
    if (!result.ok) {
      io.err(`${result.problems.join('\n')}\n`);
      return 1;
    }
    io.out(o['json'] === true ? `${JSON.stringify(result.json, null, 2)}\n` : result.text);
    return 0;
  }

  io.err(`Unknown command “${command}”.\n\n${USAGE}`);
  return 2;

  async function budgetOverPrometheus(
    sloPath: string,
    str: (name: string) => string | undefined,
    json: boolean,
  ): Promise<number> {
    const url = str('prometheus');
    const [user, passwordFile, tokenFile] = [str('user'), str('password-file'), str('token-file')];
    if (!url || (user === undefined) !== (passwordFile === undefined) || (user && tokenFile)) {
      io.err(
        `workbook budget --slo needs --prometheus URL, and either --user with --password-file or --token-file.\n\n${USAGE}`,
      );
      return 2;
    }
    if (!io.fetch) {
      io.err('This build of workbook cannot reach the network.\n');
      return 1;
    }
    const text = await read(sloPath);
    if (text === null) return 1;
    // Secrets come from files, never the command line (where `ps` and shell history see them).
    const secret = async (path: string) => (await read(path))?.replace(/\r?\n$/, '') ?? null;
    let auth: PrometheusAuth = { kind: 'none' };
    if (user && passwordFile) {
      const password = await secret(passwordFile);
      if (password === null) return 1;
      auth = { kind: 'basic', user, password };
    } else if (tokenFile) {
      const token = await secret(tokenFile);
      if (token === null) return 1;
      auth = { kind: 'bearer', token };
    }
    const sloName = str('name');
    const result = await budgetFromPrometheus({
      file: { name: sloPath, text },
      prometheus: url,
      auth,
      at: str('at'),
      now: io.now(),
      fetch: io.fetch,
      ...(sloName ? { sloName } : {}),
    });
    if (!result.ok) {
      io.err(`${result.problems.join('\n')}\n`);
      return 1;
    }
    io.out(json ? `${JSON.stringify(result.figures, null, 2)}\n` : result.text);
    return 0;
  }
}

/** The commands on a repository form; null when the command is about files, not a folder. */
async function runRepositoryCommand(
  command: string,
  args: { positional: string[]; options: Record<string, string | true> },
  io: CliIo,
): Promise<number | null> {
  const { isDirectory, readTree, removeFile } = io;
  if (!isDirectory || !readTree || !removeFile) return null;
  const repo: RepositoryIo = { ...io, isDirectory, readTree, removeFile };
  const [first] = args.positional;
  const out = typeof args.options['out'] === 'string' ? args.options['out'] : undefined;
  const to = args.options['to'];
  try {
    if (command === 'convert' && (to === 'repository' || to === 'workbook')) {
      if (args.positional.length !== 1 || !first || !out) {
        io.err(
          `workbook convert --to ${to} needs one ${to === 'repository' ? 'workbook file' : 'folder'} and --out.\n\n${USAGE}`,
        );
        return 2;
      }
      return to === 'repository'
        ? await convertToRepository(repo, first, out)
        : await convertToWorkbook(repo, first, out);
    }
    if ((command === 'report' || command === 'validate') && first && (await isDirectory(first))) {
      if (args.positional.length !== 1) {
        io.err(`workbook ${command} reads one folder at a time.\n\n${USAGE}`);
        return 2;
      }
      return command === 'report'
        ? await reportRepository(repo, first, out)
        : await validateRepository(repo, first);
    }
  } catch (error) {
    io.err(`Cannot finish: ${reason(error)}.\n`);
    return 1;
  }
  return null;
}
