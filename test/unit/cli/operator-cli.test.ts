// The operator commands without a running dondoc: help, bad input refused before anything is
// sent (exit 2), and a missing service named with what to do (exit 3).
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerAssignmentCommands } from '../../../cli/commands/assignment';
import { registerAuditCommands } from '../../../cli/commands/audit';
import { registerExplanationCommands } from '../../../cli/commands/explanation';
import { registerObstacleCommands } from '../../../cli/commands/obstacle';
import { registerExtensionCommands } from '../../../cli/commands/extension';
import { registerReportCommands } from '../../../cli/commands/report';
import { registerStatusCommand } from '../../../cli/commands/status';
import { runDondoc } from '../../helpers/cli-process';

let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  // An empty data directory: no runtime file, so no running dondoc; nothing listens on the port.
  env = { DONDOC_DATA_DIR: await mkdtemp(join(tmpdir(), 'dondoc-cli-')), DATABASE_URL: '', TEMPORAL_ADDRESS: '127.0.0.1:1' };
});

// Each case starts a Node process with tsx: seconds each on a busy machine.
describe('operator commands without a running dondoc', { timeout: 60_000 }, () => {
  it('says to start dondoc first, with exit code 3', async () => {
    const result = await runDondoc(['status'], env);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('start dondoc first (npm run up)');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses an invalid report file before connecting to anything, with exit code 2', async () => {
    const file = join(env.DONDOC_DATA_DIR!, 'report.yaml');
    await writeFile(file, 'narrative: Đã làm\nindicators:\n  - code: CHILD_FRIENDLY_COMMUNES\n    count: -1\n');
    const result = await runDondoc(['report', 'submit', 'kh/II.1.2/SO_GDDT', '--file', file, '--as', 'QNG_SO_GDDT'], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('line 4, indicators.0.count: counts cannot be negative');
  });

  it('refuses an actor that is not an agency code, before sending', async () => {
    const result = await runDondoc(['extension', 'request', 'kh/II.1.2/SO_GDDT', '--until', '2026-12-30', '--reason', 'x', '--as', 'so gddt'], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('actor.agency: expected the acting agency code');
    expect(result.stderr).toContain('Nothing was sent.');
  });

  it('asks for a decision when review or decide is given none, and refuses both at once', async () => {
    expect((await runDondoc(['report', 'review', 'kh/x', '--as', 'QNG_SO_YT'], env)).stderr).toContain('say --accept or --return');
    const both = await runDondoc(['extension', 'decide', 'kh/x', '--approve', '--deny', '--as', 'QNG_SO_YT'], env);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("option '--approve' cannot be used with option '--deny'");
  });

  it('refuses a bad --due-within and an unknown --state with exit code 2', async () => {
    expect(await runDondoc(['status', '--due-within', 'soon'], env)).toMatchObject({ code: 2, stderr: expect.stringContaining('expected a number of days or weeks, e.g. 14d') });
    expect(await runDondoc(['assignment', 'list', '--state', 'late'], env)).toMatchObject({ code: 2, stderr: expect.stringContaining('Allowed choices are assigned') });
  });

  it('has help for every operator command, naming its arguments and options', () => {
    const program = new Command('dondoc');
    registerStatusCommand(program);
    registerAssignmentCommands(program);
    registerReportCommands(program);
    registerExtensionCommands(program);
    registerExplanationCommands(program);
    registerObstacleCommands(program);
    registerAuditCommands(program);
    const find = (path: string[]) => path.reduce<Command>((command, name) => command.commands.find((each) => each.name() === name)!, program);
    const expected: [string[], string[]][] = [
      [['status'], ['--agency <code>', '--overdue', '--due-within <period>', '--json']],
      [['assignment', 'show'], ['<id>', '--json']],
      [['assignment', 'list'], ['--agency <code>', '--state <state>', '--overdue', '--json']],
      [['report', 'submit'], ['<assignment>', '--file <report.yaml>', '--as <agency>', '--user <name>', '--role <role>', '--json']],
      [['report', 'review'], ['--accept', '--return', '--note <text>', '--new-due <day>', '--as <agency>']],
      [['extension', 'request'], ['--until <day>', '--reason <text>', '--as <agency>']],
      [['extension', 'decide'], ['--approve', '--deny', '--note <text>', '--as <agency>']],
      [['explanation', 'request'], ['--note <text>', '--as <agency>']],
      [['explanation', 'submit'], ['--text <text>', '--file <file>', '--as <agency>']],
      [['obstacle', 'report'], ['--assignment <id>', '--plan <planId>', '--text <text>', '--proposal <text>', '--document <ref>', '--as <agency>']],
      [['obstacle', 'answer'], ['<obstacle>', '--text <text>', '--as <agency>']],
      [['obstacle', 'forward'], ['<obstacle>', '--opinion <text>', '--as <agency>']],
      [['obstacle', 'decide'], ['<obstacle>', '--outcome <outcome>', 'amend-plan', '--text <text>', '--as <agency>']],
      [['obstacle', 'list'], ['--as <agency>', '--agency <code>', '--plan <planId>', '--open', '--json']],
      [['audit'], ['<assignment>', '--format <format>', 'verify']],
      [['audit', 'verify'], ['--json']],
    ];
    for (const [path, parts] of expected) {
      const help = find(path).helpInformation();
      expect(help, path.join(' ')).toContain(`Usage: dondoc ${path.join(' ')}`);
      for (const part of parts) expect(help, `${path.join(' ')}: ${part}`).toContain(part);
    }
  });
});
