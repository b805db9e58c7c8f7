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
  "cn-fr-joint-statement-ai": { typeZh: "双边声明", statusNoteZh: ISSUED, dateNoteZh: "2024年5月7日（据一篇来源文章；新华社为5月6日）。双边：中国和法国。" },
  "cn-generative-ai-interim-measures": { typeZh: "部门规章（7部门）", statusNoteZh: IN_FORCE },
  "cn-global-ai-governance-action-plan": { typeZh: "行动计划", statusNoteZh: ISSUED },
  "cn-global-ai-governance-initiative": { typeZh: "政策倡议", statusNoteZh: ISSUED },
  "cn-new-generation-ai-development-plan": { typeZh: "战略", statusNoteZh: IN_FORCE, dateNoteZh: "2017年（仅知年份）。" },
  "cn-shanghai-declaration": { typeZh: "宣言", statusNoteZh: ISSUED },
  "eu-ai-act": {
    typeZh: "条例",
    statusNoteZh: "分阶段适用",
    dateNoteZh: "通过：欧洲议会2024年3月13日；理事会2024年5月21日；2024年7月12日在《欧盟官方公报》公布。2024年8月1日生效，分阶段适用（见里程碑）。",
  },
  "eu-digital-omnibus-ai": {
    typeZh: "修正条例",
    statusNoteZh: "条例编号及生效日期待确认",
    dateNoteZh: "2025年11月19日提出；2026年5月7日达成政治协议；欧洲议会2026年6月16日通过；理事会2026年6月29日批准。以固定日期取代原拟与标准挂钩的安排。条例编号和生效日期未经确认（一处资料称为第(EU) 2026/1744号条例，2026年7月27日生效）。",
  },
  "eu-gdpr": { typeZh: "条例", dateNoteZh: "2016年通过；2018年生效（仅知年份）。" },
  "eu-gpai-code-of-practice": { typeZh: "自愿性准则", statusNoteZh: ISSUED },
  "fr-cnil-ai-recommendations": {
    typeZh: "监管机构指南",
    statusNoteZh: ISSUED,
    dateNoteZh: "首批人工智能系统发展建议发布于2024年4月8日（第2024-011号审议）；2024年7月12日发布关于《人工智能法案》的问答；2025年2月6日发布第二批建议。一篇来源文章将首批建议的日期写为2024年7月12日（已标注）。",
  },
  "int-bletchley-declaration": { typeZh: "宣言", statusNoteZh: "28国及欧盟签署，包括美国和中国" },
  "int-coe-framework-convention-ai": {
    typeZh: "条约",
    statusNoteZh: "已签署（美国、英国、欧盟等）；欧盟于2026年5月15日批准；是否已生效未经确认（各来源说法不一）",
    dateNoteZh: "2024年5月17日通过；2024年9月5日开放签署。经5个国家批准（其中3个为欧洲委员会成员国）后生效。欧盟于2026年5月15日批准（欧洲议会于2026年3月11日同意），该信息来源可信度低。",
  },
  "int-g7-hiroshima-code-of-conduct": { typeZh: "自愿性准则", statusNoteZh: "已通过" },
  "int-paris-statement-inclusive-sustainable-ai": { typeZh: "宣言", statusNoteZh: "约58–61个签署方，包括中国和欧盟；美国和英国未签署" },
  "int-unga-ai-capacity-building": {
    typeZh: "决议",
    statusNoteZh: "协商一致；140多个共同提案国（一篇来源文章称“143”）",
    dateNoteZh: "2024年7月1日（第78届联合国大会）。",
  },
  "int-unga-safe-secure-trustworthy-ai": { typeZh: "决议", statusNoteZh: "不具约束力" },
  "jp-ai-promotion-act": {
    typeZh: "法律",
    statusNoteZh: IN_FORCE,
    dateNoteZh: "2025年5月28日通过；2025年6月4日公布。2025年6月4日施行；第3–4章自2025年9月1日施行。",
  },
  "kr-ai-basic-act": { typeZh: "法律", dateNoteZh: "2024年12月26日通过；2025年1月21日公布；2026年1月22日连同其施行令一并施行，处罚前至少有一年宽限期。" },
  "uk-ai-opportunities-action-plan": { typeZh: "战略", statusNoteZh: "全部50项建议均获采纳" },
  "uk-ai-security-institute": { typeZh: "政府机构", statusNoteZh: "运行中", dateNoteZh: "2023年11月（2023年11月2日成立）；2025年2月14日更名。" },
  "uk-pro-innovation-response": { typeZh: "政策（非法定）", statusNoteZh: "已通过" },
  "us-ai-action-plan-2025": { typeZh: "计划及行政令", statusNoteZh: "已通过" },
  "us-copied-act": {
    typeZh: "法案",
    statusNoteZh: "未成为法律（一篇来源文章误称已通过）",
    dateNoteZh: "2024年7月11日提出（S.4674）；2025年4月9日重新提出（S.1396）。未获通过。",
  },
  "us-eo-14110": { typeZh: "行政令", statusNoteZh: "于2025年1月20日", dateNoteZh: EFFECTIVE_AT_ONCE },
  "us-eo-14148": { typeZh: "行政令", statusNoteZh: IN_FORCE, dateNoteZh: EFFECTIVE_AT_ONCE },
  "us-eo-14179": { typeZh: "行政令", statusNoteZh: IN_FORCE, dateNoteZh: EFFECTIVE_AT_ONCE },
  "us-eo-national-ai-policy-framework": { typeZh: "行政令", dateNoteZh: "2025年12月11日签署，即时生效；2025年12月16日公布（90 FR 58499）。" },
  "us-national-ai-initiative-act-2020": { typeZh: "法律", statusNoteZh: IN_FORCE, dateNoteZh: "2021年1月（仅知月份）。" },
  "us-state-ai-law-moratorium": { typeZh: "法案条款", statusNoteZh: "被否决", dateNoteZh: "2025年7月1日以99比1票被删除。" },
};

export const eventDateNotesZh: Record<string, string> = {
  "2024-11-big-tech-q3-results-ai-spend": "2024年11月初（大致日期）",
};
