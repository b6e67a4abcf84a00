import { z } from 'zod';

/** What a complaint is about (PRODUCT.md, Complaints → Filing); the order is the picker's order. */
export const COMPLAINT_CATEGORIES = [
  'property_service',
  'fees',
  'repair',
  'elevator',
  'fire_safety',
  'sanitation',
  'greening',
  'noise',
  'parking',
  'courier',
  'cooking_fumes',
  'other',
] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];
export const complaintCategorySchema = z.enum(COMPLAINT_CATEGORIES, { error: '请选择投诉类别' });

export const COMPLAINT_CATEGORY_LABELS: Record<ComplaintCategory, string> = {
  property_service: '物业服务',
  fees: '收费',
  repair: '维修',
  elevator: '电梯安全',
  fire_safety: '消防安全',
  sanitation: '环境卫生/垃圾分类',
  greening: '绿化养护',
  noise: '噪音',
  parking: '停车',
  courier: '快递车辆进小区',
  cooking_fumes: '餐饮油烟',
  other: '其他',
};
