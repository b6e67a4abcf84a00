import type { Random } from './random';
import { idNumberCheckChar } from '@wuxie/shared';

// Pools for realistic-looking demo and test data. Surnames are weighted toward the most common
// ones by repeating them, which is what a real roster looks like.
const SURNAMES = [
  '王', '王', '王', '李', '李', '李', '张', '张', '张', '刘', '刘', '陈', '陈', '杨', '杨', '赵', '黄',
  '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗', '梁', '宋', '郑', '谢', '韩',
  '唐', '冯', '于', '董', '萧', '程', '曹', '袁', '邓', '许', '傅', '沈', '曾', '彭', '吕', '苏', '卢',
  '蒋', '蔡', '贾', '丁', '魏', '薛', '叶', '阎', '余', '潘', '杜', '戴', '夏', '钟', '汪', '田', '任',
  '姜', '范', '方', '石', '姚', '谭', '廖', '邹', '熊', '金', '陆', '郝', '孔', '白', '崔', '康', '毛',
  '邱', '秦', '江', '史', '顾', '侯', '邵', '孟', '龙', '万', '段', '钱', '汤', '尹', '黎', '易', '常',
  '武', '乔', '贺', '赖', '龚', '文', '葛', '凤', '陶', '储', '鲍', '桂', '查', '晏',
] as const;

const GIVEN = [
  '伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超',
  '秀', '霞', '平', '刚', '桂', '英', '华', '玉', '兰', '红', '文', '辉', '鹏', '飞', '斌', '波', '宇',
  '浩', '凯', '健', '俊', '帆', '帅', '旭', '宁', '龙', '林', '欣', '晨', '阳', '佳', '琳', '雪', '倩',
  '婷', '慧', '颖', '莉', '萍', '燕', '梅', '玲', '丹', '蕾', '晶', '亮', '成', '峰', '建', '国', '志',
  '海', '德', '春', '红', '云', '东', '新', '荣', '金', '立', '永', '胜', '宏', '学', '瑞', '清', '兵',
  '卫', '庆', '晓', '思', '梓', '子', '睿', '泽', '彤', '悦', '可', '雨', '家', '振', '安', '传', '继',
] as const;

/** A two- or three-character Chinese personal name, e.g. 王建国 or 李静. */
export function personName(random: Random): string {
  const surname = random.pick(SURNAMES);
  const first = random.pick(GIVEN);
  return random.chance(0.72) ? surname + first + random.pick(GIVEN) : surname + first;
}

const MOBILE_PREFIXES = ['133', '135', '136', '137', '138', '139', '150', '151', '152', '155', '156', '157', '158', '159', '177', '180', '181', '182', '185', '186', '187', '188', '189', '199'] as const;

/** An 11-digit mainland mobile number. */
export function mobilePhone(random: Random): string {
  return random.pick(MOBILE_PREFIXES) + String(random.int(0, 99_999_999)).padStart(8, '0');
}

/** Huainan's districts and counties with their administrative division codes (行政区划代码). */
export const HUAINAN_DISTRICTS = [
  { name: '田家庵区', code: '340403' },
  { name: '大通区', code: '340402' },
  { name: '谢家集区', code: '340404' },
  { name: '八公山区', code: '340405' },
  { name: '潘集区', code: '340406' },
  { name: '凤台县', code: '340421' },
  { name: '寿县', code: '340422' },
] as const;
export type HuainanDistrict = (typeof HUAINAN_DISTRICTS)[number];

const ROADS: Record<string, readonly string[]> = {
  田家庵区: ['洞山中路', '淮河大道', '朝阳中路', '国庆西路', '舜耕中路', '龙湖南路', '广场南路', '田东路', '湖滨东路', '洞山东路'],
  大通区: ['大通路', '洛河路', '上窑路', '九龙岗路', '淮舜路'],
  谢家集区: ['谢三村路', '蔡家岗路', '望峰岗路', '唐山路', '李郢孜路'],
  八公山区: ['八公山大道', '新庄孜路', '毕家岗路', '土坝孜路'],
  潘集区: ['泥河路', '芦集路', '平圩路', '潘一路'],
  凤台县: ['州来路', '凤凰大道', '淮河路', '城北路'],
  寿县: ['寿春路', '宾阳大道', '留犊祠路', '淝水路'],
};

/** A street address inside the given district, e.g. 安徽省淮南市田家庵区洞山中路 128 号. */
export function huainanAddress(random: Random, district: string): string {
  const road = random.pick(ROADS[district] ?? ['淮河大道']);
  return `安徽省淮南市${district}${road}${random.int(1, 399)}号`;
}

/** Brand syllables for company names (字号). */
export const COMPANY_BRANDS = [
  '安泰', '恒信', '嘉禾', '华府', '金桥', '锦程', '龙湖', '明珠', '鑫源', '泰和', '同创', '万佳', '祥和',
  '新城', '兴业', '怡居', '永安', '宇恒', '裕丰', '中锐', '众联', '舜耕', '淮舜', '八公', '寿春', '州来',
  '洞山', '泉山', '凤凰', '淮河', '皖淮', '皖华', '皖诚', '东方', '恒大', '碧源', '佳和', '盛世', '天和',
  '弘远', '瑞祥', '博雅', '宏达', '华泰', '金地', '康居', '乐居', '美家', '宁泰', '平安', '润园', '顺达',
  '天诚', '万顺', '馨园', '雅居', '银河', '悦家', '振华', '正和', '中天', '卓越', '百信', '诚信', '春晖',
  '德润', '丰华', '福瑞', '广厦', '海川', '和谐', '厚德', '汇丰', '吉祥', '嘉信', '建安', '锦绣', '聚源',
  '凯达', '蓝天', '利民', '绿洲', '美好', '铭扬', '鹏程', '启航', '仁和', '融城', '尚品', '盛和', '世纪',
  '泰祥', '同心', '伟业', '文明', '祥瑞', '新联', '鑫诚', '亚泰', '阳光', '益民', '英华', '悦美', '云峰',
  '长城', '兆丰', '之江', '智慧', '中都', '众安', '华夏', '金鼎', '力天', '明辉', '森林', '泰安', '望湖',
  '旭日', '元通', '紫金', '淮矿', '皖北', '楚淮', '淝河', '硖石', '孔李', '上窑', '望峰', '蔡岗', '新庄',
] as const;

/** Company-name shapes: {b} is the brand. */
export const COMPANY_NAME_PATTERNS = [
  '淮南市{b}物业服务有限公司',
  '淮南市{b}物业管理有限公司',
  '安徽{b}物业管理有限公司',
  '安徽{b}物业服务有限公司',
  '淮南{b}物业管理有限责任公司',
  '淮南{b}城市服务有限公司',
] as const;

const ESTATE_PREFIXES = [
  '金色', '阳光', '翠湖', '龙湖', '淮河', '山南', '洞山', '舜耕', '泉山', '湖滨', '朝阳', '广场', '国庆',
  '春华', '秋实', '碧水', '蓝湾', '锦江', '香榭', '御景', '世纪', '万达', '恒大', '新城', '绿地', '东方',
  '书香', '学府', '文华', '和平', '幸福', '安居', '康乐', '凤凰', '州来', '寿春', '八公', '紫金', '丽景',
  '玉兰', '桂花', '海棠', '梧桐', '银杏', '芙蓉', '荷塘', '清水', '明湖', '西湖', '南湖', '北城', '东城',
] as const;
const ESTATE_SUFFIXES = ['花园', '小区', '家园', '新村', '佳苑', '名苑', '华府', '公馆', '雅居', '城', '湾', '庭院', '一品', '嘉园'] as const;

/** A residential estate (小区) name, e.g. 翠湖花园 or 洞山家园二期. */
export function estateName(random: Random): string {
  const base = random.pick(ESTATE_PREFIXES) + random.pick(ESTATE_SUFFIXES);
  return random.chance(0.15) ? base + random.pick(['一期', '二期', '三期']) : base;
}

/** An 18-digit resident ID number (GB 11643) with a correct check digit, born in a Huainan district. */
export function idNumber(random: Random, birth?: Date): string {
  const born = birth ?? new Date(Date.UTC(random.int(1966, 2002), random.int(0, 11), random.int(1, 28)));
  const area = random.pick(HUAINAN_DISTRICTS).code;
  const ymd = born.toISOString().slice(0, 10).replaceAll('-', '');
  const body = area + ymd + String(random.int(0, 999)).padStart(3, '0');
  return body + idNumberCheckChar(body);
}
