/** A lecture's status, as editors write it: the lecture schema offers exactly these, and pages and calendars read them. */
export const LECTURE_STATUSES = ['待举办', '改期', '取消', '已举办'] as const;
export type LectureStatus = (typeof LECTURE_STATUSES)[number];
