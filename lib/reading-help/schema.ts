import { z } from "zod";

export const textSizes = ["normal", "gross", "sehr-gross"] as const;
export const contrastModes = ["normal", "hoch"] as const;

export const textSizeSchema = z.enum(textSizes);
export const contrastSchema = z.enum(contrastModes);

export const readingHelpFormSchema = z.object({
  groesse: textSizeSchema.optional(),
  kontrast: contrastSchema.optional(),
});

export type TextSize = z.infer<typeof textSizeSchema>;
export type ContrastMode = z.infer<typeof contrastSchema>;
export type ReadingPreferences = { textSize: TextSize; contrast: ContrastMode };
