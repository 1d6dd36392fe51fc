import { createBenchEmbedder } from '/work/main/bench/lib/embedder';
const layers = Number(process.argv[2] ?? 6);
const e = await createBenchEmbedder('/work/main', { kind: 'random', layers });
const texts = Array.from({ length: 128 }, (_, i) => `Caroline: I went to a LGBTQ support group yesterday and it was so powerful number ${i}. It was really great and I loved the people there, everyone was kind.`);
const t = performance.now();
await e.embed(texts);
console.log(layers, 'layers', ((performance.now() - t) / 128).toFixed(1), 'ms/text');
await e.dispose?.();
