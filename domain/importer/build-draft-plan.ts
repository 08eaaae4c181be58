// Assembles the draft plan: metadata from the header, the tasks, the registry entries they use,
// one reporting cycle and the chasing policy. Whatever the document does not give is an explicit
// default with a comment, so the draft validates and a reviewer sees every assumption.
import { PLAN_FORMAT_VERSION } from '../plan/plan';
import type { AgencyResolver } from './agency-resolver';
import { DEFAULT_CALENDAR, DEFAULT_ESCALATION, DEFAULT_REMINDERS, DRAFT_REPORT_CYCLE } from './draft-defaults';
import type { TDraftComment } from './draft-comment';
import { buildDraftRegistry } from './draft-registry';
import type { TReporting } from './find-reporting';
import type { TImportRegistry } from './import-registry';
import type { TDocumentMetadata } from './read-metadata';
import { UNASSIGNED_CODE, type TDraftTask } from './resolve-tasks';
import type { TImportSummary } from './summarise-import';
import { draftTask } from './draft-task';

export interface TDraftPlan {
  plan: Record<string, unknown>;
  comments: TDraftComment[];
}

export interface TDraftInputs {
  metadata: TDocumentMetadata;
  issuer: string;
  issueDate: string;
  tasks: readonly TDraftTask[];
  /** The tasks a reviewer must check, with why (findTasksToCheck): a comment above each. */
  tasksToCheck: TImportSummary['tasksToCheck'];
  reporting: TReporting;
  registry: TImportRegistry;
  resolver: AgencyResolver;
}

function planPeriod(inputs: TDraftInputs): { startDate: string; endDate: string } {
  const deadlines = inputs.tasks.flatMap((task) => (task.timing.deadline === undefined ? [] : [task.timing.deadline]));
  const startDate = [inputs.issueDate, ...deadlines].sort()[0] as string;
  const years = [Number(inputs.issueDate.slice(0, 4)), ...inputs.tasks.flatMap((task) => task.timing.years)];
  if (inputs.metadata.titleEndYear !== null) years.push(inputs.metadata.titleEndYear);
  return { startDate, endDate: `${Math.max(...years)}-12-31` };
}

function metadataOf(inputs: TDraftInputs, comments: TDraftComment[], period: { startDate: string; endDate: string }): Record<string, unknown> {
  const { metadata, registry } = inputs;
  const unknown = [metadata.number === null ? 'number' : null, metadata.date === null ? 'date' : null].filter((field) => field !== null);
  if (unknown.length > 0) comments.push({ path: ['metadata', 'number'], text: ` Văn bản không ghi: ${unknown.join(', ')}. / The document does not give: ${unknown.join(', ')}.` });
  if (metadata.date === null) {
    comments.push({ path: ['metadata', 'assumedIssueDate'], text: ' MẶC ĐỊNH / DEFAULT: ngày nhập văn bản, thay cho ngày ban hành chưa rõ; các hạn mặc định tính từ ngày này. The import day stands in for the unknown issue date; default deadlines count from it.' });
  }
  const province =
    metadata.provinceName !== null
      ? { nameVi: metadata.provinceName, source: 'document' }
      : { nameVi: registry.provinceName ?? 'Chưa xác định', source: 'inferred', note: `Văn bản không nêu tên tỉnh; lấy theo danh bạ ${registry.sourceName}. The document names no province.` };
  comments.push({ path: ['metadata', 'functions'], text: ` MẶC ĐỊNH / DEFAULT: lĩnh vực của danh bạ ${registry.sourceName}; việc còn dở chuyển cho cơ quan kế thừa nhận lĩnh vực này. Function tags of the registry plan.` });
  comments.push({ path: ['metadata', 'endDate'], text: ' MẶC ĐỊNH / DEFAULT: từ ngày ban hành (hoặc hạn sớm nhất) đến cuối năm xa nhất văn bản nêu. From the issue date (or earliest deadline) to the end of the latest year the document names.' });
  return {
    titleVi: metadata.titleVi,
    number: metadata.number,
    date: metadata.date,
    ...(unknown.length > 0 ? { unknown } : {}),
    ...(metadata.date === null ? { assumedIssueDate: inputs.issueDate } : {}),
    issuer: inputs.issuer,
    province,
    ...(metadata.parents.length > 0 ? { parents: metadata.parents } : {}),
    functions: [...registry.functions],
    ...period,
  };
}

function reportingCycle(inputs: TDraftInputs, monitor: string, period: { startDate: string; endDate: string }, comments: TDraftComment[]): Record<string, unknown> {
  const { reporting } = inputs;
  const assigned = [...new Set(inputs.tasks.flatMap((task) => task.assignees))].filter((code) => code !== UNASSIGNED_CODE);
  // A member of a group that reports already reports through it: listing it again adds nothing.
  const covered = new Set(inputs.registry.groups.filter((group) => assigned.includes(group.code)).flatMap((group) => group.members));
  const reporters = assigned.filter((code) => !covered.has(code));
  const due = reporting.assumed
    ? ' MẶC ĐỊNH / DEFAULT: văn bản không ghi hạn báo cáo; ngày 15 tháng cuối kỳ, khi kỳ số liệu khóa. No due day in the document: the 15th of each period\'s last month.'
    : ' Hạn báo cáo theo văn bản (sourceText). Due days as the document gives them.';
  comments.push({ path: ['reportingCycles', 0, 'dueDays'], text: due });
  comments.push({ path: ['reportingCycles', 0, 'reporters'], text: ' Mọi cơ quan được giao việc đều báo cáo phần việc của mình. Every assigned agency reports its own part.' });
  return {
    id: DRAFT_REPORT_CYCLE,
    nameVi: 'Báo cáo kết quả thực hiện Kế hoạch',
    nameEn: 'Report on the implementation of the plan',
    frequency: reporting.frequency,
    dueDays: reporting.dueDays,
    firstYear: Number(period.startDate.slice(0, 4)),
    lastYear: Number(period.endDate.slice(0, 4)),
    reporters: reporters.length > 0 ? reporters : [monitor],
    recipients: [monitor],
    inWriting: true,
    ...(reporting.sourceText === null ? {} : { sourceText: reporting.sourceText }),
  };
}

export function buildDraftPlan(inputs: TDraftInputs): TDraftPlan {
  const comments: TDraftComment[] = [];
  const period = planPeriod(inputs);
  const monitor = inputs.reporting.monitor ?? inputs.issuer;
  const tasks = inputs.tasks.map((task, index) => draftTask(task, index, comments));
  // The reviewer's short list in the draft too: above each task that needs a look, why.
  const indexOf = new Map(inputs.tasks.map((task, index) => [task.ref, index]));
  for (const { ref, reasons } of inputs.tasksToCheck) comments.push({ path: ['tasks', indexOf.get(ref) as number], text: ` KIỂM TRA / CHECK: ${reasons.join('; ')}.` });
  const cycle = reportingCycle(inputs, monitor, period, comments);
  const used = new Set([inputs.issuer, monitor, ...inputs.tasks.flatMap((task) => [...task.assignees, ...task.coordinators, ...(task.lead === null ? [] : [task.lead])])]);
  const registry = buildDraftRegistry(used, inputs.registry, inputs.resolver.unknownAgencies(), new Set(inputs.tasks.map((task) => task.ref)));
  comments.push(...registry.comments);
  comments.push({ path: ['policy', 'monitor'], text: ` Cơ quan theo dõi, đôn đốc: ${inputs.reporting.monitor === null ? 'MẶC ĐỊNH / DEFAULT: cơ quan ban hành' : inputs.reporting.monitorReason}. The monitor, from the document where it says so.` });
  comments.push({ path: ['policy', 'reminders'], text: ' MẶC ĐỊNH / DEFAULT: nhắc trước hạn 7, 3, 1 ngày làm việc, 08:00 (như kế hoạch mẫu). Reminders as in the seed plan.' });
  comments.push({ path: ['policy', 'escalation'], text: ' MẶC ĐỊNH / DEFAULT: đầu mối → thủ trưởng → cơ quan theo dõi → lãnh đạo, tính bằng ngày làm việc sau hạn. The seed plan\'s ladder.' });
  comments.push({ path: ['calendar'], text: ' Bộ luật Dân sự 2015 (Điều 147-148): không tính ngày đầu; hạn rơi vào ngày nghỉ chuyển sang ngày làm việc kế tiếp. Civil Code deadline rule.' });
  const plan: Record<string, unknown> = {
    formatVersion: PLAN_FORMAT_VERSION,
    metadata: metadataOf(inputs, comments, period),
    agencies: registry.agencies,
    ...(registry.groups.length > 0 ? { groups: registry.groups } : {}),
    tasks,
    reportingCycles: [cycle],
    policy: {
      monitor,
      leadership: inputs.issuer,
      reminders: DEFAULT_REMINDERS,
      escalation: DEFAULT_ESCALATION,
      obstacles: { reportTo: monitor, inWriting: true, forwardTo: inputs.issuer },
    },
    calendar: DEFAULT_CALENDAR,
  };
  return { plan, comments };
}
