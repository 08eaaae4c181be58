// Decides whether a failed send is worth retrying. Permanent: the server refused the message
// or its recipients for good (5xx except 503, an address it cannot take). Temporary: anything
// that may pass later (4xx, connection refused, timeouts) and configuration the operator can
// fix (authentication, TLS): those are not the recipient's fault and must not flag the assignment.
import { type NodemailerError } from 'nodemailer';

interface TDeliveryErrorClass {
  permanent: boolean;
  /** One line for the ledger and the monitor: the server's words when it gave any. */
  reason: string;
  /** The addresses the server refused, when it said which. */
  rejectedAddresses: string[];
}

const CONFIGURATION_CODES = new Set(['EAUTH', 'ENOAUTH', 'EOAUTH2', 'ETLS', 'EREQUIRETLS', 'ECONFIG']);

export function classifyDeliveryError(error: unknown): TDeliveryErrorClass {
  const mailError = (error ?? {}) as NodemailerError;
  const reason = describe(mailError);
  const rejectedAddresses = mailError.rejected ?? [];
  if (mailError.code && CONFIGURATION_CODES.has(mailError.code)) {
    return { permanent: false, reason: `${reason} (check SMTP_URL: credentials and TLS)`, rejectedAddresses: [] };
  }
  if (typeof mailError.permanent === 'boolean') return { permanent: mailError.permanent, reason, rejectedAddresses };
  if (typeof mailError.responseCode === 'number') {
    const code = mailError.responseCode;
    return { permanent: code >= 500 && code < 600 && code !== 503, reason, rejectedAddresses };
  }
  // An envelope refused before any reply (no valid recipient, malformed address): sending the
  // same addresses again cannot work.
  if (mailError.code === 'EENVELOPE') return { permanent: true, reason, rejectedAddresses };
  return { permanent: false, reason, rejectedAddresses };
}

function describe(error: NodemailerError): string {
  const message = error.message ?? String(error);
  const server = error.response && !message.includes(error.response) ? `: ${error.response}` : '';
  const code = error.code ? ` [${error.originalCode ?? error.code}]` : '';
  return `${message}${server}${code}`.replace(/\s+/g, ' ').trim();
}
