import type { Command } from 'commander';
import { AppError } from '../../client/errors';
import { runLocalOrRemote } from '../remote/command-mode';

const agencyCode = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

export function registerAgencyCommands(program: Command): void {
  const agency = program.command('agency').description('Agencies of the running plans.');
  agency
    .command('succeed <old> <new>')
    .description(
      'Move every open assignment of <old> to its successor <new> (a reorganisation), keeping deadlines and history. ' +
        'Finished assignments keep their agency. Running it again moves only what is still with <old>.',
    )
    .requiredOption('--from <day>', 'day the successor takes over, YYYY-MM-DD')
    .option('--functions <tags>', 'comma-separated functions that move (default: all)', 'all')
    .option('--reason <text>', 'why, as it will appear in the history', 'Tổ chức lại bộ máy: chuyển giao chức năng cho cơ quan kế thừa')
    .option('--user <name>', 'who does it (local mode, the operator on the server machine; in remote mode the token says who, and it needs the admin role)')
    .option('--json', 'print the outcome as JSON')
    .action(async (from: string, to: string, options: { from: string; functions: string; reason: string; user?: string; json?: boolean }, command: Command) => {
      for (const [name, code] of [['<old>', from], ['<new>', to]] as const) {
        if (!agencyCode.test(code)) throw new AppError(`${name} must be an agency code in UPPER_SNAKE_CASE (e.g. SO_LDTBXH); received "${code}".`, 'bad_input');
      }
      if (from === to) throw new AppError('<old> and <new> are the same agency.', 'bad_input');
      const { isIsoDay } = await import('../../domain/calendar/iso-day');
      if (!isIsoDay(options.from)) throw new AppError(`--from must be a day written YYYY-MM-DD (e.g. 2025-03-01); received "${options.from}".`, 'bad_input');
      const functions = options.functions.split(',').map((tag) => tag.trim()).filter(Boolean);
      const { succeedAgency } = await import('../../client/agencies/succeed-agency');
      const input = { from, to, effectiveDay: options.from, functions, reason: options.reason };
      const actor = { agency: to, user: options.user ?? process.env.DONDOC_USER ?? process.env.USER ?? 'operator', role: 'operator' as const };
      const result = await runLocalOrRemote(command, { local: (context) => succeedAgency(context, actor, input), remote: (api) => api.succeedAgency(input) });
      console.log(
        options.json
          ? JSON.stringify(result, null, 2)
          : `${result.moved.length} open assignment(s) moved from ${from} to ${to} from ${options.from}` +
              (result.alreadyMoved ? `; ${result.alreadyMoved} had already moved` : '') +
              (result.closed ? `; ${result.closed} closed meanwhile, left alone` : '') +
              (result.oversightMoved.length ? `; ${to} now monitors or leads ${result.oversightMoved.length} open assignment(s) ${from} did` : '') +
              '.',
      );
    });
}
