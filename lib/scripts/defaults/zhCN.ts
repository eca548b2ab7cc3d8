import type { DefaultScriptSet } from './defaultScriptDraft';

/**
 * 中文默认话术库。按国内 B2B 销售的习惯单独撰写（非英文版翻译）：称呼用"您"，先讲结论，
 * 用投入、节省、回本周期说话。数字、客户名称和数据来源一律用变量，由销售填写有依据的内容。
 */
export const ZH_CN_DEFAULT_SCRIPTS: DefaultScriptSet = {
  locale: 'zh_CN',
  drafts: [
    {
      slug: 'objection-price',
      kind: 'objection',
      objection: 'price_too_high',
      stages: ['opportunity', 'negotiation'],
      title: '价格太高：算总账，看回报',
      body: `理解您的顾虑。单看报价，我们比您对比的方案高{{value.priceDelta}}，但采购最终看的是总成本和回报：
· 预计可为{{account.name}}节省{{value.saving}}；
· 多出的投入约{{value.payback}}即可收回；
· 整体投资回报率约{{value.roi}}。

{{case.customer}}当初也有同样的顾虑，上线后{{case.result}}。

方便的话，我把成本与收益对比表发给您和财务同事过目。您看本周哪天方便，我们花15分钟过一遍？`,
    },
    {
      slug: 'objection-price-manufacturing',
      kind: 'objection',
      objection: 'price_too_high',
      stages: ['opportunity', 'negotiation'],
      industries: ['manufacturing'],
      title: '价格太高（制造业）：算单件合格品成本',
      body: `您说得对，我们的报价比现有方案高{{value.priceDelta}}。不过对产线来说，真正决定成本的是单件合格品成本，而不是采购单价。

节省主要来自非计划停机和废品的减少。按{{account.name}}目前的产量测算，预计节省{{value.saving}}，{{value.payback}}即可回本。

同类产线的{{case.customer}}，第一年{{case.result}}。

建议约上厂长，我们一起把停机和废品数据过一遍。测算模型和假设全部透明，您可以逐项核对。`,
    },
    {
      slug: 'objection-delivery',
      kind: 'objection',
      objection: 'delivery_too_long',
      stages: ['opportunity', 'negotiation'],
      title: '交付周期长：分阶段上线，先见效',
      body: `明白，{{account.name}}希望尽快看到效果。关于周期，跟您说明两点：
1. 可以分阶段上线：第一阶段先做回报最快的部分，整体完成之前就能开始产生节省；
2. 周期里包含数据迁移和人员培训，这两步如果压缩，后期返工往往更耽误时间。

{{case.customer}}用的就是分阶段方案，{{case.result}}。

您告诉我最晚的上线时间，我和交付负责人倒排一份带具体日期的计划发给您。`,
    },
    {
      slug: 'objection-competitor',
      kind: 'objection',
      objection: 'competitor_cheaper',
      stages: ['opportunity', 'negotiation'],
      title: '竞品更便宜：同口径对比',
      body: `感谢您坦诚告知。建议先确认两份报价是否同一口径：实施、培训、售后响应时效、后续扩容费用，差价往往就在这些地方。

我们的价格高{{value.priceDelta}}，但预计可为贵司节省{{value.saving}}，{{value.payback}}回本，投资回报率约{{value.roi}}。第三方数据方面，{{proof.source}}显示{{proof.figure}}。

如您方便，我可以陪您把两份报价逐项对一遍。无论最后选择哪家，您手里都会有一份更清楚的对比。`,
    },
    {
      slug: 'objection-budget',
      kind: 'objection',
      objection: 'no_budget_or_timing',
      stages: ['prospect', 'opportunity'],
      title: '暂无预算/时机不对：小范围试点或纳入下期预算',
      body: `理解，今年预算没有安排，我们不勉强。其他客户遇到同样情况，一般有两种做法：
· 小范围试点：先在一个部门用起来，费用控制在日常经营预算内，下一轮做预算时就有真实数据；
· 提前准备：我帮您做一页纸的投资测算（投入、预计节省{{value.saving}}、{{value.payback}}回本），直接用于下一轮预算申报。

{{case.customer}}就是先从小范围试点做起，{{case.result}}，有了这组数据，预算申请顺利得多。

请问贵司下一轮预算大概什么时候启动？我提前两周把材料准备好发给您。`,
    },
    {
      slug: 'objection-boss',
      kind: 'objection',
      objection: 'ask_the_boss',
      stages: ['opportunity', 'negotiation'],
      title: '需要请示领导：帮对接人准备汇报材料',
      body: `应该的，这个量级的决定确实需要领导拍板。为方便您汇报，我整理一页纸发给您：现状问题、目前每年的损失、预期回报（投资回报率{{value.roi}}，{{value.payback}}回本），以及{{case.customer}}的实际效果。

想跟您确认一下：领导通常最关心哪一点，投入、风险还是效果？如有需要，我也可以和您一起向领导做一次15分钟的简短汇报，现场答疑。`,
    },
    {
      slug: 'objection-incumbent',
      kind: 'objection',
      objection: 'already_have_solution',
      stages: ['lead', 'prospect'],
      title: '已有方案：找差距，不推翻',
      body: `理解，我们很多客户最初也都有在用的系统，我们并不建议您推倒重来。

想请教一下：现在的方案有没有哪些环节用起来不顺手，或者仍需要大量人工处理？

如果有，我们通常可以和现有系统配合使用。{{case.customer}}保留了原有系统，只在一个环节引入我们，{{case.result}}。

如果暂时没有，也完全没关系，我过几个月再向您请教。`,
    },
    {
      slug: 'objection-value',
      kind: 'objection',
      objection: 'not_convinced_of_value',
      stages: ['prospect', 'opportunity'],
      title: '看不到价值：用数据和案例说话',
      body: `您的谨慎完全可以理解，光听我们说确实不够。建议从以下几方面验证：
· 第三方数据：{{proof.source}}显示{{proof.figure}}；
· 按贵司数据测算：预计节省{{value.saving}}，{{value.payback}}回本，测算表可以发您逐项核对；
· 同行案例：{{case.customer}}{{case.result}}，可以安排您和对方直接交流；
· 小范围试点：事先约定验收指标，达不到指标您可以不再继续。

您看哪种方式对您最有帮助？`,
    },
    {
      slug: 'opener-case',
      kind: 'opener',
      stages: ['lead'],
      title: '首次联系：以同行案例切入',
      body: `{{contact.name}}您好：

我是{{rep.company}}的{{rep.name}}，冒昧打扰，简单说明来意。

我们最近服务了同为{{account.industry}}行业的{{case.customer}}，{{case.result}}。结合{{account.name}}目前的情况，我们判断贵司也有类似的提升空间。

不知您下周是否方便安排15分钟电话沟通？如果不合适，我也会如实告诉您。

顺祝商祺！
{{rep.name}}
{{rep.title}}｜{{rep.company}}
电话：{{rep.phone}}`,
    },
    {
      slug: 'opener-download',
      kind: 'opener',
      stages: ['lead'],
      title: '首次联系：资料下载后跟进',
      body: `{{contact.name}}您好：

感谢您下载《{{resource.title}}》。下载这份资料的客户，通常正在考虑相关改进，想冒昧请教一下：{{account.name}}目前主要想解决哪方面的问题？

如有需要，我可以把{{case.customer}}的做法整理给您参考，他们{{case.result}}。邮件或电话沟通都可以，以您方便为准。

祝好！
{{rep.name}}
{{rep.company}}｜{{rep.phone}}`,
    },
    {
      slug: 'followup-no-reply',
      kind: 'follow_up',
      stages: ['lead'],
      title: '跟进：首封邮件未回复',
      body: `{{contact.name}}您好：

上周给您发过一封邮件，想必您事务繁忙，再简单提一句：我们帮助{{case.customer}}{{case.result}}，{{account.name}}或许也有类似机会。

如果目前时机不合适，您回复一句就好，我不再打扰；如有兴趣，您看周二或周四哪天方便通话15分钟？

祝好！
{{rep.name}}`,
    },
    {
      slug: 'followup-discovery',
      kind: 'follow_up',
      stages: ['prospect'],
      title: '跟进：需求调研会后确认需求',
      body: `{{contact.name}}您好：

感谢您{{meeting.date}}抽出时间交流。按约定，我把了解到的需求整理如下，如有偏差请您指正：

一、现状与痛点：

二、需求（必须 / 期望 / 可暂缓）：

三、决策流程与时间计划：

四、预算范围：

下一步：我们将据此准备解决方案和投资回报测算。您看能否约上贵司相关同事，安排45分钟做一次方案汇报？

顺祝商祺！
{{rep.name}}`,
    },
    {
      slug: 'followup-proposal',
      kind: 'follow_up',
      stages: ['opportunity'],
      title: '跟进：方案发出后',
      body: `{{contact.name}}您好：

方案已发到您的邮箱，想确认您是否收到，以及有没有需要补充说明的地方。核心数据再跟您同步一下：预计节省{{value.saving}}，{{value.payback}}回本。

通常到这一步，建议请负责预算审批的领导一起听一次汇报，数据当面核对，避免来回转述。需要的话我来安排？

顺祝商祺！
{{rep.name}}`,
    },
    {
      slug: 'followup-quiet',
      kind: 'follow_up',
      stages: ['negotiation'],
      title: '跟进：商务谈判停滞',
      body: `{{contact.name}}您好：

距离上次沟通合同细节已有两周，想跟您确认一下进展：贵司的优先级、时间安排或参与决策的人员是否有变化？

如果项目暂缓，完全理解，您告诉我合适的时间，我届时再联系；如果是合同条款方面有顾虑，也请直接告诉我，我尽力协调。

顺祝商祺！
{{rep.name}}`,
    },
    {
      slug: 'followup-satisfaction',
      kind: 'follow_up',
      stages: ['won'],
      title: '回访：上线后满意度调查',
      body: `{{contact.name}}您好：

{{account.name}}上线已有一段时间，想听听您的真实反馈：哪些地方好用，哪些还需要改进。

麻烦您抽3分钟填写一份简短问卷：{{resource.url}}
您的意见会直接转给我们的交付团队。如有需要尽快处理的问题，直接回复这封邮件，我来跟进解决。

感谢支持！
{{rep.name}}`,
    },
    {
      slug: 'followup-referral',
      kind: 'follow_up',
      stages: ['renewal'],
      title: '转介绍：合作见效后请客户引荐',
      body: `{{contact.name}}您好：

感谢这一年来对我们的信任，很高兴看到{{account.name}}取得了不错的效果。

我们的新客户大多来自老客户推荐。想冒昧请教：您身边是否有同在{{account.industry}}行业、面临类似问题的朋友或合作伙伴？您只需帮忙引荐一下，后续由我来对接，一定认真服务好。

顺祝商祺！
{{rep.name}}`,
    },
    {
      slug: 'nurture-case',
      kind: 'nurture',
      stages: ['nurture'],
      title: '培育：同行案例分享',
      body: `{{contact.name}}您好：

今天不谈合作，分享一个可能对您有参考价值的案例：{{account.industry}}行业的{{case.customer}}，在与贵司类似的情况下，{{case.result}}。案例里详细介绍了他们的做法和踩过的坑：{{resource.url}}

希望对您有帮助。如想深入交流，随时联系我。

祝工作顺利！
{{rep.name}}`,
    },
    {
      slug: 'nurture-policy',
      kind: 'nurture',
      stages: ['nurture'],
      title: '培育：最新政策解读',
      body: `{{contact.name}}您好：

{{resource.title}}近期已正式发布，可能会对{{account.industry}}企业产生影响。我们整理了要点解读和关键时间节点，供您参考：{{resource.url}}

如有需要，我可以分享其他企业的应对做法。

祝工作顺利！
{{rep.name}}`,
    },
    {
      slug: 'nurture-trend',
      kind: 'nurture',
      stages: ['nurture'],
      title: '培育：行业趋势报告推荐',
      body: `{{contact.name}}您好：

推荐一份值得一读的资料：《{{resource.title}}》（{{resource.url}}）。其中有个数据值得关注：{{proof.source}}显示{{proof.figure}}。

不知{{account.name}}是否也观察到类似变化？无需回复，仅供参考。

祝工作顺利！
{{rep.name}}`,
    },
    {
      slug: 'minutes-meeting',
      kind: 'minutes',
      stages: ['prospect', 'opportunity', 'negotiation'],
      title: '会议纪要模板：客户反馈与下一步行动',
      body: `会议纪要｜{{account.name}}
时间：{{meeting.date}}
参会人：{{meeting.attendees}}

一、客户反馈：
1. 

二、已确认需求（必须 / 期望 / 可暂缓）：
1. 

三、待解决问题与顾虑：
1. 

四、会议结论：
1. 

五、下一步行动（事项 / 负责人 / 完成时间）：
1. 
2. 

下次会议时间：

纪要人：{{rep.name}}。如有补充或修改，请于24小时内回复。`,
    },
  ],
};
