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

/**
 * Twitch's stream key in its own shape, wherever and in whatever language it is named: `live_`, the channel's numeric
 * id, `_`, thirty random letters and digits. The body must be random (both cases and a digit), not a word.
 */
const TWITCH_STREAM_KEY: RegexRule = {
  name: 'twitch-stream-key',
  pattern: /(?<![\w-])live_\d{5,12}_([A-Za-z0-9]{30})(?![\w-])/dg,
  judge(m) {
    const body = m[1]!;
    if (!/[a-z]/.test(body) || !/[A-Z]/.test(body) || !/\d/.test(body)) return null;
    return { start: m.index, end: m.index + m[0].length, label: 'api key' };
  },
};

/**
 * YouTube's stream key in its own shape, five groups of four lower-case letters and digits ("abcd-1234-efgh-5678-ij90"),
 * where the words before it speak of a stream (a stream key, OBS, YouTube, RTMP): pasted from the studio's settings
 * after "Stream Key:" rather than inside an ingest URL.
 */
const YOUTUBE_STREAM_KEY: RegexRule = {
  name: 'youtube-stream-key',
  pattern: /(?<![\w-])[a-z0-9]{4}(?:-[a-z0-9]{4}){4}(?![\w-])/dg,
  judge(m, text) {
    const key = m[0];
    if (!/\d/.test(key) || !/[a-z]/.test(key) || (key.match(/\d/g) ?? []).length < 3) return null;
    if (!/stream|youtube|\bobs\b|rtmp|livestream|ライブ|直播/i.test(text.slice(Math.max(0, m.index - 120), m.index))) return null;
    return { start: m.index, end: m.index + key.length, label: 'api key' };
  },
};

export const STREAM_KEY_FINDERS: readonly Finder[] = [
  windowedFinder(YOUTUBE_STREAM_KEY, /-[a-z0-9]{4}-[a-z0-9]{4}-/g, 5, 0),
  windowedFinder(STREAM_KEY, /rtmps?:\/\//gi, 0, 60),
  windowedFinder(TWITCH_STREAM_KEY, /live_\d/g, 1, 50),
];
