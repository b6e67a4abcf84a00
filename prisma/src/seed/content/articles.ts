import type { ArticleCategory } from '../../../generated/client';
import type { Random } from '../../factories';

/**
 * Title shapes per category. {company} is a member's short name (e.g. 安泰物业), {district} a
 * Huainan district, {estate} a managed community; a trailing @M pins the article to month M.
 */
export const ARTICLE_TITLES: Record<ArticleCategory, readonly string[]> = {
  party_building: [
    '协会党支部召开2023年度组织生活会和民主评议党员大会@1',
    '协会党支部开展“红色物业”建设专题学习',
    '以党建引领推动物业服务融入基层治理',
    '{company}党支部开展“党员先锋岗”评选',
    '“红色物业”让{estate}焕发新活力',
    '协会党支部学习贯彻全国两会精神@3',
    '{district}推进“党建+物业”联动机制',
    '{company}组织党员志愿者清理小区楼道杂物',
    '协会召开党风廉政建设工作会议',
    '党员业主当楼长 {estate}议事协商解难题',
    '协会党支部开展党纪学习教育读书班@5',
    '{company}党支部与社区党委开展结对共建',
    '“支部建在项目上” {company}党建工作见实效',
    '协会党支部深入会员单位调研党建工作',
    '“红色物业”示范点创建工作启动',
    '{district}召开物业行业党建工作推进会',
    '协会党支部组织观看警示教育片',
    '{company}开展“七一”党员先锋行动@6',
    '党建引领 {estate}老旧小区焕新颜',
    '协会党支部开展“我为群众办实事”实践活动',
    '{company}党员服务队上门为独居老人维修水电',
    '协会党支部书记讲专题党课',
    '以高质量党建引领物业行业高质量发展',
    '{district}“红色物业”联盟成立',
    '{company}党支部开展“书记项目”攻坚',
    '{company}党支部开展“亮身份、作表率”活动',
  ],
  industry: [
    '市住建局召开全市物业管理工作会议',
    '我市开展住宅小区物业服务质量专项检查',
    '{district}老旧小区物业服务实现全覆盖',
    '我市公布2023年度物业服务企业信用评价结果@3',
    '{district}开展住宅小区消防安全隐患排查整治',
    '全市物业行业“服务质量提升年”活动启动',
    '{estate}引入“智慧物业”平台 报修响应提速',
    '我市物业服务投诉量同比下降',
    '{district}住建部门约谈三家物业服务企业',
    '省物业管理协会来淮调研行业发展情况',
    '我市住宅专项维修资金使用流程进一步简化',
    '{district}推行物业服务“红黑榜”',
    '物业服务企业参与城市更新的淮南探索',
    '我市开展电动自行车“飞线充电”集中整治',
    '{estate}完成电梯更新改造 居民出行更便利',
    '全市物业服务企业安全生产大检查启动@2',
    '“物业服务+养老服务”在{district}试点',
    '{district}召开物业纠纷多元化解工作推进会',
    '我市住宅小区生活垃圾分类覆盖率持续提升',
    '{company}承接{estate}物业服务 平稳完成交接',
    '防汛关键期 全市物业企业严阵以待@6',
    '{district}为老旧小区加装电梯提供物业配套服务',
    '我市物业行业从业人员职业技能提升行动启动',
    '“快递进小区”试点在{district}推开',
    '{estate}业主委员会换届选举顺利完成',
    '我市规范住宅小区公共收益公示',
    '{district}物业服务企业信用信息实现全公开',
    '协会发布2024年一季度物业服务投诉分析报告@4',
    '协会发布2023年度物业服务投诉分析报告@1',
    '{company}获评“{district}物业服务示范企业”',
    '全市物业行业开展“安全生产月”活动@6',
    '{estate}实现“无感通行” 车辆进出更顺畅',
  ],
  notice: [
    '关于开展2024年度优秀会员单位评选工作的通知@5',
    '关于缴纳2024年度会费的通知@1',
    '关于开展2024年度优秀通讯员评选工作的通知@5',
    '关于做好春节期间住宅小区安全防范工作的通知@1',
    '关于做好2024年汛期物业管理工作的通知@5',
    '关于征集物业服务纠纷典型案例的通知',
    '关于更新会员单位信息的通知',
    '关于开展“安全生产月”活动的通知@5',
  ],
  policy: [
    '《安徽省物业管理条例》修订要点解读',
    '住房城乡建设部关于加强物业服务质量监管的通知（全文）',
    '《淮南市住宅小区物业管理办法》政策问答',
    '民法典物业服务合同编解读之一：物业服务合同的订立',
    '民法典物业服务合同编解读之二：物业费的收取与催缴',
    '民法典物业服务合同编解读之三：物业服务人的更换与交接',
    '《住宅专项维修资金管理办法》要点解读',
    '安徽省住宅小区电动自行车停放充电管理规定解读',
    '《物业服务收费管理办法》政策问答',
    '《业主大会和业主委员会指导规则》解读',
    '《生活垃圾分类管理条例》对物业服务企业的要求',
    '关于加强住宅小区消防安全管理的若干意见（解读）',
    '《特种设备安全法》中电梯使用单位的责任',
    '《淮南市物业服务企业信用评价办法》解读',
    '前期物业服务招投标管理办法要点',
    '《安徽省城镇老旧小区改造工作指南》物业管理部分解读',
    '物业服务企业安全生产主体责任清单',
    '关于推进“红色物业”建设的实施意见（政策解读）',
    '《快递市场管理办法》与快递进小区相关规定',
    '《大气污染防治法》中餐饮油烟管理规定解读',
    '物业管理区域新能源汽车充电设施建设指引解读',
    '《物业服务标准》（安徽省地方标准）解读',
  ],
  training: [
    '{company}开展新员工岗前培训',
    '{company}组织{estate}消防应急演练',
    '{company}开展电梯困人应急救援演练',
    '协会组织会员单位观摩{company}{estate}项目',
    '{company}开展客服礼仪与沟通技巧培训',
    '{company}举办秩序维护员技能比武',
    '{company}开展保洁服务标准化培训',
    '{company}开展防汛排涝应急演练@5',
    '{company}组织工程维修人员技能培训',
    '{company}开展燃气安全知识培训',
    '{district}物业服务企业开展“以练代训”消防演练',
    '{company}开展垃圾分类督导员培训',
    '{company}举办绿化养护技能培训',
    '{company}开展有限空间作业安全培训',
  ],
  member_style: [
    '{company}保洁员拾金不昧获业主点赞',
    '暴雨中的“守护者” {company}连夜排涝',
    '{estate}获评省级物业管理示范项目',
    '{company}获评“{district}文明单位”',
    '{company}为{estate}独居老人提供“一键呼叫”服务',
    '业主送锦旗 感谢{company}维修人员',
    '{company}秩序维护员勇救落水儿童',
    '{estate}举办邻里文化节',
    '{company}开展“物业开放日”活动',
    '{company}管家团队获业主好评',
    '{company}助力{estate}创建“无废小区”',
    '{company}员工获评“淮南好人”',
    '{estate}“口袋公园”建成开放',
    '{company}开展“夏送清凉”慰问一线员工@6',
    '{company}为{estate}业主免费清洗油烟机',
    '{company}开展“六一”亲子活动@6',
    '{company}客服中心获评“青年文明号”',
    '{estate}消防通道整治见成效',
  ],
};

const OPENINGS: Record<ArticleCategory, readonly string[]> = {
  party_building: ['为深入推进党建引领物业服务工作，', '为进一步发挥党组织战斗堡垒作用和党员先锋模范作用，'],
  industry: ['近日，', '记者从市住房和城乡建设局获悉，', '本网讯 '],
  notice: [''],
  policy: [''],
  training: ['为提升一线员工业务能力，', '近日，', '本网讯 '],
  member_style: ['近日，', '本网讯 ', '在日常服务中，'],
};

const POINTS: Record<ArticleCategory, readonly string[]> = {
  party_building: ['开展党员亮身份、作表率活动', '组建党员志愿服务队', '建立“社区党组织+业委会+物业”议事机制', '开展党纪学习教育'],
  industry: [
    '加强消防通道和电动自行车充电管理',
    '规范公示收费项目和公共收益',
    '畅通业主诉求渠道，限时回复',
    '落实电梯维护保养责任',
    '做好生活垃圾分类投放引导',
  ],
  notice: ['请各单位明确一名联系人，于规定时间内报送材料', '材料不全的不予受理', '请按时参加，不得无故缺席', '有关事项可咨询协会秘书处'],
  policy: ['明确物业服务人的主要义务', '规范物业费的收取和调整程序', '细化业主共有部分收益的管理', '压实安全生产主体责任'],
  training: ['理论讲解与实操演练相结合', '现场考核，逐人过关', '邀请行业专家授课', '结合典型案例进行分析'],
  member_style: ['服务细节获得业主认可', '快速响应业主诉求', '主动开展便民服务', '营造和谐邻里氛围'],
};

function topicOf(title: string): string {
  return title
    .replace(/^关于/, '')
    .replace(/的通知$/, '')
    .replace(/（全文）$/, '');
}

/** A short, safe HTML body (p, strong, ul/li only) for an article with the given title. */
export function articleBody(random: Random, category: ArticleCategory, title: string): string {
  const points = random
    .sample(POINTS[category], 3)
    .map((p) => `<li>${p}</li>`)
    .join('');
  if (category === 'notice') {
    return `<p>各会员单位：</p><p>现将${topicOf(title)}有关事项通知如下：</p><ul>${points}</ul><p>特此通知。</p><p>淮南市物业管理协会</p>`;
  }
  if (category === 'policy') {
    return `<p>为帮助会员单位准确理解和执行相关规定，现就<strong>${topicOf(title)}</strong>整理要点如下：</p><ul>${points}</ul><p>各会员单位可结合本单位实际组织学习，执行中遇到的问题请及时向协会反映。</p>`;
  }
  return (
    `<p>${random.pick(OPENINGS[category])}${title}。</p>` +
    '<p>本次工作<strong>坚持以业主满意为标准</strong>，重点做好以下几方面：</p>' +
    `<ul>${points}</ul>` +
    '<p>下一步，协会将持续跟踪落实情况，推动全市物业服务水平不断提升。</p>'
  );
}

/** The feed summary: the title's topic as one sentence, at most 60 characters. */
export function articleSummary(title: string): string {
  return `${topicOf(title)}。`.slice(0, 60);
}
