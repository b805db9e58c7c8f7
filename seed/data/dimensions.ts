// The five comparison dimensions of section A, each with an ordinal coding of the fact-sheet cells, and the
// 10 × 5 assessments. rationaleEn is the fact-sheet cell verbatim; level is null where the cell says
// "Not verified" or "–" (never guessed). Sources and confidence come from the jurisdiction's row.
// The dimensions and their scales are the JSON table dimensions.json.
import dimensionRows from "./dimensions.json" with { type: "json" };
import { CHECKED, MIXED_HIGH_MEDIUM } from "./jurisdictions.ts";
import { dimensionSchema, seedTable } from "./schemas.ts";
import { DIMENSION_KEYS } from "./types.ts";
import type { AssessmentSeed, Confidence, DimensionKey, DimensionSeed, IsoDate, JurisdictionCode } from "./types.ts";

export const dimensions: DimensionSeed[] = seedTable("dimensions.json", dimensionSchema, dimensionRows);

type Cell = [level: number | null, labelEn: string, labelZh: string, rationaleEn: string, rationaleZh: string, asOf?: IsoDate];
type Row = {
  code: JurisdictionCode;
  confidence: Confidence;
  confidenceNote?: string;
  sources: string[];
  cells: Record<DimensionKey, Cell>;
};

// Fact sheet E15: an assessment is "as of" the date it was last checked. Every coding below was re-read against the
// update of 2026-12-04 (the earlier "31 Dec 2025" was no date of the fact sheet's).
const AS_OF: IsoDate = CHECKED;
const NOT_VERIFIED: Cell = [null, "Not verified", "未经核实", "Not verified", "未经核实"];
const DASH: Cell = [null, "Not assessed", "未评估", "Not assessed", "未评估"];

const rows: Row[] = [
  {
    code: "EU", confidence: "MEDIUM", confidenceNote: MIXED_HIGH_MEDIUM, sources: ["S2", "R1", "R69", "R3"],
    cells: {
      legal_form: [3, "Binding horizontal law", "具有约束力的横向立法", "Binding horizontal law (AI Act), plus GDPR", "具有约束力的横向立法（《人工智能法案》），外加GDPR"],
      risk_based: [2, "Risk-tiered", "风险分级", "Yes: prohibited / high-risk / transparency / minimal tiers, plus GPAI and GPAI-with-systemic-risk duties", "是：禁止 / 高风险 / 透明度 / 最低风险四级，外加通用人工智能模型及具有系统性风险的通用人工智能模型义务"],
      enforcement: [3, "AI Office + national authorities; fines", "人工智能办公室及国家主管机构；罚款", "Commission AI Office (GPAI) and national market-surveillance authorities; fines up to €35M or 7% of global turnover", "欧盟委员会人工智能办公室（通用人工智能）及各国市场监督机构；罚款最高3500万欧元或全球营业额的7%"],
      extraterritorial: [2, "Direct (Brussels effect)", "直接（布鲁塞尔效应）", "Yes: non-EU providers placing AI on the EU market (\"Brussels effect\")", "是：适用于在欧盟市场投放人工智能的非欧盟提供者（“布鲁塞尔效应”）"],
      stance: [2, "Precautionary, rights-based", "审慎、以权利为本", "Precautionary, rights-based; tilting to competitiveness in 2025 (InvestAI, proposed delays)", "审慎、以权利为本；2025年转向竞争力（“投资人工智能”倡议、拟议推迟）"],
    },
  },
  {
    code: "US", confidence: "MEDIUM", confidenceNote: MIXED_HIGH_MEDIUM, sources: ["S0", "S2", "R36", "R40"],
    cells: {
      legal_form: [1, "Executive measures; no federal AI statute", "行政措施；无联邦人工智能法律", "No federal AI statute: executive orders, existing agency powers (FTC), voluntary industry commitments, growing state laws", "无联邦人工智能法律：行政命令、现有机构权力（联邦贸易委员会）、行业自愿承诺、日益增多的州法律"],
      risk_based: [0, "No binding tiers", "无约束性分级", "No binding federal tiers; risk-oriented EO 14110 revoked", "联邦层面无约束性风险分级；以风险为导向的第14110号行政命令已被撤销"],
      enforcement: [1, "Sector regulators", "行业监管机构", "Sector regulators; DOJ AI Litigation Task Force (Dec 2025) targets state laws", "行业监管机构；司法部人工智能诉讼工作组（2025年12月）针对州法律"],
      extraterritorial: [1, "Indirect (export controls, CLOUD Act)", "间接（出口管制、《云法案》）", "Indirect: AI-chip export controls; CLOUD Act data access (per a source article)", "间接：人工智能芯片出口管制；《云法案》跨境调取数据（据一篇来源文章）"],
      stance: [0, "Innovation-first, deregulatory", "创新优先、去监管", "Innovation-first, deregulatory since Jan 2025; \"industry self-regulation\" (in the words of a source article)", "创新优先，自2025年1月起去监管化；来源文章称之为“行业自律”"],
    },
  },
  {
    code: "CN", confidence: "MEDIUM", confidenceNote: MIXED_HIGH_MEDIUM, sources: ["S2", "S3", "R46", "R48"],
    cells: {
      legal_form: [2, "Binding targeted rules", "具有约束力的专项规则", "Binding targeted rules by CAC and ministries (algorithms, deep synthesis, generative AI, labelling) plus PIPL; first statutory AI article in amended Cybersecurity Law (2026); no comprehensive AI law", "国家网信办及相关部委制定的具有约束力的专项规则（算法、深度合成、生成式人工智能、标识）及《个人信息保护法》；修订后的《网络安全法》（2026年）首次写入人工智能条款；尚无综合性人工智能法"],
      risk_based: [1, "Partly: classified and graded", "部分：分类分级", "Partly: \"inclusive-prudent, classified and graded\" supervision", "部分：“包容审慎、分类分级”监管"],
      enforcement: [2, "CAC-led filing and assessment", "网信办牵头的备案与评估", "CAC leads with MIIT, MPS, NRTA; algorithm filing and security assessment", "国家网信办牵头，工业和信息化部、公安部、国家广播电视总局参与；算法备案和安全评估"],
      extraterritorial: [1, "Limited", "有限", "Limited: generative-AI measures cover services offered into China from abroad (medium confidence)", "有限：生成式人工智能办法适用于从境外向中国境内提供的服务（中等可信度）"],
      stance: [1, "Development + security", "发展与安全并重", "\"Development + security\" dual track; rules plus ethics guidance", "“发展—安全”双轮驱动；法规约束加伦理引导"],
    },
  },
  {
    code: "UK", confidence: "MEDIUM", confidenceNote: MIXED_HIGH_MEDIUM, sources: ["S1", "R26", "R61", "R65"],
    cells: {
      legal_form: [0, "Non-statutory principles", "非法定原则", "Non-statutory: five principles applied by existing regulators", "非法定：由现有监管机构适用五项原则"],
      risk_based: [1, "Context-based, not tiered", "基于情境，不分级", "Context-based, not tiered", "基于情境，不分级"],
      enforcement: [1, "Existing regulators", "现有监管机构", "Existing regulators; AI Security Institute tests models, no enforcement powers", "现有监管机构；人工智能安全研究所测试模型，无执法权"],
      extraterritorial: [0, "None", "无", "No", "否"],
      stance: [0, "Pro-innovation", "支持创新", "Pro-innovation; did not sign the Paris statement", "支持创新；未签署巴黎声明"],
    },
  },
  {
    code: "FR", confidence: "MEDIUM", sources: ["S1", "R24"],
    cells: {
      legal_form: [3, "EU AI Act and GDPR", "欧盟《人工智能法案》和GDPR", "EU AI Act and GDPR; CNIL guidance", "欧盟《人工智能法案》和GDPR；法国国家信息与自由委员会（CNIL）指引"],
      risk_based: [2, "Risk-tiered (via EU)", "风险分级（经由欧盟）", "Via EU", "经由欧盟"],
      enforcement: [1, "Existing regulator (CNIL)", "现有监管机构（CNIL）", "CNIL", "法国国家信息与自由委员会（CNIL）"],
      extraterritorial: [2, "Direct (via EU)", "直接（经由欧盟）", "Via EU", "经由欧盟"],
      stance: [1, "Investment plus trust", "投资加信任", "Investment plus \"trust\"; hosted the Paris summit", "投资加“信任”；主办巴黎峰会"],
    },
  },
  {
    code: "JP", confidence: "MEDIUM", sources: ["R54"],
    cells: {
      legal_form: [1, "Promotion law, no penalties", "促进法，无处罚", "Framework promotion law (2025) plus soft-law guidelines; no penalties", "促进型框架法（2025年）加软法指南；无处罚规定"],
      risk_based: [0, "Not risk-based", "非基于风险", "No", "否"],
      enforcement: [0, "Coordination body only", "仅有协调机构", "Cabinet AI Strategy HQ, chaired by the Prime Minister", "内阁人工智能战略本部，由首相担任本部长"],
      extraterritorial: [0, "None", "无", "No", "否"],
      stance: [0, "Innovation-first", "创新优先", "Innovation-first", "创新优先"],
    },
  },
  {
    code: "KR", confidence: "MEDIUM", sources: ["R52", "R53"],
    cells: {
      legal_form: [3, "Binding horizontal framework act", "具有约束力的横向框架法", "Binding horizontal framework act (effective 22 Jan 2026)", "具有约束力的横向框架法（2026年1月22日生效）"],
      risk_based: [2, "Risk-tiered (high-impact AI)", "风险分级（高影响人工智能）", "Yes: \"high-impact AI\", generative-output labelling, duties above a compute threshold", "是：“高影响人工智能”、生成内容标识、超过算力阈值的义务"],
      enforcement: [3, "MSIT; fines", "科学技术信息通信部；罚款", "Ministry of Science and ICT; fines up to KRW 30M", "科学技术信息通信部；罚款最高3000万韩元"],
      extraterritorial: [2, "Direct (domestic representative)", "直接（境内代表）", "Yes: foreign operators above thresholds appoint a domestic representative", "是：超过阈值的境外运营者须指定境内代表"],
      stance: [1, "Promotion plus trust", "促进加信任", "Promotion plus trust", "促进加信任"],
    },
  },
  {
    code: "SA", confidence: "LOW", sources: ["R32"],
    cells: {
      legal_form: NOT_VERIFIED,
      risk_based: DASH,
      enforcement: DASH,
      extraterritorial: DASH,
      stance: [0, "Investment-led", "投资主导", "Investment-led (PIF / HUMAIN)", "投资主导（公共投资基金 / HUMAIN）"],
    },
  },
  {
    code: "AE", confidence: "LOW", sources: ["R34"],
    cells: {
      legal_form: NOT_VERIFIED,
      risk_based: DASH,
      enforcement: DASH,
      extraterritorial: DASH,
      stance: [0, "Investment-led", "投资主导", "Investment-led (MGX, G42)", "投资主导（MGX、G42）"],
    },
  },
  {
    code: "INT", confidence: "MEDIUM", confidenceNote: MIXED_HIGH_MEDIUM, sources: ["R56", "R57", "R58", "R59", "R60"],
    cells: {
      legal_form: [0, "Mostly soft law (one binding treaty)", "以软法为主（一项约束性条约）", "Mostly non-binding declarations and resolutions; Council of Europe Convention is the first binding AI treaty", "以不具约束力的宣言和决议为主；欧洲委员会公约是首个具有约束力的人工智能条约"],
      risk_based: [1, "Partly (G7, CoE texts)", "部分（七国集团、欧洲委员会文本）", "G7 and CoE texts are risk-based", "七国集团和欧洲委员会的文本基于风险"],
      enforcement: [1, "National authorities", "各国主管机构", "National authorities of treaty parties", "条约缔约方的国家主管机构"],
      extraterritorial: DASH,
      stance: DASH,
    },
  },
];

export const assessments: AssessmentSeed[] = rows.flatMap((row) =>
  DIMENSION_KEYS.map((dimension): AssessmentSeed => {
    const [level, labelEn, labelZh, rationaleEn, rationaleZh, asOf = AS_OF] = row.cells[dimension];
    return {
      jurisdiction: row.code,
      dimension,
      level,
      labelEn,
      labelZh,
      rationaleEn,
      rationaleZh,
      asOf,
      confidence: row.confidence,
      ...(row.confidenceNote ? { confidenceNote: row.confidenceNote } : {}),
      sources: row.sources,
      lastCheckedOn: CHECKED,
    };
  }),
);

// Fact sheet E16: the EU's stance changed in 2026. The change is a new, dated coding; the earlier one stays readable.
assessments.push({
  jurisdiction: "EU",
  dimension: "stance",
  level: 1,
  labelEn: "Balanced: rules kept, obligations delayed and simplified",
  labelZh: "平衡：保留规则，推迟并简化义务",
  rationaleEn: "The Digital Omnibus on AI (adopted 29 Jun 2026) delays and simplifies the AI Act's obligations, and InvestAI mobilises investment: a move from a precautionary, rights-based stance towards competitiveness, while the risk-based law stays.",
  rationaleZh: "《人工智能数字综合法案》（2026年6月29日通过）推迟并简化了《人工智能法案》规定的义务，“投资人工智能”倡议则调集投资：从审慎、以权利为本的取向转向竞争力，同时保留基于风险的法律。",
  asOf: CHECKED,
  since: "2026-06-29",
  confidence: "MEDIUM",
  sources: ["U6", "R4"],
  lastCheckedOn: CHECKED,
});
