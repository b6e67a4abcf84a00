import type { ActivityType } from '../../../generated/client';

/** One activity the association held (or cancelled) in the first half of 2024. */
export interface PastActivity {
  type: ActivityType;
  title: string;
  /** Beijing date and start hour. */
  date: readonly [month: number, day: number, hour: number];
  hours: number;
  capacity: number;
  place: string;
  description: string;
  /** Share of confirmed seats that showed up (online: share who finished the course). */
  turnout: number;
  cancelled?: boolean;
}

const HALL = '淮南市物业管理协会三楼会议室';
const CENTER = '田家庵区洞山中路市民服务中心报告厅';
const ONLINE = '线上（协会培训平台直播）';

/**
 * The association's 2024 H1 calendar. Seat counts are capacities; who registered and who came
 * is generated, so every figure in the half-year report is counted from registrations.
 */
export const PAST_ACTIVITIES: readonly PastActivity[] = [
  {
    type: 'meeting',
    title: '淮南市物业管理协会2024年度会员大会暨三届三次理事会',
    date: [1, 10, 9],
    hours: 3,
    capacity: 260,
    place: CENTER,
    turnout: 0.97,
    description: '<p>总结2023年工作，部署2024年重点任务，表彰2023年度优秀会员单位和优秀通讯员。</p>',
  },
  {
    type: 'training',
    title: '冬季安全生产和冰雪天气应急处置培训',
    date: [1, 18, 14],
    hours: 3,
    capacity: 200,
    place: CENTER,
    turnout: 0.92,
    description: '<p>讲解冬季防冻、防滑、防火要点和冰雪天气下小区应急处置流程。</p>',
  },
  {
    type: 'party_day',
    title: '“不忘初心 服务业主”主题党日活动',
    date: [1, 26, 9],
    hours: 3,
    capacity: 60,
    place: '淮南市党史教育基地',
    turnout: 0.95,
    description: '<p>会员单位党员代表参观党史教育基地，重温入党誓词。</p>',
  },
  {
    type: 'training',
    title: '户外消防演练观摩（因雨雪天气取消）',
    date: [2, 2, 9],
    hours: 3,
    capacity: 120,
    place: '龙湖公园东门广场',
    turnout: 0,
    cancelled: true,
    description: '<p>受持续雨雪天气影响，本次观摩活动取消，另行通知。</p>',
  },
  {
    type: 'training',
    title: '《安徽省物业管理条例》宣贯培训',
    date: [2, 28, 9],
    hours: 4,
    capacity: 300,
    place: CENTER,
    turnout: 0.93,
    description: '<p>逐章解读条例修订内容，重点讲解业主大会、物业服务合同和公共收益管理。</p>',
  },
  {
    type: 'public_welfare',
    title: '学雷锋志愿服务进社区活动',
    date: [3, 5, 8],
    hours: 4,
    capacity: 150,
    place: '田家庵区舜耕镇各社区',
    turnout: 0.9,
    description: '<p>会员单位志愿者进社区开展义务维修、磨刀理发、政策宣传等便民服务。</p>',
  },
  {
    type: 'online_training',
    title: '白蚁防治知识线上培训',
    date: [3, 12, 15],
    hours: 2,
    capacity: 2000,
    place: ONLINE,
    turnout: 0.94,
    description: '<p>春季是白蚁分飞高峰，讲解白蚁危害识别、预防和灭治流程。</p>',
  },
  {
    type: 'training',
    title: '物业管理师（三级）考前辅导培训',
    date: [3, 16, 9],
    hours: 6,
    capacity: 80,
    place: HALL,
    turnout: 0.96,
    description: '<p>针对职业技能等级认定理论知识和技能操作进行考前辅导。</p>',
  },
  {
    type: 'exam',
    title: '物业管理师（三级）职业技能等级认定',
    date: [3, 23, 9],
    hours: 4,
    capacity: 60,
    place: '淮南职业技术学院实训楼',
    turnout: 0,
    description: '<p>理论知识考试和技能考核，合格者颁发物业管理师（三级）职业技能等级证书。</p>',
  },
  {
    type: 'online_training',
    title: '住宅小区消防安全线上培训',
    date: [3, 28, 15],
    hours: 2,
    capacity: 2000,
    place: ONLINE,
    turnout: 0.95,
    description: '<p>讲解消防通道管理、电动自行车充电安全和初期火灾扑救。</p>',
  },
  {
    type: 'online_training',
    title: '爱国卫生月专题线上培训',
    date: [4, 9, 15],
    hours: 2,
    capacity: 2000,
    place: ONLINE,
    turnout: 0.93,
    description: '<p>围绕第36个爱国卫生月，讲解小区环境卫生整治和病媒生物防制。</p>',
  },
  {
    type: 'meeting',
    title: '物业服务质量提升座谈会',
    date: [4, 16, 14],
    hours: 2,
    capacity: 80,
    place: HALL,
    turnout: 0.95,
    description: '<p>会员单位代表交流服务质量提升经验，查找短板。</p>',
  },
  {
    type: 'party_day',
    title: '“学党纪 守底线”主题党日活动',
    date: [4, 25, 9],
    hours: 3,
    capacity: 60,
    place: HALL,
    turnout: 0.93,
    description: '<p>开展党纪学习教育，集中学习《中国共产党纪律处分条例》。</p>',
  },
  {
    type: 'online_training',
    title: '应急能力提升线上培训',
    date: [5, 8, 15],
    hours: 2,
    capacity: 2000,
    place: ONLINE,
    turnout: 0.94,
    description: '<p>结合全国防灾减灾日，讲解防汛排涝、电梯困人、燃气泄漏等突发事件处置。</p>',
  },
  {
    type: 'training',
    title: '物业项目经理岗位能力培训',
    date: [5, 15, 9],
    hours: 6,
    capacity: 150,
    place: CENTER,
    turnout: 0.91,
    description: '<p>围绕项目管理、成本控制、客户关系和团队建设开展培训。</p>',
  },
  {
    type: 'meeting',
    title: '物业纠纷调解工作推进会',
    date: [5, 22, 14],
    hours: 2,
    capacity: 100,
    place: HALL,
    turnout: 0.94,
    description: '<p>通报投诉受理和回访情况，部署“第一道防线”纠纷调解工作。</p>',
  },
  {
    type: 'online_training',
    title: '生活垃圾分类线上培训',
    date: [5, 29, 15],
    hours: 2,
    capacity: 2000,
    place: ONLINE,
    turnout: 0.93,
    description: '<p>讲解生活垃圾分类标准、桶站设置和居民宣传引导方法。</p>',
  },
  {
    type: 'public_welfare',
    title: '“世界环境日”小区环境整治志愿活动',
    date: [6, 5, 8],
    hours: 4,
    capacity: 120,
    place: '大通区、田家庵区老旧小区',
    turnout: 0.9,
    description: '<p>组织志愿者清理楼道杂物、卫生死角和小广告。</p>',
  },
  {
    type: 'online_training',
    title: '电动自行车安全充电管理线上培训',
    date: [6, 12, 15],
    hours: 2,
    capacity: 2000,
    place: ONLINE,
    turnout: 0.95,
    description: '<p>结合安全生产月，讲解电动自行车集中充电设施建设和“飞线充电”治理。</p>',
  },
  {
    type: 'training',
    title: '电梯安全管理人员培训',
    date: [6, 14, 9],
    hours: 4,
    capacity: 200,
    place: CENTER,
    turnout: 0.92,
    description: '<p>讲解电梯使用单位主体责任、日常巡查和困人救援演练。</p>',
  },
  {
    type: 'meeting',
    title: '会员单位信用评价工作会议',
    date: [6, 20, 14],
    hours: 2,
    capacity: 120,
    place: HALL,
    turnout: 0.93,
    description: '<p>部署2024年度物业服务企业信用评价工作。</p>',
  },
  {
    type: 'party_day',
    title: '庆祝建党103周年主题党日活动',
    date: [6, 26, 9],
    hours: 3,
    capacity: 80,
    place: '淮南市党员教育基地',
    turnout: 0.94,
    description: '<p>参观红色教育基地，开展“七一”党员先锋行动。</p>',
  },
  {
    type: 'public_welfare',
    title: '“物业服务进社区”便民服务日',
    date: [6, 28, 8],
    hours: 4,
    capacity: 150,
    place: '谢家集区、八公山区各社区',
    turnout: 0.9,
    description: '<p>开展免费维修家电、法律咨询和物业政策宣传。</p>',
  },
];

/** The exam's roster: how many registered, sat and passed (the report's 43 of 51 comes from these rows). */
export const EXAM_ROSTER = { registered: 54, sat: 51, passed: 43 } as const;

/** Online classroom address used for online trainings. */
export const ONLINE_URL = 'https://px.hnwyxh.example.cn/live';
