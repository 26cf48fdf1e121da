/**
 * The few parts of a Zod 4 schema's internal definition that the editor aids walk (the friendly error
 * messages, the JSON Schemas): Zod keeps them under `_zod.def` and exports no type for walking them.
 */
import type { z } from 'astro/zod';

export interface ZodDefinition {
  type?: string;
  /** optional, default, nullable… wrap the schema they change. */
  innerType?: z.ZodType;
  /** pipe: the schema the input is read with. */
  in?: z.ZodType;
  /** object: its fields. */
  shape?: Record<string, z.ZodType>;
  /** array: its items. */
  element?: z.ZodType;
  /** union: its alternatives. */
  options?: z.ZodType[];
}

export const zodDefinition = (schema: unknown): ZodDefinition | undefined =>
  (schema as { _zod?: { def?: ZodDefinition } } | undefined)?._zod?.def;
