import { embeddingModelInfo } from '../../engine/models';
import { EMBED_MODEL_CHOICES, LLM_MODEL_CHOICES } from '../options/catalog';

/** A model's name and download size as the pages show them. Sizes come from the model catalogs. */
export interface ModelLabel {
  name: string;
  /** e.g. "23 MB"; absent when the catalog does not know it. */
  size?: string;
}

/** The search (embedding) model: its name on the options page, its size from lib/engine/models.ts (q8 weights). */
export function searchModelLabel(id: string): ModelLabel {
  const info = embeddingModelInfo(id);
  const name = EMBED_MODEL_CHOICES.find((c) => c.id === id)?.name ?? info?.label ?? id;
  return info ? { name, size: `${info.sizeMbQ8} MB` } : { name };
}

/** The dream (LLM) model: its name and approximate download on the options page. */
export function dreamModelLabel(id: string): ModelLabel {
  const choice = LLM_MODEL_CHOICES.find((c) => c.id === id);
  return choice ? { name: choice.name, size: choice.sizeLabel } : { name: id };
}

/** "Download the search model (23 MB)": the consent button's words. */
export function downloadLabel(id: string): string {
  const { size } = searchModelLabel(id);
  return size ? `Download the search model (${size})` : 'Download the search model';
}
