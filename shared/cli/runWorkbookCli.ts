import { parseWorkbookFile, workbookFileContents } from '../domain/workbookFile';
import { renderAllReports } from '../report/allReports';
import { budgetCommand, type BudgetOptions } from './budgetCommand';
import { parseArgs } from './parseArgs';
import { validateFiles } from './validateCommand';
import { convertCommand, isSloFileFormat } from './convertCommand';
import { SLO_FILE_FORMATS } from '../slo/exportSloFiles';
import { timelineCommand } from './timelineCommand';

/** What the command line may do to the outside world; the Node entry point provides it. */
export interface CliIo {
  readText(path: string): Promise<string>;
  /** Writes a file under `dir`, creating the directory. */
  writeText(dir: string, name: string, content: string): Promise<string>;
  out(text: string): void;
  err(text: string): void;
  now(): Date;
  timeZone(): string;
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
  workbook budget --target 99.9 --window 30d|week|month|quarter [--time-zone ZONE]
                  [--start "2024-01-15 00:00"] [--method occurrences|timeslices|ratio-timeslices
                  --slice 5m --slice-target 95] [--data SLI.csv --timestamp COL (--good COL
                  --total COL | --value COL [--good-when "<=300"])] [--at TIME] [--json]
      Prints the SLO figures, evaluated at --at (default: the last timestamp in the data).
      A calendar window starts in --time-zone (default UTC), where --start says. A value
      column is a success ratio per interval, or with --good-when a value to compare.
      Without data, only the budget arithmetic. Columns are names or 1-based numbers.
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
  const read = async (path: string): Promise<string | null> => {
    try {
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
}
