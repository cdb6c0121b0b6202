import dayjs from 'dayjs';

/** A moment in the user's time zone, to the minute: `2026-11-25 16:00`. */
export const formatDateTime = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');

/** A day in the user's time zone: `2026-11-25`. */
export const formatDate = (iso: string) => dayjs(iso).format('YYYY-MM-DD');
