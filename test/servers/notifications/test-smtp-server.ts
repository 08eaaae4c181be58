// A real SMTP server in the test process (smtp-server), recording what arrives and able to
// misbehave as mail servers do: refuse an address for good (550), defer (451), or not listen.
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface TReceivedMail {
  raw: Buffer;
  envelopeTo: string[];
  parsed: ParsedMail;
}

export interface TestSmtpServer {
  port: number;
  url: string;
  received: TReceivedMail[];
  /** RCPT TO commands seen per address, accepted or not. */
  recipientAttempts: Map<string, number>;
  /** Addresses answered with 550 (permanent). */
  refuse: Set<string>;
  /** While true, every RCPT TO is answered with 451 (try again later), as a greylisting server does. */
  deferring: boolean;
  waitForMessages(count: number, timeoutMs?: number): Promise<TReceivedMail[]>;
  stop(): Promise<void>;
}

export async function startTestSmtpServer(port = 0): Promise<TestSmtpServer> {
  const received: TReceivedMail[] = [];
  const recipientAttempts = new Map<string, number>();
  const state = { refuse: new Set<string>(), deferring: false };
  const server = new SMTPServer({
    logger: false,
    disableReverseLookup: true,
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username }),
    onRcptTo(address, _session, callback) {
      recipientAttempts.set(address.address, (recipientAttempts.get(address.address) ?? 0) + 1);
      if (state.refuse.has(address.address)) return callback(Object.assign(new Error(`5.1.1 <${address.address}>: mailbox unavailable`), { responseCode: 550 }));
      if (state.deferring) return callback(Object.assign(new Error('4.7.1 Greylisted, please try again later'), { responseCode: 451 }));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw).then(
          (parsed) => {
            received.push({ raw, envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address), parsed });
            callback(null, `queued as T${received.length}`);
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  const boundPort = await new Promise<number>((resolve, reject) => {
    let listening = false;
    // After the start, errors are single connections reset by a client: not the test's failure.
    server.on('error', (error) => {
      if (!listening) reject(error);
    });
    server.listen(port, '127.0.0.1', () => {
      listening = true;
      const address = server.server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
  return {
    port: boundPort,
    url: `smtp://127.0.0.1:${boundPort}`,
    received,
    recipientAttempts,
    get refuse() {
      return state.refuse;
    },
    get deferring() {
      return state.deferring;
    },
    set deferring(value: boolean) {
      state.deferring = value;
    },
    async waitForMessages(count, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} messages, received ${received.length} within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return received;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
