/**
 * Lower case without tone marks or the đ stroke: "Nguyễn Văn Đức" and "nguyen van duc" compare
 * equal, as people type Vietnamese names both ways.
 */
export function foldForComparison(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .trim();
}
