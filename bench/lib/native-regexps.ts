import v8 from 'node:v8';

/**
 * V8 runs a regex in its bytecode interpreter first and compiles it to native code later ("tier-up", on a long subject
 * or after a run). In bench:redact, after the 10 MB of corpus text the regexes were left interpreted for the inputs
 * measured next: the trivial prose input took 16 s alone and 97 s right after the corpus text; 2 MB of prose after 2
 * MB of corpus text took 13 s with tier-up and 2.1 s with native code from the first run. The rules before Z's round
 * met it too (sealedSecrets 81 s and hookUrls 31 s in one full run, 14 s and 8 s alone). Each input's time depended on
 * the inputs before it, not on its rules. Imported first, this has every regex compiled to native code from its first
 * run, so each input measures the rules.
 */
v8.setFlagsFromString('--no-regexp-tier-up');
