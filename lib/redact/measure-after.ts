/**
 * What follows a number and says it is a measure, a part of a longer number or a date, not a code: "1234 km",
 * "2025-06", "4471.5", "1500 €", "20 years". Shared by the rules that take digits after a secret word or a verb of
 * keying in (values-after-secret-words.ts, codes-keyed-in.ts), which read the few characters after the digits.
 */
export const MEASURE_AFTER =
  /^(?:[-./:,]\d|[ \t]*(?:€|\$|£|%|eur|usd|km|kg|cm|mm|m|g|l|ml|words?|times|x|mal|fois|veces|years?|days?|hours?|minutes?|ans|jahre?|tage?|d[ií]as)(?![\p{L}]))/iu;
