// Builds the nodemailer transport from an smtp:// or smtps:// URL (user and password in the
// URL, percent-encoded; nodemailer options as query parameters, e.g. ?tls.rejectUnauthorized=false).
import nodemailer, { type SMTPTransportOptions, type SendMailOptions, type Transporter } from 'nodemailer';

/** What the activities need of a transport: any nodemailer transporter fits. */
export interface TMailTransport {
  sendMail(mail: SendMailOptions): Promise<unknown>;
}

/**
 * Bounds of one SMTP conversation, kept well inside the activity's 1-minute startToCloseTimeout
 * so that an attempt ends by itself before Temporal gives up on it: 10 s to connect and 10 s for
 * the greeting (a healthy server answers in milliseconds), 20 s of silence mid-transaction.
 */
export const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 } as const;

class MailTransportConfigError extends Error {
  override name = 'ConfigError';
}

export function createMailTransport(smtpUrl: string, options: SMTPTransportOptions = {}): Transporter {
  let url: URL;
  try {
    url = new URL(smtpUrl);
  } catch {
    throw new MailTransportConfigError(`SMTP_URL=${JSON.stringify(redact(smtpUrl))} is not a URL: expected smtp://host:port or smtps://user:password@host:465`);
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new MailTransportConfigError(
      `SMTP_URL must start with smtp:// (plain or STARTTLS) or smtps:// (TLS from the first byte); received ${JSON.stringify(redact(smtpUrl))}`,
    );
  }
  if (!url.hostname) throw new MailTransportConfigError(`SMTP_URL names no host; received ${JSON.stringify(redact(smtpUrl))}`);
  return nodemailer.createTransport({ url: smtpUrl, ...SMTP_TIMEOUTS, ...options });
}

/** The URL without its password, for messages and logs. */
export function redact(smtpUrl: string): string {
  return smtpUrl.replace(/^(\w+:\/\/[^:/@]*:)[^@]*@/, '$1***@');
}
