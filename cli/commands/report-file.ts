// The report file of `dondoc report submit` (YAML: narrative and aggregate indicator counts),
// read and checked with the line to fix before anything is sent.
import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument } from 'yaml';
import { ZReportFile, type TReportFile } from '../../client/assignments/results';
import { AppError } from '../../client/errors';
import { refuseOversizedFile } from '../../client/files/file-size';
import { safePayload } from '../../domain/text/payload-text';
import { FILE_LIMITS, TEXT_LIMITS } from '../../domain/text/safe-text';
import { lineOfPath } from '../../domain/plan/yaml-locate';
import { reportExample } from './report-example';


export async function readReportFile(file: string): Promise<TReportFile> {
  await refuseOversizedFile(file, FILE_LIMITS.reportFileBytes, 'the report file', `A narrative holds at most ${TEXT_LIMITS.text.toLocaleString('en-US')} characters.`);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : String(error);
    throw new AppError(`cannot read the report file ${file}: ${reason}.`, 'bad_input');
  }
  return parseReport(text, file);
}

export function parseReport(text: string, file: string): TReportFile {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  if (document.errors.length) {
    throw new AppError(`${file} is not valid YAML: ${document.errors.map((error) => error.message).join('; ')}. Nothing was sent.`, 'bad_input');
  }
  let raw: unknown;
  try {
    raw = document.toJS();
  } catch (error) {
    // An alias (*name) without its anchor, or aliases nested past the parser's bound.
    throw new AppError(`${file} is not valid YAML: ${(error as Error).message}. Nothing was sent.`, 'bad_input');
  }
  // Sizes and characters first (the same check the use-case makes), so a huge narrative is named with its line.
  const parsed = safePayload('report').pipe(ZReportFile).safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
    return `  line ${lineOfPath(document, lineCounter, path)}, ${path.join('.') || '(file)'}: ${issue.message}`;
  });
  throw new AppError(
    [`${file} is not a valid report (nothing was sent):`, ...problems, `Expected, for example:\n${reportExample}`].join('\n'),
    'bad_input',
  );
}
