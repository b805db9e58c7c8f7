// Seed-article claims that conflict with other evidence or that the fact sheet marks as unverified. The claim is
// kept in the article's own words (claimZh quotes the seed verbatim, including its half-width punctuation) next to
// its correction; nothing is silently fixed.
import { CHECKED } from "./jurisdictions.ts";
import type { ClaimSeed } from "./types.ts";

// All claims were re-read against the fact sheet's update of 2026-12-04 (E2, E3, E4, E11, E12, E13 change them).
const base: ClaimSeed[] = [
  {
    slug: "s1-copied-act-passed",
    source: "S1",
    claimEn: "On 11 July the US Congress passed the COPIED Act (content provenance and deepfake integrity), which awaits the President's signature.",
    claimZh: "7月11日，美国国会通过《内容来源保护和防止编辑和深度伪造媒体完整性法案》，旨在解决人工智能生成内容的“深度伪造”泛滥问题。法案正在等待总统签署成为正式法律，尚未正式生效，但已经获得多方支持。",
    correctionEn: "The bill was only introduced (S.4674, 11 Jul 2024) and reintroduced (S.1396, 9 Apr 2025); Congress has not passed it and it is not law.",
    correctionZh: "该法案仅被提出（S.4674，2024年7月11日）并再次提出（S.1396，2025年4月9日）；国会并未通过，也未成为法律。",
    instrument: "us-copied-act",
    evidence: ["R42", "R43"],
  },
  {
    slug: "s2-us-china-40pct-private-investment",
    source: "S2",
    claimEn: "According to the Stanford AI Index 2025, the US and China account for 40% of global private AI investment.",
    claimZh: "根据斯坦福大学《2025年人工智能指数报告》,美中两国占全球人工智能私人投资总量的40%",
    correctionEn: "Does not fit the Stanford AI Index 2025: global private AI investment in 2024 was $150.8bn, and the US ($109.1bn) plus China ($9.3bn) made $118.4bn of it, about 78%: roughly double the article's 40%.",
    correctionZh: "与斯坦福大学《2025年人工智能指数报告》不符：2024年全球人工智能私人投资为1508亿美元，其中美国（1091亿美元）和中国（93亿美元）合计1184亿美元，约占78%，约为文章所称40%的两倍。",
    investmentFigure: "us-cn-private-investment-share-2024",
    evidence: ["R6", "U14"],
  },
  {
    slug: "s1-un-resolution-143-states",
    source: "S1",
    claimEn: "143 UN member states adopted the China-led resolution on international cooperation on AI capacity-building by consensus at the 78th UNGA.",
    claimZh: "在今年召开的第78届联合国大会上，143个联合国会员国以协商一致方式通过了中方主提的“加强人工智能能力建设国际合作”决议。",
    correctionEn: "The resolution was adopted by consensus (by the whole Assembly); about 140+ states co-sponsored it.",
    correctionZh: "该决议由联合国大会以协商一致方式通过；约140多个国家为共同提案国。",
    instrument: "int-unga-ai-capacity-building",
    evidence: ["R60"],
  },
  {
    slug: "s2-investai-200bn-gigafactories",
    source: "S2",
    claimEn: "The EU's InvestAI initiative will mobilise €200bn to build AI gigafactories.",
    claimZh: "欧盟将出台“投资人工智能”倡议,调集2000亿欧元打造人工智能超级工厂。",
    correctionEn: "€200bn is InvestAI's overall mobilisation target (public + private); only €20bn is a fund for AI gigafactories (4 gigafactories). About €150bn is expected from private \"AI Champions\" (medium confidence).",
    correctionZh: "2000亿欧元是“投资人工智能”倡议的总体调集目标（公共加私人）；其中仅200亿欧元为人工智能超级工厂（4座）基金。约1500亿欧元预计来自私营“人工智能冠军”企业（中等可信度）。",
    investmentFigure: "eu-investai",
    evidence: ["R4", "R62"],
  },
  {
    slug: "s0-amazon-75bn-ai-spending",
    source: "S0",
    claimEn: "Amazon's spending on AI in 2024 will reach a record $75bn.",
    claimZh: "亚马逊2024年在人工智能上的支出将达到创纪录的750亿美元",
    correctionEn: "~$75bn was Amazon's guidance for its total 2024 cash capex (Oct 2024), not AI-only spending. On the same basis, its actual 2024 net capex was $77.7bn: gross purchases of property and equipment of $83.0bn less $5.3bn of proceeds and incentives.",
    correctionZh: "约750亿美元是亚马逊对2024年现金资本支出总额的指引（2024年10月），并非仅用于人工智能的支出。按同一口径，其2024年实际净资本支出为777亿美元：购置物业和设备总额830亿美元减去53亿美元的出售收入和激励。",
    investmentFigure: "amazon-capex-2024-guidance",
    evidence: ["R16", "U4"],
  },
  {
    slug: "s2-gdpr-83pct-fines-us-firms",
    source: "S2",
    claimEn: "According to ITIF, 83% of GDPR fines since 2018 have hit US companies.",
    claimZh: "根据美国信息技术与创新基金会(ITIF)统计,欧盟《通用数据保护条例》(GDPR)自2018年生效以来,对美国企业的罚款高达83%。",
    correctionEn: "Low confidence: the 83% is by value (€4.7bn of €6.2bn of fines), and it comes from a vendor blog, not from ITIF.",
    correctionZh: "低可信度：83%是按金额计算的比例（62亿欧元罚款中的47亿欧元），且出自一家供应商的博客，而非ITIF。",
    instrument: "eu-gdpr",
    evidence: ["R67"],
  },
  {
    slug: "s2-stargate-20-data-centres-100k-jobs",
    source: "S2",
    claimEn: "Stargate will build 20 hyperscale data centres across the US and is expected to create 100,000 jobs.",
    claimZh: "特朗普上任次日宣布启动“星际之门”人工智能基础设施投资计划,价值5000亿美元,旨在全美建设20个超大规模数据中心,预计创造10万个就业岗位",
    correctionEn: "These were claims made at the announcement, not verified counts: Larry Ellison spoke of 10 buildings expanding to 20, and President Trump of over 100,000 jobs. Stargate is a private joint venture (OpenAI, SoftBank, Oracle, MGX), not public money.",
    correctionZh: "这些是宣布时的说法，并非经核实的数字：拉里·埃里森称将建10栋建筑并扩展到20栋，特朗普总统称将创造超过10万个就业岗位。“星际之门”是私营合资项目（OpenAI、软银、甲骨文、MGX），并非公共资金。",
    investmentFigure: "stargate-jv",
    evidence: ["R23", "U13"],
  },
  {
    slug: "s1-china-france-statement-date",
    source: "S1",
    claimEn: "China and France issued their Joint Statement on AI and Global Governance on 7 May 2024.",
    claimZh: "2024年5月7日，中法两国发布《中华人民共和国和法兰西共和国关于人工智能和全球治理的联合声明》。",
    correctionEn: "Xinhua dates the joint statement 6 May 2024. The article's date is kept on the record with this note.",
    correctionZh: "新华社所载联合声明日期为2024年5月6日。记录中保留文章的日期并附此说明。",
    instrument: "cn-fr-joint-statement-ai",
    evidence: ["R63"],
  },
];

const added: ClaimSeed[] = [
  {
    slug: "s0-meta-40bn-ai-spending",
    source: "S0",
    claimEn: "Meta's AI spending in 2024 may reach up to $40bn.",
    claimZh: "有消息称，2024年Meta的人工智能支出可能高达400亿美元。",
    correctionEn: "An error in the source article: $38–40bn was Meta's guidance for its total 2024 capital expenditures (including finance-lease principal), given with its third-quarter results on 30 Oct 2024, not AI-only spending. Actual 2024 capex was $39.23bn.",
    correctionZh: "来源文章有误：380亿至400亿美元是Meta在2024年10月30日发布第三季度财报时对2024年资本支出总额（含融资租赁本金）的指引，并非仅用于人工智能的支出。2024年实际资本支出为392.3亿美元。",
    investmentFigure: "meta-ai-spend-2024",
    evidence: ["U3", "R19"],
  },
  {
    slug: "s1-cnil-first-ai-recommendations-date",
    source: "S1",
    claimEn: "On 12 July (2024) the CNIL published its first recommendations on the development of AI systems, explaining how the EU AI Act and the GDPR interact.",
    claimZh: "法国数据监管机构法国国家信息与自由委员会7月12日发布首批关于人工智能系统发展的建议，详细说明欧盟《人工智能法案》与《通用数据保护条例》如何相互作用。",
    correctionEn: "An error in the source article: the CNIL's first recommendations on AI development came out on 8 Apr 2024 (deliberation 2024-011); 12 Jul 2024 was a Q&A on the AI Act; a second set of recommendations followed on 6 Feb 2025.",
    correctionZh: "来源文章有误：CNIL首批关于人工智能系统发展的建议发布于2024年4月8日（第2024-011号审议）；2024年7月12日发布的是关于《人工智能法案》的问答；第二批建议于2025年2月6日发布。",
    instrument: "fr-cnil-ai-recommendations",
    evidence: ["U5"],
  },
];

export const claims: ClaimSeed[] = [...base, ...added].map((c) => ({ ...c, lastCheckedOn: CHECKED }));
