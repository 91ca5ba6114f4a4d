/**
 * What an adoption record adopts: the international edition alone, or the consolidation it names with the amendments
 * ("IEC 60601-1:2005+AMD1:2012"). Two records adopt the same text only when these are equal.
 */
export const adoptedPublication = (a: { standard: string; adopts?: string | null }): string => a.adopts ?? a.standard;
