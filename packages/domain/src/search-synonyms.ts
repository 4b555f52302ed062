/**
 * Words shoppers use for the same thing. Search treats the members of a group as one: a product
 * whose text holds any member is found by every other member. Kept as data so merchandisers can
 * extend it without touching the search code; both search engines read this list.
 */
export const SEARCH_SYNONYMS: readonly (readonly string[])[] = [
  ["富硒茶", "硒茶", "selenium tea"],
  ["魔芋", "蒟蒻", "konjac", "konnyaku"],
  ["脐橙", "navel orange"],
  ["大米", "稻米", "rice"],
  ["腊肉", "cured pork", "bacon"],
  ["核桃", "walnut"],
  ["香菇", "shiitake"],
  ["鸡蛋", "土鸡蛋", "egg"],
  ["挂面", "面条", "noodles"],
  ["熏鱼", "smoked fish"],
  ["绞股蓝", "jiaogulan"],
]
