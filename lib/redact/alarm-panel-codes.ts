import { windowedFinder, type Finder, type RegexRule } from './rules';

/**
 * An alarm's code given with the key pressed after it: "house alarm 6513 then press OFF", "Our office alarm is 954517
 * + OFF", "Alarmanlage 4711 und dann AUS". A number after "alarm" alone may be a time ("alarm 0630") or a model, so
 * only the panel's off or disarm key right after it makes it the code.
 */
const ALARM_THEN_OFF = new RegExp(
  String.raw`(?<![\p{L}])(?:alarm|alarmanlage|alarme|alarma|allarme|larm)(?![\p{L}])(?:[ \t]+(?:is|ist|est|es|è|är|code))?[ \t]*:?[ \t]*` +
    String.raw`(?<![\p{N}])(\d{4,8})[#*]?[ \t]*(?:\+|,|then|and[ \t]+then|and|und[ \t]+dann|puis|luego|poi)?[ \t]*(?:press[ \t]+|hit[ \t]+|drücken[ \t]+)?(?:OFF|AUS|DISARM|ARRET|ARRÊT)(?![\p{L}])`,
  'dgu',
);

const ALARM_PANEL_CODE: RegexRule = {
  name: 'alarm-panel-code',
  pattern: ALARM_THEN_OFF,
  judge(m) {
    const start = m.indices![1]![0];
    return { start, end: start + m[1]!.length, label: 'password' };
  },
};

export const ALARM_PANEL_CODE_FINDERS: readonly Finder[] = [windowedFinder(ALARM_PANEL_CODE, /alarm|larm/gi, 0, 60)];
