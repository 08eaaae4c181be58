// Where remote mode sends its requests, and with which token: --api or $DONDOC_API_URL; the token
// from --token-file, $DONDOC_API_TOKEN_FILE, else $DONDOC_API_TOKEN. A token file that others may
// read or write is refused, as ssh refuses such a key: the token acts as its user.
import { readFile, stat } from 'node:fs/promises';
import { AppError } from '../../client/errors';

export interface TApiTarget {
  /** The server's base, without a trailing slash or /api: endpoints are `${base}/api/…`. */
  base: string;
  /** Sent only as `Authorization: Bearer …`; never printed, never put in a URL. */
  token: string;
}

export interface TRemoteOptions {
  api?: string;
  tokenFile?: string;
}

/** The API's base URL when remote mode is asked for (option first, then the environment), else null. */
export function remoteApiUrl(options: TRemoteOptions, env: NodeJS.ProcessEnv = process.env): string | null {
  const given = options.api ?? (env.DONDOC_API_URL || undefined);
  return given === undefined ? null : apiBase(given);
}

export async function resolveApiTarget(base: string, options: TRemoteOptions, env: NodeJS.ProcessEnv = process.env): Promise<TApiTarget> {
  const file = options.tokenFile ?? (env.DONDOC_API_TOKEN_FILE || undefined);
  const token = file !== undefined ? await readTokenFile(file) : env.DONDOC_API_TOKEN?.trim();
  if (!token) {
    throw new AppError(
      `remote mode (${base}) needs an API token: set DONDOC_API_TOKEN, or give --token-file <path> (or DONDOC_API_TOKEN_FILE) naming a file only you can read (chmod 600). ` +
        'An administrator creates one on the server machine: dondoc token create --user <your login> --expires 90d',
      'unauthenticated',
    );
  }
  checkTokenText(token, file);
  return { base, token };
}

function apiBase(given: string): string {
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new AppError(`invalid --api ${JSON.stringify(given)}: expected the URL of a dondoc API, e.g. http://127.0.0.1:3000 or https://dondoc.example.gov.vn`, 'bad_input');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new AppError(`invalid --api ${JSON.stringify(given)}: expected an http:// or https:// URL.`, 'bad_input');
  // A token belongs in the Authorization header, not in a URL that logs and shell histories keep.
  if (url.username || url.password || url.search || url.hash) {
    throw new AppError('invalid --api: give the server address alone, without credentials, query or fragment (the token goes in DONDOC_API_TOKEN or --token-file).', 'bad_input');
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '').replace(/\/api$/, '')}`;
}

async function readTokenFile(file: string): Promise<string> {
  let mode: number;
  try {
    mode = (await stat(file)).mode;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new AppError(`cannot read the token file ${file}: ${code === 'ENOENT' ? 'no such file' : String(error)}.`, 'bad_input');
  }
  // Any permission for the group or others (0o077), as ssh checks a private key.
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    throw new AppError(
      `the token file ${file} is open to other users (mode ${(mode & 0o777).toString(8).padStart(4, '0')}); the token acts as you, so keep it private: chmod 600 ${file}. Nothing was sent.`,
      'bad_input',
    );
  }
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch (error) {
    throw new AppError(`cannot read the token file ${file}: ${(error as Error).message}.`, 'bad_input');
  }
}

/** One word of printable ASCII: a file with two lines or a stray space would break the header. */
function checkTokenText(token: string, file: string | undefined): void {
  if (!/^[\x21-\x7e]+$/.test(token)) {
    const where = file === undefined ? 'DONDOC_API_TOKEN' : `the token file ${file}`;
    throw new AppError(`${where} must hold the token alone, one word as dondoc token create printed it (ddk_…).`, 'bad_input');
  }
}
