import { lastBreakBefore } from './line-starts';
import { OPENS } from './door-codes-any-language';
import type { Finder, SecretSpan } from './rules';

/**
 * A code given as the answer to a short question in an exported chat, whatever the app's layout (AM's round): WeChat
 * writes the speaker and time on a line of their own and the message under it ("李娜 21:05\n门禁呢？\n王磊 21:06\n
 * 02332#"), LINE writes "21:06<TAB>Takeshi<TAB>裏口 1137", KakaoTalk "2026년 11월 30일 오후 9:04, 민수 : 7465190 입니다",
 * WhatsApp "[30/11/26, 21:06] Ana: 4471". The question (the line before its ? or ？) names a code, a PIN, a safe or
 * what a code opens (a door, a gate, an alarm: `OPENS`, in some hundred languages); the answer is the next message,
 * after its header, and is four to eight digits alone (a keypad's # or * after), with at most a word before (the
 * thing again: "裏口 1137") and a short particle after ("입니다", "です", "ok"). A year, a time or a price is no answer.
 */
const QUESTION_MARK = /[?？]/g;
const NAMES_CODE =
  /(?<![\p{L}])(?:code|codes|pin|passcode|password|combo|combination|c[óo]digo|codice|kod\p{L}*|k[oó]d|код\p{L}*|safe|tresor|coffre|cassaforte|caja[ \t]+fuerte|kluis|sejf|сейф|kasa)(?![\p{L}])|密码|密碼|暗証|番号|暗号|비번|비밀번호|번호|금고|金庫|金库|保险柜|保險櫃|保险箱|保險箱|コード|코드|[门門閘闸锁鎖扉]|ドア|문/iu;
const OTHER_CODE = /(?<![\p{L}])(?:postal|post|zip|area|promo|discount|coupon|error|product|tracking|order|reference|country|tax|source)(?![\p{L}])|邮编|郵便/iu;
/** A header line of its own: a name and a time, or a date ("王磊 21:06", "Ana, 9:14 PM", "—— 2026-11-30 ——"). */
const HEADER_ONLY = /^[^\n\d]{0,40}(?:\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp][Mm])?|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})[^\n\d]{0,12}$/u;
/** The message's own header in the line: up to a tab, or up to "name :" / "] name:" after a time. */
const INLINE_HEADER = /^(?:(?:[^\n\t]{0,60}\t){1,3}|[^\n]{0,60}?\d{1,2}:\d{2}[^\n:：]{0,30}[:：][ \t]+|\[[^\]\n]{1,30}\][ \t]*[^\n:：]{1,30}[:：][ \t]+)/u;
const ANSWER = /^(?:[\p{L}\p{M}]{1,10}[ \t]+)?(?:(?:it['’]s|its|sure|yes|ok)[,:]?[ \t]+)?(\d{4,8})[#*]?[ \t]*(?:[\p{L}]{1,5}[ \t]*)?[.。!！~]?$/iu;

function findAskedCodesInChatExports(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!/[?？]/.test(text) || !/\n/.test(text)) return spans;
  // Each question mark's line start, found without searching back over the line for each (quadratic on a long line).
  const breakBefore = lastBreakBefore(text);
  QUESTION_MARK.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = QUESTION_MARK.exec(text)); ) {
    const lineStart = breakBefore(m.index) + 1;
    const question = text.slice(Math.max(lineStart, m.index - 80), m.index);
    if ((!NAMES_CODE.test(question) && !OPENS.test(question)) || OTHER_CODE.test(question)) continue;
    // The rest of the question's line must be short (a closing quote or emoji), then the next lines.
    // Looked for in those 12 characters only: `text.indexOf('\n', m.index)` searched on to the line's end at each mark.
    const breakNear = text.slice(m.index, m.index + 13).indexOf('\n');
    if (breakNear < 0) continue;
    let at = m.index + breakNear;
    for (let lines = 0; lines < 2 && at >= 0; lines++) {
      const from = at + 1;
      let to = text.indexOf('\n', from);
      if (to < 0) to = text.length;
      const line = text.slice(from, to).trim();
      at = to < text.length ? to : -1;
      if (line.length > 120) break;
      if (HEADER_ONLY.test(line)) continue;
      const body = line.replace(INLINE_HEADER, '');
      const a = ANSWER.exec(body);
      if (a) {
        const digits = a[1]!;
        if (/^(?:19|20)\d\d$/.test(digits) || /^(\d)\1+$/.test(digits)) break;
        // The digits end the line but for a # and a particle: their last place in it.
        const start = text.lastIndexOf(digits, to);
        if (start >= 0 && start < to) spans.push({ start, end: start + digits.length, label: 'password' });
      }
      break;
    }
  }
  return spans;
}

export const ASKED_CODES_IN_CHAT_EXPORT_FINDERS: readonly Finder[] = [{ name: 'asked-codes-in-chat-exports', find: findAskedCodesInChatExports }];
