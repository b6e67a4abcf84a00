import { z } from 'zod';

/** The six news categories, in the order the 首页 tabs show them. */
export const ARTICLE_CATEGORIES = ['party_building', 'industry', 'notice', 'policy', 'training', 'member_style'] as const;
export const articleCategorySchema = z.enum(ARTICLE_CATEGORIES, {
  message: '栏目须为党建引领、行业动态、通知公告、政策法规、培训动态或会员风采之一',
});
export type ArticleCategory = z.infer<typeof articleCategorySchema>;

export const ARTICLE_CATEGORY_LABELS: Record<ArticleCategory, string> = {
  party_building: '党建引领',
  industry: '行业动态',
  notice: '通知公告',
  policy: '政策法规',
  training: '培训动态',
  member_style: '会员风采',
};
