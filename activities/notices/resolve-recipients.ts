// Who receives a notice: the audience named by the workflow, turned into people of the
// registry (name, role, work e-mail). The late agency's head is copied when the monitor or the
// leadership is told, so that nobody is escalated about behind their back.
import type { PrismaClient } from '../../prisma/client';
import type { TNoticeRequest } from '../../domain/assignment/notice-request';
import type { TAssignmentSummary } from '../types';

interface TRecipient {
  name: string;
  email: string;
  agencyCode: string;
  role: string;
}

export interface TRecipients {
  to: TRecipient[];
  cc: TRecipient[];
}

export class NoRecipientError extends Error {
  override name = 'NoRecipientError';
}

export async function resolveRecipients(prisma: PrismaClient, assignment: TAssignmentSummary, request: TNoticeRequest): Promise<TRecipients> {
  const contactsOf = async (agencyCode: string, roles: string[]): Promise<TRecipient[]> => {
    const contacts = await prisma.agencyContact.findMany({ where: { agencyCode }, orderBy: { email: 'asc' } });
    for (const role of roles) {
      const found = contacts.filter((contact) => contact.role === role);
      if (found.length) return found.map((contact) => ({ name: contact.name, email: contact.email, agencyCode, role: contact.role }));
    }
    return [];
  };
  const late = request.agency;
  const plan: Record<TNoticeRequest['audience'], [Promise<TRecipient[]>, Promise<TRecipient[]>]> = {
    assignee: [contactsOf(late, ['focal_point', 'head', 'deputy']), Promise.resolve([])],
    focal_point: [contactsOf(late, ['focal_point', 'head', 'deputy']), Promise.resolve([])],
    agency_head: [contactsOf(late, ['head', 'deputy', 'focal_point']), contactsOf(late, ['focal_point'])],
    monitoring_agency: [contactsOf(assignment.monitoringAgency, ['focal_point', 'head']), contactsOf(late, ['head', 'deputy'])],
    leadership: [
      contactsOf(assignment.leadershipAgency, ['focal_point', 'head']),
      Promise.all([contactsOf(assignment.monitoringAgency, ['focal_point', 'head']), contactsOf(late, ['head', 'deputy'])]).then((lists) => lists.flat()),
    ],
  };
  const [to, cc] = await Promise.all(plan[request.audience]);
  if (!to.length) {
    const agency = request.audience === 'monitoring_agency' ? assignment.monitoringAgency : request.audience === 'leadership' ? assignment.leadershipAgency : late;
    throw new NoRecipientError(`${agency} has no contact to receive a ${request.kind} notice: add a focal point or head with a work e-mail to the registry.`);
  }
  const toEmails = new Set(to.map((recipient) => recipient.email));
  return { to, cc: cc.filter((recipient) => !toEmails.has(recipient.email)) };
}
