/** The engine is deterministic and takes "today" from its caller; the app passes the real date. */
export const todayIso = (): string => new Date().toISOString().slice(0, 10);
