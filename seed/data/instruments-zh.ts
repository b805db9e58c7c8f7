// Chinese for the instruments' type, status and date notes, and the events' date notes (working translations of
// the English text in instruments.ts / events.ts; dates and counts as there). Kept apart so the English rows stay
// readable beside the fact sheet.
export type InstrumentNotesZh = { typeZh: string; statusNoteZh?: string; dateNoteZh?: string };

const IN_FORCE = "现行有效";
const ISSUED = "已发布";
const EFFECTIVE_AT_ONCE = "签署即生效。";

export const instrumentNotesZh: Record<string, InstrumentNotesZh> = {
  "cn-ai-content-labelling-measures": { typeZh: "部门规章（4部门）", statusNoteZh: IN_FORCE },
  "cn-algorithmic-recommendation-provisions": { typeZh: "部门规章（国家网信办等4部门）", statusNoteZh: IN_FORCE },
  "cn-cybersecurity-law-ai-amendment": { typeZh: "法律", statusNoteZh: IN_FORCE },
  "cn-deep-synthesis-provisions": { typeZh: "部门规章（国家网信办、工业和信息化部、公安部）", statusNoteZh: IN_FORCE },
  "cn-fr-joint-statement-ai": { typeZh: "双边声明", statusNoteZh: ISSUED, dateNoteZh: "2024年5月7日（种子文章；新华社为5月6日）。双边：中国和法国。" },
  "cn-generative-ai-interim-measures": { typeZh: "部门规章（7部门）", statusNoteZh: IN_FORCE },
  "cn-global-ai-governance-action-plan": { typeZh: "行动计划", statusNoteZh: ISSUED },
  "cn-global-ai-governance-initiative": { typeZh: "政策倡议", statusNoteZh: ISSUED },
  "cn-new-generation-ai-development-plan": { typeZh: "战略", statusNoteZh: IN_FORCE, dateNoteZh: "2017年（事实表仅给出年份）。" },
  "cn-shanghai-declaration": { typeZh: "宣言", statusNoteZh: ISSUED },
  "eu-ai-act": {
    typeZh: "条例",
    statusNoteZh: "已生效（分阶段适用）",
    dateNoteZh: "通过：欧洲议会2024年3月13日；理事会2024年5月21日；2024年7月12日在《欧盟官方公报》公布。2024年8月1日生效，分阶段适用（见里程碑）。",
  },
  "eu-digital-omnibus-ai": {
    typeZh: "修正提案",
    statusNoteZh: "已提出",
    dateNoteZh: "2025年11月19日提出。拟将高风险义务的适用日期与标准挂钩；最迟日期为2027年12月2日（附件三）/2028年8月2日（附件一）。",
  },
  "eu-gdpr": { typeZh: "条例", statusNoteZh: IN_FORCE, dateNoteZh: "2016年通过；2018年生效（事实表仅给出年份）。" },
  "eu-gpai-code-of-practice": { typeZh: "自愿性准则", statusNoteZh: ISSUED },
  "fr-cnil-ai-recommendations": { typeZh: "监管机构指南", statusNoteZh: ISSUED },
  "int-bletchley-declaration": { typeZh: "宣言", statusNoteZh: "28国及欧盟签署，包括美国和中国" },
  "int-coe-framework-convention-ai": {
    typeZh: "条约",
    statusNoteZh: "已签署（美国、英国、欧盟等）",
    dateNoteZh: "2024年5月17日通过；2024年9月5日开放签署。经5个国家批准（其中3个为欧洲委员会成员国）后生效。",
  },
  "int-g7-hiroshima-code-of-conduct": { typeZh: "自愿性准则", statusNoteZh: "已通过" },
  "int-paris-statement-inclusive-sustainable-ai": { typeZh: "宣言", statusNoteZh: "约58–61个签署方，包括中国和欧盟；美国和英国未签署" },
  "int-unga-ai-capacity-building": {
    typeZh: "决议",
    statusNoteZh: "以协商一致方式通过；140多个共同提案国（S1称“143”）",
    dateNoteZh: "2024年7月1日（第78届联合国大会）。",
  },
  "int-unga-safe-secure-trustworthy-ai": { typeZh: "决议", statusNoteZh: "已通过，不具约束力" },
  "jp-ai-promotion-act": {
    typeZh: "法律",
    statusNoteZh: IN_FORCE,
    dateNoteZh: "2025年5月28日通过；2025年6月4日公布。2025年6月4日施行；第3–4章自2025年9月1日施行。",
  },
  "kr-ai-basic-act": { typeZh: "法律", statusNoteZh: IN_FORCE, dateNoteZh: "2024年12月26日通过；2025年1月21日公布；2026年1月22日施行。" },
  "uk-ai-opportunities-action-plan": { typeZh: "战略", statusNoteZh: "已采纳（全部50项建议）" },
  "uk-ai-security-institute": { typeZh: "政府机构", statusNoteZh: "运行中", dateNoteZh: "2023年11月（据时间线R66，于2023年11月2日成立）；2025年2月14日更名。" },
  "uk-pro-innovation-response": { typeZh: "政策（非法定）", statusNoteZh: "已通过" },
  "us-ai-action-plan-2025": { typeZh: "计划及行政令", statusNoteZh: "已通过" },
  "us-copied-act": {
    typeZh: "法案",
    statusNoteZh: "已提出，未成为法律（S1误称已通过）",
    dateNoteZh: "2024年7月11日提出（S.4674）；2025年4月9日重新提出（S.1396）。未获通过。",
  },
  "us-eo-14110": { typeZh: "行政令", statusNoteZh: "2025年1月20日被撤销", dateNoteZh: EFFECTIVE_AT_ONCE },
  "us-eo-14148": { typeZh: "行政令", statusNoteZh: IN_FORCE, dateNoteZh: EFFECTIVE_AT_ONCE },
  "us-eo-14179": { typeZh: "行政令", statusNoteZh: IN_FORCE, dateNoteZh: EFFECTIVE_AT_ONCE },
  "us-eo-national-ai-policy-framework": { typeZh: "行政令", statusNoteZh: IN_FORCE, dateNoteZh: EFFECTIVE_AT_ONCE },
  "us-national-ai-initiative-act-2020": { typeZh: "法律", statusNoteZh: IN_FORCE, dateNoteZh: "2021年1月（事实表仅给出月份）。" },
  "us-state-ai-law-moratorium": { typeZh: "法案条款", statusNoteZh: "被否决", dateNoteZh: "2025年7月1日以99比1票被删除。" },
};

export const eventDateNotesZh: Record<string, string> = {
  "2024-11-big-tech-q3-results-ai-spend": "2024年11月（约为1日）",
};
