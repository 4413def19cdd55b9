import { MAX_PAGE_SIZE } from '@hotline/routing-application';
import { UserFacingError } from '@hotline/platform-graphql';

/** A list's `first` argument, refused with the field named when out of range. */
export function pageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new UserFacingError('INVALID_INPUT', { vi: `Số mục mỗi trang từ 1 đến ${MAX_PAGE_SIZE}.`, en: `A page holds 1 to ${MAX_PAGE_SIZE} items.` }, 'first');
  }
  return first;
}

export const invalidCursor = () => new UserFacingError('INVALID_INPUT', { vi: 'Con trỏ trang không hợp lệ.', en: 'Not a cursor returned by this list.' }, 'after');
