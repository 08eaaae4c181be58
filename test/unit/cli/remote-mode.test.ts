// Remote mode without a server: the help says which options belong to which mode, and what can be
// checked on this machine is refused before anything is sent (exit 2), an unreachable API named
// with what to do (exit 3).
import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../../../cli/program';
import { findFreePort } from '../../../embedded/ports';
import { runDondoc } from '../../helpers/cli-process';

let env: NodeJS.ProcessEnv;
let directory: string;
const token = `ddk_${'x'.repeat(43)}`;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'dondoc-remote-cli-'));
  // Nothing listens on the API's port; no running dondoc to fall back on.
  env = { DONDOC_DATA_DIR: directory, DATABASE_URL: '', TEMPORAL_ADDRESS: '127.0.0.1:1', DONDOC_API_URL: `http://127.0.0.1:${await findFreePort()}`, DONDOC_API_TOKEN: token, DONDOC_API_TOKEN_FILE: '' };
});

// Each case starts a Node process: seconds each on a busy machine.
describe('the CLI in remote mode without a server', { timeout: 60_000 }, () => {
  it('describes both modes: --api and --token-file globally, --as/--user/--role as the local operator’s', () => {
    const program = buildProgram();
    const help = program.helpInformation();
    expect(help).toContain('--api <url>');
    expect(help).toContain('--token-file <path>');
    const submit = program.commands.find((command) => command.name() === 'report')!.commands.find((command) => command.name() === 'submit')!;
    const options = submit.options.filter((option) => ['--as', '--user', '--role'].includes(option.long!));
    expect(options).toHaveLength(3);
    for (const option of options) expect(option.description).toContain('for the operator on the server machine');
  });

  it('says which URL it cannot reach and how to start the API, with exit code 3, never printing the token', async () => {
    const result = await runDondoc(['assignment', 'list'], env);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`cannot reach the dondoc API at ${env.DONDOC_API_URL}`);
    expect(result.stderr).toContain('dondoc serve');
    expect(`${result.stdout}${result.stderr}`).not.toContain(token);
  });

  it('refuses a missing token, a token file others may read, --as and a local-only command before sending, with exit code 2', async () => {
    const none = await runDondoc(['status'], { ...env, DONDOC_API_TOKEN: '' });
    expect(none).toMatchObject({ code: 2, stderr: expect.stringContaining('dondoc token create --user <your login> --expires 90d') });

    const file = join(directory, 'token');
    await writeFile(file, token);
    await chmod(file, 0o640);
    const open = await runDondoc(['status', '--token-file', file], env);
    expect(open).toMatchObject({ code: 2, stderr: expect.stringContaining(`(mode 0640); the token acts as you, so keep it private: chmod 600 ${file}`) });

    const declared = await runDondoc(['extension', 'decide', 'kh/x', '--approve', '--as', 'QNG_SO_YT'], env);
    expect(declared).toMatchObject({ code: 2, stderr: expect.stringContaining('--as is for the operator on the server machine (local mode)') });

    const local = await runDondoc(['plan', 'load', 'plans/none.yaml'], env);
    expect(local).toMatchObject({ code: 2, stderr: expect.stringContaining('dondoc plan load is local only') });
  });

  it('still asks for --as in local mode', async () => {
    const result = await runDondoc(['report', 'review', 'kh/x', '--accept'], { ...env, DONDOC_API_URL: '' });
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining("required option '--as <agency>' not specified") });
  });
});
