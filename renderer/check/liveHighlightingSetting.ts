export const LIVE_HIGHLIGHTING_KEY = 'check.liveHighlighting';

export const parseLiveHighlighting = (raw: unknown): boolean => raw === true;
