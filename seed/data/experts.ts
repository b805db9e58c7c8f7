// Expert views quoted in the seed articles (section A of the fact sheet). viewZh quotes the article; the year is
// the article's (S0: 2024-11-19, S4: 2024-11-28). Elided passages are marked ……
import type { ExpertSeed } from "./types.ts";

export const experts: ExpertSeed[] = [
  {
    slug: "lina-khan-generative-ai-regulation",
    person: "Lina Khan",
    personZh: "莉娜·可汗",
    affiliation: "Chair, US Federal Trade Commission (FTC)",
    year: 2024,
    viewEn: "Generative AI needs stronger regulation.",
    viewZh: "必须加强对生成式人工智能等各类人工智能的监管。她认为人工智能技术已经暴露出风险苗头，科技巨头主导地位正在强化，大语言模型训练数据不受审查，存在巨大偏见、隐私泄露等风险。",
    jurisdiction: "US",
    source: "S0",
  },
  {
    slug: "gary-shapiro-government-guardrails",
    person: "Gary Shapiro",
    personZh: "夏皮罗",
    affiliation: "CEO, US Consumer Technology Association",
    year: 2024,
    viewEn: "Government should set guardrails.",
    viewZh: "政府需要在人工智能领域扮演重要角色，确保设置安全屏障和护栏，让业内人士知道，哪些能做，哪些不能做。",
    jurisdiction: "US",
    source: "S0",
  },
  {
    slug: "derek-riley-us-regulation-unlikely",
    person: "Derek Riley",
    personZh: "德里克·赖利",
    affiliation: "Milwaukee School of Engineering (MSOE), computer science program director",
    year: 2024,
    viewEn: "Effective US regulation is unlikely in the short term.",
    viewZh: "（美国）联邦政府行动和立法机构不够快，跟不上（人工智能领域）正在发生的变化，所以短期内我们不太可能看到有效的监管。",
    jurisdiction: "US",
    source: "S0",
  },
  {
    slug: "li-zheng-ai-exception-strong-stay-strong",
    person: "Li Zheng",
    personZh: "李峥",
    affiliation: "China Institutes of Contemporary International Relations (CICIR), Institute of American Studies",
    year: 2024,
    viewEn:
      "AI may be an exception to \"the strong stay strong\": open-source diffusion, policy swings in leading states, and a social \"ceiling\" on adoption.",
    viewZh:
      "不过，至少三个方面的因素也在限制人工智能造成“强者恒强”的马太效应，并可能推动更多国家在AI领域走向一个相对均衡的状态。……其一，人工智能技术生态的开放网络特征导致技术扩散。……其二，先发国家面临更大政策不确定性。……其三，人工智能与社会发展的一些根本矛盾短期内难以调和解决。",
    jurisdiction: "INT",
    source: "S4",
  },
];
