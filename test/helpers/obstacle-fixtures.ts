// An obstacle spec on the seed plan: QNG_SO_GDDT reports; QNG_SO_YT (DOLISA's successor) answers or
// forwards; QNG_UBND_TINH (the People's Committee's successor) decides; with the seed's policy defaults (10 working days to answer, 15 to decide).
import { obstacleSettingsOf, ZObstacleSpec, type TObstacleSpec } from '../../domain/obstacles';
import { loadSeedPlan } from './assignment-fixtures';

export function seedObstacleSpec(reportedAt: string, overrides: Partial<TObstacleSpec> = {}): TObstacleSpec {
  const plan = loadSeedPlan();
  return ZObstacleSpec.parse({
    obstacleId: `obstacle/kh135/QNG_SO_GDDT/${Date.parse(reportedAt)}#${Math.random().toString(36).slice(2, 8)}`,
    planId: 'kh135',
    planTitle: plan.metadata.titleVi,
    assignmentId: null,
    taskRef: null,
    reportingAgency: 'QNG_SO_GDDT',
    text: 'Thiếu kinh phí tổ chức tập huấn kỹ năng sống cho giáo viên.',
    proposal: 'Đề nghị bổ sung kinh phí hoặc lùi thời hạn sang quý III.',
    document: null,
    reportedBy: { agency: 'QNG_SO_GDDT', user: 'chuyen-vien@sogddt.quangngai.example', role: 'officer' },
    reportedAt,
    ...obstacleSettingsOf(plan, reportedAt.slice(0, 10)),
    ...overrides,
  });
}
