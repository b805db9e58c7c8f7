// Section A of the fact sheet: the ten jurisdictions, plus those the "Update of 2026-12-04" needs (US states under
// the US, India). approachEn joins the row's stance and legal-form cells; approachZh is a faithful short translation.
// Mixed grades ("H/M") are stored as the lower grade, with a note readers can understand.
import type { JurisdictionSeed } from "./types.ts";

/** Re-read against the fact sheet's update of 2026-12-04. */
export const CHECKED = "2026-12-04" as const;
export const MIXED_HIGH_MEDIUM = "Mixed: partly high (official texts, seed articles), partly medium (press, law firms)";

const base: JurisdictionSeed[] = [
  {
    code: "EU",
    nameEn: "European Union",
    nameZh: "欧盟",
    kind: "BLOC",
    blocs: "EU-27 (supranational)",
    approachEn:
      "Precautionary, rights-based; tilting to competitiveness since 2025 (InvestAI; the Digital Omnibus on AI, adopted in 2026, delays and simplifies obligations). Binding horizontal law (AI Act), plus GDPR, with risk tiers and extraterritorial reach.",
    approachZh:
      "审慎、以权利为本；自2025年起转向竞争力（“投资人工智能”倡议；2026年通过的《人工智能数字综合法案》推迟并简化了相关义务）。具有约束力的横向立法（《人工智能法案》）及GDPR，实行风险分级并具有域外效力。",
    confidence: "MEDIUM",
    confidenceNote: MIXED_HIGH_MEDIUM,
    sources: ["S2", "R1", "R69", "R3", "U6"],
  },
  {
    code: "US",
    nameEn: "United States",
    nameZh: "美国",
    kind: "COUNTRY",
    blocs: "G7, OECD",
    approachEn:
      "Innovation-first, deregulatory since Jan 2025; \"industry self-regulation\" (in the words of a seed article). No federal AI statute: executive orders, existing agency powers (FTC), voluntary industry commitments, growing state laws (California, Colorado, New York, Texas).",
    approachZh:
      "创新优先，2025年1月起放松监管；一篇来源文章称之为“行业自律”。无联邦人工智能法律：依靠行政命令、现有机构权力（联邦贸易委员会）、行业自愿承诺及日益增多的州法律（加利福尼亚州、科罗拉多州、纽约州、得克萨斯州）。",
    confidence: "MEDIUM",
    confidenceNote: MIXED_HIGH_MEDIUM,
    sources: ["S0", "S2", "R36", "R40"],
  },
  {
    code: "CN",
    nameEn: "China",
    nameZh: "中国",
    kind: "COUNTRY",
    blocs: "BRICS, SCO",
    approachEn:
      "\"Development + security\" dual track; rules plus ethics guidance. Binding targeted rules by CAC and ministries (algorithms, deep synthesis, generative AI, labelling) plus PIPL; first statutory AI article in amended Cybersecurity Law (2026); no comprehensive AI law.",
    approachZh:
      "“发展—安全”双轮驱动；法规约束加伦理引导。由国家网信办及相关部委制定具有约束力的专项规则（算法、深度合成、生成式人工智能、标识）及《个人信息保护法》；修订后的《网络安全法》（2026年）首次写入人工智能条款；尚无综合性人工智能法。",
    confidence: "MEDIUM",
    confidenceNote: MIXED_HIGH_MEDIUM,
    sources: ["S2", "S3", "R46", "R48"],
  },
  {
    code: "UK",
    nameEn: "United Kingdom",
    nameZh: "英国",
    kind: "COUNTRY",
    blocs: "G7, OECD, CoE",
    approachEn:
      "Pro-innovation; did not sign the Paris statement. Non-statutory: five principles applied by existing regulators.",
    approachZh: "支持创新；未签署巴黎声明。非法定方式：由现有监管机构适用五项原则。",
    confidence: "MEDIUM",
    confidenceNote: MIXED_HIGH_MEDIUM,
    sources: ["S1", "R26", "R61", "R65"],
  },
  {
    code: "FR",
    nameEn: "France",
    nameZh: "法国",
    kind: "COUNTRY",
    blocs: "EU, G7",
    approachEn: "Investment plus \"trust\"; hosted the Paris summit. EU AI Act and GDPR; CNIL guidance.",
    approachZh: "投资加“信任”；主办巴黎峰会。适用欧盟《人工智能法案》和GDPR；法国国家信息与自由委员会（CNIL）发布指引。",
    confidence: "MEDIUM",
    sources: ["S1", "R24"],
  },
  {
    code: "JP",
    nameEn: "Japan",
    nameZh: "日本",
    kind: "COUNTRY",
    blocs: "G7, OECD",
    approachEn: "Innovation-first. Framework promotion law (2025) plus soft-law guidelines; no penalties.",
    approachZh: "创新优先。促进型框架法（2025年）加软法指南；无处罚规定。",
    confidence: "MEDIUM",
    sources: ["R54"],
  },
  {
    code: "KR",
    nameEn: "Rep. of Korea",
    nameZh: "韩国",
    kind: "COUNTRY",
    blocs: "G20, OECD",
    approachEn: "Promotion plus trust. Binding horizontal framework act (effective 22 Jan 2026).",
    approachZh: "促进加信任。具有约束力的横向框架法（2026年1月22日生效）。",
    confidence: "MEDIUM",
    sources: ["R52", "R53"],
  },
  {
    code: "SA",
    nameEn: "Saudi Arabia",
    nameZh: "沙特阿拉伯",
    kind: "COUNTRY",
    blocs: "G20, GCC",
    approachEn: "Investment-led (PIF / HUMAIN). Legal form not verified.",
    approachZh: "投资主导（公共投资基金 / HUMAIN）。法律形式未经核实。",
    confidence: "LOW",
    sources: ["R32"],
  },
  {
    code: "AE",
    nameEn: "UAE",
    nameZh: "阿联酋",
    kind: "COUNTRY",
    blocs: "GCC, BRICS",
    approachEn: "Investment-led (MGX, G42). Legal form not verified.",
    approachZh: "投资主导（MGX、G42）。法律形式未经核实。",
    confidence: "LOW",
    sources: ["R34"],
  },
  {
    code: "INT",
    nameEn: "Multilateral",
    nameZh: "国际/多边",
    kind: "INTERNATIONAL",
    blocs: "UN, G7, OECD, CoE",
    approachEn:
      "Mostly non-binding declarations and resolutions; Council of Europe Convention is the first binding AI treaty. G7 and CoE texts are risk-based.",
    approachZh: "以不具约束力的宣言和决议为主；欧洲委员会《人工智能框架公约》是首个具有约束力的人工智能条约。七国集团和欧洲委员会的文本基于风险。",
    confidence: "MEDIUM",
    confidenceNote: MIXED_HIGH_MEDIUM,
    sources: ["R56", "R57", "R58", "R59", "R60"],
  },
];

const US_STATE = { kind: "SUBNATIONAL", parent: "US", blocs: "" } as const;

// Needed by the update's rows F7, F8, F13, F24 (US states) and F18 (India). Their governance dimensions are not
// coded: the fact sheet codes none, and a level is left unset rather than guessed.
const added: JurisdictionSeed[] = [
  {
    code: "US-CA", nameEn: "California", nameZh: "美国加利福尼亚州", ...US_STATE,
    approachEn: "State law on frontier AI: the Transparency in Frontier AI Act (SB 53), signed 29 Sep 2025.",
    approachZh: "针对前沿人工智能的州法律：《前沿人工智能透明度法案》（SB 53），2025年9月29日签署。",
    confidence: "MEDIUM", sources: ["U22"],
  },
  {
    code: "US-CO", nameEn: "Colorado", nameZh: "美国科罗拉多州", ...US_STATE,
    approachEn: "The Colorado AI Act was delayed (SB25B-004), then repealed and replaced by SB 26-189: disclosure-based rules on automated decisions, effective 1 Jan 2027.",
    approachZh: "《科罗拉多州人工智能法》先被推迟（SB25B-004），后被SB 26-189废止并取代：以披露为基础的自动化决策规则，2027年1月1日生效。",
    confidence: "MEDIUM", sources: ["U23", "U24"],
  },
  {
    code: "US-NY", nameEn: "New York", nameZh: "美国纽约州", ...US_STATE,
    approachEn: "The RAISE Act (signed 19 Dec 2025): safety protocols for frontier developers and 72-hour incident reports.",
    approachZh: "《RAISE法案》（2025年12月19日签署）：要求前沿模型开发者制定安全规程，并在72小时内报告事件。",
    confidence: "MEDIUM", sources: ["U30"],
  },
  {
    code: "US-TX", nameEn: "Texas", nameZh: "美国得克萨斯州", ...US_STATE,
    approachEn: "The Texas Responsible AI Governance Act (TRAIGA), in force from 1 Jan 2026 (not confirmed).",
    approachZh: "《得克萨斯州负责任人工智能治理法》（TRAIGA），自2026年1月1日起施行（未经确认）。",
    confidence: "LOW", confidenceNote: "Not confirmed: given without a primary source; to be confirmed", sources: ["V1"],
  },
  {
    code: "IN", nameEn: "India", nameZh: "印度", kind: "COUNTRY", blocs: "",
    approachEn: "Hosted the India AI Impact Summit (New Delhi, 16–20 Feb 2026). Its own AI rules are not covered here yet.",
    approachZh: "主办印度人工智能影响峰会（新德里，2026年2月16日至20日）。本站尚未涵盖其本国人工智能规则。",
    confidence: "MEDIUM", sources: ["U36"],
  },
];

export const jurisdictions: JurisdictionSeed[] = [...base, ...added].map((j) => ({ ...j, lastCheckedOn: CHECKED }));
