/**
 * Writes format 0, the named-key prototype (UTF-8 JSON, no compression) that the app no longer writes. Kept in
 * the tests only: to reproduce how the format-0 golden link was made and to fuzz the format-0 reader.
 */
import { frame } from '@/features/share/model/frame';

export const writeFormatV0 = (answers: Record<string, unknown>): string =>
  frame(0, new TextEncoder().encode(JSON.stringify(answers)));
