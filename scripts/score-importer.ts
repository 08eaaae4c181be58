// Scores `dondoc plan import` on the real plan corpus against the hand-made expected results
// (issue 16): npx tsx scripts/score-importer.ts [--corpus DIR] [--expected DIR] [--json]
// [--verbose] [--floor FILE | --write-floor FILE] [stem…]. The corpus stays outside the repo
// (../shared/corpus/plans), so this is not part of `npm test`. --expected scores another set of
// documents against its own hand-made results, written in the same format.
// Exit 0: every document meets the goal (with --floor: none falls below its recorded figures);
// 1: some document is below it; 2: nothing to score.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { AppError } from '../client/errors';
import { importPlan } from '../client/plans/import-plan';
import { projectPath } from '../config/project-root';
import { readDraftView } from './importer-score/draft-view';
import { ZExpectedResults, type TExpectedResults } from './importer-score/expected-results';
import { openingsNotInDocument } from './importer-score/match-tasks';
import { renderJson, renderReport } from './importer-score/report';
import { belowFloor, readFloor, writeFloor } from './importer-score/floor';
import { scoreDocument, type TDocumentScore } from './importer-score/score-document';

const FIXTURES = projectPath('test', 'fixtures', 'importer-corpus');
const USAGE = 'usage: npx tsx scripts/score-importer.ts [--corpus DIR] [--expected DIR] [--json] [--verbose] [--floor FILE | --write-floor FILE] [document-stem…]';

interface TOptions {
  corpus: string;
  /** The folder of expected results (<document stem>.yaml). */
  expected: string;
  json: boolean;
  verbose: boolean;
  /** Compare with the figures recorded there instead of the goal: a regression gate. */
  floor: string | null;
  /** Record today's figures there, as the floor later runs must not fall below. */
  writeFloor: string | null;
  stems: string[];
}

function readOptions(argv: readonly string[]): TOptions {
  const options: TOptions = { corpus: process.env.DONDOC_CORPUS_DIR ?? projectPath('..', 'shared', 'corpus', 'plans'), expected: FIXTURES, json: false, verbose: false, floor: null, writeFloor: null, stems: [] };
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] as string;
    if (argument === '--json') options.json = true;
    else if (argument === '--verbose') options.verbose = true;
    else if (argument === '--corpus' || argument === '--expected' || argument === '--floor' || argument === '--write-floor') {
      const value = argv[index + 1];
      if (value === undefined || value.startsWith('-')) throw new Error(`${argument} needs a ${argument === '--corpus' || argument === '--expected' ? 'directory' : 'file'}. ${USAGE}`);
      if (argument === '--corpus') options.corpus = value;
      else if (argument === '--expected') options.expected = resolve(value);
      else if (argument === '--floor') options.floor = resolve(value);
      else options.writeFloor = resolve(value);
      index += 1;
    } else if (argument.startsWith('-')) throw new Error(`unknown option ${argument}. ${USAGE}`);
    else options.stems.push(argument.replace(/\.(txt|yaml)$/, ''));
  }
  options.corpus = resolve(options.corpus);
  return options;
}

async function readExpected(folder: string, stems: readonly string[]): Promise<TExpectedResults[]> {
  if (!existsSync(folder)) throw new Error(`no folder of expected results at ${folder}: check --expected.`);
  const files = (await readdir(folder)).filter((file) => file.endsWith('.yaml')).sort();
  const wanted = stems.length === 0 ? files : stems.map((stem) => `${stem}.yaml`);
  const results: TExpectedResults[] = [];
  for (const file of wanted) {
    if (!files.includes(file)) throw new Error(`no expected results ${join(folder, file)}: write them first (format in ${join(FIXTURES, 'README.md')}).`);
    const parsed = ZExpectedResults.safeParse(parse(await readFile(join(folder, file), 'utf8')));
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
    results.push(parsed.data);
  }
  return results;
}

async function scoreOne(expected: TExpectedResults, corpus: string): Promise<TDocumentScore> {
  const document = join(corpus, expected.document);
  if (!existsSync(document)) throw new Error(`${document} is not in the corpus: check the fixture's "document" or --corpus.`);
  const slips = openingsNotInDocument(await readFile(document, 'utf8'), [...expected.tasks.flatMap((task) => [task.text, ...task.altText]), ...expected.notATask]);
  if (slips.length > 0) throw new Error(`${expected.document}: opening words not in the document (copy them exactly): ${slips.map((slip) => `"${slip}"`).join(', ')}`);
  try {
    const imported = await importPlan({ agency: null, user: 'score-importer', role: 'operator' }, { document });
    return scoreDocument(expected, readDraftView(imported.yaml, imported.summary.unreadableDeadlines.map((deadline) => deadline.ref)));
  } catch (error) {
    // "no task found" is the importer's answer on a layout it cannot read: a score of zero, not a crash.
    if (!(error instanceof AppError)) throw error;
    const score = scoreDocument(expected, { tasks: [], agencies: [] });
    return { ...score, misses: [`the importer refused the document: ${error.message}`, ...score.misses] };
  }
}

async function main(): Promise<number> {
  const options = readOptions(process.argv.slice(2));
  if (!existsSync(options.corpus)) {
    console.error(`The plan corpus is not at ${options.corpus}: pass --corpus DIR or set DONDOC_CORPUS_DIR to the folder of the corpus .txt files.`);
    return 2;
  }
  const expected = await readExpected(options.expected, options.stems);
  if (expected.length === 0) {
    console.error(`No expected results in ${options.expected}.`);
    return 2;
  }
  const scores: TDocumentScore[] = [];
  for (const document of expected) scores.push(await scoreOne(document, options.corpus));
  console.log(options.json ? renderJson(scores) : renderReport(scores, options.verbose));
  if (options.writeFloor !== null) {
    await writeFloor(options.writeFloor, scores);
    console.error(`Wrote today's figures to ${options.writeFloor}: later runs with --floor fail below them.`);
  }
  if (options.floor === null) return scores.every((score) => score.meetsGoal) ? 0 : 1;
  const drops = belowFloor(scores, await readFloor(options.floor));
  if (drops.length === 0) {
    console.error(`No document below its figures in ${options.floor}.`);
    return 0;
  }
  console.error(['Below the recorded figures (a rule change made the importer worse on these):', ...drops.map((drop) => `  ${drop}`)].join('\n'));
  return 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  },
);
