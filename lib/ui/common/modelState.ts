import type { ModelStatus } from '../../messaging/protocol';

/**
 * What a model's state means for the person using Reverie, in plain words: what happened, what still works, and
 * whether trying again can help. The browser's own error message only picks the words: it is not shown ("Failed to
 * fetch" tells a person nothing the plain words do not). Pure, so the wording is tested directly; ModelNotice renders it.
 */

/** Why a model is not working: derived from the state and the error the engine host reported. */
export type ModelProblem = 'not-downloaded' | 'offline' | 'storage-full' | 'cannot-load' | 'unsupported';

export interface ModelNoticeText {
  problem: ModelProblem;
  /** What happened. */
  headline: string;
  /** What still works, and what to do. */
  stillWorks: string;
  /** Retry can help (the search model only: the dream model is tried again at every dream). */
  canRetry: boolean;
}

const OFFLINE = /failed to fetch|networkerror|network error|load failed|internet|err_name_not_resolved|err_connection|offline|timed? ?out/i;
const STORAGE = /quota|no space|disk is full|storage.*full/i;

/** The kind of failure an error message describes. */
export function problemOf(model: ModelStatus): ModelProblem | null {
  switch (model.state) {
    case 'ready':
    case 'downloading':
      return null;
    case 'absent':
      return 'not-downloaded';
    case 'unsupported':
      return 'unsupported';
    case 'error': {
      const error = model.error ?? '';
      if (STORAGE.test(error)) return 'storage-full';
      if (OFFLINE.test(error)) return 'offline';
      return 'cannot-load';
    }
  }
}

const SEARCH_WORKS = 'Word search and saving your chats keep working.';
const DREAM_WORKS = 'Dreams still run, with the built-in rules instead.';

function searchText(problem: ModelProblem, consent: boolean): Omit<ModelNoticeText, 'problem'> {
  switch (problem) {
    case 'not-downloaded':
      return consent
        ? { headline: 'The search model is about to download.', stillWorks: SEARCH_WORKS, canRetry: false }
        : {
            headline: 'Search by meaning is off: the search model is not downloaded.',
            stillWorks: 'Word search and saving your chats work without it. Download it from Getting started or Settings.',
            canRetry: false,
          };
    case 'offline':
      return {
        headline: "The search model could not be downloaded: this computer is offline, or huggingface.co can't be reached.",
        stillWorks: `${SEARCH_WORKS} Retry when you are back online.`,
        canRetry: true,
      };
    case 'storage-full':
      return {
        headline: 'The search model could not be saved: the browser has no room left for Reverie.',
        stillWorks: `${SEARCH_WORKS} Free some disk space, then retry.`,
        canRetry: true,
      };
    case 'cannot-load':
      return { headline: 'The search model could not load.', stillWorks: SEARCH_WORKS, canRetry: true };
    case 'unsupported':
      return {
        headline: "The search model can't run in this browser.",
        stillWorks: 'Search finds memories by their words instead, and saving your chats keeps working.',
        canRetry: false,
      };
  }
}

function dreamText(problem: ModelProblem): Omit<ModelNoticeText, 'problem'> {
  const later = 'The dream model is tried again at the next dream.';
  switch (problem) {
    case 'not-downloaded':
      return { headline: 'The dream model is not downloaded.', stillWorks: DREAM_WORKS, canRetry: false };
    case 'offline':
      return {
        headline: "The dream model could not be downloaded: this computer is offline, or huggingface.co can't be reached.",
        stillWorks: `${DREAM_WORKS} ${later}`,
        canRetry: false,
      };
    case 'storage-full':
      return {
        headline: 'The dream model could not be saved: the browser has no room left for Reverie.',
        stillWorks: `${DREAM_WORKS} ${later}`,
        canRetry: false,
      };
    case 'cannot-load':
      return { headline: 'The dream model could not load.', stillWorks: `${DREAM_WORKS} ${later}`, canRetry: false };
    case 'unsupported':
      return {
        headline: "The dream model can't run in this browser (it needs WebGPU).",
        stillWorks: DREAM_WORKS,
        canRetry: false,
      };
  }
}

/**
 * The notice for a model that is not working, or null while it downloads or is ready. `consent`: the user agreed to
 * downloads (settings.modelConsent); an absent model then is only waiting for its download to start.
 */
export function modelNotice(model: ModelStatus, consent: boolean): ModelNoticeText | null {
  const problem = problemOf(model);
  if (!problem) return null;
  const text = model.kind === 'embedding' ? searchText(problem, consent) : dreamText(problem);
  return { problem, ...text };
}
