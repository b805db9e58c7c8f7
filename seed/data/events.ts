// Section D of the fact sheet: timeline events beyond the instruments' own adopted/effective dates (which the
// timeline takes from the instruments, so they are not repeated here). A month-only date is stored as the first
// of the month with datePrecision MONTH. "UN" is filed under INT; "CN/US" under CN with US as a further party.
import type { EventSeed } from "./types.ts";

export const events: EventSeed[] = [
  { slug: "2023-10-un-ai-advisory-body", date: "2023-10-01", datePrecision: "MONTH", jurisdiction: "INT", titleEn: "UN High-level Advisory Body on AI formed", titleZh: "联合国组建高级别人工智能咨询机构", confidence: "HIGH", sources: ["S3"] },
  { slug: "2023-11-02-uk-ai-safety-institute-launched", date: "2023-11-02", datePrecision: "DAY", jurisdiction: "UK", titleEn: "AI Safety Institute launched", titleZh: "英国人工智能安全研究所成立", instrument: "uk-ai-security-institute", confidence: "MEDIUM", sources: ["R66"] },
  { slug: "2023-12-27-nyt-sues-openai-microsoft", date: "2023-12-27", datePrecision: "DAY", jurisdiction: "US", titleEn: "New York Times sues OpenAI and Microsoft over training data", titleZh: "《纽约时报》起诉OpenAI和微软，指控其未经许可使用该报文章训练人工智能", confidence: "HIGH", sources: ["S0"] },
  { slug: "2024-05-14-china-us-ai-dialogue-geneva", date: "2024-05-14", datePrecision: "DAY", jurisdiction: "CN", alsoJurisdictions: ["US"], titleEn: "First China–US intergovernmental AI dialogue, Geneva", titleZh: "中美人工智能政府间对话首次会议（日内瓦）", confidence: "HIGH", sources: ["S1", "R64"] },
  { slug: "2024-11-big-tech-q3-results-ai-spend", date: "2024-11-01", datePrecision: "MONTH", dateNote: "2024-11 (approx. 1st)", jurisdiction: "US", titleEn: "Q3 results: Amazon ~$75bn 2024 capex; FT puts four-firm AI spend above $200bn", titleZh: "第三季度财报：亚马逊2024年资本支出约750亿美元；英国《金融时报》称四家公司人工智能支出将超过2000亿美元", confidence: "HIGH", sources: ["S0"] },
  { slug: "2024-11-11-japan-ai-chip-plan", date: "2024-11-11", datePrecision: "DAY", jurisdiction: "JP", titleEn: "¥10trn AI/chip support plan announced", titleZh: "日本宣布10万亿日元人工智能和芯片支持计划", confidence: "MEDIUM", sources: ["R30"] },
  { slug: "2025-01-03-microsoft-ai-datacentre-plan", date: "2025-01-03", datePrecision: "DAY", jurisdiction: "US", titleEn: "Microsoft announces ~$80bn FY25 AI data-centre plan", titleZh: "微软宣布2025财年约800亿美元人工智能数据中心计划", confidence: "MEDIUM", sources: ["R10"] },
  { slug: "2025-01-21-stargate-announced", date: "2025-01-21", datePrecision: "DAY", jurisdiction: "US", titleEn: "Stargate announced, the day after inauguration", titleZh: "特朗普就职次日宣布启动“星际之门”计划", confidence: "HIGH", sources: ["S2", "R23"] },
  { slug: "2025-01-cn-national-ai-fund-established", date: "2025-01-01", datePrecision: "MONTH", jurisdiction: "CN", titleEn: "National AI Industry Investment Fund (¥60.06bn) established", titleZh: "国家人工智能产业投资基金（600.6亿元）成立", confidence: "MEDIUM", sources: ["R28"] },
  { slug: "2025-02-09-macron-109bn", date: "2025-02-09", datePrecision: "DAY", jurisdiction: "FR", titleEn: "Macron announces €109bn", titleZh: "马克龙宣布1090亿欧元投资", confidence: "MEDIUM", sources: ["R24"] },
  { slug: "2025-02-11-investai-announced", date: "2025-02-11", datePrecision: "DAY", jurisdiction: "EU", titleEn: "InvestAI announced by von der Leyen at the Paris AI Action Summit", titleZh: "冯德莱恩在巴黎人工智能行动峰会上宣布“投资人工智能”倡议", confidence: "HIGH", sources: ["S2", "R4"] },
  { slug: "2025-05-12-humain-launched", date: "2025-05-12", datePrecision: "DAY", jurisdiction: "SA", titleEn: "HUMAIN launched under PIF", titleZh: "沙特公共投资基金旗下HUMAIN成立", confidence: "LOW", confidenceNote: "L/M", sources: ["R32"] },
  { slug: "2025-05-22-stargate-uae-launched", date: "2025-05-22", datePrecision: "DAY", jurisdiction: "AE", titleEn: "Stargate UAE (1 GW) launched", titleZh: "“星际之门”阿联酋项目（1吉瓦）启动", confidence: "MEDIUM", sources: ["R35"] },
  { slug: "2025-07-26-waico-proposed", date: "2025-07-26", datePrecision: "DAY", jurisdiction: "CN", titleEn: "World AI Cooperation Organization proposed at WAIC", titleZh: "在世界人工智能大会上倡议成立世界人工智能合作组织", instrument: "cn-global-ai-governance-action-plan", confidence: "MEDIUM", sources: ["R51"] },
  { slug: "2025-09-10-korea-national-growth-fund", date: "2025-09-10", datePrecision: "DAY", jurisdiction: "KR", titleEn: "₩150trn National Growth Fund plan", titleZh: "150万亿韩元国民成长基金计划", confidence: "MEDIUM", sources: ["R31"] },
  { slug: "2026-02-alphabet-amazon-2026-capex-guidance", date: "2026-02-01", datePrecision: "MONTH", jurisdiction: "US", titleEn: "Alphabet (~$175–185bn) and Amazon (~$200bn) give 2026 capex guidance", titleZh: "字母表（约1750亿至1850亿美元）和亚马逊（约2000亿美元）发布2026年资本支出指引", confidence: "MEDIUM", sources: ["R15", "R18"] },
];
