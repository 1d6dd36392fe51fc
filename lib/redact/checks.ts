/** Check-digit and registry checks for identifiers that are only told from random digits by their structure. */

/** IBAN length per country (ISO 13616 registry, SWIFT release of 2024), for the countries that issue IBANs. */
const IBAN_LENGTH: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28, CH: 21, CR: 22,
  CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22,
  GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30,
  KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27,
  MT: 31, MU: 30, NI: 28, NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33,
  SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29,
  VA: 22, VG: 24, XK: 20, YE: 30,
  // AM's round: the countries whose banks issue IBANs outside the registry (Nordea's and the IBAN.com lists: Morocco,
  // Algeria, Iran, the West and Central African franc zones, Angola, Cape Verde, Mozambique, Madagascar, Comoros,
  // Honduras). The mod-97 check still decides, so a length only admits a candidate.
  AO: 25, BF: 28, BJ: 28, CF: 27, CG: 27, CI: 28, CM: 27, CV: 25, DZ: 26, GA: 27, GQ: 27, GW: 25, HN: 28, IR: 26,
  KM: 27, MA: 28, MG: 27, ML: 28, MZ: 25, NE: 28, SN: 28, TD: 27, TG: 28,
  // BN's round: territories whose accounts are their country's but are written under their own ISO code, as the
  // registry lists them with it: Åland (AX) with Finland's length; France's overseas departments and collectivities
  // (GF, GP, MQ, RE, YT, PM, BL, MF, PF, NC, WF, TF) with France's; the Crown Dependencies (GG, JE, IM) with Britain's.
  AX: 18, GF: 27, GP: 27, MQ: 27, RE: 27, YT: 27, PM: 27, BL: 27, MF: 27, PF: 27, NC: 27, WF: 27, TF: 27, GG: 22, JE: 22,
  IM: 22,
};

export function ibanLength(country: string): number | undefined {
  return IBAN_LENGTH[country];
}

/** ISO 7064 mod 97-10 over an IBAN without spaces: a valid one leaves 1. */
export function ibanChecksumValid(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let rem = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const c = rearranged.charCodeAt(i);
    if (c >= 65) {
      const v = c - 55; // A = 10 … Z = 35: two digits
      rem = (rem * 100 + v) % 97;
    } else {
      rem = (rem * 10 + (c - 48)) % 97;
    }
  }
  return rem === 1;
}

/**
 * Whether nine digits can be a US Social Security number as issued: area 001–899 except 666, group 01–99,
 * serial 0001–9999 (SSA's rules; 9xx areas are ITINs and never SSNs).
 */
export function isPlausibleSsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const area = Number(digits.slice(0, 3));
  const group = Number(digits.slice(3, 5));
  const serial = Number(digits.slice(5));
  if (area === 0 || area === 666 || area >= 900) return false;
  if (group === 0 || serial === 0) return false;
  // Numbers the SSA has voided after they were printed on sample cards and in ads.
  if (digits === '078051120' || digits === '219099999' || digits === '123456789') return false;
  return true;
}
