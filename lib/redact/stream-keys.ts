import { windowedFinder, type Finder, type RegexRule } from './rules';
import { isPlaceholder } from './values';

/**
 * The stream key of an RTMP or RTMPS ingest URL: `rtmp://a.rtmp.youtube.com/live2/<key>`,
 * `rtmps://live-api-s.facebook.com:443/rtmp/<key>`, `rtmp://ingest.example/app/<key>`. The protocol puts the
 * application first and the stream's name after it, and an ingest service's stream name is the key that lets anyone
 * broadcast on the channel. A name that is a plain word ("stream", "test") is no key.
 */
const INGEST_URL = /rtmps?:\/\/[A-Za-z0-9.-]{1,100}(?::\d{1,5})?\/[A-Za-z0-9_.-]{1,40}\/([A-Za-z0-9_!?=&.:-]{8,200})/dg;

const STREAM_KEY: RegexRule = {
  name: 'rtmp-stream-key',
  pattern: INGEST_URL,
  judge(m) {
    const key = m[1]!.replace(/[.:!?]+$/, '');
    if (!/\d/.test(key) || !/[A-Za-z]/.test(key) || key.length < 8 || isPlaceholder(key)) return null;
    const start = m.indices![1]![0];
    return { start, end: start + key.length, label: 'api key' };
  },
};

export const STREAM_KEY_FINDERS: readonly Finder[] = [windowedFinder(STREAM_KEY, /rtmps?:\/\//gi, 0, 60)];
