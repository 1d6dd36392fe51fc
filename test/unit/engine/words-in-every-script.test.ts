import { afterEach, describe, expect, it } from 'vitest';
import type { ReverieDb } from '../../../lib/db/schema';
import { MemoryEngine } from '../../../lib/engine/engine';
import { LexicalIndex } from '../../../lib/engine/lexical';
import { indexWords, terms, words } from '../../../lib/engine/text';
import { conversation, DAY, freshDb } from './helpers';

const NOW = Date.UTC(2026, 10, 20, 12);

describe('a word keeps its marks', () => {
  it('an Indic, Thai or Bengali word is not cut at its vowel signs', () => {
    expect(words('मैं पुणे में रहती हूँ')).toEqual(['मैं', 'पुणे', 'में', 'रहती', 'हूँ']);
    expect(words('আমি ঢাকায় থাকি')).toEqual(['আমি', 'ঢাকায়', 'থাকি']);
    expect(words('நான் சென்னையில் வேலை செய்கிறேன்')).toHaveLength(4);
  });

  it('a decomposed accent is the same word as the composed one', () => {
    expect(words('Cafe\u0301 Ze\u0301ro')).toEqual(words('Café Zéro'));
  });

  it('Hebrew points and Arabic short vowels are optional: a pointed word is the plain word', () => {
    expect(terms('מִשְׁפָּחָה')).toEqual(terms('משפחה'));
    expect(terms('كِتَابٌ جَدِيدٌ')).toEqual(terms('كتاب جديد'));
    // An Indic vowel sign is part of the word: "पानी" (water) is not "पन".
    expect(terms('पानी')).not.toEqual(terms('पन'));
  });
});

describe('scripts written without spaces are split for search', () => {
  it('Chinese and Japanese runs index as character pairs, a Han character also alone', () => {
    const units = indexWords('我养了一只猫');
    expect(units).toContain('猫');
    expect(units).toContain('一只');
    expect(indexWords('大阪で働いています')).toContain('大阪');
    // A lone character stays itself; words of other scripts beside it are untouched.
    expect(indexWords('my 猫 is called Mochi')).toEqual(['my', '猫', 'is', 'called', 'mochi']);
  });

  it('Thai, Khmer and Burmese are split into words by the runtime segmenter', () => {
    // Each run is more than one word; the segmenter's exact cut is the runtime's, so only the split is checked.
    for (const text of ['ผมทำงานเป็นช่างไฟฟ้า', 'ខ្ញុំរស់នៅភ្នំពេញ', 'ကျွန်မမန္တလေးမှာနေတယ်']) {
      expect(indexWords(text).length, text).toBeGreaterThan(1);
      expect(indexWords(text).join(''), text).toBe(text);
    }
  });

  it('a word inside an unspaced run is found by the index', () => {
    const idx = LexicalIndex.create();
    idx.upsert({ id: 'zh', text: '我上个月开始在杭州的一家医院当护士' });
    idx.upsert({ id: 'ja', text: '最近、京都の大学で日本語を教え始めました' });
    idx.upsert({ id: 'th', text: 'ฉันย้ายไปอยู่เชียงใหม่เมื่อปีที่แล้ว' });
    idx.upsert({ id: 'hi', text: 'मेरी बहन बेंगलुरु में डॉक्टर है' });
    idx.upsert({ id: 'en', text: 'We talked about the weather in Leeds.' });
    const top = (q: string) => idx.search(q, { limit: 1 })[0]?.id;
    expect(top('护士')).toBe('zh');
    expect(top('杭州')).toBe('zh');
    expect(top('京都')).toBe('ja');
    expect(top('เชียงใหม่')).toBe('th');
    expect(top('डॉक्टर')).toBe('hi');
    expect(top('Leeds')).toBe('en');
  });
});

describe('recall in languages written without spaces or with vowel signs', () => {
  let db: ReverieDb | undefined;
  afterEach(async () => {
    await db?.delete();
  });

  it('a popup-style search finds the chat that said it', async () => {
    db = freshDb();
    const engine = await MemoryEngine.open({ db, now: () => NOW });
    await engine.ingest(conversation('zh', ['我对花生过敏，推荐几道适合我的川菜吧', '好的，这里有几道不含花生的川菜。'], NOW - 9 * DAY));
    await engine.ingest(conversation('hi', ['मेरी बिल्ली का नाम मिष्टी है, उसके लिए खाना सुझाओ', 'ज़रूर, यहाँ कुछ सुझाव हैं।'], NOW - 8 * DAY));
    await engine.ingest(conversation('en', ['Can you suggest a name for my new bike?', 'Sure: Comet, Arrow, Swift.'], NOW - 7 * DAY));
    // The chat's two turns come first (the reply repeats the word), the English chat after them or not at all.
    const top2 = async (q: string) => (await engine.recall(q, { k: 3, now: NOW })).slice(0, 2).map((h) => h.memory.text).join('\n');
    expect(await top2('花生')).toContain('我对花生过敏');
    expect(await top2('बिल्ली')).toContain('मिष्टी');
  });
});
