// The embedded SMTP capture (what `dondoc up` runs without SMTP_URL), the outbox readers, the
// `dondoc outbox` command, and createMailTransport with smtp:// and smtps:// URLs.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNoticeSender, messageIdForKey } from '../../../activities/notices';
import { createMailTransport, startSmtpCapture, type SmtpCapture, type TCaptureEvent } from '../../../embedded/smtp-capture';
import { listOutbox, outboxDirectoryOf, readOutboxMessage } from '../../../data/outbox';
import { TEST_RECIPIENTS, buildTestDelivery } from '../../fixtures/notification-workflows/notice-builder';
import { buildApiServer } from '../../../api/server';
import { createAppContext } from '../../../client/app-context';
import { createToken } from '../../../client/identity/tokens';
import { addUser } from '../../../client/identity/users';
import { loadConfig } from '../../../config/config';
import { runDondoc } from '../../helpers/cli-process';
import { createTestDatabase, type TestDatabase } from '../../helpers/database';

let dataDirectory: string;
let directory: string;
let capture: SmtpCapture;
let database: TestDatabase;
const events: TCaptureEvent[] = [];
const other = { name: 'Lê Văn Y Tế', email: 'dau-moi@so-yt.example', agencyCode: 'SO_YT', role: 'focal_point' };

beforeAll(async () => {
  dataDirectory = await mkdtemp(join(tmpdir(), 'dondoc-outbox-'));
  directory = outboxDirectoryOf(dataDirectory);
  [capture, database] = await Promise.all([startSmtpCapture({ directory, onMessage: (event) => events.push(event) }), createTestDatabase()]);
  // Credentials in the URL are accepted by the capture, as they would be by a real server.
  const sendNotice = createNoticeSender({
    prisma: database.prisma,
    transport: capture.url.replace('smtp://', 'smtp://dondoc%40tinh:m%E1%BA%ADt-kh%E1%BA%A9u@'),
    from: { name: 'dondoc', address: 'dondoc@tinh.example' },
  });
  await sendNotice({ ...buildTestDelivery({ kind: 'assignment' }), recipients: TEST_RECIPIENTS });
  await sendNotice({ ...buildTestDelivery({ kind: 'reminder', step: '5', agency: 'SO_YT', assignmentId: 'II.2.5:SO_YT:2026' }), recipients: { to: [other], cc: [] } });
});

afterAll(async () => {
  await capture?.stop();
  await database?.drop();
  if (dataDirectory) await rm(dataDirectory, { recursive: true, force: true });
});

describe('startSmtpCapture', () => {
  it('stores each message as an .eml file named by capture time and Message-ID', async () => {
    const files = (await readdir(directory)).sort();
    expect(files).toHaveLength(2);
    for (const file of files) expect(file).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z-[0-9a-f]{64}@dondoc\.eml$/);
    expect(capture.url).toBe(`smtp://127.0.0.1:${capture.port}`);
  });

  it('drops a second copy of a Message-ID, as a receiver would, even after a restart', async () => {
    const sent = buildTestDelivery({ kind: 'assignment' });
    const copy = { from: 'dondoc@tinh.example', to: 'x@so-gddt.example', subject: 'copy', text: 'copy', messageId: messageIdForKey(sent.idempotencyKey) };
    await createMailTransport(capture.url).sendMail(copy);
    expect(events.at(-1)).toMatchObject({ messageId: copy.messageId, duplicate: true });
    const restarted = await startSmtpCapture({ directory });
    try {
      const info = (await createMailTransport(restarted.url).sendMail(copy)) as { response: string };
      expect(info.response).toMatch(/Duplicate of .*@dondoc, not stored again/);
    } finally {
      await restarted.stop();
    }
    expect(await readdir(directory)).toHaveLength(2);
  });
});

describe('listOutbox and readOutboxMessage', () => {
  it('lists the messages oldest first, filtered by agency and by time', async () => {
    const all = await listOutbox({ directory });
    expect(all.map((entry) => entry.kind)).toEqual(['assignment', 'reminder']);
    expect(all[0]).toMatchObject({ agencies: ['SO_GDDT', 'SO_LDTBXH'], subject: expect.stringMatching(/^\[dondoc\] Giao nhiệm vụ: II\.2\.4/) });
    expect((await listOutbox({ directory, agency: 'so_yt' })).map((entry) => entry.kind)).toEqual(['reminder']);
    expect(await listOutbox({ directory, agency: 'SO_TC' })).toEqual([]);
    expect(await listOutbox({ directory, since: new Date(Date.now() + 60_000) })).toEqual([]);
    expect(await listOutbox({ directory: join(dataDirectory, 'missing') })).toEqual([]);
  });

  it('reads one message by id, by a unique beginning of it, or by Message-ID, with its invite', async () => {
    const [first] = await listOutbox({ directory });
    const byId = await readOutboxMessage(directory, first!.id);
    expect(byId?.text).toContain('Quý cơ quan được giao thực hiện nhiệm vụ dưới đây.');
    expect(byId?.calendars[0]?.content).toContain('DTSTART;VALUE=DATE:20261231');
    expect((await readOutboxMessage(directory, first!.id.slice(0, 33)))?.id).toBe(first!.id);
    expect((await readOutboxMessage(directory, first!.messageId!))?.id).toBe(first!.id);
    expect(await readOutboxMessage(directory, 'nothing-like-this')).toBeNull();
    await expect(readOutboxMessage(directory, '20')).rejects.toThrow(/"20" matches 2 messages/);
  });
});

describe('dondoc outbox', () => {
  const env = () => ({ DONDOC_DATA_DIR: dataDirectory });

  it('lists the outbox as text and as JSON, with --agency and --since', async () => {
    const text = await runDondoc(['outbox'], env());
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/SO_GDDT,SO_LDTBXH\s+\[dondoc\] Giao nhiệm vụ: II\.2\.4/);
    expect(text.stdout).toContain(`2 messages in ${directory}.`);
    const json = await runDondoc(['outbox', '--agency', 'SO_YT', '--since', '2026-01-01', '--json'], env());
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).map((entry: { kind: string }) => entry.kind)).toEqual(['reminder']);
  });

  it('shows one message by the short id the list prints', async () => {
    const [first] = await listOutbox({ directory });
    const shown = await runDondoc(['outbox', 'show', first!.id.slice(0, 33)], env());
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('Subject:     [dondoc] Giao nhiệm vụ: II.2.4');
    expect(shown.stdout).toContain('Attachments: han-II.2.4.ics (application/ics');
    expect(shown.stdout).toContain('Kính gửi: Nguyễn Thị Đầu Mối (SO_GDDT)');
    const json = await runDondoc(['outbox', 'show', first!.id, '--json'], env());
    expect(JSON.parse(json.stdout)).toMatchObject({ id: first!.id, kind: 'assignment' });
  });

  it('refuses bad input with exit code 2 and says what was expected', async () => {
    const since = await runDondoc(['outbox', '--since', '29/11/2026'], env());
    expect(since).toMatchObject({ code: 2, stdout: '' });
    expect(since.stderr).toContain('invalid --since "29/11/2026": expected a day written YYYY-MM-DD');
    const agency = await runDondoc(['outbox', '--agency', 'Sở GD'], env());
    expect(agency.code).toBe(2);
    const missing = await runDondoc(['outbox', 'show', 'nothing-like-this'], env());
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no message "nothing-like-this"');
  });
});

describe('the outbox through the API (administrators, embedded mode)', () => {
  it('lists and shows the stored mail to an administrator, refuses anyone else, and says there is none when mail goes to SMTP_URL', async () => {
    const operator = { agency: null, user: 'operator', role: 'operator' as const };
    const embedded = createAppContext({ ...loadConfig({}), dataDirectory, databaseUrl: database.connectionString });
    const relayed = createAppContext({ ...loadConfig({}), dataDirectory, databaseUrl: database.connectionString, smtpUrl: 'smtp://mail.example.org:25' });
    const servers = [await buildApiServer({ context: embedded }), await buildApiServer({ context: relayed })];
    try {
      await addUser(embedded, operator, { login: 'outbox.admin', displayName: 'Quản trị', roles: ['admin'] });
      await addUser(embedded, operator, { login: 'outbox.auditor', displayName: 'Kiểm toán', roles: ['auditor'] });
      const tokens = { admin: (await createToken(embedded, operator, { login: 'outbox.admin' })).token, auditor: (await createToken(embedded, operator, { login: 'outbox.auditor' })).token };
      const get = async (server: number, path: string, token: string) => {
        const answer = await servers[server]!.inject({ method: 'GET', url: path, headers: { authorization: `Bearer ${token}` } });
        return { status: answer.statusCode, json: answer.json() };
      };
      const all = await get(0, '/api/outbox', tokens.admin);
      expect(all.status).toBe(200);
      expect(all.json.entries.map((entry: { kind: string }) => entry.kind)).toEqual(['assignment', 'reminder']);
      const yt = await get(0, '/api/outbox?agency=SO_YT', tokens.admin);
      expect(yt.json.entries).toHaveLength(1);
      expect(yt.json.entries[0].to).toEqual([expect.stringContaining('dau-moi@so-yt.example')]);
      const one = await get(0, `/api/outbox/${encodeURIComponent(yt.json.entries[0].id)}`, tokens.admin);
      expect(one.status).toBe(200);
      expect(one.json).toMatchObject({ id: yt.json.entries[0].id, kind: 'reminder' });
      expect(one.json.text.length).toBeGreaterThan(0);
      expect((await get(0, '/api/outbox/not-a-message', tokens.admin)).status).toBe(404);
      expect((await get(0, '/api/outbox', tokens.auditor)).status).toBe(403);
      const none = await get(1, '/api/outbox', tokens.admin);
      expect(none.status).toBe(404);
      expect(none.json.error.message).toContain('SMTP_URL');
    } finally {
      await Promise.all(servers.map((server) => server.close()));
      await embedded.close();
      await relayed.close();
    }
  });
});

describe('createMailTransport', () => {
  it('sends over smtps:// with the user and password of the URL, percent-decoded', async () => {
    let credentials: { username?: string; password?: string | null } = {};
    const server = new SMTPServer({
      secure: true,
      logger: false,
      disableReverseLookup: true,
      onAuth(auth, _session, callback) {
        credentials = { username: auth.username, password: auth.password };
        callback(null, { user: auth.username });
      },
      onData(stream, _session, callback) {
        stream.resume();
        stream.on('end', () => callback());
      },
    });
    const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.server.address() as { port: number }).port)));
    try {
      // The test server presents smtp-server's built-in self-signed certificate.
      const transport = createMailTransport(`smtps://dondoc%40tinh.example:m%E1%BA%ADt%3Akh%E1%BA%A9u@127.0.0.1:${port}?tls.rejectUnauthorized=false`);
      await transport.sendMail({ from: 'dondoc@tinh.example', to: 'x@so-gddt.example', subject: 'TLS', text: 'ok' });
      expect(credentials).toEqual({ username: 'dondoc@tinh.example', password: 'mật:khẩu' });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('refuses a URL that is not smtp:// or smtps://, without printing the password', () => {
    expect(() => createMailTransport('http://user:secret@mail.example')).toThrow(/SMTP_URL must start with smtp:\/\/ .* received "http:\/\/user:\*\*\*@mail.example"/);
    expect(() => createMailTransport('not a url')).toThrow(/is not a URL/);
  });
});
